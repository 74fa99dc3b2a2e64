"""A crash-safe recorder: PortAudio callback → queue → writer thread → WAV file.

Three activities, none blocking another: the caller (the UI thread), the PortAudio
callback and the writer thread. The callback only copies each block into a queue; the
writer drains it into the file, flushes to disk about once a second (so a crash loses at
most that much; the header is repaired on the next start, see wav_repair), and leaves the
latest level for the meter. The caller only ever sees levels and counts, never audio.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from mysteryshop.audio.levels import Level, level_of
from mysteryshop.errors import AudioError
from mysteryshop.file_digest import FileDigest, digest_file
from mysteryshop.steady_clock import steady_seconds

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 1.0


class Stream(Protocol):
    """What the recorder needs of an input stream (sounddevice.InputStream has it)."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


Callback = Callable[[np.ndarray, int, Any, Any], None]
StreamFactory = Callable[..., Stream]


def sounddevice_stream(*, samplerate: int, channels: int, device: int | str | None,
                       callback: Callback, finished_callback: Callable[[], None]) -> Stream:
    from mysteryshop.audio.devices import TrackedStream, sounddevice_module

    sd = sounddevice_module()
    try:
        stream = sd.InputStream(
            samplerate=samplerate, channels=channels, device=device, dtype="int16",
            callback=callback, finished_callback=finished_callback,
        )
    except Exception as exc:  # PortAudioError, ValueError for a device that went away
        raise AudioError("Cannot open the microphone: {reason}", reason=exc) from exc
    return TrackedStream(stream)


