"""A whole session clicked and typed through the real widgets, New session to Finish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
)
from pytestqt.qtbot import QtBot

from mysteryshop.model import AnswerValue, MarkerKind, SessionStatus, TimerState, Verdict
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from ui.home.new_session_dialog import NewSessionDialog
from ui.main_window import MainWindow
from ui.session.session_view import SessionView
from ui.session.step_page import StepPage


def start_session(qtbot: QtBot, window: MainWindow) -> SessionView:
    qtbot.mouseClick(window.findChild(QPushButton, "startFirstButton"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewSessionDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.leader, "Ann Rivera")
    qtbot.keyClicks(dialog.company, "Acme North")
    dialog.round.setEditText("Round 1 — Nov 2026")
    qtbot.mouseClick(dialog.findChild(QPushButton, "startSessionButton"),
                     Qt.MouseButton.LeftButton)
    assert window.session_view is not None
    return window.session_view


def key(qtbot: QtBot, view: SessionView, k: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or view
    qtbot.keyClick(target, k, modifier)


def rate(qtbot: QtBot, page: StepPage, name: str, steps: int) -> None:
    """Rate with the keyboard, as a leader with one hand free would."""
    slider = getattr(page, name).findChild(QSlider, "pointsSlider")
    slider.setFocus()
    direction = Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left
    for _ in range(abs(steps)):
        qtbot.keyClick(slider, direction)
    page.focus_default()


def test_whole_session_from_new_session_to_finish(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    assert window.home.currentIndex() == 0  # the welcome page on first start
    view = start_session(qtbot, window)
    session_id = view.controller.session.id
    repo = repository

    # 1. Website: predict, time it, answer, note, rate.
    page = view.current_step_page()
    assert page is not None and page.key == "website"
    rate(qtbot, page, "prediction", 4)
    key(qtbot, view, Qt.Key.Key_Space)
    clock.advance(90)
    key(qtbot, view, Qt.Key.Key_Space)
    assert page.timer.display_text() == "1:30.0"
    qtbot.mouseClick(page.findChild(QRadioButton, "answer_website-speaks-to-me_no"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.findChild(QPlainTextEdit, "stepNotes"), "All about them")
    rate(qtbot, page, "feeling", -3)
    key(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # 2. Call: markers by single keys while the timer runs.
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    rate(qtbot, page, "prediction", 6)
    key(qtbot, view, Qt.Key.Key_R)  # the first marker starts the timer
    clock.advance(4)
    key(qtbot, view, Qt.Key.Key_R)
    clock.advance(10)
    key(qtbot, view, Qt.Key.Key_A)
    clock.advance(20)
    key(qtbot, view, Qt.Key.Key_H)
    clock.advance(45)
    key(qtbot, view, Qt.Key.Key_O)
    key(qtbot, view, Qt.Key.Key_T)
    key(qtbot, view, Qt.Key.Key_L)
    key(qtbot, view, Qt.Key.Key_S)
    key(qtbot, view, Qt.Key.Key_S)
    clock.advance(30)
    key(qtbot, view, Qt.Key.Key_P)
    assert page.markers is not None
    assert "answered after 0:14" in page.markers._measures.text()
    assert "on hold 0:45" in page.markers._measures.text()
    key(qtbot, view, Qt.Key.Key_Space)  # pause
    rate(qtbot, page, "feeling", -5)
    key(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # 3-5: the rest, quickly, with the Next button.
    for expected in ("buy", "problem", "leader"):
        page = view.current_step_page()
        assert page is not None and page.key == expected
        rate(qtbot, page, "prediction", 5)
        rate(qtbot, page, "feeling", 2)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)

    # Summary: verdict, surprise, finish.
    assert view.current_step_page() is None
    summary = view.summary
    assert not summary.finish_button.isEnabled()
    assert "leans to" in summary.guidance.text()
    qtbot.mouseClick(summary.erodes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(summary.surprised, "Calls were worst")
    qtbot.mouseClick(summary.finish_button, Qt.MouseButton.LeftButton)

    assert window.session_view is None
    assert window.navigator.showing_home()
    stored = repo.get_session(session_id)
    assert stored.status is SessionStatus.DONE and stored.verdict is Verdict.ERODES
    assert stored.surprised == "Calls were worst"
    website, call = stored.step("website"), stored.step("call")
    assert (website.predicted_points, website.points) == (4, -3)
    assert website.notes == "All about them"
    assert website.answers["website-speaks-to-me"].value is AnswerValue.NO
    assert website.elapsed(clock()) == 90
    assert [m.kind for m in call.markers] == [
        MarkerKind.RING, MarkerKind.RING, MarkerKind.ANSWERED, MarkerKind.ON_HOLD,
        MarkerKind.OFF_HOLD, MarkerKind.TRANSFERRED, MarkerKind.ASKED_NEED,
        MarkerKind.PITCHED, MarkerKind.PITCHED, MarkerKind.HELPED,
    ]
    assert call.measures.answer_seconds == 14
    assert call.measures.hold_total_seconds == 45
    assert call.measures.helped_seconds == 109
    assert (call.predicted_points, call.points) == (6, -5)
    assert [s.points for s in stored.steps] == [-3, -5, 2, 2, 2]
    assert stored.felt_total == -2
    rows = repo.list_sessions()
    assert rows[0].id == session_id and rows[0].status is SessionStatus.DONE


def test_typing_letters_into_notes_stamps_no_marker(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = start_session(qtbot, window)
    view.go_to(1)
    page = view.current_step_page()
    assert page is not None
    notes = page.findChild(QPlainTextEdit, "stepNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, "RATHOS plan")
    assert page.step.markers == []
    assert page.step.notes == "RATHOS plan"
    assert page.step.timer_state is TimerState.IDLE


def test_note_marker_takes_its_text_inline(qtbot: QtBot, window: MainWindow,
                                           clock: FakeClock) -> None:
    view = start_session(qtbot, window)
    view.go_to(3)
    page = view.current_step_page()
    assert page is not None and page.markers is not None
    key(qtbot, view, Qt.Key.Key_Space)
    clock.advance(75)
    key(qtbot, view, Qt.Key.Key_N)
    edit = page.markers._note_edit
    assert edit.isVisible() and edit.hasFocus()
    qtbot.keyClicks(edit, "They said: check with supervisor")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    marker = window.services.library.get(page.controller.session.id).step("problem").markers[0]
    assert (marker.kind, marker.offset_seconds) == (MarkerKind.NOTE, 75)
    assert marker.text == "They said: check with supervisor"
    assert not edit.isVisible()


def test_undo_removes_the_last_marker(qtbot: QtBot, window: MainWindow) -> None:
    view = start_session(qtbot, window)
    view.go_to(1)
    key(qtbot, view, Qt.Key.Key_R)
    key(qtbot, view, Qt.Key.Key_T)
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    page = view.current_step_page()
    assert page is not None
    assert [m.kind for m in page.step.markers] == [MarkerKind.RING]
    assert page.markers is not None and page.markers.model.rowCount() == 1


def test_markers_are_not_offered_on_the_website_step(qtbot: QtBot, window: MainWindow) -> None:
    view = start_session(qtbot, window)
    page = view.current_step_page()
    assert page is not None and page.key == "website" and page.markers is None
    key(qtbot, view, Qt.Key.Key_A)
    assert page.step.markers == []


def test_pages_show_the_website_and_the_number_to_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.services.sessions.create("Ann", "Acme", "R1", website="acme.example",
                                    phone="+1 555 0100")
    window.open_session(session.id)
    view = window.session_view
    assert view is not None
    website = view.step_page(0).findChild(QLabel, "stepTarget")
    assert "href='https://acme.example'" in website.text()
    call = view.step_page(1).findChild(QLabel, "stepTarget")
    assert "+1 555 0100" in call.text()
    assert view.step_page(2).findChild(QLabel, "stepTarget") is None  # buying: neither


def test_pages_are_built_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.sessions.create("Ann", "Acme", "R1")
    view = window.open_session(session.id)
    assert view is not None
    assert [p.key for p in view.step_pages] == ["website"]
    view.go_to(2)
    assert [p.key for p in view.step_pages] == ["website", "buy"]
    assert view.current_step_key() == "buy"


def test_typing_notes_saves_each_keystroke_without_redrawing_the_page(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.sessions.create("Ann", "Acme", "R1")
    view = window.open_session(session.id)
    assert view is not None
    page = view.current_step_page()
    assert page is not None
    redraws: list[str] = []
    saved: list[str] = []
    view.controller.step_changed.connect(redraws.append)
    view.controller.text_saved.connect(saved.append)
    qtbot.keyClicks(page.notes, "Slow")
    assert redraws == [] and saved == ["website"] * 4
    assert window.services.library.get(session.id).step("website").notes == "Slow"


def test_the_prediction_locks_when_the_timer_starts_and_a_change_is_on_record(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    view = start_session(qtbot, window)
    page = view.current_step_page()
    assert page is not None
    rate(qtbot, page, "prediction", 3)
    assert page.prediction.isEnabled() and not page.change_prediction.isVisible()
    key(qtbot, view, Qt.Key.Key_Space)  # the step starts
    clock.advance(20)
    assert not page.prediction.isEnabled()  # no wheel, click or key can move it now
    assert page.prediction_lock.text() == ("I predicted +3 (3 points up) · locked when the "
                                           "step started.")
    qtbot.mouseClick(page.change_prediction, Qt.MouseButton.LeftButton)
    assert page.prediction.isEnabled()
    rate(qtbot, page, "prediction", -5)
    qtbot.mouseClick(page.change_prediction, Qt.MouseButton.LeftButton)  # lock it again
    assert not page.prediction.isEnabled()
    step = window.services.library.get(view.controller.session.id).step("website")
    assert (step.predicted_points, step.prediction_before_change) == (-2, 3)
    assert page.prediction_lock.text() == ("I predicted -2 (2 points down) · changed after "
                                           "the step started (it was 3 points up).")
