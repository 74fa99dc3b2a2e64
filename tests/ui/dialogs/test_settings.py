"""Settings: the input device list and a live microphone test on the real (virtual) device."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mysteryshop.model import Recording
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.audio


def test_devices_are_listed_with_the_default_marked_and_the_choice_kept(
    qtbot: QtBot, audio_input: str
) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.device.itemText(i) for i in range(dialog.device.count())]
    assert labels[0] == "System default"
    assert sum("(system default)" in label for label in labels) == 1
    dialog.device.setCurrentIndex(dialog.device.findData(audio_input))
    dialog.accept()
    assert QSettings().value("audio/inputDevice") == audio_input
    QSettings().remove("audio/inputDevice")


def test_test_microphone_shows_the_live_level(qtbot: QtBot, audio_input: str,
                                              tmp_path: Path) -> None:
    tone = tmp_path / "tone.wav"
    t = np.arange(3 * 48_000) / 48_000
    soundfile.write(tone, 0.5 * np.sin(2 * np.pi * 440 * t), 48_000, subtype="PCM_16")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.device.setCurrentIndex(dialog.device.findData(audio_input))
    player = subprocess.Popen(["paplay", "-d", "vsink", str(tone)])
    try:
        dialog.test_microphone()
        assert not dialog.test_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.meter.rms_db > -15, timeout=4000)
    finally:
        player.wait(10)
        dialog.reject()
    assert dialog.test_button.isEnabled()


def test_a_microphone_plugged_in_while_settings_is_open_is_read_again(
        qtbot: QtBot, audio_input: str) -> None:
    """A virtual source appearing is what a headset plugged in looks like to the system:
    Qt hears it, PortAudio reads its list again, and Settings shows that list, keeping
    the choice on screen."""
    from ui.audio_inputs import AudioInputsWatcher

    watcher = AudioInputsWatcher()
    dialog = SettingsDialog(None, watcher)
    qtbot.addWidget(dialog)
    dialog.device.setCurrentIndex(dialog.device.findData(audio_input))
    reloads: list[bool] = []
    dialog.device.model().modelReset.connect(lambda: reloads.append(True))
    dialog.device.model().rowsRemoved.connect(lambda *_: reloads.append(True))
    module = subprocess.run(["pactl", "load-module", "module-virtual-source",
                             "source_name=headset", "master=vsink.monitor"],
                            capture_output=True, text=True, check=True).stdout.strip()
    try:
        with qtbot.waitSignal(watcher.changed, timeout=10_000):
            pass
        assert reloads, "Settings did not read the list again"
        assert dialog.chosen_device() == audio_input
    finally:
        subprocess.run(["pactl", "unload-module", module], check=False)


def test_the_retention_setting_deletes_old_audio_at_start(
        qtbot: QtBot, window: object) -> None:
    from mysteryshop.model import Verdict

    assert isinstance(window, MainWindow)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.keep.value() == 0 and dialog.keep.text() == "Keep them"  # off by default
    assert window.apply_retention() is None
    demo = window.services.library.add_demo()
    session = window.services.sessions.create("Ann", "Acme", "R1")
    for step in demo.steps:  # a real session's recording: the demo's, moved over
        for recording in step.recordings:
            window.services.library._repository.conn.execute(
                "UPDATE recordings SET session_id = ? WHERE id = ?", (session.id, recording.id))
    window.services.sessions.set_verdict(session, Verdict.ERODES)
    window.services.sessions.finish(session)
    window.services.sessions.clock.advance(40 * 86400)  # type: ignore[attr-defined]
    dialog.keep.setValue(30)
    dialog.accept()
    try:
        runner = window.apply_retention()
        assert runner is not None
        with qtbot.waitSignal(runner.finished, timeout=5000) as done:
            pass
    finally:
        QSettings().remove("recordings/keepDays")
    assert done.args == [3]
    kept = window.services.library.get(session.id)
    assert all(r.deleted_at is not None for s in kept.steps for r in s.recordings)
    assert "Deleted 3 recordings" in window.statusBar().currentMessage()


def test_two_sides_is_off_by_default_and_kept(qtbot: QtBot, audio_input: str) -> None:
    from ui.recording_settings import TWO_SIDES_SETTING

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.two_sides.isChecked()  # one mixed channel works everywhere
    qtbot.mouseClick(dialog.two_sides_box.how, Qt.MouseButton.LeftButton)
    how = dialog.findChild(QMessageBox, "twoSidesHowBox")
    assert how.text().startswith("<p><b>Linux</b>")  # this system's first
    assert "<b>Windows</b> (not tested here)" in how.text() and "<b>macOS</b>" in how.text()
    how.close()
    dialog.two_sides.setChecked(True)
    dialog.accept()
    try:
        assert QSettings().value(TWO_SIDES_SETTING) == "true"
        again = SettingsDialog()
        qtbot.addWidget(again)
        assert again.two_sides.isChecked()
    finally:
        QSettings().remove(TWO_SIDES_SETTING)


def test_both_inputs_are_chosen_tested_and_recorded_from(
        qtbot: QtBot, window: MainWindow, two_inputs: tuple[str, str],
        tmp_path: Path) -> None:
    from tests.conftest import loaded_routes
    from ui.recording_settings import ME_SETTING, THEM_SETTING, TWO_SIDES_SETTING

    me, them = two_inputs
    rate = 48_000
    t = np.arange(rate * 14) / rate
    tone = np.stack([0.4 * np.sin(2 * np.pi * 440 * t), 0.1 * np.sin(2 * np.pi * 1000 * t)],
                    axis=1).astype(np.float32)
    soundfile.write(str(tmp_path / "both.wav"), tone, rate, subtype="PCM_16")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    box = dialog.two_sides_box
    assert box.can_join and box.isVisible() is dialog.isVisible()
    assert not box.me.isEnabled()  # off until both sides are asked for
    dialog.two_sides.setChecked(True)
    assert box.me.isEnabled() and box.test_button.isEnabled()
    box.me.setCurrentIndex(box.me.findData(me))
    box.them.setCurrentIndex(box.them.findData(them))
    assert box.them.itemText(box.them.findData("stim.monitor")).startswith("Sound of ")
    player = subprocess.Popen(["paplay", "-d", "stim", str(tmp_path / "both.wav")])
    try:
        qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
        assert not box.test_button.isEnabled() and len(loaded_routes()) == 3
        qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=10000)
        assert box.message.text() == "Both sides are heard."
        assert box.me_meter.rms_db > box.them_meter.rms_db > -60  # each its own side
        assert loaded_routes() == []  # the test let go of the microphone
        dialog.accept()
        recording = _record_as_a_leader(qtbot, window)
    finally:
        player.kill()
        for key in (TWO_SIDES_SETTING, ME_SETTING, THEM_SETTING):
            QSettings().remove(key)
    assert recording.channels == 2 and loaded_routes() == []
    audio, _ = soundfile.read(str(window.services.folder.root / recording.path))
    assert audio.shape[1] == 2 and len(audio) > 1.5 * rate  # the call's start is kept
    loud = np.sqrt(np.mean(np.square(audio), axis=0))
    assert loud[0] > 2 * loud[1] > 0.02  # me on channel 1, them on channel 2


def _record_as_a_leader(qtbot: QtBot, window: MainWindow) -> Recording:
    """Press Record on a call step, take 2.5 s to read and confirm consent (while the
    joined input warms up), record 2 s, stop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

    from tests.conftest import loaded_routes
    from tests.ui.pages import open_call_step

    page = open_call_step(window).current_step_page()
    assert page is not None
    warmed: list[int] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        warmed.append(len(loaded_routes()))  # opened while the leader reads
        box.findChild(QCheckBox, "consentCheck").setChecked(True)
        next(b for b in box.buttons() if b.text() == "Record").click()

    QTimer.singleShot(2500, confirm)
    with qtbot.waitSignal(window.recorder.started, timeout=8000):
        page.toggle_recording()
    assert warmed == [3]
    qtbot.wait(2000)
    with qtbot.waitSignal(window.recorder.finished, timeout=5000) as done:
        page.toggle_recording()
    recording: Recording = done.args[0]
    return recording
