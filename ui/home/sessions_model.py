"""The home list: every session as a row of a Qt table model (5,000 rows, no widgets)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.model import SessionSort, SessionStatus, SessionSummary
from ui.widgets.points import mean_cell, mean_text
from ui.widgets.table_model import QT_TRANSLATE_NOOP, ColumnsTableModel
from ui.widgets.words import verdict_text

# Marked for lupdate; headerData translates them in this class's context.
COLUMNS = (
    QT_TRANSLATE_NOOP("SessionsModel", "Date"), QT_TRANSLATE_NOOP("SessionsModel", "Leader"),
    QT_TRANSLATE_NOOP("SessionsModel", "Company"), QT_TRANSLATE_NOOP("SessionsModel", "Round"),
    QT_TRANSLATE_NOOP("SessionsModel", "Status"), QT_TRANSLATE_NOOP("SessionsModel", "Felt"),
    QT_TRANSLATE_NOOP("SessionsModel", "Gap"), QT_TRANSLATE_NOOP("SessionsModel", "Verdict"),
    QT_TRANSLATE_NOOP("SessionsModel", "Team folder"),
)
SORT_KEYS = ("started_at", "leader", "company", "round", "status", "felt", "gap", "verdict",
             "synced")
FELT, GAP, SYNCED = 5, 6, 8
HEADER_TIPS = {
    FELT: QT_TRANSLATE_NOOP("SessionsModel", "How the touchpoints felt, on average: -10 (10 "
                            "points down) to +10 (10 points up)"),
    GAP: QT_TRANSLATE_NOOP("SessionsModel", "Felt minus predicted, on average per touchpoint: "
                           "below 0, worse than we expected"),
    SYNCED: QT_TRANSLATE_NOOP("SessionsModel", "The laptop a session last came from through "
                              "the team folder, and when it was last synced"),
}
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200


class PageRequest(NamedTuple):
    """The next page of the list: after the last row shown (newest first) or at an
    offset (any other order), in `sort` order, narrowed by `search`."""

    after: SessionSummary | None
    offset: int
    limit: int
    sort: SessionSort
    search: str


PageLoader = Callable[[PageRequest], list[SessionSummary]]


class SessionsModel(ColumnsTableModel):
    """Rows arrive a page at a time (Qt's canFetchMore/fetchMore) as the view scrolls,
    so start-up costs the same with 50 sessions or 50,000. Sorting and searching are
    the database's: they cover every session, not only the rows fetched so far."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._load: PageLoader | None = None
        self._more = False
        self._sort = SessionSort()
        self._search = ""

    def set_loader(self, load: PageLoader) -> None:
        """Show sessions from `load(request)`, a page at a time."""
        self._load = load
        self._reload()

    def set_search(self, text: str) -> None:
        if text.strip() != self._search:
            self._search = text.strip()
            self._reload()

    @property
    def search(self) -> str:
        return self._search

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort (a click on a header), done by the database for every row."""
        if not 0 <= column < len(SORT_KEYS):
            return
        wanted = SessionSort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self._reload()

    def _page(self) -> list[SessionSummary]:
        assert self._load is not None
        return self._load(PageRequest(self._rows[-1] if self._rows else None, len(self._rows),
                                      PAGE_SIZE, self._sort, self._search))

    def _reload(self) -> None:
        if self._load is None:
            return
        self.beginResetModel()
        self._rows = []
        self._rows = self._page()
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
        page = self._page()
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
            return mean_cell(row.mean_felt if column == FELT else row.mean_gap, role)
        if column == SYNCED and role == Qt.ItemDataRole.ToolTipRole and row.synced_at:
            return self.tr("Last synced {when}; {where}").format(
                when=f"{datetime.fromtimestamp(row.synced_at):%Y-%m-%d %H:%M}",
                where=self.tr("came from {laptop}").format(laptop=row.came_from)
                if row.came_from else self.tr("published from this computer"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section in HEADER_TIPS):
            return self.tr(HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

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
        if column in (FELT, GAP):
            return mean_text(row.mean_felt if column == FELT else row.mean_gap)
        if column == SYNCED:
            return self._synced(row)
        return verdict_text(row.verdict) if row.verdict else "–"

    def _synced(self, row: SessionSummary) -> str:
        """"laptop-b · 10:02" (today), "here · 2026-11-30": where it last came from."""
        if row.synced_at is None:
            return ""
        when = datetime.fromtimestamp(row.synced_at)
        stamp = f"{when:%H:%M}" if when.date() == date.today() else f"{when:%Y-%m-%d}"
        where = row.came_from or self.tr("here")
        return f"{where} · {stamp}"

