"""One window per data folder: a second start hands its work to the first and leaves.

Double-clicking a .mshop while the app is open runs a second process; that process
importing into the same database behind the open window's back is how edits crossed.
Instead it passes the file to the running window (a local socket named after the data
folder), which imports it and comes to the front; a plain second start brings the
window forward. Without a running window, the new process becomes the one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

CONNECT_MS = 500
RAISE = "raise"  # what a plain second start sends


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"mysteryshop-{digest}"


def hand_over(data_dir: Path, import_file: Path | None) -> bool:
    """Give `import_file` (or a request to come forward) to the window already running
    on `data_dir`. True: it took it, and this process has nothing left to do."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write((str(import_file) if import_file else RAISE).encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    socket.waitForReadyRead(CONNECT_MS * 4)  # its "ok": the message arrived
    socket.disconnectFromServer()
    logger.info("Handed %s to the window already running", import_file or "a start")
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data folder."""

    import_requested = Signal(Path)
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left by a crash: no one answered on it
            if not self._server.listen(name):
                logger.warning("Cannot listen for later starts: %s",
                               self._server.errorString())
        self._server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._reader(socket))

    def _reader(self, socket: QLocalSocket) -> Callable[[], None]:
        def read() -> None:
            if not socket.canReadLine():
                return
            message = bytes(socket.readLine().data()).decode(errors="replace").strip()
            socket.write(b"ok\n")
            socket.flush()
            socket.disconnectFromServer()
            if message == RAISE:
                self.raise_requested.emit()
            elif message:
                self.import_requested.emit(Path(message))
        return read
