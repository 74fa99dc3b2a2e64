"""Excel export of 1,000 sessions × 5 steps vs openpyxl writing as many cells, unformatted.

Run: `.venv/bin/python bench/export.py [--sessions 1000]`. Each contender runs in a fresh
process, so each peak memory (max RSS) is its own. Target: ours ≤ 1.5× the baseline.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PEAK, Figure, median_run, print_table, run  # noqa: E402

OURS = PEAK + """
import json, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
data = Path(sys.argv[1])
start = time.perf_counter()
out = ExportService(DataFolder(data)).export(data / "ours.xlsx").path
seconds = time.perf_counter() - start
import openpyxl
cells = 0
wb = openpyxl.load_workbook(out, read_only=True)
for ws in wb:
    for row in ws.iter_rows(values_only=True):
        cells += sum(1 for v in row if v is not None)
print(json.dumps({"seconds": seconds, "cells": cells, "rss_mb": peak_mb()}))
"""

BASELINE = PEAK + """
import json, sys, time
from datetime import datetime, timedelta
from pathlib import Path
from openpyxl import Workbook
data, cells = Path(sys.argv[1]), int(sys.argv[2])
start = time.perf_counter()
wb = Workbook(write_only=True)
ws = wb.create_sheet("Cells")
row, written = [], 0
values = ["text", 3, datetime(2026, 11, 24), timedelta(seconds=90), -2.5]
while written < cells:
    row.append(values[written % len(values)])
    written += 1
    if len(row) == 20:
        ws.append(row)
        row = []
if row:
    ws.append(row)
wb.save(data / "baseline.xlsx")
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cells": written, "rss_mb": peak_mb()}))
"""


def fill(data_dir: Path, count: int) -> None:
    """Sessions with predictions, ratings, answers, notes and call markers."""
    from mysteryshop.model import AnswerValue, MarkerKind
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository
    from mysteryshop.templates import default_templates

    rng = random.Random(7)
    clock = [time.time() - count * 3600.0]
    repository = Repository.open(data_dir / "mysteryshop.db")
    service = SessionService(repository, lambda: clock[0])
    kinds = [MarkerKind.RING, MarkerKind.ANSWERED, MarkerKind.ON_HOLD, MarkerKind.OFF_HOLD,
             MarkerKind.TRANSFERRED, MarkerKind.ASKED_NEED, MarkerKind.HELPED]
    with repository.atomic():
        for i in range(count):
            session = service.create(f"Leader {i % 30}", f"Branch {i % 80}", f"Round {i % 3 + 1}")
            for template in default_templates():
                key = template.key
                service.set_prediction(session, key, rng.randint(-2, 9))
                service.start_timer(session, key)
                for kind in kinds if template.is_call else []:
                    clock[0] += rng.uniform(3, 40)
                    service.add_marker(session, key, kind)
                clock[0] += rng.uniform(60, 300)
                service.stop_timer(session, key)
                for question in template.questions:
                    service.set_answer(session, key, question.id,
                                       rng.choice(list(AnswerValue)), "comment " * 3)
                service.set_notes(session, key, "Felt rushed. " * rng.randint(1, 8))
                service.set_points(session, key, rng.randint(-10, 10))
            clock[0] += 3600
    repository.close()


def measure(sessions: int = 1000, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill(data, sessions)
        ours_runs, baseline_runs = [], []
        for _ in range(runs):  # alternating, so a slow spell hits both alike
            ours_runs.append(run(OURS, str(data)))
            baseline_runs.append(run(BASELINE, str(data), str(int(ours_runs[-1]["cells"]))))
        ours, baseline = median_run(ours_runs), median_run(baseline_runs)
    ratio = ours["seconds"] / baseline["seconds"]
    return [
        Figure(f"Excel export, {sessions} sessions ({int(ours['cells'])} cells)",
               f"{ours['seconds']:.2f} s", f"{baseline['seconds']:.2f} s plain openpyxl",
               ratio, "≤ 1.5×", ratio <= 1.5),
        Figure("Excel export, peak memory (max RSS)", f"{ours['rss_mb']:.0f} MB",
               f"{baseline['rss_mb']:.0f} MB plain openpyxl",
               ours["rss_mb"] / baseline["rss_mb"], "reported", True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.sessions, args.runs))


if __name__ == "__main__":
    main()
