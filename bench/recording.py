"""Recording from the (virtual) input device while the UI is busy.

Run: `bash tests/run` sets up the device; then `.venv/bin/python bench/recording.py
[--minutes 10]`. It records the same length twice in one run: first with an idle UI
(the baseline), then with the UI thread kept busy (a repaint and ~8 ms of work every
16 ms). Printed per run: input overflows (dropped frames reported by PortAudio; target
0), frames on disk against the wall clock, peak RSS growth after warm-up (target
< 5 MB), and the writer thread's CPU share of one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.common import Figure, print_table
from mysteryshop.audio.recorder import Recorder
from ui.widgets.level_meter import LevelMeter

RATE = 48_000
WARM_UP = 5.0
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


@dataclass
class Figures:
    seconds: float
    overflows: int
    frames: int
    rss_growth_mb: float
    writer_cpu: float


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def thread_cpu_seconds(native_id: int) -> float:
    fields = Path(f"/proc/self/task/{native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def record(app: QApplication, device: str, seconds: float, busy: bool, folder: Path) -> Figures:
    meter = LevelMeter()
    meter.resize(400, 30)
    meter.show()
    recorder = Recorder(folder / f"bench-{'busy' if busy else 'idle'}.wav", samplerate=RATE,
                        device=device)
    samples: list[float] = []
    state = {"base_rss": 0.0, "peak_rss": 0.0, "cpu_start": 0.0, "writer": 0}

    def busy_tick() -> None:
        meter.update()
        end = time.perf_counter() + 0.008
        total = 0
        while time.perf_counter() < end:  # the UI thread doing real work (layout, paint)
            total += sum(range(200))

    def poll() -> None:
        level = recorder.latest_level()
        if level is not None:
            meter.set_level(level.rms_db, level.peak_db)
        samples.append(rss_mb())

    def warm() -> None:
        state["base_rss"] = rss_mb()
        writer = recorder.writer_thread_id
        assert writer is not None
        state["writer"] = writer
        state["cpu_start"] = thread_cpu_seconds(writer)
        samples.clear()

    timers = []
    if busy:
        work = QTimer()
        work.timeout.connect(busy_tick)
        work.start(16)
        timers.append(work)
    levels = QTimer()
    levels.timeout.connect(poll)
    levels.start(50)
    timers.append(levels)
    recorder.start()
    started = time.monotonic()
    QTimer.singleShot(int(WARM_UP * 1000), warm)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    cpu = thread_cpu_seconds(int(state["writer"])) - state["cpu_start"]
    for timer in timers:
        timer.stop()
    recorder.stop()
    result = recorder.wait(10)
    wall = time.monotonic() - started
    assert result is not None
    if result.error:
        raise SystemExit(f"recording failed: {result.error}")
    peak = max(samples) if samples else state["base_rss"]
    return Figures(wall, result.overflows, result.frames, peak - state["base_rss"],
                   cpu / max(1e-9, wall - WARM_UP))


def measure(minutes: float = 10, device: str = "pulse") -> list[Figure]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    seconds = minutes * 60
    with tempfile.TemporaryDirectory() as tmp:
        idle = record(app, device, seconds, busy=False, folder=Path(tmp))
        busy = record(app, device, seconds, busy=True, folder=Path(tmp))
    label = f"recording {minutes:g} min, busy UI"
    return [
        Figure(f"{label}: input overflows", str(busy.overflows), f"{idle.overflows} idle UI",
               None, "0", busy.overflows == 0),
        Figure(f"{label}: audio on disk / wall time", f"{busy.frames / RATE / busy.seconds:.3f}",
               f"{idle.frames / RATE / idle.seconds:.3f} idle UI", None, "≈ 1", True),
        Figure(f"{label}: peak RSS growth", f"{busy.rss_growth_mb:.1f} MB",
               f"{idle.rss_growth_mb:.1f} MB idle UI", None, "< 5 MB",
               busy.rss_growth_mb < 5),
        Figure(f"{label}: writer thread CPU", f"{100 * busy.writer_cpu:.2f} % of a core",
               f"{100 * idle.writer_cpu:.2f} % idle UI",
               busy.writer_cpu / idle.writer_cpu if idle.writer_cpu else None, "reported",
               True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--device", default="pulse")
    args = parser.parse_args()
    print_table(measure(args.minutes, args.device))


if __name__ == "__main__":
    main()
