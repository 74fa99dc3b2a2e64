"""The leader's edits as QUndoCommands: Edit › Undo takes back a marker, a rating, an
answer or a verdict (Ctrl+Z), and Redo puts it back.

Each command does its edit through the session controller, so an undone edit is saved
and shown like any other. Consecutive changes of one value (three presses of → on a
rating) are one step to undo. Text has its own undo in the field being typed in, and
time cannot be taken back: the timer is not here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from mysteryshop.model import Marker, MarkerKind

if TYPE_CHECKING:
    from ui.session.session_controller import SessionController

VALUE_COMMAND_ID = 1  # commands that merge with the next change of the same value


class ValueCommand(QUndoCommand):
    """One value changed from `old` to `new` by `apply`; the next change of the same
    value (`what`) merges into this one."""

    def __init__(self, text: str, what: tuple[str, ...], old: Any, new: Any,
                 apply: Callable[[Any], None]) -> None:
        super().__init__(text)
        self.what, self.old, self.new, self._apply = what, old, new, apply

    def id(self) -> int:
        return VALUE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ValueCommand) or other.what != self.what:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # back where it started: nothing to undo
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class AddMarkerCommand(QUndoCommand):
    """A stamped marker; undone it goes, redone it comes back at the same time."""

    def __init__(self, controller: SessionController, key: str, kind: MarkerKind,
                 text: str) -> None:
        super().__init__(text)
        self._controller, self._key, self._kind = controller, key, kind
        self.marker: Marker | None = None

    def redo(self) -> None:
        if self.marker is None:
            self.marker = self._controller.stamp_now(self._key, self._kind)
        else:
            self.marker = self._controller.put_back(self._key, self.marker)

    def undo(self) -> None:
        if self.marker is not None:
            self.marker = self._controller.take_out(self._key, self.marker.id) or self.marker


class DeleteMarkerCommand(QUndoCommand):
    def __init__(self, controller: SessionController, key: str, marker_id: int,
                 text: str) -> None:
        super().__init__(text)
        self._controller, self._key, self._marker_id = controller, key, marker_id
        self._removed: Marker | None = None

    def redo(self) -> None:
        self._removed = self._controller.take_out(self._key, self._marker_id)

    def undo(self) -> None:
        if self._removed is not None:
            restored = self._controller.put_back(self._key, self._removed)
            if restored is not None:
                self._marker_id = restored.id
