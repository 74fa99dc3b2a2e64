"""A whole session done with the keyboard alone, as a leader with one hand on the phone
would (and as a screen-reader user must): no mouse, no focus set by the test. Every
control the focus lands on has a name a screen reader can say, and every painted
chart says in words what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mysteryshop.model import AnswerValue, MarkerKind, SessionStatus, Verdict
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from ui.main_window import MainWindow

NoMod = Qt.KeyboardModifier.NoModifier


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


class Keyboard:
    """Keys go to whatever has the focus, as on a real keyboard; every widget the focus
    reaches is noted with the name a screen reader would say."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.unnamed: list[str] = []

    def window_manager_activates(self, window: QWidget) -> None:
        """What a desktop does when a window opens or its dialog closes (offscreen, the
        platform the tests run on, activates nothing by itself)."""
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus is lost"
        if not spoken_name(widget):
            self.unnamed.append(f"{type(widget).__name__}#{widget.objectName()}")
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NoMod, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, found: Callable[[QWidget], bool], limit: int = 80) -> QWidget:
        seen = []
        for _ in range(limit):
            widget = self.focus()
            if found(widget):
                return widget
            seen.append(f"{type(widget).__name__}#{widget.objectName()}")
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached the control; went through {seen[:30]}")


def named(start: str) -> Callable[[QWidget], bool]:
    return lambda widget: spoken_name(widget).startswith(start)


def called(object_name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == object_name


def test_a_whole_session_by_keyboard_alone(qtbot: QtBot, window: MainWindow, clock: FakeClock,
                                          repository: Repository) -> None:
    keys = Keyboard(qtbot, window)
    keys.window_manager_activates(window)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New session
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    keys.window_manager_activates(dialog)  # the dialog puts the focus on its first field
    keys.type("Ann Rivera")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Acme North")
    keys.tab_to(called("startSessionButton"))
    keys.press(Qt.Key.Key_Return)
    view = window.session_view
    assert view is not None
    keys.window_manager_activates(window)
    session_id = view.controller.session.id

    # Website: predict +4, time it, answer "No", a note, feel -3, on to the next step.
    keys.tab_to(named("My prediction"))
    keys.press(Qt.Key.Key_Right, times=4)
    keys.press(Qt.Key.Key_Space)
    clock.advance(90)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(lambda w: w.objectName().startswith("answer_website-speaks-to-me"))
    for _ in range(4):  # arrows move within the group of answers
        if keys.focus().objectName().endswith("_no"):
            break
        keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(called("stepNotes"))
    keys.type("All about them")
    keys.tab_to(named("How they made me feel"))
    keys.press(Qt.Key.Key_Left, times=3)
    keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # Call: markers by single keys; a feeling of -5.
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    keys.tab_to(named("My prediction"))
    keys.press(Qt.Key.Key_Right, times=6)
    for key in (Qt.Key.Key_R, Qt.Key.Key_A, Qt.Key.Key_H, Qt.Key.Key_O):
        keys.press(key)
        clock.advance(10)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(named("How they made me feel"))
    keys.press(Qt.Key.Key_Left, times=5)

    # The other three: a feeling of +2 each.
    for expected in ("buy", "problem", "leader"):
        keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        page = view.current_step_page()
        assert page is not None and page.key == expected
        keys.tab_to(named("How they made me feel"))
        keys.press(Qt.Key.Key_Right, times=2)
    keys.press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # Summary: the verdict, what surprised me, Finish.
    assert view.current_step_page() is None
    keys.tab_to(lambda w: w.objectName() in ("verdictBuilds", "verdictErodes"))
    if keys.focus().objectName() == "verdictBuilds":
        keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(called("surprisedNotes"))
    keys.type("Calls were worst")
    keys.tab_to(called("finishButton"))
    keys.press(Qt.Key.Key_Space)

    assert window.session_view is None
    stored = repository.get_session(session_id)
    assert stored.status is SessionStatus.DONE and stored.verdict is Verdict.ERODES
    assert stored.surprised == "Calls were worst"
    website, call = stored.step("website"), stored.step("call")
    assert (website.predicted_points, website.points) == (4, -3)
    assert website.notes == "All about them"
    assert website.answers["website-speaks-to-me"].value is AnswerValue.NO
    assert website.elapsed(clock()) == 90
    assert [m.kind for m in call.markers] == [MarkerKind.RING, MarkerKind.ANSWERED,
                                              MarkerKind.ON_HOLD, MarkerKind.OFF_HOLD]
    assert (call.predicted_points, call.points) == (6, -5)
    assert [s.points for s in stored.steps] == [-3, -5, 2, 2, 2]
    assert keys.unnamed == [], f"controls a screen reader cannot name: {keys.unnamed}"


def test_every_chart_says_in_words_what_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    from ui.review.waveform_view import WaveformView
    from ui.widgets.emotion_curve import EmotionCurve

    demo = window.services.library.add_demo()
    rated = window.services.sessions.create("Bo", "Acme", "Round 1")
    window.services.sessions.set_points(rated, "call", -2)
    window.refresh_home()
    window.home.select_session(demo.id)
    curve = window.home.findChild(EmotionCurve)
    assert curve is not None
    qtbot.waitUntil(lambda: "predicted" in curve.accessibleDescription())
    assert curve.accessibleName() and "felt" in curve.accessibleDescription()
    review = window.open_review(demo.id, "call")
    assert review is not None
    waveform = review.findChild(WaveformView)
    assert waveform is not None
    qtbot.waitUntil(lambda: "leader's markers" in waveform.accessibleDescription())
    window.show_home()
    window.compare_rounds()
    chart = window._compare_dialog.findChild(QWidget, "roundsChart")
    assert chart is not None and "felt" in chart.accessibleDescription()
    window._compare_dialog.close()


def test_a_review_rated_and_confirmed_by_keyboard_alone(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    """Space presses the focused Confirm button; elsewhere in the review it plays."""
    demo = window.services.library.add_demo()
    keys = Keyboard(qtbot, window)
    review = window.open_review(demo.id, "call")
    assert review is not None
    keys.window_manager_activates(window)
    keys.tab_to(named("Your rating of this step"))
    keys.press(Qt.Key.Key_Right, times=3)
    keys.tab_to(called("confirmRating"))
    keys.press(Qt.Key.Key_Space)
    stored = repository.get_session(demo.id).step("call")
    assert stored.review_points == 3 and stored.blind_review_points == 3
    assert keys.unnamed == [], keys.unnamed
