"""Timed items of a recording (leader's markers, reviewer's notes) as a Qt list model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.measures import format_duration


@dataclass(frozen=True)
class TimelineItem:
    seconds: float  # in the recording file
    text: str
    item_id: int = 0


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TimelineItem] = []

    def set_items(self, items: list[TimelineItem]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: (i.seconds, i.item_id))
        self.endResetModel()

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def items(self) -> list[TimelineItem]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_duration(item.seconds)}   {item.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        return None
