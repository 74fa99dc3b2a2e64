"""The summary table: one row per step plus a total row, as a Qt table model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mysteryshop.measures import format_duration
from mysteryshop.model import Session, Step, total_of
from mysteryshop.templates import template_for
from ui.widgets.points import points_color, points_text, text_color_on
from ui.widgets.table_model import ColumnsTableModel

COLUMNS = ("Step", "Predicted", "Felt", "Gap", "Reviewer", "Reviewer − felt", "Duration",
           "Answered (rings)", "Hold (max)", "Transfers", "Help reached", "Listen : sell")
POINT_COLUMNS = {1, 2, 3, 4, 5}


class SummaryModel(ColumnsTableModel):
    columns = COLUMNS

    def __init__(self, now: Callable[[], float], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._session: Session | None = None
        self._call_keys: set[str] = set()

    def set_session(self, session: Session, call_keys: set[str]) -> None:
        self.beginResetModel()
        self._session = session
        self._call_keys = call_keys
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.steps) + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._session is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        is_total = row == len(self._session.steps)
        points = self._points(row, column) if column in POINT_COLUMNS else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column in POINT_COLUMNS:
                return points_text(points)
            return self._total_text(column) if is_total else self._step_text(
                self._session.steps[row], column
            )
        if role == Qt.ItemDataRole.BackgroundRole and column in POINT_COLUMNS and not is_total:
            return points_color(points)
        if role == Qt.ItemDataRole.ForegroundRole and column in POINT_COLUMNS and not is_total:
            return text_color_on(points_color(points))
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _points(self, row: int, column: int) -> int | None:
        assert self._session is not None
        if row == len(self._session.steps):
            steps = self._session.steps
            review_total = total_of(s.review_points for s in steps)
            difference_total = total_of(_difference(s) for s in steps)
            return (self._session.predicted_total, self._session.felt_total,
                    self._session.gap_total, review_total, difference_total)[column - 1]
        step = self._session.steps[row]
        return (step.predicted_points, step.points, step.gap, step.review_points,
                _difference(step))[column - 1]

    def _step_text(self, step: Step, column: int) -> str:
        m = step.measures
        is_call = step.key in self._call_keys
        if column == 0:
            template = template_for(step.key)
            return f"{step.position + 1}. {template.short_title if template else step.title}"
        if column == 6:
            return format_duration(step.elapsed(self._now()))
        if not is_call:
            return ""
        if column == 7:
            return f"{format_duration(m.answer_seconds)} ({m.rings})"
        if column == 8:
            if not m.holds:
                return "–"
            return (f"{format_duration(m.hold_total_seconds)} "
                    f"({format_duration(m.hold_longest_seconds)})")
        if column == 9:
            return str(m.transfers)
        if column == 10:
            return format_duration(m.helped_seconds)
        return f"{m.asked_need} : {m.pitched}"

    def _total_text(self, column: int) -> str:
        assert self._session is not None
        if column == 0:
            return self.tr("Total")
        if column == 6:
            return format_duration(self._session.elapsed_total(self._now()))
        if column == 9:
            return str(sum(s.measures.transfers for s in self._session.steps))
        return ""


def _difference(step: Step) -> int | None:
    """Reviewer minus leader: how far the second opinion is from the first."""
    if step.review_points is None or step.points is None:
        return None
    return step.review_points - step.points

