"""Excel export of 1,000 sessions × 5 steps vs plain writers writing the same cells.

Run: `.venv/bin/python bench/export.py [--sessions 1000]` (XlsxWriter, for the second
baseline, comes with `pip install -e '.[bench]'`). The baselines read our workbook's
values back (untimed) and write the very same cells, sheet by sheet, with no formats,
tables or charts: openpyxl in write-only mode (with lxml, as ours) and XlsxWriter in
constant-memory mode. Each contender runs in a fresh process, so each peak memory (max
RSS) is its own. Target: ours ≤ 1.2× plain openpyxl; XlsxWriter's ratio is reported, so
the cost of our choice of writer stays visible. Memory is also measured at a tenth of the
sessions: flat means the peak does not grow with them.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    PEAK,
    Figure,
    median_run,
    print_table,
    run,
    run_side_by_side,
)

OURS = PEAK + """
import json, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
import mysteryshop.export.workbook  # imported before the clock, as the baselines' writers
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

# The cells of our workbook, sheet by sheet, as the baselines write them (read untimed).
READ_CELLS = """
import pickle, sys
from pathlib import Path
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
Path(sys.argv[2]).write_bytes(pickle.dumps(sheets))
print("{}")
"""

OPENPYXL = PEAK + """
import json, pickle, sys, time
from pathlib import Path
from openpyxl import Workbook
sheets = pickle.loads(Path(sys.argv[1]).read_bytes())
start = time.perf_counter()
wb = Workbook(write_only=True)
cells = 0
for title, rows in sheets:
    ws = wb.create_sheet(title)
    for row in rows:
        ws.append(row)
        cells += sum(1 for v in row if v is not None)
wb.save(Path(sys.argv[2]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cells": cells, "rss_mb": peak_mb()}))
"""

XLSXWRITER = PEAK + """
import json, pickle, sys, time
from pathlib import Path
import xlsxwriter
sheets = pickle.loads(Path(sys.argv[1]).read_bytes())
start = time.perf_counter()
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
dates = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
cells = 0
for title, rows in sheets:
    ws = wb.add_worksheet(title)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cells += 1
            if hasattr(value, "year"):
                ws.write_datetime(r, c, value, dates)
            elif hasattr(value, "total_seconds"):
                ws.write_number(r, c, value.total_seconds() / 86400)
            else:
                ws.write(r, c, value)
wb.close()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cells": cells, "rss_mb": peak_mb()}))
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


def measure(sessions: int = 1000, runs: int = 5) -> list[Figure]:
    xlsxwriter_found = importlib.util.find_spec("xlsxwriter") is not None  # the bench extra
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill(data, sessions)
        small = data / "small"
        small.mkdir()
        fill(small, max(1, sessions // 10))
        small_run = run(OURS, str(small))
        ours_runs, plain_runs, xw_runs, ours_xw = [], [], [], []
        cells = data / "cells.pickle"
        run(OURS, str(data))  # warm the file cache, and make the workbook to read back
        run(READ_CELLS, str(data / "ours.xlsx"), str(cells))
        for _ in range(runs):  # side by side, one per core: the same machine speed for both
            ours_run, plain_run = run_side_by_side(
                (OURS, [str(data)]), (OPENPYXL, [str(cells), str(data / "plain.xlsx")]))
            ours_runs.append(ours_run)
            plain_runs.append(plain_run)
            if xlsxwriter_found:
                ours_beside, xw_run = run_side_by_side(
                    (OURS, [str(data)]), (XLSXWRITER, [str(cells), str(data / "xw.xlsx")]))
                ours_xw.append(ours_beside)
                xw_runs.append(xw_run)
        ours, plain = median_run(ours_runs), median_run(plain_runs)
    # The median of each pair's ratio: this machine's speed drifts by ±15 % between
    # minutes, which a pair run side by side cancels and medians of each do not.
    ratio = statistics.median(o["seconds"] / p["seconds"]
                              for o, p in zip(ours_runs, plain_runs, strict=True))
    figures = [
        Figure(f"Excel export, {sessions} sessions ({int(ours['cells'])} cells)",
               f"{ours['seconds']:.2f} s",
               f"{plain['seconds']:.2f} s plain openpyxl, same cells",
               ratio, "≤ 1.2×", ratio <= 1.2),
    ]
    if xw_runs:
        xw = median_run(xw_runs)
        figures.append(Figure(
            "Excel export vs XlsxWriter (constant memory), same cells",
            f"{ours['seconds']:.2f} s", f"{xw['seconds']:.2f} s XlsxWriter",
            statistics.median(o["seconds"] / x["seconds"]
                              for o, x in zip(ours_xw, xw_runs, strict=True)),
            "reported", True))
    growth = ours["rss_mb"] / small_run["rss_mb"]
    figures.append(Figure(
        f"Excel export, peak memory (max RSS), {sessions} vs {max(1, sessions // 10)} "
        "sessions", f"{ours['rss_mb']:.0f} MB", f"{small_run['rss_mb']:.0f} MB at a tenth "
        f"· {plain['rss_mb']:.0f} MB plain openpyxl", growth, "flat (≤ 1.2×)",
        growth <= 1.2))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print_table(measure(args.sessions, args.runs))


if __name__ == "__main__":
    main()
