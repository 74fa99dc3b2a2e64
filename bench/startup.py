"""Start-up time: process start to home window shown with its list filled, vs a bare window.

Run: `.venv/bin/python bench/startup.py` (offscreen). Each figure is the median of
several fresh processes; the baseline is a bare PySide6 QMainWindow measured in the
same run. Target: ours ≤ 2× the bare window, also with 5,000 sessions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Figure, print_table  # noqa: E402

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 820)
window.show()
QTimer.singleShot(0, lambda: (print("shown 0 0", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import start_gui
window = start_gui(Path(sys.argv[1]), crash_dialog=False)
rows = window.home.model.rowCount()
total = window.services.library.count()
QTimer.singleShot(0, lambda: (print("shown", total, rows, flush=True), QApplication.quit()))
QApplication.exec()
"""


def time_process(code: str, *args: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline().split()
    elapsed = time.perf_counter() - start
    child.wait()
    if not line or line[0] != "shown":
        raise SystemExit(f"child failed: {line}")
    return elapsed, f"{line[1]} sessions, {line[2]} rows loaded"


def fill(data_dir: Path, sessions: int) -> None:
    """`sessions` sessions with ratings, through the real service, in one transaction."""
    from mysteryshop.paths import DATABASE_NAME
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    repository = Repository.open(data_dir / DATABASE_NAME)
    service = SessionService(repository)
    with repository.atomic():
        for i in range(sessions):
            session = service.create(f"Leader {i % 40}", f"Company {i % 300}", f"Round {i % 4}")
            for j, step in enumerate(session.steps):
                service.set_prediction(session, step.key, (i + j) % 11)
                service.set_points(session, step.key, (i * 7 + j) % 21 - 10)
    repository.close()


def median_times(runs: int, contenders: list[tuple[str, ...]]) -> list[tuple[float, str]]:
    """Run the contenders round-robin, so a slow spell of the machine hits all alike."""
    results: list[list[tuple[float, str]]] = [[] for _ in contenders]
    for _ in range(runs):
        for i, (code, *args) in enumerate(contenders):
            results[i].append(time_process(code, *args))
    return [(statistics.median(t for t, _ in r), r[0][1]) for r in results]


def measure(runs: int = 7, sessions: int = 5000) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        empty.mkdir()
        full.mkdir()
        fill(empty, 0)
        fill(full, sessions)
        time_process(BARE)  # warm the file cache for every contender alike
        time_process(OURS, str(full))
        (bare, _), (ours_empty, shown_empty), (ours_full, shown_full) = median_times(
            runs, [(BARE,), (OURS, str(empty)), (OURS, str(full))]
        )
    baseline = f"{bare:.3f} s bare QMainWindow"
    return [
        Figure(f"start-up to home list ({shown})", f"{seconds:.3f} s", baseline,
               seconds / bare, "≤ 2×", seconds / bare <= 2.0)
        for shown, seconds in ((shown_empty, ours_empty), (shown_full, ours_full))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=5000)
    args = parser.parse_args()
    print(f"start-up, median of {args.runs} processes each, contenders round-robin")
    print_table(measure(args.runs, args.sessions))


if __name__ == "__main__":
    main()
