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
