"""What the review does with a recording beyond playing it: the call events found in
its audio (accepted or rejected), redacting a stretch, and deleting its audio. Long work
runs on worker threads; the view is told when it is done.

The base of `ReviewView`: it holds the services and panels those actions use, and the
view fills them in.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QListView, QMessageBox, QWidget

from mysteryshop.call_events import CallEvent, EventStatus, RedactWith
from mysteryshop.errors import MysteryShopError
from mysteryshop.measures import format_duration
from mysteryshop.model import Recording, Session, Step
from mysteryshop.services.call_events import original_of
from ui.errors import error_text
from ui.jobs.job_runner import JobRunner
from ui.review.call_events_panel import CallEventsPanel, event_text
from ui.review.redact_dialog import RedactDialog
from ui.review.waveform_view import Tick, WaveformView

if TYPE_CHECKING:
    from mysteryshop.services.call_events import CallEventsService
    from mysteryshop.services.review import ReviewService
    from ui.review.player import Player
    from ui.review.rating_panel import RatingPanel
    from ui.review.review_steps_model import ReviewStepsModel

# (recording, start, end, how, why, who) -> seconds replaced; run on a worker thread
Redact = Callable[[Recording, float, float, RedactWith, str, str], float]


class RecordingActions(QWidget):
    error = Signal(MysteryShopError)

    # Filled in by the view.
    session: Session
    review: ReviewService
    data_dir: Path
    step: Step | None
    recording: Recording | None
    player: Player
    steps: QListView
    steps_model: ReviewStepsModel
    recording_choice: QComboBox
    rating_panel: RatingPanel
    events_panel: CallEventsPanel
    waveform: WaveformView
    call_events: CallEventsService | None
    _analyze: Callable[[Recording], int] | None
    _redact: Redact | None
    _delete_audio: Callable[[list[int]], int] | None
    _jobs: dict[str, JobRunner]
    _unreadable: set[float]

    def _show_timeline(self) -> None:
        raise NotImplementedError

    def _show_recording(self, recording: Recording | None) -> None:
        raise NotImplementedError

    def select_step(self, key: str) -> None:
        raise NotImplementedError

    def _on_steps_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        raise NotImplementedError

    def _apply(self, edit: Callable[[], object], over: QWidget | None = None) -> bool:
        raise NotImplementedError

    def _reviewer(self) -> str:
        return self.rating_panel.reviewer.text().strip() or self.tr("reviewer")

    def _run_job(self, name: str, work: Callable[[], object],
                 done: Callable[[], None], failed: Callable[[MysteryShopError], None]) -> None:
        """`work` on a worker thread; `done` or `failed` after, on this thread, unless the
        reviewer has left the review (the database may be closed by then)."""
        runner = JobRunner(name, self)
        self._jobs[name] = runner

        def finished(_result: object) -> None:
            self._jobs.pop(name, None)
            if self.isVisible():
                done()

        def refused(error: MysteryShopError) -> None:
            self._jobs.pop(name, None)
            if self.isVisible():
                failed(error)

        runner.finished.connect(finished)
        runner.failed.connect(refused)
        runner.run(lambda _p, _c: work())

    # -- call events found in the audio -------------------------------------------------

    def _show_events(self) -> list[Tick]:
        """The recording's events in their panel; their ticks for the waveform (rejected
        ones left off)."""
        if self.call_events is None or self.step is None or self.recording is None:
            self.events_panel.show_events([], 0.0)
            self.events_panel.setEnabled(False)
            return []
        self.events_panel.setEnabled(True)
        recording = self.recording
        try:
            events = [e for e in self.call_events.events(self.session.id, self.step.key)
                      if e.recording_started_at == recording.started_at]
            measures = self.call_events.measures(self.step)
        except MysteryShopError as exc:
            self.error.emit(exc)
            return []
        start = recording.timer_offset
        self.events_panel.show_events(events, start)
        self.events_panel.show_measures(measures)
        if not events and "analyze" not in self._jobs and recording.started_at not in \
                self._unreadable and self.call_events.analysis(recording) is None:
            self._start_analysis(force=False)
        return [Tick(e.offset_seconds - start,
                     f"◇ {event_text(e)} {format_duration(e.offset_seconds - start)}",
                     detected=True)
                for e in events if e.status is not EventStatus.REJECTED]

    def _start_analysis(self, *, force: bool) -> None:
        """Find the call events in the recording shown, on a worker thread; shown when
        done (if the reviewer is still on that recording)."""
        recording, analyze = self.recording, self._analyze
        if recording is None or analyze is None or ("analyze" in self._jobs and not force):
            return
        if not (self.data_dir / recording.path).exists():
            return
        self.events_panel.show_working(self.tr("Listening for rings, holds and keypad "
                                               "tones…"))

        def done() -> None:
            self.events_panel.show_done()
            self._show_timeline()  # this recording's events, or the next one analysed

        def failed(error: MysteryShopError) -> None:
            self.events_panel.show_done()
            if self.recording == recording:
                self.events_panel.status.setText(error_text(error))

        def work() -> object:
            try:
                return analyze(recording)
            except MysteryShopError:
                self._unreadable.add(recording.started_at)  # not tried again by itself
                raise

        self._run_job("analyze", work, done, failed)

    def _decide_events(self, events: list[CallEvent], accepted: bool) -> None:
        if self.call_events is None:
            return
        by = self._reviewer()
        service = self.call_events
        if self._apply(lambda: service.decide(events, accepted, by)):
            self._show_timeline()

    # -- redacting -----------------------------------------------------------------------

    def redact_event(self, event: CallEvent) -> RedactDialog | None:
        """Ask, then bleep or silence a found event's stretch (keypad tones, mostly)."""
        if event.end_seconds is None:
            return None
        return self.redact_span(event.offset_seconds, event.end_seconds,
                                event_text(event) + self.events_panel.model.detail(event))

    def _select_edge(self, *, start: bool) -> None:
        """The selection starts (or ends) at the play position; its other edge stays, or
        is the recording's end (or start)."""
        here, old = self.player.position(), self.waveform.selection()
        if start:
            end = old[1] if old is not None and old[1] > here else self.waveform.duration()
            self.waveform.set_selection((here, end))
        else:
            begin = old[0] if old is not None and old[0] < here else 0.0
            self.waveform.set_selection((begin, here))

    def redact_selection(self) -> RedactDialog | None:
        """Ask, then bleep or silence the stretch selected on the waveform."""
        span, recording = self.waveform.selection(), self.recording
        if span is None or recording is None:
            return None
        return self.redact_span(span[0] + recording.timer_offset,
                                span[1] + recording.timer_offset, "")

    def redact_span(self, start: float, end: float, why: str) -> RedactDialog | None:
        """Ask how and why, then replace `start`..`end` (the step's timeline) of the shown
        recording on a worker thread; the waveform is drawn again from the new audio."""
        from ui.recording_settings import keep_originals

        recording, redact = self.recording, self._redact
        if recording is None or redact is None or recording.deleted_at is not None:
            return None
        offset = recording.timer_offset
        span = f"{format_duration(start - offset)}–{format_duration(end - offset)}"
        dialog = RedactDialog(span, why, keep_originals(), self)
        by = self._reviewer()

        def chosen(how: RedactWith, reason: str) -> None:
            self.player.load(None)  # let go of the file while it is rewritten
            self.events_panel.show_working(self.tr("Redacting…"))

            def done() -> None:
                self.events_panel.show_done()
                self.waveform.set_selection(None)
                self._show_recording(self.recording)

            def failed(error: MysteryShopError) -> None:
                done()
                self.error.emit(error)

            self._run_job("redact", lambda: redact(recording, start, end, how, reason, by),
                          done, failed)

        dialog.chosen.connect(chosen)
        dialog.open()
        return dialog

    def _redaction_lines(self, recording: Recording) -> list[str]:
        """The recording's redaction log, a line each, for its warning line."""
        if self.call_events is None or self.step is None:
            return []
        try:
            redactions = self.call_events.redactions(self.session.id, self.step.key)
        except MysteryShopError:
            return []
        lines = [self.tr("Redacted {start}–{end} ({why}; {who}, {when}).").format(
                     start=format_duration(r.start_seconds - recording.timer_offset),
                     end=format_duration(r.end_seconds - recording.timer_offset),
                     why=r.reason or r.how, who=r.done_by or "–",
                     when=time.strftime("%Y-%m-%d %H:%M", time.localtime(r.at)))
                 for r in redactions if r.recording_started_at == recording.started_at]
        if lines and original_of(self.data_dir / recording.path).exists():
            lines.append(self.tr("The unredacted original is kept on this computer only."))
        return lines

    # -- deleting ------------------------------------------------------------------------

    def delete_recording(self) -> QMessageBox | None:
        """Ask, then delete the shown recording's audio (a worker thread)."""
        recording, delete = self.recording, self._delete_audio
        if recording is None or delete is None or recording.deleted_at is not None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete recording"), self.tr(
            "Delete this recording ({length}) from the disk for good? The session, the "
            "leader's markers and your notes stay.").format(
                length=format_duration(recording.seconds)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteRecordingQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def chosen(button: object) -> None:
            if button is not box.button(QMessageBox.StandardButton.Yes):
                return
            self.player.load(None)
            self._run_job("delete", lambda: delete([recording.id]), self._reload_session,
                          self.error.emit)

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def _reload_session(self) -> None:
        """The session as stored (a recording deleted), on the same step and take."""
        key = self.step.key if self.step is not None else None
        take = self.recording_choice.currentIndex()
        try:
            self.session = self.review.sessions.open(self.session.id)
        except MysteryShopError as exc:
            self.error.emit(exc)
            return
        self.steps_model.set_session(self.session)
        if key is not None:
            self.select_step(key)
            self._on_steps_current_changed(self.steps.currentIndex(), self.steps.currentIndex())
            if 0 <= take < self.recording_choice.count():
                self.recording_choice.setCurrentIndex(take)
