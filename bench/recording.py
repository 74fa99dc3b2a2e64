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

from mysteryshop.audio.recorder import Recorder
from ui.level_meter import LevelMeter

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--device", default="pulse")
    args = parser.parse_args()
    app = QApplication([])
    seconds = args.minutes * 60
    with tempfile.TemporaryDirectory() as tmp:
        idle = record(app, args.device, seconds, busy=False, folder=Path(tmp))
        busy = record(app, args.device, seconds, busy=True, folder=Path(tmp))
    print(f"recording {args.minutes:g} min at {RATE} Hz from '{args.device}'")
    print(f"{'':<34}{'idle UI (baseline)':>20}{'busy UI':>12}")
    print(f"{'input overflows (dropped frames)':<34}{idle.overflows:>20}{busy.overflows:>12}")
    print(f"{'seconds on disk / wall seconds':<34}{idle.frames / RATE / idle.seconds:>20.3f}"
          f"{busy.frames / RATE / busy.seconds:>12.3f}")
    print(f"{'peak RSS growth after warm-up, MB':<34}{idle.rss_growth_mb:>20.1f}"
          f"{busy.rss_growth_mb:>12.1f}")
    print(f"{'writer thread CPU, % of one core':<34}{100 * idle.writer_cpu:>20.2f}"
          f"{100 * busy.writer_cpu:>12.2f}")
    print("targets: 0 overflows, RSS growth < 5 MB")


if __name__ == "__main__":
    main()
