"""What every benchmark reports: a figure, ours against a baseline from the same run."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    met: bool


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
