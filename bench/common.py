"""What every benchmark reports: a figure, ours against a baseline from the same run."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# For code run in a child process: the peak RSS of that process since exec (VmHWM);
# ru_maxrss of the parent would carry the parent's own.
PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
"""


@dataclass(frozen=True)
class Figure:
    name: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    met: bool


def run(code: str, *args: str) -> dict[str, float]:
    """Run `code` in a fresh Python process; it prints one JSON object last."""
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def run_side_by_side(*jobs: tuple[str, Sequence[str]]) -> list[dict[str, float]]:
    """Run each (code, args) in its own process at the same time, one per core: on a
    machine whose speed drifts from minute to minute, both see the same speed, so their
    ratio holds where runs one after the other swing by 15 %."""
    children = [subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True) for code, args in jobs]
    results = []
    for child in children:
        out, _ = child.communicate()
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args, out)
        results.append(dict(json.loads(out.strip().splitlines()[-1])))
    return results


def median_run(results: list[dict[str, float]]) -> dict[str, float]:
    ordered = sorted(results, key=lambda r: r["seconds"])
    return ordered[len(ordered) // 2]


def print_table(figures: Sequence[Figure]) -> None:
    for line in table_lines(figures):
        print(line)


def table_lines(figures: Sequence[Figure]) -> list[str]:
    header = ("figure", "ours", "baseline (same run)", "ratio", "target", "met")
    rows = [(f.name, f.ours, f.baseline, "–" if f.ratio is None else f"{f.ratio:.2f}",
             f.target, "yes" if f.met else "NO") for f in figures]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
              for r in rows]
    return lines


def machine() -> str:
    cpus = 0
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    cpus += 1
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(f.readline().split()[1])
            memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{model}, {cpus or '?'} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


CHILD_TABLES = ("steps", "timer_intervals", "markers", "answers", "review_notes",
                "recordings")
NOTE = ("Waited on hold with loud music, asked twice for my name, was told to call back "
        "later. The person was friendly but could not help; nobody offered to call me. ")


def fill_realistic(data_dir: Path, sessions: int) -> None:
    """`sessions` sessions as leaders leave them: every step rated, timed and answered,
    markers on the calls, paragraphs of notes, reviewer notes; no audio.

    One session is walked through the real service (the demo, with longer notes), then
    copied row by row in SQL with new ids, dates, leaders and rounds (a few seconds for
    20,000, where the service would take minutes).
    """
    import sqlite3
    import uuid

    from mysteryshop.demo import create_demo_session
    from mysteryshop.paths import DATABASE_NAME
    from mysteryshop.services.review import ReviewService
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    repository = Repository.open(data_dir / DATABASE_NAME)
    template = create_demo_session(repository, as_demo=False)
    service = SessionService(repository)
    for step in template.steps:
        service.set_notes(template, step.key, NOTE * 3)
        ReviewService(service).add_note(template, step.key, 30.0, "Hold without asking")
    repository.close()
    conn = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "id"]
               for t in ("sessions", *CHILD_TABLES)}
    conn.execute("BEGIN")
    for i in range(1, sessions):
        new = uuid.uuid4().hex
        select = ", ".join(columns["sessions"])
        conn.execute(
            f"INSERT INTO sessions (id, {', '.join(columns['sessions'])}) "
            f"SELECT ?, {select} FROM sessions WHERE id = ?", (new, template.id))
        conn.execute("UPDATE sessions SET leader = ?, round = ?, started_at = "
                     "datetime(started_at, ?) WHERE id = ?",
                     (f"Leader {i % 40}", f"Round {i % 4 + 1}", f"-{i} hours", new))
        for table in CHILD_TABLES:
            cols = columns[table]
            picked = ", ".join("?" if c == "session_id" else c for c in cols)
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} "
                         f"FROM {table} WHERE session_id = ?", (new, template.id))
    conn.execute("COMMIT")
    conn.close()
