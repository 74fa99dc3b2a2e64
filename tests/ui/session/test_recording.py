"""Recording from the step page: consent, indicator, level, and recovery at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mysteryshop.audio.recorder import Recorder, Stream
from mysteryshop.errors import AudioError
from mysteryshop.model import RecordingStatus
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from tests.audio_fakes import record_then_kill
from tests.conftest import ROOT
from tests.ui.pages import open_call_step, record_on_page
from ui.main_window import MainWindow
from ui.session.microphone_access import Access, where_to_allow
from ui.widgets.level_meter import LevelMeter


def answer_consent(confirm: bool) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if confirm:
            box.findChild(QCheckBox, "consentCheck").setChecked(True)
            next(b for b in box.buttons() if b.text() == "Record").click()
        else:
            box.reject()

    QTimer.singleShot(0, answer)


# The controller picks a real input device (listed by PortAudio) before the
# stand-in stream replaces the microphone: these need an audio device to exist.
@pytest.mark.audio
def test_record_asks_consent_for_each_call_and_shows_rec_and_a_live_level(
    qtbot: QtBot, recording_window: MainWindow, audio_input: str, repository: Repository) -> None:
    window = recording_window
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None and page.recording is not None
    button = page.findChild(QPushButton, "recordButton")
    assert not button.isChecked()  # off by default
    answer_consent(confirm=True)
    with qtbot.waitSignal(window.recorder.level, timeout=3000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()
    assert page.findChild(QLabel, "recordingElapsed").text().startswith("REC ")
    qtbot.waitUntil(lambda: page.findChild(LevelMeter).rms_db > -12, timeout=3000)
    assert "● REC" in view._nav.button(1).text()
    assert window.services.library.get(page.controller.session.id).recording_consent_at
    with qtbot.waitSignal(window.recorder.finished, timeout=5000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    recording = done.args[0]
    assert recording.status is RecordingStatus.COMPLETE and recording.frames > 0
    assert not button.isChecked()
    # Listened to for call events on its own, off the UI thread.
    qtbot.waitUntil(lambda: window.services.call_events.analysis(recording) is not None,
                    timeout=5000)
    assert page.findChild(QLabel, "recordingStatus").text().startswith("Recorded 0:0")
    assert recording.consent_text == "I confirm that I may record this call."
    assert recording.consent_at is not None
    with qtbot.waitActive(window):  # the consent dialog had it; a window manager gives it back
        window.activateWindow()
    page.focus_default()
    # A second press records a second take, asks for consent again (per call), and says so.
    answer_consent(confirm=True)
    with qtbot.waitSignal(page.toast, timeout=3000) as told:
        qtbot.keyClick(page, Qt.Key.Key_R,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert told.args == ["Recording take 2; the earlier take is kept"]
    assert page.findChild(QLabel, "recordingElapsed").text().startswith("REC take 2 ")
    qtbot.wait(300)
    with qtbot.waitSignal(window.recorder.finished, timeout=5000):
        page.toggle_timer()  # pausing is not stopping...
        page.stop_timer()  # ...stopping the step ends the recording
    rows = repository.recordings()
    assert [r.status for r in rows] == [RecordingStatus.COMPLETE] * 2
    # Takes one by one, never added up into one call.
    assert page.findChild(QLabel, "recordingStatus").text().startswith("2 takes: 0:0")


def test_declining_consent_records_nothing(qtbot: QtBot,
                                          recording_window: MainWindow,
                                          repository: Repository) -> None:
    view = open_call_step(recording_window)
    page = view.current_step_page()
    assert page is not None and page.recording is not None
    answer_consent(confirm=False)
    qtbot.mouseClick(page.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)
    assert not page.findChild(QPushButton, "recordButton").isChecked()
    assert repository.recordings() == []


def test_a_microphone_that_cannot_open_is_explained_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    QSettings().setValue("audio/inputDevice", "no such microphone")
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None
    page.controller.service.set_notes(page.controller.session, "call", "kept")
    window.recorder.service.give_consent(page.controller.session)
    # Open a device index that does not exist, as after unplugging between listing and use.
    window.recorder.service.recorder_factory = _broken_recorder
    qtbot.mouseClick(page.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "microphone" in box.text()
    assert not page.findChild(QPushButton, "recordButton").isChecked()
    assert repository.recordings() == []
    assert window.services.library.get(page.controller.session.id).step("call").notes == "kept"
    box.close()
    QSettings().remove("audio/inputDevice")


def _broken_recorder(path: Path, **kwargs: Any) -> Recorder:
    def stream(**_: object) -> Stream:
        raise AudioError("Cannot open the microphone: device unavailable")

    return Recorder(path, stream_factory=stream, **kwargs)


def test_start_up_after_a_crash_says_what_was_recovered(qtbot: QtBot, data_dir: Path) -> None:
    record_then_kill(data_dir, "leader", 1.5, ROOT)
    window = MainWindow(AppServices.open(DataFolder(data_dir)))
    qtbot.addWidget(window)
    window.show()
    box = None

    def recovered() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "recoveryBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(recovered, timeout=5000)
    assert box is not None and "Recovered 0:01" in box.text()
    assert "Ask to speak to a leader" in box.text()
    session = window.services.library.page()[0]
    recording = window.services.library.get(session.id).step("leader").recordings[0]
    assert recording.status is RecordingStatus.RECOVERED
    box.close()
    window.close()
    window.services.close()


@pytest.mark.audio
def test_recording_from_the_real_device_through_the_page(
    qtbot: QtBot, window: MainWindow, audio_input: str
) -> None:
    recording = record_on_page(qtbot, window, audio_input, 1.5)
    assert recording.status is RecordingStatus.COMPLETE
    assert recording.frames > 0 and recording.overflows == 0
    assert (window.services.folder.root / recording.path).stat().st_size > 44


# The controller picks a real input device (listed by PortAudio) before the
# stand-in stream replaces the microphone: these need an audio device to exist.
@pytest.mark.audio
def test_an_unplugged_microphone_is_explained_and_the_audio_kept(
    qtbot: QtBot, recording_window: MainWindow, audio_input: str
) -> None:
    window = recording_window
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None
    window.recorder.service.give_consent(page.controller.session)
    with qtbot.waitSignal(window.recorder.started, timeout=3000):
        page.toggle_recording()
    qtbot.wait(400)
    active = window.recorder.service.active
    assert active is not None
    stream = active.recorder._stream  # the stand-in device the recorder opened
    assert stream is not None
    with qtbot.waitSignal(window.recorder.finished, timeout=5000) as done:
        stream.lose_device()  # type: ignore[attr-defined]
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "unplugged" in box.text()
    recording = done.args[0]
    assert recording.status is RecordingStatus.FAILED and recording.frames > 0.2 * 48_000
    assert (window.services.folder.root / recording.path).stat().st_size > recording.frames * 2
    assert not page.findChild(QPushButton, "recordButton").isChecked()
    assert "stopped early" in page.findChild(QLabel, "recordingStatus").text()
    box.close()


class ScriptedMicrophoneAccess:
    """The system's answers about the microphone, as macOS or Windows would give them
    (on Linux Qt always answers "allowed", so this is the only way to meet the others)."""

    def __init__(self, status: Access, answer: Access) -> None:
        self._status, self.answer = status, answer
        self.asked = 0

    def status(self) -> Access:
        return self._status

    def request(self, context: object, answered: Callable[[Access], None]) -> None:
        self.asked += 1
        self._status = self.answer
        QTimer.singleShot(50, lambda: answered(self.answer))  # the user reads the prompt


@pytest.mark.audio
def test_a_refused_microphone_is_explained_with_where_to_allow_it(
        qtbot: QtBot, recording_window: MainWindow, audio_input: str,
        repository: Repository) -> None:
    page = open_call_step(recording_window).current_step_page()
    assert page is not None
    recording_window.recorder.service.give_consent(page.controller.session)
    recording_window.recorder.microphone = ScriptedMicrophoneAccess(  # type: ignore[assignment]
        Access.REFUSED, Access.REFUSED)
    qtbot.mouseClick(page.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)
    box = recording_window.findChild(QMessageBox, "errorBox")
    assert box is not None and "may not use the microphone" in box.text()
    assert where_to_allow() in box.text()
    assert not page.findChild(QPushButton, "recordButton").isChecked()
    assert repository.recordings() == []
    box.close()


@pytest.mark.audio
def test_the_first_recording_asks_for_the_microphone_and_starts_once_allowed(
        qtbot: QtBot, recording_window: MainWindow, audio_input: str) -> None:
    page = open_call_step(recording_window).current_step_page()
    assert page is not None
    recording_window.recorder.service.give_consent(page.controller.session)
    access = ScriptedMicrophoneAccess(Access.UNASKED, Access.ALLOWED)
    recording_window.recorder.microphone = access  # type: ignore[assignment]
    with qtbot.waitSignal(recording_window.recorder.started, timeout=3000):
        qtbot.mouseClick(page.findChild(QPushButton, "recordButton"),
                         Qt.MouseButton.LeftButton)
    assert access.asked == 1
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "recordButton").isChecked())
    with qtbot.waitSignal(recording_window.recorder.finished, timeout=5000):
        page.toggle_recording()
