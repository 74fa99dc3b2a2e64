"""The review's real player: QtMultimedia plays a recording into the (virtual) sound card."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT
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


NO_SOUND_CHILD = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from ui.app import create_application
from tests.conftest import ROOT
from ui.main_window import MainWindow
app = create_application([])
window = MainWindow(AppServices.open(DataFolder(Path(sys.argv[1]))))
window.show()
view = window.open_review(window.services.library.add_demo().id, "call")
for _ in range(100):
    if view.player.is_loaded():
        break
    QTest.qWait(50)
view.transport.play_button.click()
QTest.qWait(300)
print(view.warning.isVisible(), view.player.is_playing(), view.warning.text(), sep="|")
QTest.qWait(2000)  # the waveform thread ends before the window goes
window.close()
"""


def test_play_with_no_sound_output_says_so(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": "unix:/nonexistent"}
    out = subprocess.run([sys.executable, "-c", NO_SOUND_CHILD, str(data_dir)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60).stdout
    assert out.strip(), "the child printed nothing"
    visible, playing, text = out.strip().splitlines()[-1].split("|")
    assert (visible, playing) == ("True", "False")
    assert "No sound output was found on this computer" in text
