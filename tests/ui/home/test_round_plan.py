"""The round plan: who has done it, the experience we want, the team's kept leaders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mysteryshop.model import Target
from tests.conftest import FakeClock
from tests.rounds import shop_a_round
from ui.home.new_session_dialog import NewSessionDialog
from ui.home.round_plan_dialog import RoundPlanDialog
from ui.main_window import MainWindow


def shop(window: MainWindow, clock: FakeClock) -> None:
    shop_a_round(window.services, clock, "Round 1")
    window.refresh_home()


def open_plan(qtbot: QtBot, window: MainWindow) -> RoundPlanDialog:
    qtbot.mouseClick(window.home.who_button, Qt.MouseButton.LeftButton)
    dialog = window._plan_dialog
    assert isinstance(dialog, RoundPlanDialog) and dialog.isVisible()
    if not dialog.model.rowCount():  # read on a worker thread
        qtbot.waitSignal(dialog.progress_shown, timeout=10_000).wait()
    return dialog


def reread(qtbot: QtBot, dialog: RoundPlanDialog, act: Callable[[], object]) -> None:
    """Do `act`, then wait for the participation read again after it."""
    with qtbot.waitSignal(dialog.progress_shown, timeout=10_000):
        act()


def row_of(dialog: RoundPlanDialog, name: str) -> list[str]:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"{name} is not listed")


def test_home_shows_the_rounds_progress_and_opens_who_has_done_it(
        qtbot: QtBot, window: MainWindow, clock: FakeClock,
        qtmodeltester: ModelTester) -> None:
    assert not window.home.who_button.isVisible()  # no round yet: nothing to show
    window.services.library.add_demo()
    window.refresh_home()
    assert not window.home.who_button.isVisible()  # the demo's round is not a round
    shop(window, clock)
    home = window.home
    assert home.who_button.isVisible()
    assert "Round 1" in home.round_progress.text()
    assert "1 of 3 leaders finished · 1 in progress · 1 not started" in (
        home.round_progress.text())
    assert (home.round_bar.value(), home.round_bar.maximum()) == (1, 3)
    dialog = open_plan(qtbot, window)
    qtmodeltester.check(dialog.model)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(dialog.model.columnCount())]
    assert headers == ["Name", "Website", "Call", "Buy", "Problem", "Leader", "Done",
                       "Status", "Last activity"]
    assert row_of(dialog, "Ana Rivera")[1:8] == ["✓ done", "… started", "–", "–", "–", "1/5",
                                                 "In progress"]
    assert row_of(dialog, "Ben Okafor")[6:8] == ["5/5", "Finished"]
    assert row_of(dialog, "Cy Lee")[6:9] == ["0/5", "Not started", "–"]
    assert "3 leaders: 1 finished, 1 in progress, 1 not started" in dialog.headline.text()
    dialog.close()


def test_leaders_are_added_merged_and_then_picked_for_a_new_session(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: object) -> None:
    shop(window, clock)
    window.services.sessions.create("A. Rivera", "Acme", "Round 1")
    window.refresh_home()
    dialog = open_plan(qtbot, window)
    qtbot.keyClicks(dialog.new_leader, "  Dee   Obi ")
    reread(qtbot, dialog, lambda: qtbot.keyClick(dialog.new_leader, Qt.Key.Key_Return))
    assert row_of(dialog, "Dee Obi")[7] == "Not started"
    assert "1 of 5 leaders finished" in window.home.round_progress.text()
    # "A. Rivera" is Ana: renaming to a name on the list merges the two.
    model = dialog.model
    dialog.table.selectRow(next(r for r in range(model.rowCount())
                                if model.index(r, 0).data() == "A. Rivera"))
    monkeypatch.setattr(QInputDialog, "getText",  # type: ignore[attr-defined]
                        staticmethod(lambda *a, **k: ("Ana Rivera", True)))
    reread(qtbot, dialog, lambda: qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton))
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Ana Rivera", "Ben Okafor", "Cy Lee", "Dee Obi"]
    assert model.leader(0).sessions == 2
    dialog.table.selectRow(3)
    reread(qtbot, dialog, lambda: qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton))
    assert "Dee Obi" not in [model.index(r, 0).data() for r in range(model.rowCount())]
    dialog.close()
    window.new_session()
    new = window.findChild(NewSessionDialog)
    assert new is not None and new.isVisible()
    combo = new.leader_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ana Rivera", "Ben Okafor",
                                                                 "Cy Lee"]
    new.leader.clear()
    qtbot.keyClicks(new.leader, "cy  LEE")  # typed loosely: still the kept Cy Lee
    qtbot.keyClicks(new.company, "Acme")
    new.round.setEditText("Round 1")
    qtbot.mouseClick(new.findChild(QPushButton, "startSessionButton"),
                     Qt.MouseButton.LeftButton)
    assert window.session_view is not None
    assert window.session_view.controller.session.leader == "Cy Lee"
    assert window.services.rounds.leaders() == ["Ana Rivera", "Ben Okafor", "Cy Lee"]


def test_targets_are_set_per_touchpoint_and_saved_at_once(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    shop(window, clock)
    dialog = open_plan(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    spin = dialog.targets.spins["call"]
    sentence = dialog.targets.sentences["call"]
    assert spin.text() == "No target" and not sentence.isEnabled()
    spin.setFocus()
    for _ in range(18):  # from "No target" (-11) up to +7
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.text() == "+7" and sentence.isEnabled()
    qtbot.keyClicks(sentence, "Answered by a person within three rings")
    qtbot.keyClick(sentence, Qt.Key.Key_Return)
    assert window.services.rounds.targets("Round 1") == {
        "call": Target("Round 1", "call", 7, "Answered by a person within three rings")}
    dialog.close()
    dialog = open_plan(qtbot, window)  # as it was left
    assert dialog.targets.spins["call"].text() == "+7"
    assert dialog.targets.sentences["call"].text() == "Answered by a person within three rings"
    dialog.targets.spins["call"].setValue(-11)
    assert window.services.rounds.targets("Round 1") == {}
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    dialog.close()


def test_customers_a_year_are_set_beside_the_targets(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    shop(window, clock)
    dialog = open_plan(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    customers = dialog.targets.reach["call"]
    assert customers.text() == "Not known"
    customers.setFocus()
    customers.lineEdit().selectAll()
    qtbot.keyClicks(customers, "12000")
    qtbot.keyClick(customers, Qt.Key.Key_Return)
    assert window.services.rounds.reach("Round 1") == {("Round 1", "call"): 12000}
    dialog.close()
