"""Deleting sessions from the window: ask, delete, and undo while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QWidget

from mysteryshop.errors import MysteryShopError
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.library import DeletedSessions
from ui.errors import show_error

T = TypeVar("T")
UNDO_SHOWN_MS = 30_000


class SessionDeleter(QObject):
    """Deleting is one confirmation away and one undo away from "oops".

    The status bar offers Undo for a while after each deletion, and Ctrl+Z on the list
    undoes the latest until the app quits (the library keeps the deleted sessions whole
    and their recordings in the data folder's trash until then).
    """

    changed = Signal(object)  # a session id to select, or None

    def __init__(self, window: QMainWindow, services: AppServices) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self._undo_stack: list[DeletedSessions] = []
        self.undo_button = QPushButton(self.tr("Undo delete"), window)
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.setToolTip(self.tr("Bring back the session just deleted (Ctrl+Z on "
                                            "the list, until you quit)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        window.statusBar().addWidget(self.undo_button)
        window.statusBar().messageChanged.connect(self._on_message_changed)

    def add_undo_shortcut(self, home: QWidget) -> None:
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, home)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo)

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def ask(self, session_id: str) -> QMessageBox | None:
        """Ask, naming what goes (the session, its recordings); Keep is the default."""
        from ui.dialogs import notices

        session = self._try(lambda: self.services.library.get(session_id))
        if session is None:
            return None
        box = notices.confirm_delete(self.window, session)
        box.buttonClicked.connect(
            lambda button: self.delete([session_id]) if button.objectName() == "deleteButton"
            else None)
        return box

    def delete(self, session_ids: list[str]) -> None:
        deleted = self._try(lambda: self.services.library.delete_undoable(session_ids))
        if deleted is None:
            return
        self._undo_stack.append(deleted)
        self.changed.emit(None)
        n = len(deleted.sessions)
        self.window.statusBar().showMessage(
            self.tr("%n session(s) deleted.", "", n), UNDO_SHOWN_MS)
        self.undo_button.show()

    def remove_demo(self) -> None:
        ids = self._try(self.services.library.demo_ids)
        if ids:
            self.delete(ids)

    def undo(self) -> None:
        if not self._undo_stack:
            return
        deleted = self._undo_stack.pop()
        if self._try(lambda: self.services.library.undo_delete(deleted)) is None:
            self._undo_stack.append(deleted)  # nothing changed: it can be tried again
            return
        self.undo_button.hide()
        self.window.statusBar().showMessage(self.tr("Brought back: {what}.").format(
            what=", ".join(f"{s.company} · {s.leader}" for s in deleted.sessions)), 6000)
        self.changed.emit(deleted.sessions[0].id)

    def _on_message_changed(self, message: str) -> None:
        if not message:  # the "deleted" message timed out or was replaced
            self.undo_button.hide()

    def _try(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except MysteryShopError as exc:
            show_error(self.window, exc)
            return None
