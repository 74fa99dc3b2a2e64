"""The review's real player: QtMultimedia plays a recording into the (virtual) sound card."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.review.player import MediaPlayer

# QMediaPlayer needs an audio server to play without warnings (and warnings fail tests).
pytestmark = pytest.mark.audio


def test_a_review_plays_the_recording_and_seeks_with_qtmultimedia(
    qtbot: QtBot, window: MainWindow, audio_input: str
) -> None:
    session = window.services.library.add_demo()
    view = window.open_review(session.id, "call")
    assert view is not None and isinstance(view.player, MediaPlayer)
    qtbot.waitUntil(view.player.is_loaded, timeout=5000)
    assert view.player.duration() == pytest.approx(252, abs=0.2)
    view.player.seek(100)
    with qtbot.waitSignal(view.player.playing_changed, timeout=3000):
        view.transport.play_button.click()
    qtbot.waitUntil(lambda: view.player.position() > 100.3, timeout=3000)
    view.transport.speed.setCurrentIndex(view.transport.speed.findData(1.5))
    assert view.player.speed() == 1.5
    view.transport.play_button.click()
    assert not view.player.is_playing()
