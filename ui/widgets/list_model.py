"""A list of plain records shown one per row: the guards every list model needs, once.

Every row is one line (a line break in imported text shows as a space), so a view can
take one row's height for all (`uniform_list_view`): a step may hold thousands of
markers, and a view that measured each row would stall the page for that long.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QWidget

T = TypeVar("T")


class RecordsListModel(QAbstractListModel, Generic[T]):
    """Subclasses say what a row shows in `display`, and any other role in `role_data`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []

    def set_records(self, records: Iterable[T]) -> None:
        """Show `records`; the same records again change nothing (no reset, no relayout)."""
        new = list(records)
        if new == self._records:
            return
        self.beginResetModel()
        self._records = new
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.display(record, index.row()).splitlines())
        return self.role_data(record, role)

    def display(self, record: T, row: int) -> str:
        raise NotImplementedError

    def role_data(self, record: T, role: int) -> Any:
        return None


def uniform_list_view(model: RecordsListModel[Any], parent: QWidget) -> QListView:
    """A view of one-line rows that measures one row, not all (see the module's note)."""
    view = QListView(parent)
    view.setUniformItemSizes(True)
    view.setModel(model)
    return view
