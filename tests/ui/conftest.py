"""Fixtures for driving the real main window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from ui.app import create_application
from ui.main_window import MainWindow


def _shown_window(qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock,
                  recorder_factory: Any = None, make_player: Any = None) -> MainWindow:
    create_application([])
    services = AppServices(DataFolder(data_dir), repository, clock, recorder_factory)
    win = MainWindow(services, make_player=make_player)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    win = _shown_window(qtbot, repository, data_dir, clock)
    yield win
    win.close()


@pytest.fixture
def silent_window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    """The main window whose reviews play with a SilentPlayer: no sound server needed."""
    from tests.ui.silent_player import SilentPlayer

    win = _shown_window(qtbot, repository, data_dir, clock, make_player=SilentPlayer)
    yield win
    win.close()


@pytest.fixture
def recording_window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    """The main window with a recorder fed by a known tone instead of a microphone."""
    from mysteryshop.audio.recorder import Recorder
    from tests.audio_fakes import ToneStream

    def tone_recorder(path: Path, **kwargs: Any) -> Recorder:
        return Recorder(path, stream_factory=ToneStream, flush_seconds=0.2, **kwargs)

    win = _shown_window(qtbot, repository, data_dir, clock, tone_recorder)
    yield win
    win.close()
