"""The call events found in the audio, in the review: found on their own (off the UI
thread), shown in their own style on the waveform, accepted or rejected by the reviewer,
and the call's measures from the audio beside them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from mysteryshop.call_events import EventKind, EventStatus
from mysteryshop.model import MarkerKind, Session
from tests.ui.review.test_review import open_demo_review
from ui.main_window import MainWindow


def test_found_events_are_suggested_then_accepted_or_rejected(
        qtbot: QtBot, window: MainWindow) -> None:
    view = open_demo_review(qtbot, window)
    panel = view.events_panel
    assert panel.isVisible()
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)  # found by itself
    assert view.step is not None
    rings = [m for m in view.step.markers if m.kind is MarkerKind.RING]
    events = model.records()
    assert sum(e.kind is EventKind.RING for e in events) == len(rings)
    assert all(e.status is EventStatus.SUGGESTED for e in events)
    assert "suggestion" in panel.status.text()
    detected = [t for t in view.waveform._ticks if t.detected]
    assert len(detected) == len(events)
    assert not panel.measures.isVisible()  # nothing accepted yet

    view.rating_panel.reviewer.setText("Rae Reviewer")
    answered = next(i for i, e in enumerate(events) if e.kind is EventKind.ANSWERED)
    panel.list.selectionModel().select(model.index(answered),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.mouseClick(panel.reject, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.accept_all, Qt.MouseButton.LeftButton)
    decided = model.records()
    assert decided[answered].status is EventStatus.REJECTED
    assert all(e.status is EventStatus.ACCEPTED for i, e in enumerate(decided)
               if i != answered)
    assert {e.decided_by for e in decided} == {"Rae Reviewer"}
    assert panel.status.text() == "All decided."
    assert len([t for t in view.waveform._ticks if t.detected]) == len(events) - 1
    text = panel.measures.text()
    assert text.startswith("From the audio: ") and f"rang {len(rings)} times" in text
    assert "answered after" not in text  # that one was rejected
    assert panel.measures.isVisible()

    # Found again: what was decided stays; the session is not edited by any of it.
    before = window.services.library.get(view.session.id).versions
    qtbot.mouseClick(panel.analyze, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.analyze.isEnabled, timeout=10000)
    assert [e.status for e in model.records()] == [e.status for e in decided]
    assert window.services.library.get(view.session.id).versions == before


def keyed_demo(window: MainWindow) -> tuple[Session, Path]:
    """The demo session, a card number keyed 100 s into its call recording."""
    import numpy as np
    import soundfile

    from bench.calls import DTMF

    session = window.services.library.add_demo()
    recording = session.step("call").recordings[0]
    path = window.services.folder.root / recording.path
    audio, rate = soundfile.read(str(path), dtype="float32")
    at = 100 * rate
    for digit in "4111111111111111":
        low, high = DTMF[digit]
        t = np.arange(int(0.08 * rate)) / rate
        audio[at:at + len(t)] = 0.2 * (np.sin(2 * np.pi * low * t)
                                       + np.sin(2 * np.pi * high * t))
        audio[at + len(t):at + 2 * len(t)] = 0
        at += 2 * len(t)
    soundfile.write(str(path), audio, rate, subtype="PCM_16")
    return session, path


def test_keyed_digits_are_redacted_from_the_review(qtbot: QtBot, window: MainWindow) -> None:
    import soundfile
    from PySide6.QtWidgets import QApplication

    from mysteryshop.audio.call_analysis import analyze_file
    from ui.review.redact_dialog import RedactDialog

    session, path = keyed_demo(window)
    audio, _ = soundfile.read(str(path), dtype="float32")
    window.refresh_home()
    view = window.open_review(session.id, "call")
    assert view is not None
    panel = view.events_panel
    qtbot.waitUntil(lambda: any(e.kind is EventKind.KEYS for e in panel.model.records()),
                    timeout=10000)
    row = next(i for i, e in enumerate(panel.model.records()) if e.kind is EventKind.KEYS)
    assert "Keypad tones (16 digits)" in panel.model.index(row).data()
    assert not panel.redact.isEnabled()  # nothing chosen yet
    assert not view.transport.redact.isEnabled()
    panel.list.selectionModel().select(panel.model.index(row),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert panel.redact.isEnabled()
    # The tones' stretch is selected on the waveform too.
    assert view.transport.redact.text() == "Redact 1:40–1:42…"
    qtbot.mouseClick(panel.redact, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RedactDialog) and "gone for good" in dialog.question.text()
    assert dialog.why.currentText() == "Keypad tones (16 digits)"
    qtbot.mouseClick(dialog.bleep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Redacted 1:40–1:42" in view.warning.text(), timeout=10000)
    assert "16 digits" in view.warning.text() and view.warning.isVisible()
    assert "original" not in view.warning.text()
    assert view.waveform.selection() is None  # done with
    assert analyze_file(path).keys == []  # the file itself no longer holds them
    after, _ = soundfile.read(str(path), dtype="float32")
    assert len(after) == len(audio)


def test_a_stretch_dragged_on_the_waveform_is_redacted_and_the_original_kept_if_asked(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QSettings

    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.recording_settings import KEEP_ORIGINALS_SETTING

    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    settings.keep_originals.setChecked(True)
    settings.accept()
    try:
        _drag_select_and_redact(qtbot, window)
    finally:
        QSettings().remove(KEEP_ORIGINALS_SETTING)


def _drag_select_and_redact(qtbot: QtBot, window: MainWindow) -> None:
    import numpy as np
    import soundfile
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from mysteryshop.measures import format_duration
    from mysteryshop.services.call_events import original_of
    from ui.review.redact_dialog import RedactDialog

    view = open_demo_review(qtbot, window)
    recording = view.recording
    assert recording is not None
    path = window.services.folder.root / recording.path
    as_recorded = path.read_bytes()
    wave = view.waveform
    qtbot.waitUntil(lambda: wave._peaks is not None, timeout=5000)
    y = wave.height() // 2

    def x(seconds: float) -> int:
        return round(wave.x_of(seconds))

    qtbot.mousePress(wave, Qt.MouseButton.LeftButton, pos=QPoint(x(30), y))
    qtbot.mouseMove(wave, QPoint(x(36), y))
    qtbot.mouseMove(wave, QPoint(x(40), y))
    qtbot.mouseRelease(wave, Qt.MouseButton.LeftButton, pos=QPoint(x(40), y))
    selected = wave.selection()
    assert selected is not None
    step = wave.duration() / (wave.width() - 12)  # one pixel, in seconds
    assert abs(selected[0] - 30) <= 2 * step and abs(selected[1] - 40) <= 2 * step
    assert view.transport.redact.isEnabled()
    span = f"{format_duration(selected[0])}–{format_duration(selected[1])}"
    assert view.transport.redact.text() == f"Redact {span}…"
    assert f"selected {span}" in wave.accessibleDescription()

    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPoint(x(50), y))
    assert wave.selection() is None and not view.transport.redact.isEnabled()

    # From a leader's marker to the next one.
    leader = view.timelines.leader_model
    view.timelines.leader_list.setCurrentIndex(leader.index(0, 0))
    view.timelines.leader_list.findChild(type(view.timelines.leader_list.actions()[0]),
                                         "leaderTimelineSelect").trigger()
    assert wave.selection() == (leader.item(0).seconds, leader.item(1).seconds)

    # [ and ] at the play position.
    view._seek_to(60.0)
    qtbot.waitUntil(lambda: abs(view.player.position() - 60) < 0.5, timeout=5000)
    qtbot.keyClick(wave, Qt.Key.Key_BracketLeft)
    view._seek_to(66.0)
    qtbot.waitUntil(lambda: abs(view.player.position() - 66) < 0.5, timeout=5000)
    qtbot.keyClick(wave, Qt.Key.Key_BracketRight)
    selected = wave.selection()
    assert selected is not None
    start, end = selected
    assert abs(start - 60) < 0.5 and abs(end - 66) < 0.5

    qtbot.mouseClick(view.transport.redact, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RedactDialog) and "kept on this computer" in \
        dialog.question.text()
    dialog.why.setCurrentText("Date of birth read out")
    qtbot.mouseClick(dialog.silence, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(Date of birth read out;" in view.warning.text(), timeout=10000)
    assert "Redacted 1:00–1:06" in view.warning.text()
    assert "unredacted original is kept on this computer" in view.warning.text()
    audio, rate = soundfile.read(str(path), dtype="int16")
    offset = recording.file_offset(recording.timer_offset)
    quiet = audio[int((start + 0.05 - offset) * rate):int((end - 0.05 - offset) * rate)]
    assert len(quiet) > 5 * rate and not np.any(quiet)
    assert original_of(path).read_bytes() == as_recorded


def test_keypad_tones_are_offered_for_bleeping_before_a_share(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import zipfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mysteryshop.audio.call_analysis import analyze_file

    session, path = keyed_demo(window)
    for step in session.steps:  # all listened to already: the question comes at once
        for recording in step.recordings:
            window.services.analyze_recording(recording)

    asked: list[str] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "redactBeforeShare":
            asked.append(box.text())
            cancel = box.button(QMessageBox.StandardButton.Cancel)
            (cancel if choice == "Cancel" else next(
                (b for b in box.buttons() if b.text() == choice), cancel)).click()
        else:
            QTimer.singleShot(20, lambda: answer(choice))

    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert window.jobs.start_share(tmp_path / "no.mshop", session_ids=[session.id]) is None
    assert asked == ["1 stretch of keypad tones (a card number, perhaps) is in the "
                     "recordings you are about to share."]
    assert not (tmp_path / "no.mshop").exists()
    QTimer.singleShot(0, lambda: answer("&Bleep, then share"))
    flow = window.jobs.start_share(tmp_path / "out.mshop", session_ids=[session.id])
    assert flow is not None
    qtbot.waitUntil(lambda: (tmp_path / "out.mshop").exists(), timeout=15000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "shareDone") is not None,
                    timeout=15000)
    assert analyze_file(path).keys == []  # bleeped here
    with zipfile.ZipFile(tmp_path / "out.mshop") as bundle:  # and in what was shared
        name = next(n for n in bundle.namelist() if n.endswith(".wav")
                    and "call" in n)
        (tmp_path / "shared.wav").write_bytes(bundle.read(name))
    assert analyze_file(tmp_path / "shared.wav").keys == []
    assert window.services.call_events.unredacted_keys(None, [session.id]) == []


def test_recordings_never_listened_to_are_heard_before_a_share(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """An imported or older recording was never analysed: its keypad tones are found
    (off the UI thread) and offered for bleeping all the same."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mysteryshop.audio.call_analysis import analyze_file

    session, path = keyed_demo(window)
    recording = session.step("call").recordings[0]
    assert window.services.call_events.analysis(recording) is None
    assert window.services.call_events.unanalysed(None, [session.id]) != []
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "redactBeforeShare":
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == "&Bleep, then share").click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert window.jobs.start_share(tmp_path / "out.mshop", session_ids=[session.id]) is None
    qtbot.waitUntil(lambda: (tmp_path / "out.mshop").exists(), timeout=20000)
    assert asked and asked[0].startswith("1 stretch of keypad tones")
    assert window.services.call_events.unanalysed(None, [session.id]) == []
    assert analyze_file(path).keys == []