class RecorderState(StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPING = "stopping"
    FINISHED = "finished"


@dataclass(frozen=True)
class RecordingResult:
    path: Path
    frames: int
    samplerate: int
    overflows: int
    error: AudioError | None
    digest: FileDigest | None = None  # the finished file's hash (None if it failed)

    @property
    def seconds(self) -> float:
        return self.frames / self.samplerate


class Recorder:
    """Records one input stream into one WAV file (16-bit PCM), readable by the owner only.

    `on_finished(result)` is called once, from the writer thread, after the file is
    closed: when `stop()` was asked for, or when the device or the disk failed.
    """

    def __init__(
        self,
        path: Path,
        *,
        samplerate: int,
        channels: int = 1,
        device: int | str | None = None,
        stream_factory: StreamFactory = sounddevice_stream,
        on_finished: Callable[[RecordingResult], None] | None = None,
        flush_seconds: float = FLUSH_SECONDS,
        steady: Callable[[], float] = steady_seconds,
    ) -> None:
        self.path = path
        self.samplerate = samplerate
        self.channels = channels
        self.device = device
        self._stream_factory = stream_factory
        self._on_finished = on_finished
        self._flush_seconds = flush_seconds
        self._steady = steady
        # A block of audio, a count of silent frames to write, or None for the end.
        self._blocks: queue.Queue[np.ndarray | int | None] = queue.Queue()
        self._levels: queue.Queue[Level] = queue.Queue(maxsize=1)
        self._stream: Stream | None = None
        self._writer: threading.Thread | None = None
        self._state = RecorderState.IDLE
        self._error: AudioError | None = None
        # Counters written by one thread and read by others: int assignment is atomic
        # under the GIL and a reader seeing the previous value is harmless.
        self.frames_captured = 0
        self.frames_written = 0
        self.overflows = 0
        self.result: RecordingResult | None = None
        # Steady seconds (steady_clock.steady_seconds) of the start request and of the
        # capture of the first frame: devices take up to seconds to deliver the first one.
        self.requested_at: float | None = None
        self.first_frame_at: float | None = None
        self._wanted_since: float | None = None  # a start or resume waiting for its first block

    @property
    def state(self) -> RecorderState:
        return self._state

    @property
    def writer_thread_id(self) -> int | None:
        """The OS id of the writer thread (for measuring its CPU time)."""
        return self._writer.native_id if self._writer is not None else None

    @property
    def seconds(self) -> float:
        """Seconds of audio captured so far (what the recording indicator shows)."""
        return self.frames_captured / self.samplerate

    @property
    def start_delay(self) -> float | None:
        """Seconds from `start()` to the capture of the first frame; None until it came.

        The file begins at that frame, so whoever places the file on a timeline that
        began at the request adds this."""
        if self.first_frame_at is None or self.requested_at is None:
            return None
        return max(0.0, self.first_frame_at - self.requested_at)

    def start(self) -> None:
        """Create the file and start capturing; raises AudioError if either fails."""
        import soundfile

        self.requested_at = self._wanted_since = self._steady()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as exc:
            raise AudioError("Cannot create the recording {path}: {reason}", path=self.path,
                             reason=exc.strerror) from exc
        try:
            sound_file = soundfile.SoundFile(
                fd, mode="w", samplerate=self.samplerate, channels=self.channels,
                subtype="PCM_16", format="WAV", closefd=False,
            )
        except Exception as exc:
            os.close(fd)
            raise AudioError("Cannot write the recording {path}: {reason}", path=self.path,
                             reason=exc) from exc
        try:
            self._stream = self._stream_factory(
                samplerate=self.samplerate, channels=self.channels, device=self.device,
                callback=self._callback, finished_callback=self._on_stream_finished,
            )
            self._state = RecorderState.RECORDING
            self._writer = threading.Thread(
                target=self._write, args=(sound_file, fd), name="recording-writer", daemon=True
            )
            self._writer.start()
            self._stream.start()
        except Exception as exc:
            self._fail(exc if isinstance(exc, AudioError)
                       else AudioError("Cannot start the microphone: {reason}", reason=exc))
            raise self._error or AudioError(str(exc)) from exc

    def pause(self) -> None:
        if self._state is RecorderState.RECORDING and self._stream is not None:
            self._state = RecorderState.PAUSED
            self._call_stream(self._stream.stop)

    def resume(self) -> None:
        """Capture again; the time until the device delivers is written as silence, so
        the file stays in step with a timer that resumed at this call."""
        if self._state is RecorderState.PAUSED and self._stream is not None:
            self._state = RecorderState.RECORDING
            self._wanted_since = self._steady()
            self._call_stream(self._stream.start)

    def stop(self) -> None:
        """Ask the recording to end; returns at once, `on_finished` follows."""
        if self._state in (RecorderState.RECORDING, RecorderState.PAUSED):
            self._state = RecorderState.STOPPING
            self._close_stream()
            self._blocks.put(None)

    def latest_level(self) -> Level | None:
        """The level of a block from the last few milliseconds, or None if none came since
        the last call. Only a Level crosses to the caller's thread, never audio."""
        try:
            return self._levels.get_nowait()
        except queue.Empty:
            return None

    def wait(self, timeout: float | None = None) -> RecordingResult | None:
        """Block until the writer is done (for scripts and tests; the UI uses on_finished)."""
        if self._writer is not None:
            self._writer.join(timeout)
        return self.result

    # -- the PortAudio thread ----------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        if status and getattr(status, "input_overflow", False):
            self.overflows += 1
        wanted = self._wanted_since
        if wanted is not None:
            self._wanted_since = None
            captured = self._captured_at(frames)
            if self.first_frame_at is None:
                self.first_frame_at = captured
            else:
                gap = round((captured - wanted) * self.samplerate)
                if gap > 0:
                    self._blocks.put(gap)
                    self.frames_captured += gap
        self._blocks.put(indata.copy())
        self.frames_captured += frames

    def _captured_at(self, frames: int) -> float:
        """When (steady seconds) the block's first frame was captured: one block's length
        before it arrived. PortAudio's own capture time (inputBufferAdcTime) was measured
        0.15-0.36 s off for a first block on PulseAudio; the arrival was within 1 ms."""
        return self._steady() - frames / self.samplerate

    def _on_stream_finished(self) -> None:
        if self._state is RecorderState.RECORDING:
            # PortAudio ended the stream without being asked: the device went away.
            self._fail(AudioError(
                "The microphone stopped delivering sound (was it unplugged?). "
                "What was recorded until then is kept."
            ))

    # -- the writer thread -------------------------------------------------------------

    def _write(self, sound_file: Any, fd: int) -> None:
        last_flush = time.monotonic()
        try:
            while True:
                block = self._blocks.get()
                if block is None:
                    break
                if isinstance(block, int):
                    self._write_silence(sound_file, block)
                    continue
                sound_file.write(block)
                self.frames_written += len(block)
                try:  # noqa: SIM105 - a plain try is cheaper than contextlib, per block
                    self._levels.put_nowait(level_of(block))
                except queue.Full:
                    pass  # the meter shows a level from the last few milliseconds: enough
                if time.monotonic() - last_flush >= self._flush_seconds:
                    sound_file.flush()
                    os.fsync(fd)
                    last_flush = time.monotonic()
        except Exception as exc:
            self._fail(self._write_error(exc), from_writer=True)
        finally:
            try:
                sound_file.close()
                os.fsync(fd)
            except Exception:
                logger.warning("Closing %s failed; its header is repaired on check", self.path)
            os.close(fd)
            self.result = RecordingResult(self.path, self.frames_written, self.samplerate,
                                          self.overflows, self._error, self._digest())
            self._state = RecorderState.FINISHED
            if self._on_finished is not None:
                self._on_finished(self.result)

    def _digest(self) -> FileDigest | None:
        """The closed file's hash, taken here on the writer thread while it is still in
        the page cache (sharing reuses it); None if it cannot be read."""
        if self._error is not None:
            return None  # a failed recording's header is repaired later: hashed then
        try:
            return digest_file(self.path)
        except OSError as exc:
            logger.warning("Cannot hash %s: %s", self.path, exc)
            return None

    def _write_silence(self, sound_file: Any, frames: int) -> None:
        chunk = np.zeros((min(frames, self.samplerate), self.channels), dtype=np.int16)
        while frames > 0:
            part = chunk[:frames]
            sound_file.write(part)
            self.frames_written += len(part)
            frames -= len(part)

    # -- failures ----------------------------------------------------------------------

    def _write_error(self, exc: Exception) -> AudioError:
        """libsndfile reports a full disk as "System error.": say what the user can act on."""
        try:
            if shutil.disk_usage(self.path.parent).free < 64 * 1024:
                return AudioError("Recording stopped: cannot write {name} (the disk is full). "
                                  "What was recorded until then is kept.", name=self.path.name)
        except OSError:
            pass
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return AudioError("Recording stopped: cannot write {name} ({reason}). What was "
                          "recorded until then is kept.", name=self.path.name, reason=reason)

    def _fail(self, error: AudioError, from_writer: bool = False) -> None:
        if self._error is None:
            self._error = error
            logger.warning("%s", error)
        if self._state is not RecorderState.FINISHED:
            self._state = RecorderState.STOPPING
        if from_writer:
            # The writer is the one stopping: let the stream go, drop what it still sends.
            threading.Thread(target=self._close_stream, daemon=True).start()
        else:
            self._blocks.put(None)

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception as exc:
                logger.warning("Closing the input stream failed: %s", exc)

    def _call_stream(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:
            self._fail(AudioError("The microphone failed: {reason}", reason=exc))
