"""The data folder's disk fills during a call: the recording stops with a reason the
leader can act on, the page stops saying REC, and what was recorded is kept and counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mysteryshop.audio.recorder import Recorder
from mysteryshop.model import RecordingStatus
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from tests.audio_fakes import ToneStream
from tests.conftest import FakeClock, small_disk
from tests.ui.conftest import _shown_window
from tests.ui.pages import open_call_step
from ui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """The data folder on a disk of 1 MiB: a fast tone fills it in about a second."""
    with small_disk(tmp_path / "data", "1m") as folder:
        yield folder


@pytest.fixture
def fast_recording_window(
    qtbot: QtBot, repository: Repository, data_dir: Path, clock: FakeClock
) -> Iterator[MainWindow]:
    def fast_recorder(path: Path, **kwargs: Any) -> Recorder:
        def stream(**stream_kwargs: Any) -> ToneStream:
            return ToneStream(pace=10, **stream_kwargs)

        return Recorder(path, stream_factory=stream, flush_seconds=0.2, **kwargs)

    win = _shown_window(qtbot, repository, data_dir, clock, fast_recorder)
    yield win
    win.close()


@pytest.mark.audio
def test_a_disk_that_fills_mid_call_stops_the_recording_clearly_and_keeps_it(
    qtbot: QtBot, fast_recording_window: MainWindow, audio_input: str, data_dir: Path
) -> None:
    window = fast_recording_window
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None
    window.recorder.service.give_consent(page.controller.session)
    with qtbot.waitSignal(window.recorder.started, timeout=3000):
        page.toggle_recording()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None,
                    timeout=15_000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    text = box.text() + box.informativeText()
    assert "disk is full" in text and "kept" in text, text
    assert "database or disk is full" not in text
    box.close()
    assert window.recorder.service.active is None
    assert not page.findChild(QPushButton, "recordButton").isChecked()
    assert "REC" not in view._nav.button(1).text()
    recording = page.controller.session.step("call").recordings[-1]
    on_disk = soundfile.info(str(data_dir / recording.path)).frames
    assert on_disk > 48_000 // 2  # the tone up to the full disk
    assert recording.frames == on_disk
    assert recording.status is RecordingStatus.FAILED
    status = page.findChild(QLabel, "recordingStatus").text()
    assert "Recorded 0:00" not in status and "stopped early" in status, status


@pytest.mark.audio
def test_the_stopped_recording_is_saved_once_space_is_freed(
    qtbot: QtBot, fast_recording_window: MainWindow, audio_input: str, data_dir: Path
) -> None:
    window = fast_recording_window
    page = open_call_step(window).current_step_page()
    assert page is not None
    session = page.controller.session
    window.recorder.service.give_consent(session)
    filler = data_dir / "filler"
    filler.write_bytes(bytes(300_000))
    with qtbot.waitSignal(window.recorder.started, timeout=3000):
        page.toggle_recording()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None,
                    timeout=15_000)
    window.findChild(QMessageBox, "errorBox").close()
    recording = session.step("call").recordings[-1]
    assert window.services.library.get(session.id).step("call").recordings[-1].status is (
        RecordingStatus.RECORDING)  # the database could not take the end yet
    filler.unlink()  # the leader frees some space
    qtbot.waitUntil(lambda: window.services.library.get(session.id).step("call")
                    .recordings[-1].status is RecordingStatus.FAILED, timeout=10_000)
    window.close()
    reopened = AppServices.open(DataFolder(data_dir))
    stored = reopened.library.get(session.id).step("call").recordings[-1]
    assert stored.frames == recording.frames > 0
    reopened.close()
