"""Sizes the user chose are kept: a dialog's geometry and a splitter's division come back
as they were left, the next time and after a restart (QSettings, like the main window)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


class _SaveOnHide(QObject):
    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self._key = key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            QSettings().setValue(self._key, watched.saveGeometry())
        return False


def remember_geometry(widget: QWidget, name: str) -> None:
    """Give `widget` (a dialog) the geometry it had when last hidden; keep it from now on.
    Call after setting its default size: a first opening keeps that default."""
    key = f"geometry/{name}"
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        widget.restoreGeometry(saved)
    _SaveOnHide(widget, key)


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Give `splitter` the division it had; keep every move of it from now on."""
    key = f"splitter/{name}"
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))
