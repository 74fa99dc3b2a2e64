"""A running session: the step navigator, one page per step, the summary, and the shortcuts."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.model import MarkerKind, Step, TimerState
from mysteryshop.vocabulary import MARKER_KEYS
from ui.session.recording_controller import RecordingController
from ui.session.session_controller import SessionController
from ui.session.step_page import StepPage
from ui.session.summary_page import SummaryPage
from ui.widgets.buttons import space_presses_buttons
from ui.widgets.points import points_text
from ui.widgets.step_words import session_step_template
from ui.widgets.toast import Toast

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PREBUILD_IDLE_MS = 700


class SessionView(QWidget):
    """Pages for every step of the session plus the summary; remembers the page it is on."""

    page_changed = Signal(int)
    finished = Signal()
    export_requested = Signal()
    share_requested = Signal()

    def __init__(self, controller: SessionController,
                 recorder: RecordingController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.controller = controller
        self.recorder = recorder
        session = controller.session
        # Pages are built when first shown (opening a session builds one, not six); until
        # then the stack holds an empty placeholder in each place.
        self.stack = QStackedWidget(self)
        self._pages: list[StepPage | SummaryPage | None] = [None] * (len(session.steps) + 1)
        for _ in self._pages:
            self.stack.addWidget(QWidget(self.stack))

        navigator = QHBoxLayout()
        self._nav = QButtonGroup(self)
        self._nav.setExclusive(True)
        for i in range(self.stack.count()):
            button = QPushButton(self)
            button.setObjectName(f"nav_{i}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            self._nav.addButton(button, i)
            navigator.addWidget(button)
        self._nav.idClicked.connect(self.go_to)

        self.back_button = QPushButton(self.tr("◀ Back   Alt+←"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next ▶   Alt+→"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.go_next)
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._hint = QLabel(self)
        self._hint.setObjectName("shortcutHint")
        footer = QHBoxLayout()
        footer.addWidget(self._hint, 1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(navigator)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self._toast = Toast(self)
        self._make_shortcuts()
        # While the leader reads or waits (no edit for a moment), the neighbouring pages
        # are built one at a time, so Next shows a page that is ready.
        self._prebuild = QTimer(self)
        self._prebuild.setSingleShot(True)
        self._prebuild.setInterval(PREBUILD_IDLE_MS)
        self._prebuild.timeout.connect(self._on_prebuild_timeout)
        controller.step_changed.connect(self._prebuild.start)
        controller.text_saved.connect(self._prebuild.start)
        controller.step_changed.connect(self._refresh_navigator)
        controller.step_changed.connect(self._update_feeling_keys)
        if recorder is not None:
            recorder.started.connect(self._refresh_navigator)
            recorder.finished.connect(self._refresh_navigator)
        self.go_to(session.current_page, save=False)

    @property
    def session_id(self) -> str:
        return self.controller.session_id

    def reload(self) -> None:
        """Show what is stored (after a failed save): the controller re-reads the session."""
        self.controller.reload()
        for page in self._pages:
            if page is not None:
                page.refresh()

    # -- the pages, built on first use ------------------------------------------------

    def step_page(self, index: int) -> StepPage:
        page = self._pages[index]
        if page is None:
            step = self.controller.session.steps[index]
            page = StepPage(self.controller, step,
                            session_step_template(self.controller.session, step.key),
                            self.recorder, self.stack)
            page.toast.connect(self.show_toast)
            self._place(index, page)
        assert isinstance(page, StepPage)
        return page

    @property
    def step_pages(self) -> list[StepPage]:
        """The step pages built so far."""
        return [p for p in self._pages if isinstance(p, StepPage)]

    @property
    def summary(self) -> SummaryPage:
        index = len(self._pages) - 1
        page = self._pages[index]
        if page is None:
            page = SummaryPage(self.controller, self.stack)
            page.finished.connect(self.finished)
            page.export_requested.connect(self.export_requested)
            page.share_requested.connect(self.share_requested)
            self._place(index, page)
        assert isinstance(page, SummaryPage)
        return page

    def _place(self, index: int, page: StepPage | SummaryPage) -> None:
        placeholder = self.stack.widget(index)
        assert placeholder is not None
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[index] = page

    def _on_prebuild_timeout(self) -> None:
        here = self.current_index()
        for index in (here + 1, here - 1):
            if 0 <= index < len(self._pages) and self._pages[index] is None:
                self._page_at(index)
                self._prebuild.start()  # the other neighbour after another quiet moment
                return

    def _page_at(self, index: int) -> StepPage | SummaryPage:
        return self.summary if index == len(self._pages) - 1 else self.step_page(index)

    # -- navigation --------------------------------------------------------------------

    def current_step_key(self) -> str | None:
        page = self.current_step_page()
        return page.key if page else None

    def focus_current_page(self) -> None:
        page = self.current_step_page()
        if page:
            page.focus_default()

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_step_page(self) -> StepPage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, StepPage) else None

    def go_to(self, index: int, save: bool = True) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self._page_at(index)
        self._prebuild.start()
        self.stack.setCurrentIndex(index)
        if save and index != self.controller.session.current_page:
            self.controller.set_current_page(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.stack.count() - 1)
        page = self.current_step_page()
        self._hint.setText(
            self.tr("Keys: Space start/pause · letters on the buttons stamp markers · "
                    "↑/↓ live feeling · Ctrl+Z undo")
            if page and page.is_call
            else self.tr("Keys: Space start/pause · ↑/↓ live feeling · "
                         "Alt+←/→ previous/next step")
            if page else ""
        )
        self._refresh_navigator()
        self._update_feeling_keys()
        if page:
            page.refresh()
            page.focus_default()
        else:
            self.summary.refresh()
        self.page_changed.emit(index)

    def go_back(self) -> None:
        self.go_to(self.current_index() - 1)

    def go_next(self) -> None:
        self.go_to(self.current_index() + 1)

    def _update_feeling_keys(self, *_args: object) -> None:
        """The live feeling's keys work only while the shown step's timer runs."""
        page = self.current_step_page()
        timing = page is not None and page.step.timer_state is TimerState.RUNNING
        for shortcut in self._feeling_keys:
            shortcut.setEnabled(timing)

    def _refresh_navigator(self, *_args: object) -> None:
        steps = self.controller.session.steps
        for i, button in enumerate(self._nav.buttons()):
            if i < len(steps):
                button.setText(self._nav_text(i, steps[i]))
            else:
                button.setText(self.tr("Summary"))
            button.setChecked(i == self.current_index())

    def _nav_text(self, i: int, step: Step) -> str:
        template = session_step_template(self.controller.session, step.key)
        name = template.short_title if template else step.title
        number = CIRCLED[i] if i < len(CIRCLED) else f"{i + 1}."
        if self.recorder is not None and self.recorder.is_recording(
            self.controller.session, step.key
        ):
            return f"{number} {name} ● REC"
        if step.timer_state is TimerState.RUNNING:
            return f"{number} {name} ●"
        if step.points is not None:
            return f"{number} {name} ✓{points_text(step.points)}"
        return f"{number} {name}"

    # -- keyboard ----------------------------------------------------------------------

    def _make_shortcuts(self) -> None:
        def add(keys: str | QKeySequence, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Space", space_presses_buttons(self, lambda: self._on_page(StepPage.toggle_timer)))
        add("Ctrl+.", lambda: self._on_page(StepPage.stop_timer))
        add("Ctrl+Shift+R", lambda: self._on_page(StepPage.toggle_recording))
        add("Alt+Left", self.go_back)
        add("Alt+Right", self.go_next)
        for kind, key in MARKER_KEYS.items():
            add(key, functools.partial(self.stamp, kind))
        # The live feeling, while the step's timer runs (otherwise ↑/↓ stay with the
        # page: the radio buttons of the questions, the scroll bar). A text field keeps
        # its own arrows and signs: it takes the key before a shortcut does.
        self._feeling_keys: list[QShortcut] = []
        for keys, steps in ((("Up", "+", "=", "Shift++"), +1), (("Down", "-"), -1)):
            for sequence in keys:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.setAutoRepeat(True)  # held down, it keeps moving
                shortcut.activated.connect(functools.partial(
                    self._on_page, functools.partial(StepPage.nudge_feeling, steps=steps)))
                self._feeling_keys.append(shortcut)

    def _on_page(self, action: Callable[[StepPage], None]) -> None:
        page = self.current_step_page()
        if page is not None:
            action(page)

    def stamp(self, kind: MarkerKind) -> None:
        page = self.current_step_page()
        if page is not None and page.is_call:
            page.stamp(kind)

    def show_toast(self, text: str) -> None:
        # At the top of the page, over the step's title: never over the marker buttons,
        # the feeling or the key hints the leader is using.
        self._toast.show_message(text, self.stack.mapTo(self, QPoint(0, 0)).y())
