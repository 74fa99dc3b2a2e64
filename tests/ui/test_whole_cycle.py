"""The whole cycle a leadership team runs, through the real widgets: a round 1 session,
the perception check, the meeting (a finding, its action, done), then round 2 with the
earlier finding and action in front of the leader, who says the fix did not hold, and
Compare rounds counting it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mysteryshop.perception import Group, Question
from tests.conftest import FakeClock
from tests.ui.loop.test_loop_view import choose, open_loop, press_ok
from tests.ui.loop.test_perception_view import SURVEY, open_perception
from tests.ui.session.test_session_flow import rate, start_session
from ui.home.new_session_dialog import NewSessionDialog
from ui.loop.loop_editors import ActionDialog, FindingDialog
from ui.main_window import MainWindow
from ui.perception.perception_models import PointsModel
from ui.perception.response_editor import ResponseDialog
from ui.perception.survey_dialog import SurveyImportDialog

ROUND_1 = "Round 1 — Nov 2026"


def test_round_1_perception_meeting_and_round_2_with_the_fix_in_front_of_the_leader(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path) -> None:
    # Round 1: the leader calls the business, predicting +6 and feeling -5.
    view = start_session(qtbot, window)
    view.go_to(1)
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    rate(qtbot, page, "prediction", 6)
    page.toggle_timer()
    clock.advance(120)
    page.stop_timer()
    rate(qtbot, page, "feeling", -5)
    window.show_home()

    # The perception check: the leadership team's sheet, then the customer survey.
    perception = open_perception(qtbot, window)
    assert perception.round_label() == ROUND_1
    sheet = perception.new_response()
    assert isinstance(sheet, ResponseDialog)
    choose(sheet.group, Group.LEADERSHIP.value)
    qtbot.keyClicks(sheet.source, "Leadership team")
    sheet.overall.setValue(8)
    choose(sheet.excellent, True)
    sheet.ratings["call"].setValue(9)
    qtbot.keyClicks(sheet.questions[Question.IMPROVE], "Hold times")
    sheet.accept()
    assert not sheet.isVisible()
    csv = tmp_path / "customers.csv"
    csv.write_text(SURVEY, encoding="utf-8")
    survey = perception.import_survey()
    assert isinstance(survey, SurveyImportDialog)
    survey.load(str(csv))
    qtbot.waitUntil(survey.import_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(survey.imported, timeout=5000):
        qtbot.mouseClick(survey.import_button, Qt.MouseButton.LeftButton)
    assert "Leadership 100% (1 of 1)" in perception.shares.text()
    assert "Customers 33% (1 of 3)" in perception.shares.text()
    assert perception.view is not None
    call = next(t for t in perception.view.touchpoints if t.key == "call")
    assert (call.leadership, call.customers, call.felt) == (7.5, -4.0, -5.0)

    # The meeting: leadership's "Hold times" tagged with the call, made a finding.
    perception.tabs.setCurrentIndex(3)
    points = perception.points_model
    row = next(i for i, (r, p) in enumerate(points.rows)
               if r.group is Group.LEADERSHIP and p.text == "Hold times")
    perception.points_table.setCurrentIndex(points.index(row, PointsModel.TOUCHPOINT))
    qtbot.keyClick(perception.points_table, Qt.Key.Key_F2)
    editor = perception.points_table.focusWidget()
    choose(editor, "call")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: points.rows[row][1].touchpoint == "call")
    perception.points_table.setCurrentIndex(points.index(row, 2))
    qtbot.mouseClick(perception.finding_button, Qt.MouseButton.LeftButton)
    finding_form = perception._form
    assert isinstance(finding_form, FindingDialog)
    assert finding_form.touchpoint.currentData() == "call"
    finding_form.text.setText("Callers wait on hold without being asked")
    press_ok(qtbot, finding_form)
    perception.close()
    (finding,) = window.services.loop.findings(ROUND_1)

    # ...answered by an action, which is then done.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    loop = open_loop(qtbot, window)
    loop.findings_table.selectRow(0)
    qtbot.mouseClick(loop.answer, Qt.MouseButton.LeftButton)
    action_form = loop._form
    assert isinstance(action_form, ActionDialog)
    qtbot.keyClicks(action_form.text, "Ask before holding; train the team")
    qtbot.keyClicks(action_form.owner, "Ben Okafor")
    press_ok(qtbot, action_form)
    loop.actions_table.selectRow(0)
    qtbot.mouseClick(loop.mark_done, Qt.MouseButton.LeftButton)
    (action,) = window.services.loop.actions()
    assert action.finding_ids == (finding.id,) and action.done_at is not None
    loop.close()

    # Round 2, two months on: the earlier finding and its action are in front of the
    # leader at the call; after the call they say the fix did not hold.
    clock.advance(86400 * 60)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window._new_dialog
    assert isinstance(dialog, NewSessionDialog) and dialog.isVisible()
    dialog.leader.setText("Ann Rivera")
    qtbot.keyClicks(dialog.company, "Acme North")
    dialog.round.setEditText("Round 2 — Feb 2027")
    qtbot.mouseClick(dialog.findChild(QPushButton, "startSessionButton"),
                     Qt.MouseButton.LeftButton)
    later = window.session_view
    assert later is not None
    later.go_to(1)
    page = later.current_step_page()
    assert page is not None and page.key == "call" and page.carried.isVisible()
    said = " ".join(w.text() for w in page.carried.findChildren(type(page.wanted)))
    assert "Callers wait on hold without being asked" in said
    assert "Ask before holding; train the team (Ben Okafor)" in said and "done on" in said
    page.toggle_timer()
    clock.advance(90)
    page.stop_timer()
    _held, not_held = page.carried.buttons[finding.id]
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    rate(qtbot, page, "feeling", -4)
    window.show_home()

    # Compare rounds: the change in felt points next to the actions done, and the fix
    # that did not hold.
    window.compare_rounds()
    compare = window._compare_dialog
    model = compare.model
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal))
               for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Call")
    cells = dict(zip(headers, (model.index(row, c).data()
                               for c in range(model.columnCount())), strict=True))
    assert cells[f"{ROUND_1}\nfelt"] == "-5.0" and cells["Round 2 — Feb 2027\nfelt"] == "-4.0"
    assert cells["Actions\ndone"] == "1"
    assert cells["Fix held\n(later sessions)"] == "0 of 1 (0%)"
    compare.close()
