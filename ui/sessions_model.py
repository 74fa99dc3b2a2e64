"""The home list: every session as a row of a Qt table model (5,000 rows, no widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.model import SessionStatus, SessionSummary, Verdict
from ui.points import points_color, points_text, text_color_on
from ui.table_model import ColumnsTableModel

COLUMNS = ("Date", "Leader", "Company", "Round", "Status", "Felt", "Gap", "Verdict")
FELT, GAP = 5, 6
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionsModel(ColumnsTableModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []

    def set_sessions(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def session_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, session_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SESSION_ID_ROLE:
            return row.id
        if column in (FELT, GAP):
            value = row.felt_total if column == FELT else row.gap_total
            if role == Qt.ItemDataRole.BackgroundRole and value is not None:
                # Totals span -50..+50: scale to the -10..+10 palette.
                return points_color(value / 5)
            if role == Qt.ItemDataRole.ForegroundRole and value is not None:
                return text_color_on(points_color(value / 5))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: SessionSummary, column: int) -> str:
        if column == 0:
            return f"{row.started_at.astimezone():%Y-%m-%d %H:%M}"
        if column == 1:
            return row.leader
        if column == 2:
            return row.company
        if column == 3:
            return row.round
        if column == 4:
            return self.tr("done") if row.status is SessionStatus.DONE else self.tr("open")
        if column == FELT:
            return points_text(row.felt_total)
        if column == GAP:
            return points_text(row.gap_total)
        if row.verdict is Verdict.BUILDS:
            return self.tr("builds trust")
        if row.verdict is Verdict.ERODES:
            return self.tr("erodes trust")
        return "–"
