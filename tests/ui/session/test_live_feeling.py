"""The live feeling driven through the real widgets: keys, wheel and buttons while a timer
runs, the offer of where it ended as the rating, and a kill -9 that loses no change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT, FakeClock
from tests.ui.gui_child import ON_A_NEW_CALL
from tests.ui.session.test_session_flow import key, start_session
from ui.main_window import MainWindow
from ui.session.live_feeling_panel import LiveFeelingPanel
from ui.session.session_view import SessionView
from ui.session.step_page import StepPage


def on_call(qtbot: QtBot, window: MainWindow) -> tuple[SessionView, StepPage]:
    view = start_session(qtbot, window)
    view.go_next()
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    return view, page


def stored(repository: Repository, view: SessionView, step: str = "call") -> list[
        tuple[float, int]]:
    session = repository.get_session(view.controller.session.id)
    return [(c.offset_seconds, c.points) for c in session.step(step).feeling_trace]


def wheel(panel: LiveFeelingPanel, notches: int) -> None:
    centre = QPointF(panel.rect().center())
    event = QWheelEvent(centre, QPointF(panel.mapToGlobal(QPoint(0, 0))), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(panel, event)


def test_keys_move_the_live_feeling_only_while_the_timer_runs(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    view, page = on_call(qtbot, window)
    key(qtbot, view, Qt.Key.Key_Down)  # not started: the key stays with the page
    assert stored(repository, view) == []
    assert not page.live.down.isEnabled()
    key(qtbot, view, Qt.Key.Key_Space)
    clock.advance(8)
    key(qtbot, view, Qt.Key.Key_Down)
    clock.advance(4)
    key(qtbot, view, Qt.Key.Key_Down)
    key(qtbot, view, Qt.Key.Key_Minus)
    clock.advance(30)
    key(qtbot, view, Qt.Key.Key_Up)
    key(qtbot, view, Qt.Key.Key_Plus)
    assert stored(repository, view) == [(8, -1), (12, -2), (12, -3), (42, -2), (42, -1)]
    assert page.live.now.value == -1
    assert "kept with its time" in page.live.toolTip()
    key(qtbot, view, Qt.Key.Key_Space)  # paused: the keys rest again
    key(qtbot, view, Qt.Key.Key_Up)
    assert len(stored(repository, view)) == 5


def test_typing_signs_and_arrows_into_notes_moves_nothing(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    view, page = on_call(qtbot, window)
    key(qtbot, view, Qt.Key.Key_Space)
    notes = page.findChild(QPlainTextEdit, "stepNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, "-2 on hold + music")
    qtbot.keyClick(notes, Qt.Key.Key_Up)
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    assert notes.toPlainText() == "-2 on hold + music"
    assert stored(repository, view) == []


def test_the_wheel_and_the_big_buttons_move_it_and_the_end_is_offered_as_the_rating(
        qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    view, page = on_call(qtbot, window)
    wheel(page.live, -1)  # not running: the page scrolls, nothing moves
    assert stored(repository, view) == []
    key(qtbot, view, Qt.Key.Key_Space)
    clock.advance(5)
    wheel(page.live, -3)
    clock.advance(5)
    qtbot.mouseClick(page.live.findChild(QToolButton, "feelingUp"), Qt.MouseButton.LeftButton)
    assert stored(repository, view) == [(5, -1), (5, -2), (5, -3), (10, -2)]
    use = page.findChild(QPushButton, "useLiveFeeling")
    assert use.isHidden()  # not while the call goes on
    page.stop_timer()
    assert use.isVisible() and "-2" in use.text()
    assert page.step.points is None  # offered, not set behind the leader's back
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert repository.get_session(view.controller.session.id).step("call").points == -2
    assert use.isHidden() and page.feeling.value() == -2


GUI_CHILD = ON_A_NEW_CALL + """
press(Qt.Key.Key_Space)
for k in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
    QTest.qWait(20)
    press(k)
app.processEvents()
print("felt", flush=True)
time.sleep(60)
"""


def test_a_kill_9_during_the_call_keeps_every_change(qtbot: QtBot, data_dir: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", GUI_CHILD, str(data_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "felt"
    child.kill()
    child.wait()
    window = MainWindow(AppServices.open(DataFolder(data_dir)))
    qtbot.addWidget(window)
    window.show()
    view = window.navigator.reopen_last()
    assert view is not None
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    assert [c.points for c in page.step.feeling_trace] == [-1, -2, -3, -2]
    assert page.live.now.value == -2 and page.live.down.isEnabled()  # the call goes on
    window.close()
    window.services.close()
