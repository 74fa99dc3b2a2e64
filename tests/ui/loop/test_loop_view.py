"""Findings and actions, driven through the real widgets: forms, filters, keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mysteryshop.loop import ActionStatus, CoreFactor, Severity
from mysteryshop.model import Verdict
from ui.loop.loop_editors import ActionDialog, FindingDialog
from ui.loop.loop_view import LoopDialog
from ui.main_window import MainWindow


def open_loop(qtbot: QtBot, window: MainWindow) -> LoopDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window._loop_dialog
    assert isinstance(dialog, LoopDialog) and dialog.isVisible()
    return dialog


def press_ok(qtbot: QtBot, form: FindingDialog | ActionDialog) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def answer_yes_when_asked() -> None:
    """Press Yes in the question box as soon as it is up (it waits for an answer)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        QTimer.singleShot(10, answer_yes_when_asked)


def choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_a_finding_then_its_action_overdue_then_done(
        qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester) -> None:
    window.services.sessions.create("Ana Rivera", "Acme", "Round 1")
    window.refresh_home()
    dialog = open_loop(qtbot, window)
    qtbot.mouseClick(dialog.findChild(type(dialog.answer), "newFindingButton"),
                     Qt.MouseButton.LeftButton)
    form = dialog._form
    assert isinstance(form, FindingDialog) and form.isVisible()
    assert form.round.currentText() == "Round 1"
    press_ok(qtbot, form)  # no text: refused over the form, which stays
    assert form.isVisible()
    box = next(b for b in form.findChildren(QMessageBox) if b.isVisible())
    assert "A finding needs a few words" in box.text()
    box.close()
    qtbot.keyClicks(form.text, "Put on hold without asking")
    choose(form.touchpoint, "call")
    choose(form.factor, CoreFactor.PROCESS)
    qtbot.keyClicks(form.department, "Call centre")
    choose(form.trust, Verdict.ERODES)
    choose(form.severity, Severity.HIGH)
    press_ok(qtbot, form)
    assert not form.isVisible()
    model = dialog.findings_model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Round 1", "Call", "Put on hold without asking", "Process", "Call centre",
        "erodes trust", "High", "0"]
    # Answer it: the form comes with the finding ticked.
    dialog.findings_table.selectRow(0)
    qtbot.mouseClick(dialog.answer, Qt.MouseButton.LeftButton)
    action_form = dialog._form
    assert isinstance(action_form, ActionDialog)
    item = action_form.findings.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(action_form.text, "Ask before holding; train the team")
    qtbot.keyClicks(action_form.owner, "Ben Okafor")
    action_form.has_due.setChecked(True)
    action_form.due.setDate(QDate(2026, 11, 1))
    press_ok(qtbot, action_form)
    actions = dialog.actions_model
    qtmodeltester.check(actions)
    row = [actions.index(0, c).data() for c in range(actions.columnCount())]
    assert row[:4] == ["Ask before holding; train the team", "Ben Okafor",
                       "2026-11-01 · overdue", "Open"]
    assert row[5] == "Put on hold without asking"
    assert model.index(0, 7).data() == "1"  # the finding has one action now
    assert dialog.summary.text() == "1 action: 0 done, 1 overdue."
    # Filters: overdue only, an owner, a factor none of them has.
    dialog.overdue_only.setChecked(True)
    assert actions.rowCount() == 1
    choose(dialog.factor_filter, CoreFactor.CULTURE)
    assert actions.rowCount() == 0
    choose(dialog.factor_filter, None)
    choose(dialog.owner_filter, "Ben Okafor")
    assert actions.rowCount() == 1
    dialog.overdue_only.setChecked(False)
    dialog.actions_table.selectRow(0)
    qtbot.mouseClick(dialog.mark_done, Qt.MouseButton.LeftButton)
    assert actions.index(0, 3).data() == "Done" and actions.index(0, 2).data() == "2026-11-01"
    stored = window.services.loop.actions()
    assert stored[0].status is ActionStatus.DONE and stored[0].done_at is not None
    assert stored[0].due == date(2026, 11, 1)
    # Delete (the key, asked): the finding goes, the action stays.
    dialog.findings_table.selectRow(0)
    dialog.activateWindow()
    dialog.findings_table.setFocus()
    qtbot.waitUntil(dialog.findings_table.hasFocus)
    answer_yes_when_asked()
    qtbot.keyClick(dialog.findings_table, Qt.Key.Key_Delete)
    assert model.rowCount() == 0 and actions.rowCount() == 1
    assert actions.index(0, 5).data() == "–"
    dialog.close()
