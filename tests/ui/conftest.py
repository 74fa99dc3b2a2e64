"""Fixtures for driving the real main window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from ui.app import create_application
from ui.main_window import MainWindow


@pytest.fixture
def window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    create_application([])
    win = MainWindow(repository, data_dir, clock)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def recording_window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    """The main window with a recorder fed by a known tone instead of a microphone."""
    from typing import Any

    from mysteryshop.audio.recorder import Recorder
    from tests.audio_fakes import ToneStream

    def tone_recorder(path: Path, **kwargs: Any) -> Recorder:
        return Recorder(path, stream_factory=ToneStream, flush_seconds=0.2, **kwargs)

    create_application([])
    win = MainWindow(repository, data_dir, clock, recorder_factory=tone_recorder)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()
