"""Call recordings: consent, one recorder in step with the step timer, and crash recovery."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from mysteryshop.audio.call_routing import CallRoute, recording_from
from mysteryshop.audio.recorder import Recorder, RecordingResult
from mysteryshop.audio.wav_repair import repair_wav
from mysteryshop.errors import AudioError, MysteryShopError, StorageError
from mysteryshop.measures import format_duration
from mysteryshop.model import Recording, RecordingStatus, Session, Step, TimerState
from mysteryshop.services.data_folder import RECORDINGS_DIR, DataFolder
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository

# The words a leader confirms before a call is recorded (the window shows them translated
# and stores what it showed).
DEFAULT_CONSENT = "I confirm that I may record this call."

logger = logging.getLogger(__name__)

DEFAULT_SAMPLERATE = 48_000

RecorderFactory = Callable[..., Recorder]


@dataclass
class ActiveRecording:
    session: Session
    step_key: str
    recording: Recording
    recorder: Recorder
    placed: bool = False  # moved to when its first frame was captured
    route: CallRoute | None = None  # both sides joined by the sound server, while it runs


class RecordingService:
    """Starts and ends recordings, keeps their rows honest, and repairs what a crash left.

    The recorder reports its end from its writer thread; the owner (the UI) hands that
    result back on its own thread to `complete()`, because the database connection
    belongs to one thread.
    """

    def __init__(
        self,
        sessions: SessionService,
        folder: DataFolder,
        recorder_factory: RecorderFactory = Recorder,
    ) -> None:
        self.sessions = sessions
        self.repository: Repository = sessions.repository
        self.data_dir = folder.root
        self.recorder_factory = recorder_factory
        self.active: ActiveRecording | None = None
        self._unsaved: dict[int, Recording] = {}
        self._consent: dict[str, tuple[float, str]] = {}  # per session: for its next call
        sessions.timer_listeners.append(self._on_timer_changed)

    # -- consent -----------------------------------------------------------------------

    def has_consent(self, session: Session) -> bool:
        """Whether the leader has confirmed they may record the next call of the session
        (consent is per recording: each one asks again)."""
        return session.id in self._consent

    def give_consent(self, session: Session, text: str = DEFAULT_CONSENT) -> None:
        """The leader confirmed they may record the next call: when, and the words they
        confirmed (kept with the recording it starts). The session keeps its first."""
        at = self.sessions.clock()
        if session.recording_consent_at is None:
            self.repository.update_session(session.id, recording_consent_at=at)
            session.recording_consent_at = at
        self._consent[session.id] = (at, " ".join(text.split()) or DEFAULT_CONSENT)

    # -- recording ---------------------------------------------------------------------

    def path_of(self, recording: Recording) -> Path:
        return self.data_dir / recording.path

    def start(
        self,
        session: Session,
        key: str,
        *,
        device: int | str | None,
        samplerate: int = DEFAULT_SAMPLERATE,
        channels: int = 1,
        on_finished: Callable[[RecordingResult], None] | None = None,
        route: CallRoute | None = None,
    ) -> ActiveRecording:
        """Start recording a call step; the step timer starts too if it is not running.
        `channels=2` records both sides of the call from one two-channel input (channel 1
        me, channel 2 them): one stream, so the sides cannot drift apart. A `route` makes
        that input from two (the microphone and the call's sound) while it records."""
        if self.active is not None:
            raise MysteryShopError("A recording is already running: stop it first.")
        if not self.has_consent(session):
            raise MysteryShopError("Confirm that you may record this call before recording.")
        consent_at, consent_text = self._consent[session.id]
        step = session.step(key)
        if step.timer_state is not TimerState.RUNNING:
            self.sessions.start_timer(session, key)
        now = self.sessions.clock()
        stamp = datetime.fromtimestamp(now).strftime("%Y%m%d-%H%M%S")
        relative = f"{RECORDINGS_DIR}/{session.id}/{step.position + 1:02d}-{key}-{stamp}.wav"
        recording = self.repository.add_recording(Recording(
            id=0, session_id=session.id, step_key=key, path=relative,
            status=RecordingStatus.RECORDING, started_at=now,
            timer_offset=self.sessions.elapsed(step), samplerate=samplerate,
            channels=channels, consent_at=consent_at, consent_text=consent_text,
        ))
        path = self.path_of(recording)
        recorder = self.recorder_factory(path, samplerate=samplerate, device=device,
                                         channels=channels, on_finished=on_finished)
        try:
            (self.data_dir / RECORDINGS_DIR).mkdir(mode=0o700, exist_ok=True)
            if route is not None:
                route.open()
            with recording_from(route.source if route is not None else None):
                recorder.start()
        except AudioError:
            # Nothing was recorded: leave no row, no empty file and no route behind.
            if route is not None:
                route.close()
            self.repository.delete_recording(recording.id)
            path.unlink(missing_ok=True)
            raise
        step.recordings.append(recording)
        self.active = ActiveRecording(session, key, recording, recorder, route=route)
        del self._consent[session.id]  # used: the next recording asks again
        logger.info("Recording %s of session %s to %s (%d Hz)", key, session.id, relative,
                    samplerate)
        return self.active

    def place_on_timeline(self) -> None:
        """Move the active recording to where its first frame lies on the step's timeline.

        A device takes up to seconds from Record to its first frame (1-2 s on a virtual
        one); the file begins there, so a file placed at the press would put every marker
        that much off in the review. Done once, as soon as the first frame is known; a
        crash before then leaves the press time, which is the best there was.
        """
        active = self.active
        if active is None or active.placed:
            return
        delay = active.recorder.start_delay
        if delay is None:
            return
        active.placed = True
        if delay <= 0:
            return
        placed = replace(active.recording, timer_offset=active.recording.timer_offset + delay)
        self._keep(active, placed)
        self._save(placed)
        logger.info("Recording %s begins %.3f s after Record was pressed", placed.path, delay)

    @property
    def has_unsaved(self) -> bool:
        """A recording's end (or place) that the database could not take yet (a full disk)."""
        return bool(self._unsaved)

    def save_unsaved(self) -> bool:
        """Try again to store what could not be stored; True once nothing is left."""
        for recording in list(self._unsaved.values()):
            self._save(recording)
        return not self._unsaved

    def _keep(self, active: ActiveRecording, recording: Recording) -> None:
        """The session in memory holds the recording as it is, saved or not."""
        active.recording = recording
        step = active.session.step(active.step_key)
        step.recordings = [recording if r.id == recording.id else r for r in step.recordings]

    def _save(self, recording: Recording) -> None:
        """Store the recording's row; when the database cannot take it (its disk is full,
        it is locked) keep it for `save_unsaved`, or failing that for the next start's
        recovery, which finds the row still "recording" and reads the file."""
        try:
            self.repository.update_recording(
                recording.id, status=recording.status, frames=recording.frames,
                overflows=recording.overflows, error=recording.error,
                timer_offset=recording.timer_offset, digest=recording.digest,
            )
        except StorageError as exc:
            logger.warning("Cannot store recording %s yet: %s", recording.path, exc)
            self._unsaved[recording.id] = recording
        else:
            self._unsaved.pop(recording.id, None)

    def stop(self) -> None:
        """End the active recording; `complete()` follows once the file is closed."""
        if self.active is not None:
            self.active.recorder.stop()

    def complete(self, result: RecordingResult) -> Recording | None:
        """Record how the recording ended (on the thread that owns the database).

        Never raises for a database that cannot take it: the session in memory holds the
        ending either way, and `has_unsaved` says it waits to be stored."""
        active = self.active
        if active is None or active.recorder.path != result.path:
            return None
        self.place_on_timeline()
        self.active = None
        if active.route is not None:
            active.route.close()  # the microphone is free again
        if result.error is None:
            frames, status, error = result.frames, RecordingStatus.COMPLETE, ""
        else:
            # The writer may have died mid-header: make every byte on disk playable.
            try:
                frames = repair_wav(result.path).frames
            except AudioError as exc:
                logger.warning("%s", exc)
                frames = result.frames
            status, error = RecordingStatus.FAILED, str(result.error)
        done = replace(active.recording, status=status, frames=frames,
                       overflows=result.overflows, error=error, digest=result.digest)
        self._keep(active, done)
        self._save(done)
        logger.info("Recording %s ended %s: %d frames, %d dropouts", done.path, status.value,
                    frames, result.overflows)
        return done

    def _on_timer_changed(self, session: Session, step: Step) -> None:
        active = self.active
        if active is None or active.session.id != session.id or active.step_key != step.key:
            return
        state = step.timer_state
        if state is TimerState.RUNNING:
            active.recorder.resume()
        elif state is TimerState.PAUSED:
            active.recorder.pause()
        elif state is TimerState.STOPPED:
            active.recorder.stop()

    # -- after a crash -----------------------------------------------------------------

    def recover_interrupted(self) -> list[str]:
        """Repair every recording a crash left "recording"; one sentence per finding."""
        findings = []
        active_id = self.active.recording.id if self.active else None
        for recording in self.repository.recordings(RecordingStatus.RECORDING):
            if recording.id == active_id:
                continue
            findings.append(self._recover(recording))
        for finding in findings:
            logger.info("%s", finding)
        return findings

    def _recover(self, recording: Recording) -> str:
        path = self.path_of(recording)
        name = _describe(self.repository, recording)
        if not path.exists():
            self.repository.update_recording(
                recording.id, status=RecordingStatus.FAILED,
                error="The app stopped while recording and the file is missing.",
            )
            return f"The interrupted recording of {name} is missing ({path})."
        try:
            info = repair_wav(path)
        except AudioError as exc:
            self.repository.update_recording(recording.id, status=RecordingStatus.FAILED,
                                             error=str(exc))
            return f"The interrupted recording of {name} could not be repaired: {exc}"
        self.repository.update_recording(recording.id, status=RecordingStatus.RECOVERED,
                                         frames=info.frames)
        return (f"Recovered {format_duration(info.seconds)} of the interrupted recording of "
                f"{name}.")

    def count(self) -> int:
        return len(self.repository.recordings())

    def check(self) -> list[tuple[bool, str]]:
        """Every recording's file against its row: (all well?, one sentence) each."""
        findings: list[tuple[bool, str]] = []
        for recording in self.repository.recordings():
            path = self.path_of(recording)
            name = _describe(self.repository, recording)
            if recording.status is RecordingStatus.RECORDING:
                findings.append((True, self._recover(recording)))
            elif not path.exists():
                findings.append((False, f"Missing recording of {name}: {path}"))
            elif _mode(path) & 0o077:
                os.chmod(path, 0o600)
                findings.append((True, f"Made {path} readable by its owner only."))
        return findings


def _describe(repository: Repository, recording: Recording) -> str:
    return repository.step_label(recording.session_id, recording.step_key) or recording.path


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
