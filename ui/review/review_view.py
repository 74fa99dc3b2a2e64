"""The reviewer's desk: replay a recording, see the leader's markers, add a second opinion."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
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
from ui.review.player import SPEEDS, Player
from ui.review.review_steps_model import ReviewStepsModel
from ui.review.timeline_model import TimelineItem, TimelineModel
from ui.review.waveform_loader import WaveformLoader
from ui.review.waveform_view import Tick, WaveformView
from ui.session.markers import TALLY_BUTTONS, marker_buttons, marker_label
from ui.widgets.buttons import big_button
from ui.widgets.points import points_text, points_words
from ui.widgets.points_scale import PointsScale

SKIP_SECONDS = 5.0
BLIND_SETTING = "review/blind"


class ReviewView(QWidget):
    """One session's steps; the selected step's recording, markers, notes and ratings.

    Every reviewer input is saved at once, like everything else. With blind review on,
    the leader's rating of a step stays hidden until the reviewer has rated it.
    """

    error = Signal(MysteryShopError)

    def __init__(self, session: Session, review: ReviewService, folder: DataFolder,
                 player: Player, parent: QWidget | None = None) -> None:
        """`player` plays the recordings (tests pass one that needs no sound server)."""
        super().__init__(parent)
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
        self.steps.setModel(self.steps_model)
        self.steps.setMinimumWidth(200)
        self.steps.selectionModel().currentChanged.connect(self._on_steps_current_changed)

        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        self.recording_choice = QComboBox(self)
        self.recording_choice.setObjectName("recordingChoice")
        self.recording_choice.currentIndexChanged.connect(self._on_recording_choice_changed)
        self.warning = QLabel(self)
        self.warning.setObjectName("recordingWarning")
        self.warning.setWordWrap(True)
        self.waveform = WaveformView(self)
        self.waveform.seek_requested.connect(self.player.seek)

        self.play_button = big_button(self.tr("▶ Play   Space"), "playButton", 40,
                                      self.player.toggle, self)
        self.position = QLabel("0:00 / 0:00", self)
        self.position.setObjectName("playPosition")
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedCombo")
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda _i: self.player.set_speed(float(self.speed.currentData())))
        export = QPushButton(self.tr("Export labels…"), self)
        export.setObjectName("exportLabelsButton")
        export.setToolTip(self.tr("Markers and notes as an Audacity label track (.txt)"))
        export.clicked.connect(self.export_labels)
        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.position)
        transport.addWidget(QLabel(self.tr("Speed"), self))
        transport.addWidget(self.speed)
        transport.addWidget(QLabel(self.tr("←/→ 5 s"), self))
        transport.addStretch(1)
        transport.addWidget(export)
        self.player.position_changed.connect(self._on_player_position_changed)
        self.player.duration_changed.connect(self._on_player_duration_changed)
        self.player.playing_changed.connect(self._on_player_playing_changed)
        self.player.error.connect(lambda text: self.waveform.set_message(text))

        self.leader_model, self.leader_list = self._timeline("leaderTimeline")
        self.notes_model, self.notes_list = self._timeline("reviewerTimeline")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("reviewNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("What do you hear at this moment?"))
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("addNoteButton")
        self.note_button.clicked.connect(self.add_note)
        leader_box = QGroupBox(self.tr("Leader's markers and notes"), self)
        QVBoxLayout(leader_box).addWidget(self.leader_list)
        notes_box = QGroupBox(self.tr("Your notes (stamped at the play position)"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes_list)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        notes_layout.addLayout(note_row)
        lists = QHBoxLayout()
        lists.addWidget(leader_box)
        lists.addWidget(notes_box)

        self.reviewer = QLineEdit(session.reviewer, self)
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.reviewer.textEdited.connect(self._on_reviewer_text_edited)
        self.rating = PointsScale(self)
        self.rating.setObjectName("reviewRating")
        self.rating.value_changed.connect(self._on_rating_value_changed)
        self.leader_rating = QLabel(self)
        self.leader_rating.setObjectName("leaderRating")
        self.blind = QCheckBox(self.tr("Blind review"), self)
        self.blind.setObjectName("blindReview")
        self.blind.setToolTip(self.tr("Hide the leader's rating of a step until you have "
                                      "rated it, so your opinion is your own"))
        self.blind.setChecked(QSettings().value(BLIND_SETTING, "true") in (True, "true"))
        self.blind.toggled.connect(self._on_blind_toggled)
        rating_box = QGroupBox(self.tr("Your rating of this step"), self)
        rating_layout = QVBoxLayout(rating_box)
        rating_layout.addWidget(self.rating)
        rating_row = QHBoxLayout()
        rating_row.addWidget(QLabel(self.tr("Reviewer"), self))
        rating_row.addWidget(self.reviewer)
        rating_row.addWidget(self.leader_rating, 1)
        rating_row.addWidget(self.blind)
        rating_layout.addLayout(rating_row)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.recording_choice)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.waveform, 2)
        right_layout.addLayout(transport)
        right_layout.addLayout(lists, 2)
        right_layout.addWidget(rating_box)
        splitter = QSplitter(self)
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._make_shortcuts()
        first = next((i for i, s in enumerate(session.steps) if s.recordings), 0)
        self.steps.setCurrentIndex(self.steps_model.index(first, 0))

    def _timeline(self, name: str) -> tuple[TimelineModel, QListView]:
        """A list of timed items; a click seeks to the item's moment."""
        model = TimelineModel(self)
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.clicked.connect(lambda index: self._seek_to(model.item(index.row())))
        return model, view

    def _make_shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Space", self.player.toggle)
        add("Left", lambda: self.player.skip(-SKIP_SECONDS))
        add("Right", lambda: self.player.skip(SKIP_SECONDS))
        add("Ctrl+Return", self.add_note)

    @property
    def session_id(self) -> str:
        return self.session.id

    def close_player(self) -> None:
        self.player.pause()

    # -- choosing what to review -------------------------------------------------------

    def select_step(self, key: str) -> None:
        self.steps.setCurrentIndex(self.steps_model.index(self.steps_model.row_of(key), 0))

    def _on_steps_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.player.pause()
        self.step = self.steps_model.step(current.row())
        self.title.setText(f"{self.step.position + 1} · {self.step.title}")
        self.recording_choice.blockSignals(True)
        self.recording_choice.clear()
        for i, recording in enumerate(self.step.recordings, start=1):
            self.recording_choice.addItem(
                self.tr("Recording {n} · {t}").format(n=i, t=format_duration(recording.seconds)))
        self.recording_choice.setVisible(len(self.step.recordings) > 1)
        self.recording_choice.blockSignals(False)
        self._show_recording(self.step.recordings[0] if self.step.recordings else None)
        self.rating.set_value(self.step.review_points)
        self._show_leader_rating()

    def _on_recording_choice_changed(self, index: int) -> None:
        if self.step is not None and 0 <= index < len(self.step.recordings):
            self._show_recording(self.step.recordings[index])

    def _show_recording(self, recording: Recording | None) -> None:
        self.recording = recording
        self.warning.setText(self._warning_for(recording))
        self.warning.setVisible(bool(self.warning.text()))
        self.waveform.set_peaks(None)
        self.waveform.set_playhead(0)
        if recording is None:
            self.player.load(None)
            self.waveform.set_message(self.tr("This step has no recording. You can still rate "
                                              "it and read the leader's notes."))
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
        self._update_note_button()

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
        return " ".join(parts)

    def _on_loader_loaded(self, path: str, peaks: object) -> None:
        if self.recording is None or str(self.data_dir / self.recording.path) != path:
            return  # the reviewer moved on before it was drawn
        if isinstance(peaks, Peaks):
            self.waveform.set_peaks(peaks)
        elif isinstance(peaks, AudioError):
            self.waveform.set_message(str(peaks))

    # -- the timeline ------------------------------------------------------------------

    def _in_file(self, step_offset: float) -> float | None:
        """Where a moment of the step lies in the shown recording (None: not in it)."""
        if self.recording is None:
            return step_offset
        if not self.recording.covers(step_offset):
            return None
        return self.recording.file_offset(step_offset)

    def _show_timeline(self) -> None:
        step = self.step
        if step is None:
            return
        leader: list[TimelineItem] = []
        for marker in step.markers:
            at = self._in_file(marker.offset_seconds)
            if at is not None:
                label = marker_label(marker.kind)
                leader.append(TimelineItem(at, f"{label}: {marker.text}" if marker.text
                                           else label, marker.id))
        notes = [TimelineItem(at, note.text, note.id) for note in step.review_notes
                 if (at := self._in_file(note.offset_seconds)) is not None]
        self.leader_model.set_items(leader)
        self.notes_model.set_items(notes)
        keys = {b.kind: b.key for b in [*marker_buttons(""), *TALLY_BUTTONS]}
        kinds = {m.id: m.kind for m in step.markers}
        ticks = [Tick(i.seconds, f"{keys.get(kinds[i.item_id], '•')} {format_duration(i.seconds)}")
                 for i in leader]
        ticks += [Tick(i.seconds, "✎", reviewer=True) for i in notes]
        self.waveform.set_ticks(ticks)

    def _seek_to(self, item: TimelineItem) -> None:
        self.player.seek(item.seconds)
        self.waveform.set_playhead(item.seconds)

    # -- playback ----------------------------------------------------------------------

    def _on_player_position_changed(self, seconds: float) -> None:
        self.waveform.set_playhead(seconds)
        total = self.player.duration() or (self.recording.seconds if self.recording else 0)
        self.position.setText(f"{format_duration(seconds)} / {format_duration(total)}")
        self._update_note_button()

    def _on_player_duration_changed(self, seconds: float) -> None:
        self.waveform.set_duration(seconds)
        self._on_player_position_changed(self.player.position())

    def _on_player_playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("❚❚ Pause   Space") if playing
                                 else self.tr("▶ Play   Space"))

    def _update_note_button(self) -> None:
        self.note_button.setText(self.tr("+ Note at {t}   Ctrl+Enter").format(
            t=format_duration(self.player.position())))

    # -- the reviewer's input ----------------------------------------------------------

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if not text or self.step is None:
            return
        position = self.player.position()
        step_offset = self.recording.step_offset(position) if self.recording else position
        key = self.step.key
        if self._apply(lambda: self.review.add_note(self.session, key, step_offset, text)):
            self.note_edit.clear()
            self._show_timeline()

    def _on_rating_value_changed(self, value: int | None) -> None:
        if self.step is not None:
            key = self.step.key
            self._apply(lambda: self.review.set_points(self.session, key, value))
            self.steps_model.set_session(self.session)
            self._show_leader_rating()

    def _on_reviewer_text_edited(self, text: str) -> None:
        self._apply(lambda: self.review.set_reviewer(self.session, text))

    def _on_blind_toggled(self, checked: bool) -> None:
        QSettings().setValue(BLIND_SETTING, checked)
        self._show_leader_rating()

    def _show_leader_rating(self) -> None:
        step = self.step
        if step is None:
            return
        if not self.review.leader_rating_visible(step, self.blind.isChecked()):
            self.leader_rating.setText(self.tr("Leader's rating: hidden until you rate"))
        else:
            self.leader_rating.setText(self.tr("Leader's rating: {n} ({words})").format(
                n=points_text(step.points), words=points_words(step.points)))

    def export_labels(self) -> None:
        if self.recording is None or self.step is None:
            return
        default = (self.data_dir / self.recording.path).with_suffix(".labels.txt")
        folder = str(QSettings().value("review/lastFolder", str(default.parent)))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export labels for Audacity"), str(Path(folder) / default.name),
            self.tr("Audacity labels (*.txt)"))
        if target:
            self.write_labels(Path(target))

    def write_labels(self, target: Path) -> None:
        assert self.recording is not None and self.step is not None
        text = audacity_labels(self.recording, self.step.markers, self.step.review_notes,
                               {m.kind.value: marker_label(m.kind) for m in self.step.markers})
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.error.emit(MysteryShopError(f"Cannot write {target}: {exc.strerror or exc}"))
            return
        QSettings().setValue("review/lastFolder", str(target.parent))

    def _apply(self, edit: Callable[[], object]) -> bool:
        try:
            edit()
        except MysteryShopError as exc:
            self.error.emit(exc)
            return False
        return True
