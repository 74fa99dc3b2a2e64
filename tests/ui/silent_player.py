"""A player that keeps time like QMediaPlayer but makes no sound: review tests where
audio is not the point run without a sound server."""

from __future__ import annotations

import time
from pathlib import Path

import soundfile
from PySide6.QtCore import QObject, QTimer

from ui.review.player import Player

TICK_MS = 50


class SilentPlayer(Player):
    """Reads the file's length, then moves a position by the wall clock while playing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration = 0.0
        self._position = 0.0
        self._speed = 1.0
        self._loaded = False
        self._since: float | None = None  # monotonic time play started, while playing
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

    def load(self, path: Path | None) -> None:
        self.pause()
        self._position, self._loaded = 0.0, False
        self._duration = 0.0
        if path is not None:
            try:
                self._duration = soundfile.info(str(path)).duration
                self._loaded = True
            except RuntimeError as exc:
                self.error.emit(str(exc))
        self.duration_changed.emit(self._duration)
        self.position_changed.emit(0.0)

    def play(self) -> None:
        if self._loaded and self._since is None:
            self._since = time.monotonic()
            self._tick.start()
            self.playing_changed.emit(True)

    def pause(self) -> None:
        if self._since is not None:
            self._position = self.position()
            self._since = None
            self._tick.stop()
            self.playing_changed.emit(False)

    def is_playing(self) -> bool:
        return self._since is not None

    def seek(self, seconds: float) -> None:
        self._position = min(max(0.0, seconds), self._duration)
        if self._since is not None:
            self._since = time.monotonic()
        self.position_changed.emit(self._position)

    def position(self) -> float:
        if self._since is None:
            return self._position
        return min(self._duration, self._position + (time.monotonic() - self._since) * self._speed)

    def duration(self) -> float:
        return self._duration

    def set_speed(self, speed: float) -> None:
        self._position = self.position()
        if self._since is not None:
            self._since = time.monotonic()
        self._speed = speed

    def speed(self) -> float:
        return self._speed

    def is_loaded(self) -> bool:
        return self._loaded

    def _on_tick(self) -> None:
        self.position_changed.emit(self.position())
        if self.position() >= self._duration:
            self.pause()
