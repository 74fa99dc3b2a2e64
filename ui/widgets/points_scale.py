"""The -10..+10 control: "10 points down … 10 points up", with the number and a word."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from mysteryshop.model import POINTS_MAX, POINTS_MIN
from ui.widgets.points import points_color, points_text, points_words, text_color_on


class _PointsSlider(QSlider):
    """A slider that changes only when meant to: a click jumps to where it lands, and the
    mouse wheel moves it only once it has focus (otherwise the page under it scrolls)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel over it never takes focus

    _OWN_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                           Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp,
                           Qt.Key.Key_PageDown})

    def event(self, event: QEvent) -> bool:
        # A focused scale keeps its keys: the review's ←/→ seek shortcuts must not take them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and Qt.Key(event.key()) in self._OWN_KEYS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # A styled groove draws no ticks: mark -10, -5, 0, +5, +10 under it, 0 taller.
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        span = groove.width() - handle.width()
        for value in range(self.minimum(), self.maximum() + 1, 5):
            x = groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(
                self.minimum(), self.maximum(), value, span)
            painter.drawLine(x, self.height() - (7 if value == 0 else 4), x, self.height() - 1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind scrolls instead

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                span = max(1, groove.width() - handle.width())
                x = round(event.position().x()) - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                                             x, span))
        # With the handle now under the pointer, the press also starts a drag from there.
        super().mousePressEvent(event)


class PointsScale(QWidget):
    """A slider that can also say "not rated yet" (None), which a plain QSlider cannot.

    Touching the slider on purpose (a click jumps there, drag, arrow keys, the wheel once
    focused) sets a value; the clear button goes back to "not rated", which shows as no fill
    and a hollow handle, never as a 0.
    """

    value_changed = Signal(object)  # int | None

    def set_accessible_name(self, what: str) -> None:
        """What this scale rates ("My prediction", "How they made me feel"), as a screen
        reader says it: two scales on one page must not share one name."""
        self._slider.setAccessibleName(self.tr("{what}: points from 10 down to 10 up")
                                       .format(what=what))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._slider = _PointsSlider(self)
        self._slider.setObjectName("pointsSlider")
        self._slider.setRange(POINTS_MIN, POINTS_MAX)
        self._slider.setPageStep(2)
        self._slider.setMinimumWidth(220)
        self.set_accessible_name(self.tr("Points"))
        self._slider.valueChanged.connect(self._on_slider_value_changed)
        self._slider.sliderPressed.connect(self._on_slider_pressed)
        self._number = QLabel(self)
        self._number.setObjectName("pointsNumber")
        self._number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._number.setMinimumWidth(56)
        self._words = QLabel(self)
        self._words.setObjectName("pointsWords")
        self._words.setMinimumWidth(120)
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._clear.setToolTip(self.tr("Clear: not rated yet"))
        self._clear.clicked.connect(lambda: self.set_value(None, emit=True))
        down = QLabel(self.tr("10 down"), self)
        up = QLabel(self.tr("10 up"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(down)
        layout.addWidget(self._slider, 1)
        layout.addWidget(up)
        layout.addWidget(self._number)
        layout.addWidget(self._words)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._slider)
        self._show()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, emit: bool = False) -> None:
        if value == self._value:
            return  # shown already: a refresh of the page restyles nothing
        self._value = value
        self._slider.blockSignals(True)
        self._slider.setValue(0 if value is None else value)
        self._slider.blockSignals(False)
        self._show()
        if emit:
            self.value_changed.emit(value)

    def _on_slider_value_changed(self, value: int) -> None:
        self.set_value(value, emit=True)

    def _on_slider_pressed(self) -> None:
        # A press on an unrated scale that lands on 0 changes no slider value: rate it 0.
        if self._value is None:
            self.set_value(self._slider.value(), emit=True)

    def _show(self) -> None:
        background = points_color(self._value)
        foreground = text_color_on(background)
        self._number.setText(points_text(self._value))
        self._number.setStyleSheet(
            f"background: {background.name()}; color: {foreground.name()};"
            "border-radius: 6px; padding: 4px 8px; font-size: 18pt; font-weight: bold;"
        )
        self._words.setText(points_words(self._value))
        self._clear.setEnabled(self._value is not None)
        # A string, not a bool: the style sheet matches [unset="true"] either way.
        unset = "true" if self._value is None else "false"
        if self._slider.property("unset") != unset:  # repolishing costs a style pass
            self._slider.setProperty("unset", unset)
            self._slider.style().unpolish(self._slider)
            self._slider.style().polish(self._slider)
