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
