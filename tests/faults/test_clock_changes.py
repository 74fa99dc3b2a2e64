"""The computer's clock changes while a step is timed (NTP, a time zone, a manual fix):
the step's time, its markers and its hold follow the time that really passed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mysteryshop.model import MarkerKind
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.steady_clock import SteadyClock
from mysteryshop.storage.repository import Repository
from tests.conftest import START
from tests.ui.pages import open_call_step
from ui.main_window import MainWindow


class Machine:
    """A wall clock someone can set, and a steady clock that only moves with time."""

    def __init__(self) -> None:
        self.wall, self.steady = START, 1000.0

    def wait(self, seconds: float) -> None:
        self.wall += seconds
        self.steady += seconds

    def set_clock(self, by: float) -> None:
        self.wall += by


@pytest.fixture
def machine() -> Machine:
    return Machine()


@pytest.fixture
def steady_services(data_dir: Path, machine: Machine) -> Iterator[AppServices]:
    clock = SteadyClock(wall=lambda: machine.wall, steady=lambda: machine.steady)
    services = AppServices.open(DataFolder(data_dir), clock)
    yield services
    services.close()


@pytest.mark.parametrize("jump", [-3600.0, +3600.0])
def test_a_clock_jump_mid_step_changes_nothing_measured(
        steady_services: AppServices, machine: Machine, db_path: Path, jump: float) -> None:
    flow = steady_services.sessions
    session = flow.create("Ann", "Acme", "R1")
    flow.start_timer(session, "call")
    machine.wait(5)
    flow.add_marker(session, "call", MarkerKind.ON_HOLD)
    machine.set_clock(jump)  # NTP, a time zone, a hand on the clock
    machine.wait(16.5)
    flow.add_marker(session, "call", MarkerKind.OFF_HOLD)
    assert flow.elapsed(session.step("call")) == pytest.approx(21.5)
    flow.pause_timer(session, "call")
    stored = Repository.open(db_path).get_session(session.id).step("call")
    (interval,) = stored.intervals
    assert interval.stopped_at - interval.started_at == pytest.approx(21.5)  # type: ignore[operator]
    assert [round(m.offset_seconds, 1) for m in stored.markers] == [5.0, 21.5]
    assert stored.measures.hold_total_seconds == pytest.approx(16.5)
    # Nothing timed any more: instants are true dates again.
    assert flow.clock() == machine.wall


def test_the_running_timer_on_screen_ignores_a_clock_jump(
        qtbot: QtBot, steady_services: AppServices, machine: Machine) -> None:
    window = MainWindow(steady_services)
    qtbot.addWidget(window)
    window.show()
    page = open_call_step(window).current_step_page()
    assert page is not None
    page.toggle_timer()
    machine.wait(30)
    machine.set_clock(-3600)
    qtbot.waitUntil(lambda: page.timer.display_text() == "0:30.0", timeout=2000)
    window.close()
