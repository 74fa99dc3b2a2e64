"""Whether the system lets the app use the microphone, asked before the first recording.

macOS (and Windows' privacy settings, through Qt) answer per app: not yet asked, allowed
or refused. Asking shows the system's own prompt once; a refusal is explained with where
to change it, instead of a recording that captures silence. Elsewhere Qt answers
"allowed" at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QMicrophonePermission, QObject, Qt


class Access(Enum):
    ALLOWED = "allowed"
    REFUSED = "refused"
    UNASKED = "unasked"


class MicrophoneAccess:
    """The system's answer (`status`), and the prompt (`request`)."""

    def status(self) -> Access:
        app = QCoreApplication.instance()
        if app is None:
            return Access.ALLOWED
        return _access(app.checkPermission(QMicrophonePermission()))

    def request(self, context: QObject, answered: Callable[[Access], None]) -> None:
        app = QCoreApplication.instance()
        if app is None:
            answered(Access.ALLOWED)
            return
        app.requestPermission(QMicrophonePermission(), context,
                              lambda permission: answered(_access(permission.status())))


def _access(status: Qt.PermissionStatus) -> Access:
    if status == Qt.PermissionStatus.Granted:
        return Access.ALLOWED
    if status == Qt.PermissionStatus.Denied:
        return Access.REFUSED
    return Access.UNASKED


def where_to_allow() -> str:
    """Where the user changes the answer, on this system."""
    if sys.platform == "darwin":
        return "System Settings › Privacy & Security › Microphone"
    if sys.platform == "win32":
        return "Settings › Privacy & security › Microphone (let desktop apps use it)"
    return "your system's privacy settings"
