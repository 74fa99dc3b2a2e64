"""The live feeling: nudged up or down during the call, drawn as it grows.

Dial testing, for a company's own calls: the leader says how they are made to feel the
whole way through, with ↑/↓ (or +/−) and one hand, or the mouse wheel over this panel, or
its two big buttons; each change is stored with its time on the step's timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from mysteryshop.model import FEELING_START, FeelingChange
from ui.widgets.feeling_trace import FeelingTraceView
from ui.widgets.points import points_color, points_text, points_words, text_color_on

WHEEL_STEP = 120  # one notch of a mouse wheel (Qt's angle delta for 15°)


class _NowValue(QWidget):
    """Where the feeling stands now: a big signed number on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveFeelingValue")
        self.value = FEELING_START
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        return QSize(QFontMetrics(font).horizontalAdvance("+10") + 20, 48)

    def set_value(self, value: int) -> None:
        self.value = value
        self.setAccessibleDescription(points_words(value))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = points_color(self.value)
        painter.setPen(text_color_on(color).darker(150) if self.value else Qt.GlobalColor.gray)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color_on(color))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), points_text(self.value))
        painter.end()


class LiveFeelingPanel(QGroupBox):
    """Emits `nudged(+1 / -1)`; the step page stores the change and shows it back."""

    nudged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        # The keys in the title: the panel must stay one row high (a call page shows the
        # timer, the marker buttons and the call log on a 768-pixel screen without scrolling).
        super().__init__(self.tr("Live feeling now · ↑ or + better · ↓ or − worse"), parent)
        self.setObjectName("liveFeeling")
        self._running = False
        self._wheel = 0
        self.down = self._button("−", "feelingDown", -1,
                                 self.tr("Worse (↓ or −)"))
        self.up = self._button("+", "feelingUp", +1, self.tr("Better (↑ or +)"))
        self.now = _NowValue(self)
        self.trace = FeelingTraceView(self)
        self.trace.setAccessibleName(self.tr("The live feeling so far"))
        row = QHBoxLayout(self)
        row.addWidget(self.down)
        row.addWidget(self.now)
        row.addWidget(self.up)
        row.addWidget(self.trace, 1)
        self.show_trace([], 0.0, running=False)

    def _button(self, text: str, name: str, steps: int, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumSize(48, 48)  # a large target: one hand, on the phone
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        button.setFont(font)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoRepeat(True)
        button.clicked.connect(lambda: self.nudged.emit(steps))
        return button

    def show_trace(self, trace: Sequence[FeelingChange], until: float, *,
                   running: bool) -> None:
        """The stored trace, drawn to `until` seconds; nudges only while `running`."""
        self._running = running
        value = trace[-1].points if trace else FEELING_START
        self.now.set_value(value)
        self.trace.show_trace(trace, until)
        self.down.setEnabled(running)
        self.up.setEnabled(running)
        if running:
            hint = self.tr("Move it whenever the call makes you feel better or worse "
                           "(or turn the mouse wheel here)") if not trace else ""
            tip = self.tr("Every change is kept with its time on the call.")
        else:
            hint = "" if trace else self.tr("Moves while the timer runs")
            tip = self.tr("It moves again when the timer runs.") if trace else hint
        self.trace.set_placeholder(hint)
        self.setToolTip(tip)

    def extend_to(self, until: float) -> None:
        """The timer ticked: the line grows to now."""
        self.trace.extend_to(until)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._running:
            event.ignore()  # the page scrolls instead
            return
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = 1 if self._wheel > 0 else -1
            self._wheel -= step * WHEEL_STEP
            self.nudged.emit(step)
        event.accept()
