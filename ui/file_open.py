"""Files the system hands to the running app: macOS sends a double-clicked `.mshop` as a
QFileOpenEvent to the application (not as a command-line argument), at launch or later."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)


class FileOpenEvents(QObject):
    """Passes each opened file to `deliver`; files that come before there is somewhere to
    deliver them (the launch's own event, before the window exists) wait for it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._deliver: Callable[[Path], None] | None = None
        self._waiting: list[Path] = []
        app.installEventFilter(self)

    def deliver_to(self, deliver: Callable[[Path], None]) -> None:
        self._deliver = deliver
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            deliver(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file()) if event.file() else None
            if path is None:  # a URL the app does not handle
                return False
            logger.info("The system handed %s to the app", path)
            if self._deliver is None:
                self._waiting.append(path)
            else:
                self._deliver(path)
            return True
        return super().eventFilter(watched, event)
