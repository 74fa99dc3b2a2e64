"""The call events found in the audio, in the review: found on their own (off the UI
thread), shown in their own style on the waveform, accepted or rejected by the reviewer,
and the call's measures from the audio beside them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from mysteryshop.call_events import EventKind, EventStatus
from mysteryshop.model import MarkerKind
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


def test_keyed_digits_are_redacted_from_the_review(qtbot: QtBot, window: MainWindow) -> None:
    import numpy as np
    import soundfile
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bench.calls import DTMF
    from mysteryshop.audio.call_analysis import analyze_file

    session = window.services.library.add_demo()
    recording = session.step("call").recordings[0]
    path = window.services.folder.root / recording.path
    audio, rate = soundfile.read(str(path), dtype="float32")
    at = 100 * rate  # a card number keyed 100 s into the call
    for digit in "4111111111111111":
        low, high = DTMF[digit]
        t = np.arange(int(0.08 * rate)) / rate
        audio[at:at + len(t)] = 0.2 * (np.sin(2 * np.pi * low * t)
                                       + np.sin(2 * np.pi * high * t))
        audio[at + len(t):at + 2 * len(t)] = 0
        at += 2 * len(t)
    soundfile.write(str(path), audio, rate, subtype="PCM_16")
    window.refresh_home()
    view = window.open_review(session.id, "call")
    assert view is not None
    panel = view.events_panel
    qtbot.waitUntil(lambda: any(e.kind is EventKind.KEYS for e in panel.model.records()),
                    timeout=10000)
    row = next(i for i, e in enumerate(panel.model.records()) if e.kind is EventKind.KEYS)
    assert "Keypad tones (16 digits)" in panel.model.index(row).data()
    assert not panel.redact.isEnabled()  # nothing chosen yet
    panel.list.selectionModel().select(panel.model.index(row),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert panel.redact.isEnabled()
    qtbot.mouseClick(panel.redact, Qt.MouseButton.LeftButton)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "gone for good" in box.text()
    bleep = next(b for b in box.buttons() if b.text() == "&Bleep")
    qtbot.mouseClick(bleep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Redacted 1:40–1:42" in view.warning.text(), timeout=10000)
    assert "16 digits" in view.warning.text() and view.warning.isVisible()
    assert analyze_file(path).keys == []  # the file itself no longer holds them
    after, _ = soundfile.read(str(path), dtype="float32")
    assert len(after) == len(audio)
