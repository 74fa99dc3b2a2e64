"""A few seconds of live level from an input, for Settings' "Test microphone" and "Test
both sides": the newest level of each channel as it comes, then the loudest each reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from mysteryshop.audio.levels import FLOOR_DB
from ui.errors import error_text

if TYPE_CHECKING:
    from mysteryshop.audio.meter import LevelMonitor

POLL_MS = 50
TEST_SECONDS = 5
HEARD_DB = -60.0  # a channel whose loudest RMS stays below this heard nothing


class LevelTest(QObject):
    levels = Signal(object)  # tuple[Level, ...]: the newest block's, a channel each
    ended = Signal(object)  # list[float]: the loudest RMS (dBFS) each channel reached
    failed = Signal(str)  # the input could not be closed cleanly: why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor: LevelMonitor | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._ticks_left = 0
        self._loudest: list[float] = []

    def start(self, monitor: LevelMonitor, seconds: int = TEST_SECONDS) -> None:
        """Poll a started monitor for `seconds`; it is stopped when they are over."""
        self.stop()
        self._monitor = monitor
        self._ticks_left = seconds * 1000 // POLL_MS
        self._loudest = []
        self._poll.start()

    def is_running(self) -> bool:
        return self._monitor is not None

    def stop(self) -> None:
        self._poll.stop()
        monitor, self._monitor = self._monitor, None
        if monitor is not None:
            try:
                monitor.stop()
            except Exception as exc:  # PortAudio's own error types
                self.failed.emit(error_text(exc))

    def _on_poll_timeout(self) -> None:
        monitor = self._monitor
        if monitor is None:
            return
        levels = monitor.latest_levels()
        if levels:
            if len(self._loudest) != len(levels):
                self._loudest = [FLOOR_DB] * len(levels)
            self._loudest = [max(a, b.rms_db) for a, b in zip(self._loudest, levels,
                                                              strict=True)]
            self.levels.emit(levels)
        self._ticks_left -= 1
        if self._ticks_left <= 0:
            self.stop()
            self.ended.emit(list(self._loudest))
