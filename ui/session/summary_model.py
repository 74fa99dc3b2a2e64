"""The summary table: one row per step plus a total row, as a Qt table model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mysteryshop.measures import format_duration
from mysteryshop.model import Session, Step, Target, gap_to_target, total_of
from ui.widgets.points import points_color, points_text, text_color_on
from ui.widgets.step_words import template_for
from ui.widgets.table_model import QT_TRANSLATE_NOOP, ColumnsTableModel

# Marked for lupdate; headerData translates them in this class's context.
COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryModel", "Step"), QT_TRANSLATE_NOOP("SummaryModel", "Predicted"),
    QT_TRANSLATE_NOOP("SummaryModel", "Felt"), QT_TRANSLATE_NOOP("SummaryModel", "Gap"),
    QT_TRANSLATE_NOOP("SummaryModel", "Target"),
    QT_TRANSLATE_NOOP("SummaryModel", "Felt − target"),
    QT_TRANSLATE_NOOP("SummaryModel", "Reviewer"),
    QT_TRANSLATE_NOOP("SummaryModel", "Reviewer − felt"),
    QT_TRANSLATE_NOOP("SummaryModel", "Duration"),
    QT_TRANSLATE_NOOP("SummaryModel", "Answered (rings)"),
    QT_TRANSLATE_NOOP("SummaryModel", "Hold (max)"),
    QT_TRANSLATE_NOOP("SummaryModel", "Transfers"),
    QT_TRANSLATE_NOOP("SummaryModel", "Help reached"),
    QT_TRANSLATE_NOOP("SummaryModel", "Listen : sell"),
)
POINT_COLUMNS = {1, 2, 3, 4, 5, 6, 7}
DURATION, ANSWERED, HOLD, TRANSFERS, HELPED = (COLUMNS.index(c) for c in (
    "Duration", "Answered (rings)", "Hold (max)", "Transfers", "Help reached"))


class SummaryModel(ColumnsTableModel):
    """Every cell is worked out once per `set_session`: a table sized to its contents asks
    for each cell many times while it lays out (2,000 calls for one first show)."""

    columns = COLUMNS

    def __init__(self, now: Callable[[], float], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._session: Session | None = None
        self._call_keys: set[str] = set()
        self._targets: dict[str, Target] = {}
        self._cells: list[list[dict[int, Any]]] = []

    def set_session(self, session: Session, call_keys: set[str],
                    targets: dict[str, Target] | None = None) -> None:
        """`targets`: the round's target feelings by step key."""
        self.beginResetModel()
        self._session = session
        self._call_keys = call_keys
        self._targets = targets or {}
        rows = len(session.steps) + 1
        self._cells = [[self._cell(row, column) for column in range(len(COLUMNS))]
                       for row in range(rows)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.steps) + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        return self._cells[index.row()][index.column()].get(role)

    def _cell(self, row: int, column: int) -> dict[int, Any]:
        """What one cell shows, by role."""
        assert self._session is not None
        roles = Qt.ItemDataRole
        is_total = row == len(self._session.steps)
        cell: dict[int, Any] = {}
        if column in POINT_COLUMNS:
            points = self._points(row, column)
            cell[roles.DisplayRole] = points_text(points)
            if not is_total:
                cell[roles.BackgroundRole] = points_color(points)
                cell[roles.ForegroundRole] = text_color_on(points_color(points))
        else:
            cell[roles.DisplayRole] = (self._total_text(column) if is_total else
                                       self._step_text(self._session.steps[row], column))
        if column:
            cell[roles.TextAlignmentRole] = Qt.AlignmentFlag.AlignCenter
        if is_total:
            font = QFont()
            font.setBold(True)
            cell[roles.FontRole] = font
        return cell

    def _points(self, row: int, column: int) -> int | None:
        assert self._session is not None
        if row == len(self._session.steps):
            steps = self._session.steps
            return (self._session.predicted_total, self._session.felt_total,
                    self._session.gap_total,
                    total_of(self._target_points(s) for s in steps),
                    total_of(self._to_target(s) for s in steps),
                    total_of(s.review_points for s in steps),
                    total_of(_difference(s) for s in steps))[column - 1]
        step = self._session.steps[row]
        return (step.predicted_points, step.points, step.gap, self._target_points(step),
                self._to_target(step), step.review_points, _difference(step))[column - 1]

    def _target_points(self, step: Step) -> int | None:
        target = self._targets.get(step.key)
        return None if target is None else target.points

    def _to_target(self, step: Step) -> int | None:
        return gap_to_target(step.points, self._targets.get(step.key))

    def _step_text(self, step: Step, column: int) -> str:
        m = step.measures
        is_call = step.key in self._call_keys
        if column == 0:
            template = template_for(step.key)
            return f"{step.position + 1}. {template.short_title if template else step.title}"
        if column == DURATION:
            return format_duration(step.elapsed(self._now()))
        if not is_call:
            return ""
        if column == ANSWERED:
            return f"{format_duration(m.answer_seconds)} ({m.rings})"
        if column == HOLD:
            if not m.holds:
                return "–"
            return (f"{format_duration(m.hold_total_seconds)} "
                    f"({format_duration(m.hold_longest_seconds)})")
        if column == TRANSFERS:
            return str(m.transfers)
        if column == HELPED:
            return format_duration(m.helped_seconds)
        return f"{m.asked_need} : {m.pitched}"

    def _total_text(self, column: int) -> str:
        assert self._session is not None
        if column == 0:
            return self.tr("Total")
        if column == DURATION:
            return format_duration(self._session.elapsed_total(self._now()))
        if column == TRANSFERS:
            return str(sum(s.measures.transfers for s in self._session.steps))
        return ""


def _difference(step: Step) -> int | None:
    """Reviewer minus leader: how far the second opinion is from the first. The blind
    rating where there is one: a rating changed after seeing the leader's is no second
    opinion."""
    reviewer = (step.blind_review_points if step.blind_review_points is not None
                else step.review_points)
    if reviewer is None or step.points is None:
        return None
    return reviewer - step.points

