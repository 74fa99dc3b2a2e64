"""The PDF meeting pack of 100 sessions: its time and peak memory, against reportlab
drawing the same text on as many pages with no layout, tables or charts.

Run: `.venv/bin/python bench/report.py [--sessions 100]`. The baseline's text is read
from our PDF with poppler's pdftotext (untimed), so both write the same words in the same
embedded font; what ours costs on top is the layout (paragraphs, tables, page breaks) and
the vector charts. Each contender runs in a fresh process, so each peak memory is its own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import PEAK, Figure, median_run, print_table, run  # noqa: E402
from bench.export import fill  # noqa: E402

OURS = PEAK + """
import json, sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
import mysteryshop.export.report  # imported before the clock, as the baseline's reportlab
data = Path(sys.argv[1])
start = time.perf_counter()
result = ExportService(DataFolder(data)).report(data / "ours.pdf")
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "pages": result.pages, "rss_mb": peak_mb()}))
"""

BASELINE = PEAK + """
import json, sys, time
from pathlib import Path
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from mysteryshop.export.pdf_fonts import font_for
pages = Path(sys.argv[1]).read_text(encoding="utf-8").split("\\f")[:-1]
start = time.perf_counter()
font = font_for(pages).body
canvas = Canvas(sys.argv[2], pagesize=landscape(A4), initialFontName=font)
for page in pages:
    y = 560
    for line in page.splitlines():
        canvas.drawString(36, y, line)
        y -= 9
    canvas.showPage()
canvas.save()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "pages": len(pages), "rss_mb": peak_mb()}))
"""


def measure(sessions: int = 100, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill(data, sessions)
        ours_runs, baseline_runs = [], []
        text = data / "text.txt"
        for i in range(runs):  # alternating, so a slow spell hits both alike
            ours_runs.append(run(OURS, str(data)))
            if i == 0:
                subprocess.run(["pdftotext", "-layout", str(data / "ours.pdf"), str(text)],
                               check=True)
            baseline_runs.append(run(BASELINE, str(text), str(data / "baseline.pdf")))
        ours, baseline = median_run(ours_runs), median_run(baseline_runs)
    return [
        Figure(f"PDF meeting pack, {sessions} sessions ({int(ours['pages'])} pages)",
               f"{ours['seconds']:.2f} s", f"{baseline['seconds']:.2f} s same text, no layout",
               ours["seconds"] / baseline["seconds"], "reported", True),
        Figure("PDF meeting pack, peak memory (max RSS)", f"{ours['rss_mb']:.0f} MB",
               f"{baseline['rss_mb']:.0f} MB same text, no layout",
               ours["rss_mb"] / baseline["rss_mb"], "reported", True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.sessions, args.runs))


if __name__ == "__main__":
    main()
