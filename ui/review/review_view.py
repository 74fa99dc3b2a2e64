"""The reviewer's desk: replay a recording, see the leader's markers, add a second opinion."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.audio.waveform import Peaks
from mysteryshop.errors import AudioError, MysteryShopError
from mysteryshop.measures import format_duration
from mysteryshop.model import Recording, RecordingStatus, Session, Step
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.review import ReviewService, audacity_labels
from mysteryshop.vocabulary import MARKER_KEYS
from ui.jobs.job_runner import JobRunner
from ui.review.call_events_panel import CallEventsPanel
from ui.review.player import Player
from ui.review.rating_panel import RatingPanel
from ui.review.recording_actions import RecordingActions, Redact
from ui.review.review_steps_model import ReviewStepsModel
from ui.review.timeline_model import TimelineItem
from ui.review.timelines_panel import TimelinesPanel
from ui.review.transport import TransportBar
from ui.review.waveform_loader import WaveformLoader
from ui.review.waveform_view import Tick, WaveformView
from ui.widgets.buttons import space_presses_buttons
from ui.widgets.remembered import remember_splitter
from ui.widgets.step_words import step_title
from ui.widgets.words import marker_text

REVIEWER_SETTING = "review/reviewerName"
SKIP_SECONDS = 5.0


if TYPE_CHECKING:
    from mysteryshop.services.call_events import CallEventsService
    from mysteryshop.services.loop import LoopService
    from ui.loop.loop_editors import FindingDialog


class ReviewView(RecordingActions):
    """One session's steps; the selected step's recording, markers, notes and ratings.

    Every reviewer input is saved at once, like everything else. The panels show; this
    view decides what they show and turns their requests into service calls.
    """

    def __init__(self, session: Session, review: ReviewService, folder: DataFolder,
                 player: Player, parent: QWidget | None = None,
                 loop: LoopService | None = None,
                 call_events: CallEventsService | None = None,
                 analyze: Callable[[Recording], int] | None = None,
                 redact: Redact | None = None,
                 delete_audio: Callable[[list[int]], int] | None = None) -> None:
        """`player` plays the recordings (tests pass one that needs no sound server);
        `loop` takes the findings added at the play position; `call_events` holds what
        the audio analysis found, and `analyze` runs it (on a worker thread)."""
        super().__init__(parent)
        self.loop = loop
        self.call_events = call_events
        self._analyze = analyze
        self._redact = redact
        self._delete_audio = delete_audio
        self._jobs: dict[str, JobRunner] = {}  # running, by name
        self._unreadable: set[float] = set()  # recordings (by start) the analysis failed on
        self._finding_form: FindingDialog | None = None
        self.setObjectName("reviewView")
        self.session = session
        self.review = review
        self.data_dir = folder.root
        self.step: Step | None = None
        self.recording: Recording | None = None
        self.player = player
        player.setParent(self)
        self.loader = WaveformLoader(folder.waveform_cache, self)
        self.loader.loaded.connect(self._on_loader_loaded)

        self.steps_model = ReviewStepsModel(self)
        self.steps_model.set_session(session)
        self.steps = QListView(self)
        self.steps.setObjectName("reviewSteps")
        self.steps.setAccessibleName(self.tr("Steps of this session"))
        self.steps.setModel(self.steps_model)
        self.steps.setMinimumWidth(200)
        self.steps.selectionModel().currentChanged.connect(self._on_steps_current_changed)

        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        self.recording_choice = QComboBox(self)
        self.recording_choice.setObjectName("recordingChoice")
        self.recording_choice.currentIndexChanged.connect(self._on_recording_choice_changed)
        self.delete_button = QPushButton(self.tr("Delete recording…"), self)
        self.delete_button.setObjectName("deleteRecordingButton")
        self.delete_button.setToolTip(self.tr("Delete this recording's audio from the disk; "
                                              "the session, its markers and notes stay"))
        self.delete_button.clicked.connect(lambda: self.delete_recording())
        self.delete_button.setVisible(delete_audio is not None)
        self.warning = QLabel(self)
        self.warning.setObjectName("recordingWarning")
        self.warning.setWordWrap(True)
        self.waveform = WaveformView(self)
        self.waveform.seek_requested.connect(self.player.seek)
        self.transport = TransportBar(player, self)
        self.waveform.selection_changed.connect(
            lambda: self.transport.show_selection(self.waveform.selection()))
        self.transport.export_requested.connect(self.export_labels)
        self.transport.redact_requested.connect(lambda: self.redact_selection())
        self.transport.redact.setVisible(redact is not None)
        self.timelines = TimelinesPanel(self)
        self.timelines.seek_requested.connect(self._seek_to)
        self.timelines.note_requested.connect(self.add_note)
        self.timelines.finding_requested.connect(self._finding_here)
        self.timelines.finding_from_item.connect(
            lambda seconds, text: self.add_finding(seconds, text))
        self.timelines.finding_button.setVisible(loop is not None)
        self.timelines.span_requested.connect(
            lambda start, end: self.waveform.set_selection((start, end)))
        self.events_panel = CallEventsPanel(self)
        self.events_panel.setVisible(call_events is not None)
        self.events_panel.seek_requested.connect(self._seek_to)
        self.events_panel.decided.connect(self._decide_events)
        self.events_panel.analyze_requested.connect(lambda: self._start_analysis(force=True))
        self.events_panel.redact_requested.connect(self.redact_event)
        self.events_panel.redact.setVisible(redact is not None)
        self.events_panel.span_selected.connect(
            lambda start, end: self.waveform.set_selection((start, end)))
        # The reviewer reviews many sessions: their name is remembered for the next one.
        self.rating_panel = RatingPanel(
            session.reviewer or str(QSettings().value(REVIEWER_SETTING, "")), self)
        self.rating_panel.reviewer_edited.connect(self._on_rating_panel_reviewer_edited)
        self.rating_panel.rating_changed.connect(self._on_rating_panel_rating_changed)
        self.rating_panel.rating_confirmed.connect(self._on_rating_panel_rating_confirmed)
        self.rating_panel.leader_rating_shown.connect(self._show_feeling)
        # What the leader wrote: on a step without a call it is what there is to review.
        notes_box = QGroupBox(self.tr("The leader's notes"), self)
        self.leader_notes = QPlainTextEdit(notes_box)
        self.leader_notes.setObjectName("leaderNotes")
        self.leader_notes.setReadOnly(True)
        self.leader_notes.setMinimumHeight(36)
        QVBoxLayout(notes_box).addWidget(self.leader_notes)
        player.position_changed.connect(self._on_player_position_changed)
        player.duration_changed.connect(self._on_player_duration_changed)
        player.error.connect(self._on_player_error)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)  # the splitter sets it apart (height)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(16)
        head.addWidget(self.events_panel.measures, 1)
        head.addWidget(self.recording_choice)
        head.addWidget(self.delete_button)
        right_layout.addLayout(head)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.waveform, 2)
        right_layout.addWidget(self.transport)
        timed = QHBoxLayout()
        timed.addWidget(self.timelines, 2)
        timed.addWidget(self.events_panel, 1)
        right_layout.addLayout(timed, 2)
        right_layout.addWidget(notes_box, 1)
        right_layout.addWidget(self.rating_panel)
        splitter = QSplitter(self)
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "review")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._make_shortcuts()
        first = next((i for i, s in enumerate(session.steps) if s.recordings), 0)
        self.steps.setCurrentIndex(self.steps_model.index(first, 0))

    @property
    def session_id(self) -> str:
        return self.session.id

    def close_player(self) -> None:
        self.player.pause()

    def _make_shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Space", space_presses_buttons(self, self.player.toggle))
        add("Left", lambda: self.player.skip(-SKIP_SECONDS))
        add("Right", lambda: self.player.skip(SKIP_SECONDS))
        add("Ctrl+Return", self.add_note)
        add("Ctrl+Shift+Return", self._finding_here)
        add("[", lambda: self._select_edge(start=True))
        add("]", lambda: self._select_edge(start=False))

    # -- choosing what to review -------------------------------------------------------

    def select_step(self, key: str) -> None:
        self.steps.setCurrentIndex(self.steps_model.index(self.steps_model.row_of(key), 0))

    def _on_steps_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.player.pause()
        self.step = self.steps_model.step(current.row())
        self.title.setText(f"{self.step.position + 1} · {step_title(self.step)}")
        self.recording_choice.blockSignals(True)
        self.recording_choice.clear()
        for i, recording in enumerate(self.step.recordings, start=1):
            self.recording_choice.addItem(
                self.tr("Recording {n} · {t}").format(n=i, t=format_duration(recording.seconds)))
        self.recording_choice.setVisible(len(self.step.recordings) > 1)
        self.recording_choice.blockSignals(False)
        self._show_recording(self.step.recordings[0] if self.step.recordings else None)
        self._show_leader_notes(self.step)
        self.rating_panel.show_step(self.step)

    def _on_recording_choice_changed(self, index: int) -> None:
        if self.step is not None and 0 <= index < len(self.step.recordings):
            self._show_recording(self.step.recordings[index])

    def _show_recording(self, recording: Recording | None) -> None:
        self.recording = recording
        self.waveform.set_selection(None)
        self.warning.setText(self._warning_for(recording))
        self.warning.setVisible(bool(self.warning.text()))
        self.waveform.set_peaks(None)
        self.waveform.set_playhead(0)
        self.transport.set_playable(recording is not None)
        self.delete_button.setEnabled(recording is not None and recording.deleted_at is None)
        if recording is None:
            self.player.load(None)
            self.transport.show_no_recording()
            self.waveform.set_message(self.tr("This step has no recording. You can still rate "
                                              "it and read the leader's notes."))
            self.waveform.show_timeline_only(self._timeline_length())
        elif recording.deleted_at is not None:
            self.player.load(None)
            self.transport.set_playable(False)
            self.waveform.set_message(self.tr(
                "This recording was deleted on {when}; its markers and notes are kept.").format(
                    when=time.strftime("%Y-%m-%d %H:%M", time.localtime(recording.deleted_at))))
            self.waveform.show_timeline_only(self._timeline_length())
        else:
            path = self.data_dir / recording.path
            if path.exists():
                self.waveform.set_message(self.tr("Drawing the waveform…"))
                self.waveform.set_duration(recording.seconds)
                self.player.load(path)
                self.loader.load(path)
            else:
                self.player.load(None)
                self.waveform.set_message(
                    self.tr("The recording file is missing: {path}").format(path=path))
        self._show_timeline()
        self.timelines.show_note_position(self.player.position())

    def _timeline_length(self) -> float:
        """The step's length on its timer (or its last marker or note, if later)."""
        step = self.step
        if step is None:
            return 0.0
        offsets = [m.offset_seconds for m in step.markers] + [
            n.offset_seconds for n in step.review_notes]
        return max([step.elapsed(time.time()), *offsets]) * 1.02  # the last tick in view

    def _show_leader_notes(self, step: Step) -> None:
        notes = step.notes.strip()
        self.leader_notes.setPlainText(notes or self.tr("The leader wrote no notes for this "
                                                        "step."))
        self.leader_notes.setEnabled(bool(notes))

    def _warning_for(self, recording: Recording | None) -> str:
        """What the reviewer should know before trusting what they hear."""
        if recording is None:
            return ""
        parts = []
        if recording.overflows:
            parts.append(self.tr("⚠ {n} dropouts while recording: some moments are missing.")
                         .format(n=recording.overflows))
        if recording.status is RecordingStatus.RECOVERED:
            parts.append(self.tr("⚠ Recovered after the app stopped during the call."))
        if recording.error:
            parts.append(f"⚠ {recording.error}")
        parts += self._redaction_lines(recording)
        return " ".join(parts)

    def _on_loader_loaded(self, path: str, peaks: object) -> None:
        if self.recording is None or str(self.data_dir / self.recording.path) != path:
            return  # the reviewer moved on before it was drawn
        if isinstance(peaks, Peaks):
            self.waveform.set_peaks(peaks)
        elif isinstance(peaks, AudioError):
            self.waveform.set_message(str(peaks))

    # -- the timeline ------------------------------------------------------------------

    def _show_timeline(self) -> None:
        step = self.step
        if step is None:
            return
        # Thousands of markers and notes a step at most (bundle limits): one pass each,
        # with the per-kind words looked up once, not per item.
        recording = self.recording
        start, end = ((recording.timer_offset, recording.timer_offset + recording.seconds)
                      if recording is not None else (0.0, float("inf")))
        words = {kind: marker_text(kind) for kind in {m.kind for m in step.markers}}
        leader: list[TimelineItem] = []
        ticks: list[Tick] = []
        for marker in step.markers:
            if start <= marker.offset_seconds <= end:
                at = marker.offset_seconds - start
                label = words[marker.kind]
                leader.append(TimelineItem(at, f"{label}: {marker.text}" if marker.text
                                           else label, marker.id))
                ticks.append(Tick(at, f"{MARKER_KEYS[marker.kind]} {format_duration(at)}"))
        notes = [TimelineItem(note.offset_seconds - start, note.text, note.id)
                 for note in step.review_notes if start <= note.offset_seconds <= end]
        self.timelines.show_items(leader, notes)
        ticks += [Tick(i.seconds, "✎", reviewer=True) for i in notes]
        ticks += self._show_events()
        self.waveform.set_ticks(ticks)
        self._show_feeling(self.rating_panel.leader_work_visible())

    def _show_feeling(self, visible: bool) -> None:
        """The live feeling under the wave, unless a blind review still hides it (it
        would give the leader's rating away)."""
        step = self.step
        if step is None:
            return
        start = self.recording.timer_offset if self.recording is not None else 0.0
        self.waveform.set_feeling(step.feeling_trace if visible else [], start)

    def _seek_to(self, seconds: float) -> None:
        self.player.seek(seconds)
        self.waveform.set_playhead(seconds)

    # -- playback ----------------------------------------------------------------------

    def _on_player_position_changed(self, seconds: float) -> None:
        self.waveform.set_playhead(seconds)
        total = self.player.duration() or (self.recording.seconds if self.recording else 0)
        self.transport.show_position(seconds, total)
        self.timelines.show_note_position(seconds)

    def _on_player_error(self, text: str) -> None:
        """Above the waveform, beside what else the reviewer should know."""
        self.warning.setText(" ".join(filter(None, [self._warning_for(self.recording),
                                                    f"⚠ {text}"])))
        self.warning.setVisible(True)

    def _on_player_duration_changed(self, seconds: float) -> None:
        self.waveform.set_duration(seconds)
        self._on_player_position_changed(self.player.position())

    # -- the reviewer's input ----------------------------------------------------------

    def add_note(self) -> None:
        text = self.timelines.take_note_text()
        if not text or self.step is None:
            return
        position = self.player.position()
        step_offset = self.recording.step_offset(position) if self.recording else position
        key = self.step.key
        self._sign()
        if self._apply(lambda: self.review.add_note(self.session, key, step_offset, text)):
            self.timelines.note_edit.clear()
            self._show_timeline()

    def _finding_here(self) -> None:
        self.add_finding()

    def add_finding(self, at: float | None = None, text: str | None = None
                    ) -> FindingDialog | None:
        """The finding form, at this step and the play position (a note being typed is
        its first words), or at a marker's or note's moment `at` (seconds into the
        recording) with its `text`; saved when the form is accepted, linked to the moment."""
        if self.loop is None or self.step is None:
            return None
        from mysteryshop.templates import default_templates
        from ui.loop.loop_editors import FindingDialog

        loop, session, key = self.loop, self.session, self.step.key
        position = self.player.position() if at is None else at
        offset = self.recording.step_offset(position) if self.recording else position
        form = FindingDialog([session.round], [t.key for t in default_templates()],
                             loop.departments(), parent=self)
        form.round.setEditText(session.round)
        form.touchpoint.setCurrentIndex(max(0, form.touchpoint.findData(key)))
        form.text.setText(self.timelines.take_note_text() if text is None else text)

        def save() -> bool:
            v = form.values()
            return self._apply(lambda: loop.add_finding(
                v.round, v.text, touchpoint=v.touchpoint, session_id=session.id,
                offset_seconds=max(0.0, offset), factor=v.factor, department=v.department,
                trust=v.trust, severity=v.severity), over=form)

        form.save = save
        self._finding_form = form
        form.open()
        return form

    def _on_rating_panel_rating_changed(self, value: int | None) -> None:
        self._sign()
        if self.step is not None:
            key = self.step.key
            self._apply(lambda: self.review.set_points(self.session, key, value))
            self.steps_model.set_session(self.session)
            self.rating_panel.show_leader_rating()

    def _on_rating_panel_rating_confirmed(self) -> None:
        if self.step is not None:
            key = self.step.key
            self._apply(lambda: self.review.confirm_blind(self.session, key))
            self.rating_panel.show_leader_rating()

    def _on_rating_panel_reviewer_edited(self, text: str) -> None:
        QSettings().setValue(REVIEWER_SETTING, text.strip())
        self._apply(lambda: self.review.set_reviewer(self.session, text))

    def _sign(self) -> None:
        """A remembered name becomes this session's reviewer with their first input."""
        name = self.rating_panel.reviewer.text().strip()
        if name and not self.session.reviewer:
            self._apply(lambda: self.review.set_reviewer(self.session, name))

    def export_labels(self) -> None:
        if self.recording is None or self.step is None:
            return
        # Not beside the recording: the data folder is hidden and no place to look for it.
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = str(QSettings().value("review/lastFolder", documents))
        name = f"{self.session.company} - {self.step.title} - labels.txt".replace("/", "-")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export labels for Audacity"), str(Path(folder) / name),
            self.tr("Audacity labels (*.txt)"))
        if target:
            self.write_labels(Path(target))

    def write_labels(self, target: Path) -> None:
        assert self.recording is not None and self.step is not None
        text = audacity_labels(self.recording, self.step.markers, self.step.review_notes,
                               {m.kind.value: marker_text(m.kind) for m in self.step.markers})
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.error.emit(MysteryShopError(f"Cannot write {target}: {exc.strerror or exc}"))
            return
        QSettings().setValue("review/lastFolder", str(target.parent))

    def _apply(self, edit: Callable[[], object], over: QWidget | None = None) -> bool:
        """Make an edit; a refusal is said by the window, or over `over` (a form that
        stays open with what was typed)."""
        try:
            edit()
        except MysteryShopError as exc:
            if over is not None:
                from ui.errors import show_error

                show_error(over, exc)
            else:
                self.error.emit(exc)
            return False
        return True
