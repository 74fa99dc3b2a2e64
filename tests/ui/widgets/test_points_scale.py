"""The -10..+10 control: a number, a word, and a "not rated yet" state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider, QToolButton
from pytestqt.qtbot import QtBot

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
