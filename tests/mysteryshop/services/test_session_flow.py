"""The session flow: timers from stored instants, markers, finishing, and crash survival."""

from __future__ import annotations

import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

import pytest

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import MarkerKind, SessionStatus, TimerState, Verdict
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT, FakeClock


def test_timer_counts_only_running_time_across_pause_and_resume(
    service: SessionService, clock: FakeClock
) -> None:
    session = service.create("Ann", "Acme", "R1")
    step = session.step("call")
    service.start_timer(session, "call")
    clock.advance(30)
    service.pause_timer(session, "call")
    assert step.timer_state is TimerState.PAUSED
    clock.advance(100)  # paused: does not count
    assert service.elapsed(step) == 30
    service.start_timer(session, "call")
    clock.advance(12.5)
    assert service.elapsed(step) == 42.5
    service.stop_timer(session, "call")
    clock.advance(50)
    assert step.timer_state is TimerState.STOPPED
    assert service.elapsed(step) == 42.5


def test_running_timer_survives_a_reopen_of_the_database(
    service: SessionService, clock: FakeClock, db_path: Path
) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.start_timer(session, "website")
    clock.advance(20)
    service.pause_timer(session, "website")
    service.start_timer(session, "website")
    clock.advance(5)
    service.repository.close()  # the app goes away while the timer runs
    clock.advance(40)
    reopened = SessionService(Repository.open(db_path), clock)
    step = reopened.open(session.id).step("website")
    assert step.timer_state is TimerState.RUNNING
    assert reopened.elapsed(step) == 65
    reopened.repository.close()


def test_starting_one_step_pauses_the_other(service: SessionService, clock: FakeClock) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.start_timer(session, "call")
    clock.advance(10)
    service.start_timer(session, "buy")
    assert session.step("call").timer_state is TimerState.PAUSED
    assert session.step("buy").timer_state is TimerState.RUNNING
    assert service.elapsed(session.step("call")) == 10


def test_marker_starts_the_timer_and_carries_its_offset(
    service: SessionService, clock: FakeClock
) -> None:
    session = service.create("Ann", "Acme", "R1")
    first = service.add_marker(session, "call", MarkerKind.RING)
    assert first.offset_seconds == 0
    assert session.step("call").timer_state is TimerState.RUNNING
    clock.advance(14)
    answered = service.add_marker(session, "call", MarkerKind.ANSWERED)
    assert answered.offset_seconds == 14
    clock.advance(6)
    service.add_marker(session, "call", MarkerKind.ON_HOLD)
    clock.advance(30)
    service.add_marker(session, "call", MarkerKind.OFF_HOLD)
    service.add_marker(session, "call", MarkerKind.TRANSFERRED)
    stored = service.repository.get_session(session.id).step("call").measures
    assert (stored.rings, stored.answer_seconds, stored.hold_total_seconds,
            stored.transfers) == (1, 14, 30, 1)


def test_deleting_a_marker_updates_the_stored_measures(
    service: SessionService, clock: FakeClock
) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.add_marker(session, "call", MarkerKind.RING)
    extra = service.add_marker(session, "call", MarkerKind.RING)
    service.delete_marker(session, "call", extra.id)
    assert service.repository.get_session(session.id).step("call").measures.rings == 1


def test_finish_needs_a_verdict_and_stops_running_timers(
    service: SessionService, clock: FakeClock
) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.start_timer(session, "leader")
    clock.advance(9)
    with pytest.raises(MysteryShopError, match="verdict"):
        service.finish(session)
    service.set_verdict(session, Verdict.BUILDS)
    service.finish(session)
    stored = service.repository.get_session(session.id)
    assert stored.status is SessionStatus.DONE
    assert stored.finished_at is not None
    assert stored.step("leader").timer_state is TimerState.STOPPED
    clock.advance(100)
    assert service.elapsed(stored.step("leader")) == 9


def test_a_session_needs_a_leader_and_a_company(service: SessionService) -> None:
    with pytest.raises(MysteryShopError):
        service.create("  ", "Acme", "R1")


KILLED_CHILD = """
import sys, time
from pathlib import Path
from mysteryshop.model import MarkerKind
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
service = SessionService(Repository.open(Path(sys.argv[1])))
session = service.create("Ann", "Acme", "R1")
service.set_prediction(session, "call", 6)
service.start_timer(session, "call")
service.add_marker(session, "call", MarkerKind.ANSWERED)
service.set_notes(session, "call", "they put me on hold")
print(session.id, time.time(), flush=True)
time.sleep(60)
"""


