"""Microphones that come and go while the app runs (a headset plugged in mid-session).

Qt's QMediaDevices hears the system's device changes; PortAudio (which records) is then
told to read its list again, as soon as no recording or test is using it. `changed`
tells the views that show the list (Settings) to read it again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from mysteryshop.audio.devices import rescan_devices
from mysteryshop.errors import AudioError

logger = logging.getLogger(__name__)

RETRY_MS = 1000


class AudioInputsWatcher(QObject):
    changed = Signal()  # PortAudio's list was read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices  # loaded after the first paint

        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self.rescan)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.rescan)

    def rescan(self) -> None:
        try:
            done = rescan_devices()
        except AudioError as exc:  # no PortAudio: nothing lists devices, nothing to do
            logger.info("%s", exc)
            done = True
        if not done:
            self._retry.start()  # a recording or a test holds a stream: once it has closed
            return
        self._retry.stop()
        logger.info("The audio inputs changed; the device list was read again")
        self.changed.emit()
