"""A level meter without a file: for "Test microphone" in Settings (and, with two
channels, "Test both sides": a level for me and one for them)."""

from __future__ import annotations

import queue
from typing import Any

import numpy as np

from mysteryshop.audio.levels import Level, level_of
from mysteryshop.audio.recorder import Stream, StreamFactory, sounddevice_stream


class LevelMonitor:
    """Opens an input stream and keeps only its newest block, to show a live level."""

    def __init__(self, device: int | str | None, samplerate: int,
                 stream_factory: StreamFactory = sounddevice_stream, channels: int = 1) -> None:
        self._latest: queue.Queue[tuple[Level, ...]] = queue.Queue(maxsize=1)
        self._stream: Stream = stream_factory(
            samplerate=samplerate, channels=channels, device=device, callback=self._callback,
            finished_callback=lambda: None,
        )

    def start(self) -> None:
        self._stream.start()

    def stop(self) -> None:
        self._stream.stop()
        self._stream.close()

    def latest_level(self) -> Level | None:
        """The newest block's level (its first channel's)."""
        levels = self.latest_levels()
        return levels[0] if levels else None

    def latest_levels(self) -> tuple[Level, ...] | None:
        """The newest block's level on each channel; None if none came since asked."""
        try:
            return self._latest.get_nowait()
        except queue.Empty:
            return None

    def _callback(self, indata: np.ndarray, _frames: int, _time: Any, _status: Any) -> None:
        # With no file to write there is no writer thread: one pass over ~10 ms of samples
        # here is cheap, and only the Level leaves the audio thread.
        try:  # noqa: SIM105 - cheaper than contextlib in the audio callback
            self._latest.put_nowait(tuple(level_of(indata[:, c])
                                          for c in range(indata.shape[1])))
        except queue.Full:
            pass
