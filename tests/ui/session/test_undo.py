"""Edit › Undo and Redo over the leader's edits: markers, ratings, answers, the verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSlider
from pytestqt.qtbot import QtBot

from mysteryshop.model import AnswerValue, MarkerKind, Verdict
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from tests.ui.pages import open_call_step
from ui.main_window import MainWindow


def test_a_marker_is_undone_and_redone_at_the_same_moment(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    view = open_call_step(window)
    session_id = view.controller.session.id
    view.stamp(MarkerKind.RING)
    clock.advance(12)
    view.stamp(MarkerKind.ANSWERED)
    undo, redo = window.window_actions.undo, window.window_actions.redo
    assert undo.isEnabled() and "Answered" in undo.text()
    undo.trigger()
    stored = repository.get_session(session_id).step("call")
    assert [m.kind for m in stored.markers] == [MarkerKind.RING]
    assert stored.measures.answer_seconds is None  # the measures follow
    assert "Answered" in redo.text()
    redo.trigger()
    stored = repository.get_session(session_id).step("call")
    assert [m.kind for m in stored.markers] == [MarkerKind.RING, MarkerKind.ANSWERED]
    assert stored.markers[1].offset_seconds == 12 and stored.measures.answer_seconds == 12


def test_a_removed_marker_comes_back_with_its_text(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    view = open_call_step(window)
    controller = view.controller
    marker = controller.add_marker("call", MarkerKind.NOTE)
    assert marker is not None
    controller.set_marker_text("call", marker.id, "asked my name twice")
    controller.delete_marker("call", marker.id)
    assert repository.get_session(controller.session.id).step("call").markers == []
    window.window_actions.undo.trigger()
    [back] = repository.get_session(controller.session.id).step("call").markers
    assert (back.kind, back.text, back.offset_seconds) == (
        MarkerKind.NOTE, "asked my name twice", marker.offset_seconds)


def test_arrow_presses_on_a_rating_are_one_step_to_undo(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None
    slider = page.feeling.findChild(QSlider, "pointsSlider")
    slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    session_id = view.controller.session.id
    assert repository.get_session(session_id).step("call").points == 3
    window.window_actions.undo.trigger()
    assert repository.get_session(session_id).step("call").points is None
    assert page.feeling.value() is None  # the page shows it too
    window.window_actions.redo.trigger()
    assert repository.get_session(session_id).step("call").points == 3


def test_answers_and_the_verdict_are_undone(qtbot: QtBot, window: MainWindow,
                                           repository: Repository) -> None:
    view = open_call_step(window)
    controller = view.controller
    controller.set_answer("call", "call-name", AnswerValue.NO)
    controller.set_verdict(Verdict.ERODES)
    window.window_actions.undo.trigger()
    assert repository.get_session(controller.session.id).verdict is None
    window.window_actions.undo.trigger()
    stored = repository.get_session(controller.session.id).step("call")
    assert "call-name" not in stored.answers or stored.answers["call-name"].value is None


def test_ctrl_z_in_the_notes_undoes_typing_not_a_marker(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    view = open_call_step(window)
    view.stamp(MarkerKind.RING)
    page = view.current_step_page()
    assert page is not None
    notes = page.findChild(QPlainTextEdit, "stepNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, "Rang for ages")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() != "Rang for ages"  # the text field took it back
    stored = repository.get_session(view.controller.session.id).step("call")
    assert [m.kind for m in stored.markers] == [MarkerKind.RING]


def test_undo_follows_the_session_on_screen(qtbot: QtBot, window: MainWindow,
                                           repository: Repository) -> None:
    first = open_call_step(window)
    first.stamp(MarkerKind.RING)
    first_id = first.controller.session.id
    second = open_call_step(window)  # another session: its own edits
    assert not window.window_actions.undo.isEnabled()
    second.stamp(MarkerKind.HELPED)
    window.window_actions.undo.trigger()
    assert repository.get_session(second.controller.session.id).step("call").markers == []
    assert len(repository.get_session(first_id).step("call").markers) == 1


def test_back_on_the_list_ctrl_z_brings_back_a_deleted_session_not_an_edit(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    view = open_call_step(window)
    view.stamp(MarkerKind.RING)  # a session edit Undo could take back
    edited = view.controller.session.id
    other = window.services.sessions.create("Bo", "Acme", "R1")
    window.show_home()
    window.refresh_home()
    window.home.select_session(other.id)
    window.home.delete_action.trigger()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    box.findChild(QPushButton, "deleteButton").click()
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert other.id in [s.id for s in window.services.library.page()]  # the deletion undone
    assert len(repository.get_session(edited).step("call").markers) == 1  # the edit kept
