"""A Qt face for the session service: calls it, reports failures and changes as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import Session
from mysteryshop.session_service import SessionService


class SessionController(QObject):
    """Owns the open session; widgets ask it to change things and listen to what changed.

    Every call goes through `_apply`, so a failed save (disk full, locked database) is one
    `error` signal, and the widgets re-read the session instead of showing unsaved state.
    """

    step_changed = Signal(str)  # step key: ratings, timer, markers, answers or notes
    session_changed = Signal()  # verdict, status, page
    error = Signal(object)  # MysteryShopError

    def __init__(self, service: SessionService, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.session = session

    def step_call(self, key: str, method: Callable[..., Any], *args: Any) -> Any:
        """Run `method(session, key, *args)` and announce the step changed (or the error)."""
        result = self._apply(method, self.session, key, *args)
        self.step_changed.emit(key)
        return result

    def session_call(self, method: Callable[..., Any], *args: Any) -> Any:
        result = self._apply(method, self.session, *args)
        self.session_changed.emit()
        return result

    def _apply(self, method: Callable[..., Any], *args: Any) -> Any:
        try:
            return method(*args)
        except MysteryShopError as exc:
            self.error.emit(exc)
            return None
