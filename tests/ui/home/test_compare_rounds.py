"""Compare rounds: did round 2 fix what round 1 found?"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mysteryshop.services.session_flow import SessionService
from ui.home.compare_rounds import CompareRoundsDialog, RoundsChart
from ui.main_window import MainWindow


def rate(service: SessionService, round_label: str, felt: int, predicted: int) -> None:
    session = service.create("Ann", "Acme", round_label)
    service.set_prediction(session, "call", predicted)
    service.set_points(session, "call", felt)
    service.clock.advance(60)  # type: ignore[attr-defined]


def test_rounds_side_by_side_per_touchpoint(qtbot: QtBot, window: MainWindow,
                                            qtmodeltester: ModelTester) -> None:
    rate(window.services.sessions, "Round 1", -6, 5)
    rate(window.services.sessions, "Round 1", -2, 5)
    rate(window.services.sessions, "Round 2", 3, 4)
    window.compare_rounds()
    dialog = window.findChild(CompareRoundsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.comparison.rounds == ["Round 1", "Round 2"]
    model = dialog.model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["Touchpoint", "Round 1\nfelt", "Round 2\nfelt", "Round 1\ngap",
                       "Round 2\ngap"]
    call = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Call")
    assert [model.index(call, c).data() for c in range(1, 5)] == ["-4.0", "+3.0", "-9.0",
                                                                  "-1.0"]
    website = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Website")
    assert model.index(website, 1).data() == "–"  # nobody rated it
    chart = dialog.findChild(RoundsChart)
    assert chart is not None
    assert not chart.grab().isNull()
    dialog.close()


def test_with_only_the_demo_or_one_round_it_explains_instead_of_empty_axes(
        qtbot: QtBot, window: MainWindow) -> None:
    window.services.library.add_demo()
    window.refresh_home()
    window.compare_rounds()
    dialog = window.findChild(CompareRoundsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.comparison.rounds == []  # the demo is left out
    assert dialog.empty.isVisible() and "Nothing to compare yet" in dialog.empty.text()
    assert not dialog.chart.isVisible()
    dialog.close()
    rate(window.services.sessions, "Round 1", -6, 5)
    window.compare_rounds()
    dialog = window._compare_dialog
    assert "One round so far (Round 1)" in dialog.empty.text() and dialog.chart.isVisible()
    dialog.close()


def test_the_gap_to_target_shows_beside_felt_and_gap_when_the_team_set_targets(
        qtbot: QtBot, window: MainWindow) -> None:
    rate(window.services.sessions, "Round 1", -6, 5)
    rate(window.services.sessions, "Round 2", 3, 4)
    window.services.rounds.set_target("Round 1", "call", 7, "A person answers")
    window.services.rounds.set_target("Round 2", "call", 5)
    window.compare_rounds()
    dialog = window._compare_dialog
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers[-2:] == ["Round 1\nto target", "Round 2\nto target"]
    call = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Call")
    assert [model.index(call, c).data() for c in (5, 6)] == ["-13.0", "-2.0"]
    website = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Website")
    assert model.index(website, 5).data() == "–"  # no target there
    assert "-13.0 to target" in dialog.chart.accessibleDescription()
    assert not dialog.chart.grab().isNull()
    dialog.close()


def test_what_came_of_each_touchpoints_findings_shows_beside_the_rounds(
        qtbot: QtBot, window: MainWindow) -> None:
    from mysteryshop.loop import ActionStatus

    services = window.services
    rate(services.sessions, "Round 1", -6, 5)
    hold = services.loop.add_finding("Round 1", "Put on hold without asking",
                                     touchpoint="call")
    fix = services.loop.add_action("Ask before holding", (hold.id,))
    services.loop.update_action(fix, status=ActionStatus.DONE)
    for held in (True, False, True):
        services.sessions.clock.advance(60)  # type: ignore[attr-defined]
        later = services.sessions.create("Ann", "Acme", "Round 2")
        services.loop.set_held(later, hold.id, held)
    rate(services.sessions, "Round 2", 3, 4)
    window.compare_rounds()
    model = window._compare_dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers[1:4] == ["Actions\ndone", "Fix held\n(later sessions)", "Round 1\nfelt"]
    call = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Call")
    assert [model.index(call, c).data() for c in (1, 2, 3)] == ["1", "2 of 3 (67%)", "-6.0"]
    website = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Website")
    assert [model.index(website, c).data() for c in (1, 2)] == ["0", "–"]
    window._compare_dialog.close()


def test_the_latest_round_is_multiplied_out_over_a_year(
        qtbot: QtBot, window: MainWindow) -> None:
    rate(window.services.sessions, "Round 1", -6, 5)
    rate(window.services.sessions, "Round 2", -4, 4)
    window.services.rounds.set_reach("Round 2", "call", 12_345)
    window.compare_rounds()
    line = window._compare_dialog.reach_line
    assert line.isVisible()
    assert line.text() == ("Round 2: about 12,000 customers a year go through Call, and it "
                           "leaves them 4.0 points down.")
    window._compare_dialog.close()
