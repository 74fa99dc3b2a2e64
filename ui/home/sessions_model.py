"""The home list: every session as a row of a Qt table model (5,000 rows, no widgets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.model import SessionStatus, SessionSummary
from ui.widgets.points import points_color, points_text, text_color_on
from ui.widgets.table_model import ColumnsTableModel
from ui.widgets.words import verdict_text

COLUMNS = ("Date", "Leader", "Company", "Round", "Status", "Felt", "Gap", "Verdict")
FELT, GAP = 5, 6
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
PageLoader = Callable[[SessionSummary | None, int], list[SessionSummary]]


class SessionsModel(ColumnsTableModel):
    columns = COLUMNS

    """Rows arrive a page at a time (Qt's canFetchMore/fetchMore) as the view scrolls,
    so start-up costs the same with 50 sessions or 50,000."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._load: PageLoader | None = None
        self._more = False

    def set_loader(self, load: PageLoader) -> None:
        """Show sessions from `load(after, limit)`: the page following the row `after`."""
        self.beginResetModel()
        self._load = load
        self._rows = load(None, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def set_sessions(self, rows: list[SessionSummary]) -> None:
        """Show exactly `rows` (no paging)."""
        self.beginResetModel()
        self._load, self._rows, self._more = None, rows, False
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._load is None:
            return
        page = self._load(self._rows[-1] if self._rows else None, PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def session_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, session_id: str) -> int | None:
        """The row of a session, fetching further pages until it is found."""
        searched = 0
        while True:
            for i in range(searched, len(self._rows)):
                if self._rows[i].id == session_id:
                    return i
            searched = len(self._rows)
            if not self.canFetchMore():
                return None
            self.fetchMore()

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
        return verdict_text(row.verdict) if row.verdict else "–"
