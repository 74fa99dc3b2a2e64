"""The perception check, driven through the real widgets: a workshop sheet typed point
by point, a survey imported through its column table, points tagged in place, the three
groups side by side, and a finding made from a point."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mysteryshop.loop import CoreFactor
from mysteryshop.perception import Group, Question
from tests.ui.loop.test_loop_view import choose
from ui.loop.loop_editors import FindingDialog
from ui.main_window import MainWindow
from ui.perception.perception_models import PointsModel
from ui.perception.perception_view import PerceptionDialog
from ui.perception.response_editor import ResponseDialog
from ui.perception.survey_dialog import SurveyImportDialog

SURVEY = ("Timestamp;What do we do well?;What could be improved?;Overall experience;"
          "Do we deliver excellent service?;Call the business\n"
          "1;Friendly people;Hold times;-4;no;-6\n"
          "2;Prices;\"Hold times\n- nobody calls back\";2;yes;-2\n"
          "3;;;-7;nein;\n")


def open_perception(qtbot: QtBot, window: MainWindow) -> PerceptionDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window._perception_dialog
    assert isinstance(dialog, PerceptionDialog) and dialog.isVisible()
    return dialog


def test_a_workshop_sheet_a_survey_and_a_finding_from_a_point(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        qtmodeltester: ModelTester) -> None:
    session = window.services.sessions.create("Ana Rivera", "Acme", "Round 1")
    window.services.sessions.set_prediction(session, "call", 8)
    window.services.sessions.set_points(session, "call", -5)
    window.refresh_home()
    dialog = open_perception(qtbot, window)
    assert dialog.round_label() == "Round 1"
    assert "No responses in this round yet" in dialog.shares.text()

    # The leadership team's sheet, typed fast: Ctrl+N, a point a line, Ctrl+Enter.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = dialog._form
    assert isinstance(form, ResponseDialog) and form.isVisible()
    choose(form.group, Group.LEADERSHIP.value)
    qtbot.keyClicks(form.source, "Leadership team")
    form.overall.setValue(7)
    choose(form.excellent, True)
    form.ratings["call"].setValue(9)
    well = form.questions[Question.WELL]
    qtbot.keyClicks(well, "Our people care")
    qtbot.keyClick(well, Qt.Key.Key_Return)
    qtbot.keyClicks(well, "- fast answers")
    qtbot.keyClicks(form.questions[Question.IMPROVE], "Hold times")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.questions[Question.IMPROVE].setFocus()
    qtbot.keyClick(form.questions[Question.IMPROVE], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    (leadership,) = window.services.perception.responses("Round 1")
    assert [p.text for p in leadership.points] == ["Our people care", "fast answers",
                                                   "Hold times"]
    assert (leadership.overall, leadership.excellent, dict(leadership.ratings)) == (
        7, True, {"call": 9})

    # The customer survey, imported through the column table (read on a worker thread).
    path = tmp_path / "march.csv"
    path.write_text(SURVEY, encoding="utf-8")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    survey = dialog._form
    assert isinstance(survey, SurveyImportDialog) and survey.isVisible()
    survey.source.setText("Customer survey, March")
    assert not survey.import_button.isEnabled()  # nothing read yet: it waits for a file
    survey.load(str(path))
    qtbot.waitUntil(survey.import_button.isEnabled, timeout=5000)
    fields = {survey.columns.item(r, 0).text(): survey.columns.cellWidget(r, 2)
              for r in range(survey.columns.rowCount())}
    assert survey.mapping()["Call the business"] == "rating:call"
    assert survey.mapping()["Timestamp"] == "ignore"
    assert all(isinstance(f, QComboBox) for f in fields.values())
    assert "3 answer rows" in survey.status.text()
    assert survey.scale.currentData() == "-10..+10"  # ours, until told otherwise
    with qtbot.waitSignal(survey.imported, timeout=5000) as imported:
        qtbot.mouseClick(survey.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].added == 3
    assert not survey.isVisible()
    assert "Leadership 100% (1 of 1)" in dialog.shares.text()
    assert "Customers 33% (1 of 3)" in dialog.shares.text()
    call = next(t for t in dialog.view.touchpoints if t.key == "call")
    assert (call.leadership, call.customers, call.felt) == (8.5, -4.0, -5.0)
    assert "Customers −4.0" in dialog.chart.in_words().replace("-", "−")

    # Tag points in place: a theme typed into the Theme cell, a factor picked.
    dialog.tabs.setCurrentIndex(3)
    points = dialog.points_model
    qtmodeltester.check(points)
    rows = [(i, p) for i, (_r, p) in enumerate(points.rows) if p.text == "Hold times"]
    assert len(rows) == 3  # leadership's and two customers'
    for row, _point in rows:
        index = points.index(row, PointsModel.THEME)
        dialog.points_table.setCurrentIndex(index)
        qtbot.keyClick(dialog.points_table, Qt.Key.Key_F2)
        editor = dialog.points_table.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.setText("Waiting on hold")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: points.rows[row][1].theme == "Waiting on hold")  # noqa: B023
    index = points.index(rows[0][0], PointsModel.FACTOR)
    dialog.points_table.setCurrentIndex(index)
    qtbot.keyClick(dialog.points_table, Qt.Key.Key_F2)
    combo = dialog.points_table.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(CoreFactor.PROCESS.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: points.rows[rows[0][0]][1].factor is CoreFactor.PROCESS)
    (theme,) = dialog.view.themes
    assert theme.name == "Waiting on hold"
    assert theme.counts == {Group.LEADERSHIP: 1, Group.CUSTOMERS: 2}
    assert "Only Leadership, Customers: they differ" not in dialog.themes_model.data(
        dialog.themes_model.index(0, 4))  # no staff answered: the groups present agree
    assert dialog.themes_model.data(dialog.themes_model.index(0, 4)) == \
        "Every group: they agree"
    grid = dialog.questions_model.data(dialog.questions_model.index(1, 2))
    assert "• Hold times [Waiting on hold] ×2" in grid and "• nobody calls back" in grid

    # A finding from the tagged point, linked to it.
    dialog.points_table.setCurrentIndex(points.index(rows[0][0], 2))
    qtbot.mouseClick(dialog.finding_button, Qt.MouseButton.LeftButton)
    finding_form = dialog._form
    assert isinstance(finding_form, FindingDialog)
    assert finding_form.text.text() == "Hold times"
    assert finding_form.factor.currentData() == CoreFactor.PROCESS
    choose(finding_form.touchpoint, "call")
    qtbot.mouseClick(finding_form.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    (finding,) = window.services.loop.findings("Round 1")
    assert finding.point_id == rows[0][1].id and finding.touchpoint == "call"

    # Editing the sheet keeps the tagged point (and the finding's link).
    dialog.tabs.setCurrentIndex(4)
    dialog.responses_table.selectRow(0)
    dialog.edit_response()
    form = dialog._form
    assert isinstance(form, ResponseDialog)
    form.questions[Question.IMPROVE].setPlainText("Hold times\nNo call back")
    form.accept()
    again = window.services.perception.responses("Round 1")[0]
    kept = next(p for p in again.points if p.text == "Hold times")
    assert kept.id == rows[0][1].id and kept.theme == "Waiting on hold"
    assert window.services.loop.findings("Round 1")[0].point_id == kept.id


def test_a_bad_survey_is_named_over_the_form_and_nothing_is_imported(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_perception(qtbot, window)
    path = tmp_path / "bad.csv"
    path.write_text(SURVEY.replace("-7;nein", "-17;nein"), encoding="utf-8")
    survey = dialog.import_survey()
    survey.load(str(path))
    qtbot.waitUntil(survey.import_button.isEnabled, timeout=5000)
    qtbot.mouseClick(survey.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in survey.findChildren(QMessageBox)),
                    timeout=5000)
    box = next(b for b in survey.findChildren(QMessageBox) if b.isVisible())
    assert "Row 4, column 'Overall experience': -17 is off the -10..+10 scale." in box.text()
    box.close()
    assert survey.isVisible() and survey.import_button.isEnabled()
    assert window.services.perception.responses() == []
