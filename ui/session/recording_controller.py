"""A Qt face for the recording service: the live level, and the end of a recording as signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from mysteryshop.audio.call_routing import CallRoute
from mysteryshop.audio.devices import resolve_device, server_input
from mysteryshop.audio.recorder import RecordingResult
from mysteryshop.errors import AudioError, MysteryShopError, StorageError
from mysteryshop.model import Recording, Session
from mysteryshop.services.recording import DEFAULT_SAMPLERATE, ActiveRecording, RecordingService
from ui.recording_settings import chosen_route, two_sides_chosen
from ui.session.microphone_access import Access, MicrophoneAccess, where_to_allow

logger = logging.getLogger(__name__)

LEVEL_POLL_MS = 50
SAVE_RETRY_MS = 3000
DEVICE_SETTING = "audio/inputDevice"


class RecordingController(QObject):
    """Starts and stops the one recording; polls its level ~20 times a second.

    The recorder reports its end from its writer thread; `_finished_elsewhere` is a
    signal, so Qt delivers that report to `_complete` on this object's (the UI) thread,
    where the database may be written.
    """

    started = Signal(str)  # step key
    level = Signal(float, float)  # rms dBFS, peak dBFS
    finished = Signal(Recording)
    error = Signal(MysteryShopError)
    _finished_elsewhere = Signal(RecordingResult)  # from the writer thread

    def __init__(self, service: RecordingService, parent: QObject | None = None,
                 microphone: MicrophoneAccess | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.microphone = microphone or MicrophoneAccess()
        self._route: CallRoute | None = None  # opened ahead by `prepare`
        self._poll = QTimer(self)
        self._poll.setInterval(LEVEL_POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._finished_elsewhere.connect(self._complete)
        # A recording's end the database could not take (a full disk): tried again until
        # it is stored, so the leader who frees space needs to do nothing else.
        self._save_retry = QTimer(self)
        self._save_retry.setInterval(SAVE_RETRY_MS)
        self._save_retry.timeout.connect(self._on_save_retry_timeout)

    @property
    def active(self) -> ActiveRecording | None:
        return self.service.active

    def is_recording(self, session: Session, key: str) -> bool:
        active = self.service.active
        return active is not None and active.session.id == session.id and active.step_key == key

    def start(self, session: Session, key: str) -> bool:
        """Start recording a step with the device chosen in Settings; False if it did not
        start now (it failed, or the system is asking the user about the microphone: the
        recording starts when they allow it, `started` says so)."""
        access = self.microphone.status()
        if access is Access.REFUSED:
            self.error.emit(self._refused())
            return False
        if access is Access.UNASKED:
            self.microphone.request(self, lambda answer: self._on_microphone_answered(
                answer, session, key))
            return False
        return self._start(session, key)

    def _on_microphone_answered(self, answer: Access, session: Session, key: str) -> None:
        if answer is Access.ALLOWED:
            self._start(session, key)
        else:
            self.error.emit(self._refused())

    def _refused(self) -> MysteryShopError:
        return MysteryShopError(self.tr(
            "Mystery Shop may not use the microphone, so nothing can be recorded. Allow it "
            "in {where}, then press Record again.").format(where=where_to_allow()))

    def prepare(self) -> None:
        """About to record (consent is being asked): open the route of both sides now,
        so its input already flows when recording starts. Failures are said by `start`."""
        if self._route is None:
            self._route = chosen_route()
        if self._route is not None:
            try:
                self._route.open()
            except AudioError as exc:
                logger.info("%s", exc)

    def release(self) -> None:
        """Not recording after all: let go of the route (and the microphone)."""
        route, self._route = self._route, None
        if route is not None and self.service.active is None:
            route.close()

    def _start(self, session: Session, key: str) -> bool:
        route, self._route = self._route or chosen_route(), None
        try:
            if route is not None:  # both sides joined by the sound server
                self.service.start(session, key, device=server_input(),
                                   samplerate=DEFAULT_SAMPLERATE, channels=2,
                                   on_finished=self._finished_elsewhere.emit, route=route)
            else:
                device = resolve_device(str(QSettings().value(DEVICE_SETTING, "")) or None)
                self.service.start(
                    session, key, device=device.index,
                    samplerate=int(device.samplerate) or DEFAULT_SAMPLERATE,
                    channels=2 if two_sides_chosen() else 1,
                    on_finished=self._finished_elsewhere.emit,
                )
        except MysteryShopError as exc:
            if route is not None:
                route.close()
            self.error.emit(exc)
            return False
        self._poll.start()
        self.started.emit(key)
        return True

    def stop(self) -> None:
        self.service.stop()

    def finish_now(self, timeout: float = 3.0) -> None:
        """At quit: end the recording and wait for its file to close (bounded)."""
        active = self.service.active
        if active is not None:
            self.service.stop()
            result = active.recorder.wait(timeout)
            if result is not None:
                self._complete(result)
        self.service.save_unsaved()  # else the next start recovers it from the file

    def seconds(self) -> float:
        active = self.service.active
        return active.recorder.seconds if active else 0.0

    def _on_poll_timeout(self) -> None:
        active = self.service.active
        if active is None:
            self._poll.stop()
            return
        self.service.place_on_timeline()
        level = active.recorder.latest_level()
        if level is not None:
            self.level.emit(level.rms_db, level.peak_db)

    def _complete(self, result: RecordingResult) -> None:
        recording = self.service.complete(result)
        self._poll.stop()
        if recording is None:
            return
        self.finished.emit(recording)
        unsaved = self.service.has_unsaved
        if unsaved:
            self._save_retry.start()
        if result.error is not None:
            if unsaved:
                self.error.emit(AudioError("{error} {then}", error=result.error, then=self.tr(
                    "The session notes the recording as soon as the disk has room again.")))
            else:
                self.error.emit(result.error)
        elif unsaved:
            self.error.emit(StorageError(self.tr(
                "The recording is kept in {file}, but the session cannot note it yet (the "
                "database cannot be written). It is noted as soon as that works again."
            ).format(file=recording.path)))

    def _on_save_retry_timeout(self) -> None:
        if self.service.save_unsaved():
            self._save_retry.stop()
