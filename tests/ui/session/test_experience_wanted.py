"""The experience we want: shown on a step only after the leader rated it, and in the
summary beside the perception gap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSlider
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from ui.main_window import MainWindow
from ui.session.summary_model import COLUMNS


def test_the_target_shows_only_after_rating_and_the_summary_gives_the_gap(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    services = window.services
    session = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    services.rounds.set_target("Round 1", "call", 7, "Answered by a person within three rings")
    services.rounds.set_target("Round 1", "buy", 2)
    services.rounds.set_target("Round 2", "website", 9)  # another round's: not shown here
    view = window.open_session(session.id)
    assert view is not None
    session = view.controller.session  # the copy the pages show
    view.go_to(1)
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    services.sessions.set_prediction(session, "call", 5)
    page.refresh()
    wanted = page.wanted
    assert not wanted.isVisible() and wanted.text() == ""  # never before the rating
    slider = page.feeling.findChild(QSlider, "pointsSlider")
    slider.setFocus()
    for _ in range(3):  # -3, by keys as a leader rates
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert session.step("call").points == -3
    assert wanted.isVisible()
    text = wanted.text()
    assert "The experience we want here: +7 — Answered by a person within three rings" in text
    assert "You felt -3: 10 points short of it." in text
    view.go_to(0)  # the website has no target this round
    website = view.current_step_page()
    assert website is not None
    services.sessions.set_points(session, "website", 4)
    website.refresh()
    assert not website.wanted.isVisible()
    view.go_to(2)
    buy = view.current_step_page()
    assert buy is not None
    services.sessions.set_points(session, "buy", 3)
    buy.refresh()
    assert "You felt +3: 1 point above it." in buy.wanted.text()
    view.go_to(len(session.steps))  # the summary
    model = view.summary.model
    target, to_target = COLUMNS.index("Target"), COLUMNS.index("Felt − target")
    assert [model.index(r, target).data() for r in range(3)] == ["–", "+7", "+2"]
    assert [model.index(r, to_target).data() for r in range(3)] == ["–", "-10", "+1"]
    total = model.rowCount() - 1
    assert model.index(total, to_target).data() == "-9"
    guidance = view.summary.guidance.text()
    assert "Perception gap -8 (felt minus predicted)." in guidance
    assert "Gap to target -9 (felt minus the experience we want)." in guidance


def test_the_summary_multiplies_each_rated_step_out_over_a_year(
        qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    session = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    services.rounds.set_reach("Round 1", "call", 12_345)
    services.rounds.set_reach("Round 1", "buy", 800)  # not rated: not said
    services.sessions.set_points(session, "call", -5)
    view = window.open_session(session.id)
    assert view is not None
    view.go_to(len(session.steps))
    line = view.summary.reach
    assert line.isVisible()
    assert line.text() == ("About 12,000 customers a year go through “Call the business”: "
                           "this one left you 5 points down.")
