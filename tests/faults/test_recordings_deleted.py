"""The recordings folder deleted behind the app's back (a cleanup tool, a sync client).

The review must still open, name what is missing, and keep the reviewer's work; the
next recording must recreate the folder. Marked audio: the review plays, and recording
needs a device PortAudio lists.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mysteryshop.model import RecordingStatus
from tests.ui.pages import record_on_page
from ui.main_window import MainWindow

pytestmark = pytest.mark.audio


def test_review_still_opens_and_keeps_the_reviewers_work(
        qtbot: QtBot, window: MainWindow, audio_input: str) -> None:
    session = window.services.library.add_demo()
    view = window.open_review(session.id, "call")
    assert view is not None
    qtbot.waitUntil(view.player.is_loaded, timeout=5000)
    shutil.rmtree(window.services.folder.root / "recordings")

    view.select_step("problem")  # while the review is open
    missing = window.services.folder.root / session.step("problem").recordings[0].path
    assert view.waveform._message == f"The recording file is missing: {missing}"
    assert view.timelines.leader_model.rowCount() == len(session.step("problem").markers)
    view.timelines.note_edit.setText("Could not listen: going by the leader's markers")
    view.add_note()
    view.rating_panel.rating.set_value(-4, emit=True)

    window.show_home()
    window.home.select_session(session.id)
    window.review_current()  # and opened afresh
    reopened = window.review_view
    assert reopened is not None and reopened is not view and reopened.isVisible()
    assert reopened.step is not None and reopened.step.key == "call"
    assert reopened.waveform._message.startswith("The recording file is missing: ")
    assert window.findChild(QMessageBox, "errorBox") is None
    stored = window.services.library.get(session.id).step("problem")
    assert [n.text for n in stored.review_notes] == [
        "Could not listen: going by the leader's markers"]
    assert stored.review_points == -4


def test_the_next_recording_recreates_the_folder(
        qtbot: QtBot, window: MainWindow, audio_input: str) -> None:
    window.services.library.add_demo()
    shutil.rmtree(window.services.folder.root / "recordings")
    recording = record_on_page(qtbot, window, audio_input, 0.3)
    assert recording.status is RecordingStatus.COMPLETE and recording.frames > 0
    assert (window.services.folder.root / recording.path).is_file()
    assert (window.services.folder.root / "recordings").stat().st_mode & 0o777 == 0o700
