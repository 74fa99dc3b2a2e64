"""The -10..+10 control: a number, a word, and a "not rated yet" state."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mysteryshop.paths import resource_path
from ui.widgets.points import points_color, points_words
from ui.widgets.points_scale import PointsScale


def test_starts_unrated_and_a_click_on_the_middle_rates_it_zero(qtbot: QtBot) -> None:
    scale = PointsScale()
    qtbot.addWidget(scale)
    scale.show()
    assert scale.value() is None
    assert scale.findChild(QLabel, "pointsWords").text() == "not rated yet"
    slider = scale.findChild(QSlider, "pointsSlider")
    with qtbot.waitSignal(scale.value_changed) as signal:
        slider.sliderPressed.emit()
    assert signal.args == [0]
    assert scale.findChild(QLabel, "pointsNumber").text() == "0"


def test_keys_move_it_and_clear_unrates_it(qtbot: QtBot) -> None:
    scale = PointsScale()
    qtbot.addWidget(scale)
    scale.show()
    slider = scale.findChild(QSlider, "pointsSlider")
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert scale.value() == -3
    assert scale.findChild(QLabel, "pointsNumber").text() == "-3"
    assert scale.findChild(QLabel, "pointsWords").text() == "3 points down"
    with qtbot.waitSignal(scale.value_changed) as signal:
        qtbot.mouseClick(scale.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert signal.args == [None]


def test_words_and_colours_cover_the_scale() -> None:
    assert points_words(10) == "10 points up"
    assert points_words(-1) == "1 point down"
    assert points_words(0) == "neutral"
    assert points_color(-10).name() == "#b2182b"
    assert points_color(10).name() == "#2166ac"
    assert points_color(0).name() == "#f7f7f7"


def _wheel(widget: QWidget, steps: int) -> None:
    center = QPointF(widget.rect().center())
    event = QWheelEvent(center, widget.mapToGlobal(center), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_nothing_until_the_scale_has_focus(qtbot: QtBot) -> None:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    scale = PointsScale()
    scale.set_value(3)
    scroll.setWidget(scale)
    scroll.show()
    slider = scale.findChild(QSlider, "pointsSlider")
    assert slider is not None
    _wheel(slider, 2)
    assert scale.value() == 3  # passing over it while scrolling the page
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    _wheel(slider, 2)
    assert scale.value() != 3


def test_a_click_on_the_track_jumps_there(qtbot: QtBot) -> None:
    scale = PointsScale()
    qtbot.addWidget(scale)
    scale.resize(600, 60)
    scale.show()
    qtbot.waitExposed(scale)
    slider = scale.findChild(QSlider, "pointsSlider")
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderGroove, slider)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()
    for wanted in (8, -6, 10, -10):
        x = groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(-10, 10, wanted, span)
        qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, slider.height() // 2))
        assert scale.value() == wanted


def test_not_rated_looks_different_from_zero(qtbot: QtBot) -> None:
    scales = []
    for value in (None, 0):
        scale = PointsScale()
        scale.setStyleSheet(resource_path("style.qss").read_text())  # the app's look
        qtbot.addWidget(scale)
        scale.set_value(value)
        scale.resize(500, 60)
        scale.show()
        scales.append(scale.findChild(QSlider, "pointsSlider").grab().toImage())
    unrated, zero = scales
    assert unrated.size() == zero.size()
    middle = QPoint(unrated.width() // 2, unrated.height() // 2)
    # The handle sits in the middle either way: hollow when unrated, filled at 0.
    assert unrated.pixelColor(middle) != zero.pixelColor(middle)
    # No fill runs from the left end to the handle: unrated is not "0 of something".
    left, right = (QPoint(unrated.width() * q // 4, middle.y()) for q in (1, 3))
    assert unrated.pixelColor(left) == unrated.pixelColor(right)