def test_kill_9_loses_nothing_and_the_timer_keeps_counting(db_path: Path) -> None:
    """A real process is killed with SIGKILL mid-session; a new one finds everything."""
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(db_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    session_id, started = child.stdout.readline().split()
    child.kill()
    child.wait()
    time.sleep(0.3)
    service = SessionService(Repository.open(db_path))
    session = service.open(session_id)
    call = session.step("call")
    assert call.predicted_points == 6
    assert call.notes == "they put me on hold"
    assert [m.kind for m in call.markers] == [MarkerKind.ANSWERED]
    assert call.timer_state is TimerState.RUNNING
    # Elapsed comes from the stored start instant: it includes the time since the kill.
    assert service.elapsed(call) >= time.time() - float(started) - 0.05
    assert service.elapsed(call) >= 0.3
    service.repository.close()


def test_the_prediction_locks_when_the_step_starts_and_a_change_is_kept_on_record(
    service: SessionService, clock: FakeClock, db_path: Path
) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.set_prediction(session, "call", 2)
    service.set_prediction(session, "call", 5)  # before the start: change freely
    service.start_timer(session, "call")
    with pytest.raises(MysteryShopError, match="locked once the step has started"):
        service.set_prediction(session, "call", -3)
    assert session.step("call").predicted_points == 5
    clock.advance(40)
    service.set_prediction(session, "call", -3, change_after_start=True)
    service.set_prediction(session, "call", -1, change_after_start=True)
    stored = Repository.open(db_path).get_session(session.id).step("call")
    assert (stored.predicted_points, stored.prediction_before_change) == (-1, 5)
    assert stored.prediction_changed_at == pytest.approx(clock(), abs=1)


def test_live_measures_follow_every_marker_change_while_the_timer_runs(
        service: SessionService, clock: FakeClock) -> None:
    """The markers are added up once per change (not per tick): every change still shows."""
    session = service.create("Ann", "Acme", "R1")
    step = session.step("call")
    service.start_timer(session, "call")
    clock.advance(10)
    service.add_marker(session, "call", MarkerKind.ON_HOLD)
    clock.advance(5)
    assert service.live_measures(step).hold_total_seconds == 5  # the open hold grows
    clock.advance(5)
    assert service.live_measures(step).hold_total_seconds == 10
    off = service.add_marker(session, "call", MarkerKind.OFF_HOLD)
    clock.advance(30)
    assert service.live_measures(step).hold_total_seconds == 10  # closed: no more growth
    service.delete_marker(session, "call", off.id)
    assert service.live_measures(step).hold_total_seconds == 40  # open again, since 10 s
    other = service.create("Bo", "Acme", "R1")  # another session, the same step key
    assert service.live_measures(other.step("call")).holds == 0


def test_the_live_feeling_moves_only_while_the_timer_runs_and_is_stored_at_once(
    service: SessionService, clock: FakeClock, db_path: Path
) -> None:
    session = service.create("Ann", "Acme", "R1")
    call = session.step("call")
    assert service.nudge_feeling(session, "call", -1) is None  # not started: nothing moves
    service.start_timer(session, "call")
    clock.advance(12)
    assert service.nudge_feeling(session, "call", -1) is not None
    clock.advance(3)
    service.nudge_feeling(session, "call", -1)
    clock.advance(40)
    for _ in range(12):  # held down: it stops at the end of the scale
        service.nudge_feeling(session, "call", -1)
    assert call.live_feeling == -10
    assert service.nudge_feeling(session, "call", -1) is None
    service.pause_timer(session, "call")
    clock.advance(100)
    assert service.nudge_feeling(session, "call", +1) is None  # paused: the trace rests
    service.start_timer(session, "call")
    clock.advance(5)
    service.nudge_feeling(session, "call", +3)
    expected = [(12, -1), (15, -2), *((55, p) for p in range(-3, -11, -1)), (60, -7)]
    assert [(c.offset_seconds, c.points) for c in call.feeling_trace] == expected
    lowest = call.lowest_feeling
    assert lowest is not None and (lowest.offset_seconds, lowest.points) == (55, -10)
    reopened = SessionService(Repository.open(db_path), clock).open(session.id)
    assert reopened.step("call").feeling_trace == call.feeling_trace
    assert reopened.step("website").feeling_trace == []
    assert reopened.step("call").live_feeling == -7


def test_a_feeling_change_counts_as_an_edit_of_the_session(
    service: SessionService, clock: FakeClock
) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.start_timer(session, "call")
    device = service.repository.device
    before = service.open(session.id).versions.get(device, 0)
    service.nudge_feeling(session, "call", 2)
    assert service.open(session.id).versions[device] == before + 1


KILLED_WHILE_FEELING = """
import sys, time
from pathlib import Path
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
service = SessionService(Repository.open(Path(sys.argv[1])))
session = service.create("Ann", "Acme", "R1")
service.start_timer(session, "call")
for steps in (-1, -1, -1, +2):
    service.nudge_feeling(session, "call", steps)
print(session.id, flush=True)
time.sleep(60)
"""


def test_kill_9_keeps_every_feeling_change(db_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_FEELING, str(db_path)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    session_id = child.stdout.readline().strip()
    child.kill()
    child.wait()
    service = SessionService(Repository.open(db_path))
    trace = service.open(session_id).step("call").feeling_trace
    assert [c.points for c in trace] == [-1, -2, -3, -1]
    assert all(a.offset_seconds <= b.offset_seconds for a, b in pairwise(trace))
    service.repository.close()
