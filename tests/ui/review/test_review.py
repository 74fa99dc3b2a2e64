"""The reviewer's view: markers listed, click and keys seek, notes stamped, blind rating."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSlider
from pytestqt.qtbot import QtBot

from mysteryshop.model import MarkerKind, RecordingStatus
from mysteryshop.storage.repository import Repository
from tests.conftest import FakeClock
from ui.main_window import MainWindow
from ui.review.review_view import ReviewView


@pytest.fixture
def window(silent_window: MainWindow) -> MainWindow:
    """Reviews here play silently: what is tested is the review, not the sound card
    (tests/ui/review/test_player.py plays through QtMultimedia)."""
    return silent_window


def open_demo_review(qtbot: QtBot, window: MainWindow) -> ReviewView:
    session = window.services.library.add_demo()
    window.refresh_home()
    window.home.select_session(session.id)
    window.review_current()
    view = window.review_view
    assert view is not None
    qtbot.waitUntil(lambda: view.player.is_loaded(), timeout=5000)
    return view


def test_the_first_recorded_step_opens_with_its_markers_and_waveform(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_demo_review(qtbot, window)
    assert view.step is not None and view.step.key == "call"
    rows = [view.steps_model.index(i, 0).data() for i in range(5)]
    assert rows[1].endswith("4:12 ●") and "●" not in rows[0]
    leader = view.timelines.leader_model
    items = [leader.index(i, 0).data() for i in range(leader.rowCount())]
    assert "0:14   Answered" in items
    assert "2:30   Note: Music on hold was loud and looped" in items
    qtbot.waitUntil(lambda: view.waveform._peaks is not None, timeout=5000)
    assert view.waveform.duration() == pytest.approx(252, abs=0.1)
    assert view.rating_panel.leader_rating.text() == ("Leader's rating: hidden until you "
                                                      "confirm yours")
    assert not view.warning.isVisible()
    view.transport.speed.setCurrentIndex(view.transport.speed.findData(1.5))
    assert view.player.speed() == 1.5


def test_dropouts_and_recovery_are_told_before_listening(
    qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    session = window.services.library.add_demo()
    recording = session.step("leader").recordings[0]
    repository.update_recording(recording.id, overflows=3,
                                       status=RecordingStatus.RECOVERED)
    view = window.open_review(session.id, "leader")
    assert view is not None
    assert "3 dropouts" in view.warning.text() and "Recovered" in view.warning.text()


def test_clicking_a_marker_and_the_arrow_keys_seek(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_demo_review(qtbot, window)
    answered = next(row for row in range(view.timelines.leader_model.rowCount())
                    if "Answered" in view.timelines.leader_model.index(row, 0).data())
    rect = view.timelines.leader_list.visualRect(view.timelines.leader_model.index(answered, 0))
    qtbot.mouseClick(view.timelines.leader_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: abs(view.player.position() - 14) < 0.3, timeout=3000)
    view.waveform.setFocus()
    qtbot.keyClick(view.waveform, Qt.Key.Key_Right)  # → is 5 s forward
    qtbot.waitUntil(lambda: abs(view.player.position() - 19) < 0.3, timeout=3000)
    qtbot.keyClick(view.waveform, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: abs(view.player.position() - 14) < 0.3, timeout=3000)


def test_clicking_the_waveform_seeks_there(qtbot: QtBot, window: MainWindow) -> None:
    view = open_demo_review(qtbot, window)
    x = int(view.waveform.x_of(126))  # halfway through the 252 s call
    qtbot.mouseClick(view.waveform, Qt.MouseButton.LeftButton,
                     pos=QPoint(x, 80))
    qtbot.waitUntil(lambda: abs(view.player.position() - 126) < 2, timeout=3000)


def test_reviewer_note_is_stored_at_the_play_position(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_demo_review(qtbot, window)
    view.player.seek(97.0)
    qtbot.waitUntil(lambda: abs(view.player.position() - 97) < 0.3, timeout=3000)
    assert "1:37" in view.timelines.note_button.text()
    qtbot.keyClicks(view.timelines.note_edit, "long silence, no apology")
    qtbot.keyClick(view.timelines.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = window.services.library.get(view.session.id).step("call").review_notes
    assert len(stored) == 1 and stored[0].text == "long silence, no apology"
    assert stored[0].offset_seconds == pytest.approx(97, abs=0.3)
    assert view.timelines.notes_model.rowCount() == 1
    assert view.timelines.note_edit.text() == ""


def test_blind_review_reveals_the_leader_rating_only_after_confirming(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_demo_review(qtbot, window)
    panel = view.rating_panel
    hidden = "Leader's rating: hidden until you confirm yours"
    qtbot.keyClicks(panel.reviewer, "Rae")
    assert not panel.confirm.isEnabled()  # nothing to confirm yet
    slider = panel.rating.findChild(QSlider, "pointsSlider")
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center())
    assert panel.rating.value() == 0 and panel.leader_rating.text() == hidden
    slider.setFocus()
    for _ in range(5):  # the keys set the rating; the review's ←/→ seek must not take them
        qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert panel.rating.value() == -5 and panel.leader_rating.text() == hidden
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    assert panel.leader_rating.text() == "Leader's rating: -3 (3 points down)"
    assert not panel.confirm.isVisible()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert panel.leader_rating.text() == ("Leader's rating: -3 (3 points down) · yours "
                                          "changed after seeing it (blind: -5)")
    stored = window.services.library.get(view.session.id)
    assert stored.reviewer == "Rae" and stored.step("call").review_points == -3
    assert stored.step("call").blind_review_points == -5
    view.select_step("problem")
    assert panel.leader_rating.text() == hidden
    view.rating_panel.blind.setChecked(False)
    assert view.rating_panel.leader_rating.text() == "Leader's rating: -6 (6 points down)"
    view.rating_panel.blind.setChecked(True)


def test_a_missing_recording_is_named_and_the_rest_still_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.services.library.add_demo()
    missing = window.services.folder.root / session.step("problem").recordings[0].path
    missing.unlink()
    view = window.open_review(session.id, "problem")
    assert view is not None
    assert str(missing) in view.waveform._message
    assert view.timelines.leader_model.rowCount() == len(session.step("problem").markers)


def test_labels_export_as_an_audacity_track(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    view = open_demo_review(qtbot, window)
    view.player.seek(60)
    qtbot.waitUntil(lambda: abs(view.player.position() - 60) < 0.3, timeout=3000)
    qtbot.keyClicks(view.timelines.note_edit, "pushy")
    view.add_note()
    target = tmp_path / "call.txt"
    view.write_labels(target)
    lines = target.read_text().splitlines()
    assert lines[0] == "4.000000\t4.000000\tRing"
    assert any(line.startswith("60.") and line.endswith("\tReviewer: pushy") for line in lines)
    assert len(lines) == 12  # 11 markers and one note


def test_a_step_without_audio_shows_the_leader_notes_and_its_own_timeline(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    view = open_demo_review(qtbot, window)
    assert view.transport.position.text().endswith("4:12")  # the call's recording
    view.select_step("website")
    assert view.leader_notes.toPlainText() == view.session.step("website").notes
    assert view.transport.position.text() == "no recording"  # not the call's 4:12
    assert not view.transport.play_button.isEnabled()

    # A call made without recording: its markers spread over the step, not all at 0:00.
    services = window.services
    session = services.sessions.create("Ann", "Acme", "R1")
    for kind, seconds in ((MarkerKind.RING, 3), (MarkerKind.ANSWERED, 20),
                          (MarkerKind.HELPED, 95)):
        services.sessions.add_marker(session, "call", kind)  # the first starts the timer
        clock.advance(seconds)
    services.sessions.stop_timer(session, "call")
    review = window.open_review(session.id, "call")
    assert review is not None and review.recording is None
    xs = [review.waveform.x_of(t.seconds) for t in review.waveform._ticks]
    assert len(xs) == 3 and len(set(xs)) == 3 and xs == sorted(xs)
    assert review.leader_notes.toPlainText() == "The leader wrote no notes for this step."


def test_the_reviewer_name_is_remembered_for_the_next_session(
        qtbot: QtBot, window: MainWindow) -> None:
    view = open_demo_review(qtbot, window)
    view.rating_panel.reviewer.clear()
    qtbot.keyClicks(view.rating_panel.reviewer, "Rae Viewer")
    other = window.services.library.add_demo()
    second = window.open_review(other.id)
    assert second is not None and second.rating_panel.reviewer.text() == "Rae Viewer"
    second.rating_panel.rating.set_value(2, emit=True)  # their first input signs it
    assert window.services.library.get(other.id).reviewer == "Rae Viewer"


def test_the_live_feeling_lies_under_the_wave_once_the_blind_rating_is_confirmed(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_demo_review(qtbot, window)
    wave, panel = view.waveform, view.rating_panel
    assert panel.blind.isChecked() and wave._feeling == []  # it would give the rating away
    height = wave._plot().height()
    slider = panel.rating.findChild(QSlider, "pointsSlider")
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center())
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    trace = view.step.feeling_trace if view.step else []
    assert trace and wave._feeling == trace
    assert wave._plot().height() < height  # the wave makes room for the lane under it
    lane = wave._lane()
    assert lane.top() > wave._plot().bottom() and lane.width() == wave._plot().width()
    # Aligned with the wave: the lowest moment (-5 at 2:10, on hold) is drawn at its x.
    lowest = min(trace, key=lambda c: c.points)
    x = round(wave.x_of(lowest.offset_seconds + 1))
    image = wave.grab().toImage()
    below_zero = [y for y in range(int(lane.center().y()) + 2, int(lane.bottom()))
                  if image.pixelColor(x, y) != image.pixelColor(x, int(lane.bottom()) + 2)]
    assert below_zero, "the lane is tinted below neutral where the feeling is low"
    view.select_step("problem")  # not confirmed there yet: hidden again
    assert wave._feeling == []
    panel.blind.setChecked(False)
    problem = view.step.feeling_trace if view.step else []
    assert problem and wave._feeling == problem
    panel.blind.setChecked(True)


def test_a_finding_is_added_at_the_play_position_and_kept_with_its_moment(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from mysteryshop.loop import CoreFactor
    from ui.loop.loop_editors import FindingDialog

    view = open_demo_review(qtbot, window)
    view.player.seek(150.0)
    qtbot.waitUntil(lambda: abs(view.player.position() - 150) < 0.3, timeout=3000)
    assert "2:30" in view.timelines.finding_button.text()
    qtbot.keyClicks(view.timelines.note_edit, "Put on hold without asking")
    view.timelines.note_edit.setFocus()
    qtbot.keyClick(view.timelines.note_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = view._finding_form
    assert isinstance(form, FindingDialog) and form.isVisible()
    assert form.text.text() == "Put on hold without asking"  # the note being typed
    assert form.touchpoint.currentData() == "call"
    assert form.round.currentText() == view.session.round
    form.factor.setCurrentIndex(form.factor.findData(CoreFactor.PROCESS))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    [finding] = window.services.loop.findings(session_id=view.session.id)
    assert finding.text == "Put on hold without asking" and finding.touchpoint == "call"
    assert finding.factor is CoreFactor.PROCESS
    recording = view.recording
    assert recording is not None
    assert finding.offset_seconds == pytest.approx(recording.step_offset(150.0), abs=0.3)

    # A finding from one of the leader's markers: its moment and its words.
    markers = view.timelines.leader_model
    assert markers.rowCount() > 1
    item = markers.item(1)
    view.timelines.leader_list.setCurrentIndex(markers.index(1))
    action = view.timelines.findChild(QAction, "leaderTimelineFinding")
    assert action is not None and action in view.timelines.leader_list.actions()
    action.trigger()
    form = view._finding_form
    assert isinstance(form, FindingDialog) and form.isVisible()
    assert form.text.text() == item.text
    form.accept()
    marked = [f for f in window.services.loop.findings(session_id=view.session.id)
              if f.text == item.text]
    assert len(marked) == 1
    assert marked[0].offset_seconds == pytest.approx(recording.step_offset(item.seconds))
