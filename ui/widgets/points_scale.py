"""The -10..+10 control: "10 points down … 10 points up", with the number and a word."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from mysteryshop.model import POINTS_MAX, POINTS_MIN
from ui.widgets.points import points_color, points_text, points_words, text_color_on


class PointsScale(QWidget):
    """A slider that can also say "not rated yet" (None), which a plain QSlider cannot.

    Touching the slider in any way (click, drag, arrow keys) sets a value; the clear
    button goes back to "not rated".
    """

    value_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._slider = QSlider(Qt.Orientation.Horizontal, self)
        self._slider.setObjectName("pointsSlider")
        self._slider.setRange(POINTS_MIN, POINTS_MAX)
        self._slider.setPageStep(2)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(5)
        self._slider.setMinimumWidth(220)
        self._slider.setAccessibleName(self.tr("Points from 10 down to 10 up"))
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
