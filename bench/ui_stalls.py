"""The longest stall of the UI thread while a leader works, at 5,000 realistic sessions.

Run: `.venv/bin/python bench/ui_stalls.py` (offscreen). A heartbeat timer ticks every
millisecond on the UI thread of the real app in a child process; the longest gap between
two ticks while an action runs is how long the leader could not type or click. The
actions: opening a session for the first time, opening it again, switching steps,
typing notes (a key every 60 ms), the first review of a 60-minute call, and sorting and
searching the home list. The baseline
is the same heartbeat with the app idle, measured in the same run. Target: < 50 ms each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Figure, fill_realistic, print_table  # noqa: E402

TARGET_MS = 50.0
CPU_TARGET = 0.10  # a running timer on a laptop on battery

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.app import start_gui

window = start_gui(Path(sys.argv[1]), crash_dialog=False)
session_id, review_id, busy_id = sys.argv[2], sys.argv[3], sys.argv[4]
clock = QElapsedTimer()
clock.start()
state = {"last": 0, "longest": 0}
results = {}


def beat():
    now = clock.nsecsElapsed()
    if state["last"]:
        state["longest"] = max(state["longest"], now - state["last"])
    state["last"] = now


heartbeat = QTimer()
heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
heartbeat.setInterval(1)
heartbeat.timeout.connect(beat)
heartbeat.start()


def measure(name, action, settle_ms=1500):
    # Each action: let the UI settle, reset the longest gap, act, then wait for its
    # aftermath (queued work, the waveform arriving) before reading the longest gap.
    def start():
        state["longest"] = 0
        state["last"] = clock.nsecsElapsed()
        try:
            action()
        except Exception:
            import traceback
            traceback.print_exc()
            QApplication.exit(1)
            return
        QTimer.singleShot(settle_ms, finish)

    def finish():
        results[name] = state["longest"] / 1e6
        if "cpu" in state:
            results["cpu share: " + name] = cpu_share()
        run_next()

    QTimer.singleShot(300, start)


def watch_cpu(run_timer):
    # The busiest step the app accepts, its timer running or not: the CPU the page takes
    # while the leader only talks (over the settle time; the heartbeat's own cost is in
    # both, so the idle figure is the baseline).
    def start():
        if run_timer:
            window.session_view.controller.toggle_timer("call")
        state["cpu"] = (time.process_time(), time.monotonic(), run_timer)
    return start


def cpu_share():
    cpu, wall, run_timer = state.pop("cpu")
    share = (time.process_time() - cpu) / (time.monotonic() - wall)
    if run_timer:
        window.session_view.controller.toggle_timer("call")
    return share


def type_notes():
    page = window.session_view.current_step_page()  # the last step shown: "leader"
    page.notes.setFocus()
    for i in range(20):
        QTimer.singleShot(60 * i, lambda: QTest.keyClick(page.notes, Qt.Key.Key_A))


steps = [
    ("idle (baseline)", lambda: None),
    ("open a session the first time", lambda: window.open_session(session_id)),
    # Quickly, through pages not built yet (the worst case: a page waiting for a quiet
    # moment is built before it is needed).
    ("switch steps", lambda: [QTimer.singleShot(200 * i, lambda i=i: window.session_view.go_to(i))
                              for i in range(5)]),
    ("type notes (a key every 60 ms)", type_notes),
    # Two things the leader does, a moment apart: back to the list, then the session again.
    ("open the session again", lambda: (window.show_home(), QTimer.singleShot(
        500, lambda: window.open_session(session_id)))),
    ("first review of a 60-minute call", lambda: window.open_review(review_id, "call")),
    # The home list: the database sorts and searches every session, not the rows shown.
    ("back to the list", window.show_home),
    ("sort the list by company", lambda: window.home.table.sortByColumn(
        2, Qt.SortOrder.AscendingOrder)),
    ("sort the list by felt", lambda: window.home.table.sortByColumn(
        5, Qt.SortOrder.DescendingOrder)),
    ("search the list (leader, company, round, notes)", lambda: (
        window.home.search.setText("hold"))),
    # The largest step a bundle may bring (limits.py): 2,000 markers and 2,000 notes.
    ("open a session with 2,000 markers in one step", lambda: window.open_session(busy_id)),
    ("switch to the step with 2,000 markers", lambda: window.session_view.go_to(1)),
    ("idle on the step with 2,000 markers", watch_cpu(False)),
    ("timer running on the step with 2,000 markers", watch_cpu(True)),
    ("first review of the step with 2,000 markers",
     lambda: window.open_review(busy_id, "call")),
]


def run_next():
    if not steps:
        print(json.dumps(results), flush=True)
        QApplication.quit()
        return
    name, action = steps.pop(0)
    measure(name, action, 2500 if "review" in name else 1500)


QTimer.singleShot(2500, run_next)  # past start-up and the warm-up (ui/app.py)
sys.exit(QApplication.exec())
"""


