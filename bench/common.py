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
