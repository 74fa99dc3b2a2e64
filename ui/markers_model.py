"""The markers of one step as a Qt list model ("0:14  Answered")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.measures import format_duration
from mysteryshop.model import Marker
from ui.markers import marker_label

MARKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MarkersModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._markers: list[Marker] = []
        self._helped_label = "Helped"

    def set_markers(self, markers: list[Marker], helped_label: str) -> None:
        self.beginResetModel()
        self._markers = sorted(markers, key=lambda m: (m.offset_seconds, m.id))
        self._helped_label = helped_label
        self.endResetModel()

    def marker(self, row: int) -> Marker:
        return self._markers[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._markers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._markers):
            return None
        marker = self._markers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f" – {marker.text}" if marker.text else ""
            label = marker_label(marker.kind, self._helped_label)
            return f"{format_duration(marker.offset_seconds)}   {label}{text}"
        if role == MARKER_ID_ROLE:
            return marker.id
        return None