def test_a_recording_is_deleted_from_the_review_and_the_rest_stays(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    view = open_demo_review(qtbot, window)
    assert view.recording is not None and view.step is not None
    path = window.services.folder.root / view.recording.path
    markers = list(view.step.markers)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "for good" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not path.exists(), timeout=5000)
    qtbot.waitUntil(lambda: view.recording is not None
                    and view.recording.deleted_at is not None, timeout=5000)
    assert "This recording was deleted on" in view.waveform._message
    assert not view.delete_button.isEnabled()
    assert view.step is not None and view.step.markers == markers
    assert view.timelines.leader_model.rowCount() == len(markers)  # still listed


def test_the_review_with_suggestions_fits_a_1280_by_720_screen(
        qtbot: QtBot, window: MainWindow) -> None:
    """A laptop's 1280x720 screen (the window's own height: 668 px on Xvfb with DejaVu
    fonts, measured; the test platform's fonts are a little taller)."""
    view = open_demo_review(qtbot, window)
    qtbot.waitUntil(lambda: view.events_panel.model.rowCount() > 0, timeout=10000)
    view.waveform.set_selection((10.0, 20.0))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    window.resize(1280, 720)
    qtbot.wait(50)
    for widget in (view.transport.redact, view.events_panel.status, view.rating_panel):
        assert widget.isVisible() and widget.height() >= widget.minimumSizeHint().height()
