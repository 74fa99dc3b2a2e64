"""A stand-in input stream that produces a known tone in real time (for recorder logic).

The recorder's own logic (queue, writer, flush, pause, failures) is tested with this;
tests marked `audio` record from a real (virtual) device as well.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

BLOCK = 480  # 10 ms at 48 kHz


class ToneStream:
    """Calls `callback` with int16 blocks of a sine wave, paced like a real device."""

    def __init__(self, *, samplerate: int, channels: int, device: Any,
                 callback: Callable[..., None], finished_callback: Callable[[], None],
                 frequency: float = 440.0, pace: float = 1.0,
                 first_block_after: float = 0.0) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.callback = callback
        self.finished_callback = finished_callback
        self.frequency = frequency
        self.pace = pace  # 1.0 = real time; larger = faster than real time
        self.first_block_after = first_block_after  # a device slow to deliver after start
        self.sent = 0
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._running.set()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        self.stop()
        self.finished_callback()

    def lose_device(self) -> None:
        """What PortAudio does when a USB microphone is pulled out."""
        self._running.clear()
        self.finished_callback()

    def _run(self) -> None:
        if self._running.wait(0) and self.first_block_after:
            time.sleep(self.first_block_after)
        next_time = time.monotonic()
        while self._running.is_set():
            t = (self.sent + np.arange(BLOCK)) / self.samplerate
            tone = (0.5 * np.sin(2 * np.pi * self.frequency * t) * 32767).astype(np.int16)
            self.callback(tone.reshape(-1, 1).repeat(self.channels, axis=1), BLOCK, None, None)
            self.sent += BLOCK
            next_time += BLOCK / self.samplerate / self.pace
            delay = next_time - time.monotonic()
            if delay > 0:
                time.sleep(delay)


RECORD_UNTIL_KILLED = """
import sys, time
from pathlib import Path
from mysteryshop.audio.recorder import Recorder
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.recording import RecordingService
from tests.audio_fakes import ToneStream
folder, key = DataFolder(Path(sys.argv[1])), sys.argv[2]
service = AppServices.open(folder).sessions
recordings = RecordingService(
    service, folder, lambda path, **kw: Recorder(path, stream_factory=ToneStream, **kw))
session = service.create("Ann", "Acme North", "R1")
recordings.give_consent(session)
active = recordings.start(session, key, device=None)
while True:
    time.sleep(0.1)
    print(active.recorder.frames_captured, flush=True)
"""


def record_then_kill(data_dir: Path, key: str, seconds: float, cwd: Path) -> int:
    """Record a step in a real child process, kill -9 it after `seconds` of audio.

    Returns the frames the child had captured when it was killed.
    """
    child = subprocess.Popen([sys.executable, "-c", RECORD_UNTIL_KILLED, str(data_dir), key],
                             cwd=cwd, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    captured = 0
    while captured < seconds * 48_000:
        captured = int(child.stdout.readline())
    child.kill()
    child.wait()
    return captured