def add_long_call(data_dir: Path, minutes: int, leader: str = "Long caller") -> str:
    """A session whose call step has a `minutes`-long 48 kHz recording; its id."""
    import numpy as np
    import soundfile

    from mysteryshop.model import Recording, RecordingStatus
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

    services = AppServices.open(DataFolder(data_dir))
    session = services.sessions.create(leader, "Acme", "Round 1")
    relative = f"recordings/{session.id}/02-call-long.wav"
    path = data_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    rate, frames = 48_000, minutes * 60 * 48_000
    rng = np.random.default_rng(0)
    with soundfile.SoundFile(path, "w", rate, 1, "PCM_16") as wav:
        for _ in range(0, frames, rate * 60):
            wav.write((rng.standard_normal(rate * 60) * 0.1).astype(np.float32))
    services._repository.add_recording(Recording(
        id=0, session_id=session.id, step_key="call", path=relative,
        status=RecordingStatus.COMPLETE, started_at=0.0, timer_offset=0.0,
        samplerate=rate, frames=frames))
    services.close()
    return session.id


def add_busy_call(data_dir: Path, markers: int) -> str:
    """A session whose call step holds `markers` markers and as many reviewer notes (the
    most a bundle may bring in one step), over a 30-minute recording; its id."""
    import time

    from mysteryshop.bundle.limits import Limits
    from mysteryshop.model import MarkerKind
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

    assert markers <= Limits().markers_per_step
    session_id = add_long_call(data_dir, 30, "Busy caller")
    services = AppServices.open(DataFolder(data_dir))
    repository = services._repository
    kinds = list(MarkerKind)
    now = time.time()
    with repository.atomic():
        for i in range(markers):
            offset = i * 1800 / markers
            repository.add_marker(session_id, "call", kinds[i % len(kinds)], offset,
                                  now + offset, f"marker {i}")
            repository.add_review_note(session_id, "call", offset + 0.5, f"note {i}", now)
    services.close()
    return session_id


def measure(sessions: int = 5000, minutes: int = 60, runs: int = 3) -> list[Figure]:
    """Each action's longest stall: the median over `runs` fresh app processes."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill_realistic(data, sessions)
        from mysteryshop.services.app_services import AppServices
        from mysteryshop.services.data_folder import DataFolder

        services = AppServices.open(DataFolder(data))
        session_id = services.library.page(limit=1)[0].id
        services.close()
        review_id = add_long_call(data, minutes)
        busy_id = add_busy_call(data, 2000)
        subprocess.run(["sync"], check=False)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_STATE_HOME": str(data / "state")}
        per_run: list[dict[str, float]] = []
        for _ in range(runs):
            shutil.rmtree(data / "cache", ignore_errors=True)  # the first review draws
            out = subprocess.run([sys.executable, "-c", CHILD, str(data), session_id,
                                  review_id, busy_id], cwd=ROOT, env=env, capture_output=True,
                                 text=True, timeout=300)
            lines = out.stdout.strip().splitlines()
            if out.returncode != 0 or not lines:
                raise SystemExit(f"child failed ({out.returncode}): {out.stderr[-2000:]}")
            per_run.append(json.loads(lines[-1]))
    stalls = {name: statistics.median(r[name] for r in per_run) for name in per_run[0]}
    worst = {name: max(r[name] for r in per_run) for name in per_run[0]}
    idle = stalls.pop("idle (baseline)")
    baseline = f"{idle:.1f} ms idle heartbeat"
    shares = {name: stalls.pop(name) for name in list(stalls) if name.startswith("cpu share")}
    stalls.pop("idle on the step with 2,000 markers", None)  # the CPU baseline only
    idle_share = shares.pop("cpu share: idle on the step with 2,000 markers")
    figures = [Figure(f"UI stall: {name} ({sessions} sessions)",
                      f"{ms:.1f} ms (worst {worst[name]:.0f})", baseline,
                      ms / idle if idle else None, f"< {TARGET_MS:.0f} ms", ms < TARGET_MS)
               for name, ms in stalls.items()]
    figures += [Figure(name.replace("cpu share: ", "CPU of one core: "), f"{share:.1%}",
                       f"{idle_share:.1%} idle on that page (1 ms heartbeat included)",
                       share / idle_share if idle_share else None,
                       f"< {CPU_TARGET:.0%} above idle", share - idle_share < CPU_TARGET)
                for name, share in shares.items()]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--minutes", type=int, default=60, help="length of the reviewed call")
    parser.add_argument("--runs", type=int, default=3, help="fresh app processes")
    args = parser.parse_args()
    print(f"longest UI-thread stall per action: median of {args.runs} app processes")
    print_table(measure(args.sessions, args.minutes, args.runs))


if __name__ == "__main__":
    main()
