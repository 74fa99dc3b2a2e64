"""A table model base with fixed, translatable column headers, and a table sized to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView


class ColumnsTableModel(QAbstractTableModel):
    """Subclasses name their columns in `columns` (on the class, or per instance)."""

    columns: tuple[str, ...] = ()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section])
        return None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (Qt's macro of that name; typed as str,
    which PySide's own is not): a column title translated when the header is drawn."""
    return text


def fit_table_height(table: QTableView) -> None:
    """As tall as its header and rows (and its horizontal scroll bar when it shows one):
    a short table shows every row with no empty space and no vertical scroll bar."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    rows = table.model().rowCount() if table.model() is not None else 0
    height += sum(table.rowHeight(r) for r in range(rows))
    scroll = table.horizontalScrollBar()
    if scroll.maximum() > 0:
        height += scroll.sizeHint().height()
    table.setFixedHeight(height)
