"""The step timer: the largest thing on the page, with start/pause and stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mysteryshop.measures import format_duration
from mysteryshop.model import TimerState
from ui.widgets.buttons import big_button

TICK_MS = 100


class TimerPanel(QWidget):
    """Shows elapsed time read from a callable, never from its own counter.

    The time comes from stored start/stop instants, so after a crash or a laptop sleep the
    display is right the moment it repaints.
    """

    toggle_requested = Signal()
    stop_requested = Signal()
    ticked = Signal()  # every tick while running, for views that grow with time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._elapsed: Callable[[], float] = lambda: 0.0
        self._state = TimerState.IDLE
        self._display = QLabel("0:00.0", self)
        self._display.setObjectName("timerDisplay")
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._state_label = QLabel(self)
        self._state_label.setObjectName("timerState")
        self._state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toggle_button = big_button("", "timerToggle", 52, self.toggle_requested, self)
        self.stop_button = big_button(self.tr("■ Stop   Ctrl+."), "timerStop", 52,
                                      self.stop_requested, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button, 2)
        buttons.addWidget(self.stop_button, 1)
        shown = QHBoxLayout()  # the state beside the time, not under it: height is scarce
        shown.addWidget(self._display, 3)
        shown.addWidget(self._state_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(shown)
        layout.addLayout(buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)

    def bind(self, elapsed: Callable[[], float], state: TimerState) -> None:
        """Show a timer whose elapsed seconds come from `elapsed()`."""
        self._elapsed = elapsed
        self._state = state
        running = state is TimerState.RUNNING
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
        labels = {
            TimerState.IDLE: (self.tr("▶ Start   Space"), self.tr("Not started")),
            TimerState.RUNNING: (self.tr("❚❚ Pause   Space"), self.tr("Running")),
            TimerState.PAUSED: (self.tr("▶ Resume   Space"), self.tr("Paused")),
            TimerState.STOPPED: (self.tr("▶ Continue   Space"), self.tr("Stopped")),
        }
        button, words = labels[state]
        self.toggle_button.setText(button)
        self._state_label.setText(words)
        self.stop_button.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED))
        self._display.setProperty("state", state.value)
        self._display.style().unpolish(self._display)
        self._display.style().polish(self._display)
        self.refresh()

    def refresh(self) -> None:
        self._display.setText(format_duration(self._elapsed(), tenths=True))

    def _on_tick_timeout(self) -> None:
        self.refresh()
        self.ticked.emit()

    def display_text(self) -> str:
        return self._display.text()

    def is_ticking(self) -> bool:
        return self._tick.isActive()
