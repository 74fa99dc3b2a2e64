"""Start-up time: process start to home window shown with its list filled, vs a bare window.

Run: `.venv/bin/python bench/startup.py` (offscreen). Each figure is the median of
several fresh processes; the baseline is a bare PySide6 QMainWindow measured in the
same run. Target: ours ≤ 2× the bare window, also with 5,000 sessions and with 20,000 realistic
ones (a database of ~160 MB).
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

from bench.common import Figure, fill_realistic, print_table  # noqa: E402
from mysteryshop.paths import DATABASE_NAME  # noqa: E402

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
window.services.close()  # a clean exit, as the app's own quit does
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


def measure(runs: int = 7, sessions: int = 5000, realistic: int = 20000) -> list[Figure]:
    """Empty, `sessions` rated sessions, and `realistic` full ones (notes, answers,
    markers, timers: the size a long-used database reaches)."""
    with tempfile.TemporaryDirectory() as tmp:
        empty, full, real = Path(tmp) / "empty", Path(tmp) / "full", Path(tmp) / "realistic"
        for folder in (empty, full, real):
            folder.mkdir()
        fill(empty, 0)
        fill(full, sessions)
        fill_realistic(real, realistic)
        megabytes = (real / DATABASE_NAME).stat().st_size / 1e6
        subprocess.run(["sync"], check=False)
        for code, *args in ((BARE,), (OURS, str(full)), (OURS, str(real))):
            time_process(code, *args)  # warm the file cache for every contender alike
        (bare, _), *ours = median_times(
            runs, [(BARE,), (OURS, str(empty)), (OURS, str(full)), (OURS, str(real))])
    baseline = f"{bare:.3f} s bare QMainWindow"
    names = ["", "", f", realistic, {megabytes:.0f} MB"]
    return [
        Figure(f"start-up to home list ({shown}{name})", f"{seconds:.3f} s", baseline,
               seconds / bare, "≤ 2×", seconds / bare <= 2.0)
        for name, (seconds, shown) in zip(names, ours, strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--realistic", type=int, default=20000)
    args = parser.parse_args()
    print(f"start-up, median of {args.runs} processes each, contenders round-robin")
    print_table(measure(args.runs, args.sessions, args.realistic))


if __name__ == "__main__":
    main()
