"""A Qt face for the session flow: one typed method per edit, changes and failures as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mysteryshop.errors import MysteryShopError
from mysteryshop.loop import CarriedFinding
from mysteryshop.model import (
    AnswerValue,
    CallMeasures,
    Marker,
    MarkerKind,
    Session,
    Step,
    Target,
    Verdict,
)
from mysteryshop.services.loop import LoopService
from mysteryshop.services.session_flow import SessionService
from ui.session.undo_commands import AddMarkerCommand, DeleteMarkerCommand, ValueCommand
from ui.widgets.words import marker_text

T = TypeVar("T")


class SessionController(QObject):
    """Owns the open session; widgets ask it to change things and listen to what changed.

    Every edit goes through `_apply`, so a failed save (disk full, locked database) is one
    `error` signal, and the widgets re-read the session instead of showing unsaved state.
    """

    step_changed = Signal(str)  # step key: ratings, timer, markers or answers
    # Notes and comments: saved at every keystroke, and already shown by the field being
    # typed in, so nothing else redraws for them.
    text_saved = Signal(str)  # step key
    session_changed = Signal()  # verdict, status, page, what surprised me
    # The live feeling moved: only its panel redraws (a held key nudges 30 times a second).
    feeling_changed = Signal(str)  # step key
    error = Signal(MysteryShopError)

    def __init__(self, service: SessionService, session: Session,
                 parent: QObject | None = None, loop: LoopService | None = None) -> None:
        """`loop`: findings and actions, for what earlier rounds found at each step."""
        super().__init__(parent)
        self.service = service
        self.session = session
        self.loop = loop
        self._carried: dict[str, list[CarriedFinding]] = {}
        self._targets: dict[str, Target] | None = None
        # The leader's edits of this session, for Edit › Undo / Redo (the window's
        # QUndoGroup makes this the active stack while the session is open).
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        """The database opened read-only: the pages show the session, nothing edits it."""
        return self.service.read_only

    @property
    def session_id(self) -> str:
        return self.session.id

    # -- reads the pages need ----------------------------------------------------------

    def step(self, key: str) -> Step:
        return self.session.step(key)

    def elapsed(self, key: str) -> float:
        return self.service.elapsed(self.session.step(key))

    def clock(self) -> float:
        return self.service.clock()

    def targets(self) -> dict[str, Target]:
        """The round's target feelings by step key; none when they cannot be read (a
        target is a comparison, never a reason to stop the leader's session)."""
        if self._targets is None:  # read once: a step redraws at every marker
            try:
                self._targets = self.service.targets(self.session)
            except MysteryShopError:
                return {}
        return self._targets

    def reach(self) -> dict[str, int]:
        """Customers a year by step key (none when they cannot be read)."""
        try:
            return self.service.reach(self.session)
        except MysteryShopError:
            return {}

    def carried(self, key: str) -> list[CarriedFinding]:
        """What earlier rounds found at this step, and what this session said of it (none
        when it cannot be read: it informs the step, it never stops it)."""
        if self.loop is None:
            return []
        if key not in self._carried:  # read once a step: a step redraws at every marker
            try:
                self._carried[key] = self.loop.carried(self.session, key)
            except MysteryShopError:
                return []
        return self._carried[key]

    def set_held(self, key: str, finding_id: str, held: bool | None) -> None:
        if self.loop is not None:
            loop = self.loop
            self._carried.pop(key, None)
            self._step(key, lambda: loop.set_held(self.session, finding_id, held))

    def live_measures(self, key: str) -> CallMeasures:
        return self.service.live_measures(self.session.step(key))

    def reload(self) -> None:
        """Show what is really stored (after a failed save)."""
        self.session = self.service.open(self.session.id)
        self._carried.clear()
        self._targets = None
        self.undo_stack.clear()  # its commands describe the copy that failed to save

    # -- a step ------------------------------------------------------------------------

    def toggle_timer(self, key: str) -> None:
        self._step(key, lambda: self.service.toggle_timer(self.session, key))

    def stop_timer(self, key: str) -> None:
        self._step(key, lambda: self.service.stop_timer(self.session, key))

    def add_marker(self, key: str, kind: MarkerKind) -> Marker | None:
        command = AddMarkerCommand(self, key, kind, self.tr("marker “{what}”").format(
            what=marker_text(kind)))
        self.undo_stack.push(command)
        return command.marker

    def nudge_feeling(self, key: str, steps: int) -> None:
        """Move the live feeling (not an undoable edit: the next nudge puts it right)."""
        if self._apply(lambda: self.service.nudge_feeling(self.session, key, steps)):
            self.feeling_changed.emit(key)

    def set_marker_text(self, key: str, marker_id: int, text: str) -> None:
        self._step(key, lambda: self.service.set_marker_text(self.session, key, marker_id, text))

    def delete_marker(self, key: str, marker_id: int) -> None:
        marker = next((m for m in self.step(key).markers if m.id == marker_id), None)
        what = marker_text(marker.kind) if marker else ""
        self.undo_stack.push(DeleteMarkerCommand(
            self, key, marker_id, self.tr("removing “{what}”").format(what=what)))

    def set_prediction(self, key: str, points: int | None, *,
                       change_after_start: bool = False) -> None:
        old = self.step(key).predicted_points
        if old == points:
            return
        if self.step(key).intervals and not change_after_start:
            # Locked: the service says why (and nothing goes on the undo stack).
            self._step(key, lambda: self.service.set_prediction(self.session, key, points))
            return

        def apply(value: int | None) -> None:
            self._step(key, lambda: self.service.set_prediction(
                self.session, key, value, change_after_start=bool(self.step(key).intervals)))

        self.undo_stack.push(ValueCommand(self.tr("prediction of {step}").format(
            step=self.step(key).title), ("prediction", key), old, points, apply))

    def set_points(self, key: str, points: int | None) -> None:
        old = self.step(key).points
        if old != points:
            self.undo_stack.push(ValueCommand(
                self.tr("feeling of {step}").format(step=self.step(key).title),
                ("points", key), old, points,
                lambda value: self._step(key, lambda: self.service.set_points(
                    self.session, key, value))))

    # Where the undo commands do their edits (see undo_commands.py).

    def stamp_now(self, key: str, kind: MarkerKind) -> Marker | None:
        return self._step(key, lambda: self.service.add_marker(self.session, key, kind))

    def put_back(self, key: str, marker: Marker) -> Marker | None:
        return self._step(key, lambda: self.service.restore_marker(self.session, key, marker))

    def take_out(self, key: str, marker_id: int) -> Marker | None:
        """Remove a marker; the marker as it was (its text included), to put back."""
        marker = next((m for m in self.step(key).markers if m.id == marker_id), None)
        self._step(key, lambda: self.service.delete_marker(self.session, key, marker_id))
        return marker

    def set_notes(self, key: str, text: str) -> None:
        self._text(key, lambda: self.service.set_notes(self.session, key, text))

    def set_answer(self, key: str, question_id: str, value: AnswerValue | None) -> None:
        answer = self.step(key).answers.get(question_id)
        old = answer.value if answer else None
        if old != value:
            self.undo_stack.push(ValueCommand(
                self.tr("answer in {step}").format(step=self.step(key).title),
                ("answer", key, question_id), old, value,
                lambda v: self._step(key, lambda: self.service.set_answer(
                    self.session, key, question_id, v))))

    def set_answer_comment(self, key: str, question_id: str, comment: str) -> None:
        self._text(key, lambda: self.service.set_answer_comment(
            self.session, key, question_id, comment))

    # -- the session -------------------------------------------------------------------

    def set_current_page(self, page: int) -> None:
        self._session(lambda: self.service.set_current_page(self.session, page))

    def set_verdict(self, verdict: Verdict | None) -> None:
        old = self.session.verdict
        if old != verdict:
            self.undo_stack.push(ValueCommand(
                self.tr("verdict"), ("verdict",), old, verdict,
                lambda v: self._session(lambda: self.service.set_verdict(self.session, v))))

    def set_surprised(self, text: str) -> None:
        self._session(lambda: self.service.set_surprised(self.session, text))

    def finish(self) -> None:
        self._session(lambda: self.service.finish(self.session))

    # -- one path for every edit -------------------------------------------------------

    def _step(self, key: str, edit: Callable[[], T]) -> T | None:
        result = self._apply(edit)
        self.step_changed.emit(key)
        return result

    def _text(self, key: str, edit: Callable[[], object]) -> None:
        try:
            edit()
        except MysteryShopError as exc:
            self.error.emit(exc)
            self.step_changed.emit(key)  # show what is stored, not what failed to save
            return
        self.text_saved.emit(key)

    def _session(self, edit: Callable[[], object]) -> None:
        self._apply(edit)
        self.session_changed.emit()

    def _apply(self, edit: Callable[[], T]) -> T | None:
        try:
            return edit()
        except MysteryShopError as exc:
            self.error.emit(exc)
            return None
