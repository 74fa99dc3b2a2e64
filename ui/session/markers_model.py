"""The markers of one step as a Qt list model ("0:14  Answered")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mysteryshop.measures import format_duration
from mysteryshop.model import Marker
from ui.widgets.list_model import RecordsListModel
from ui.widgets.words import marker_text

MARKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MarkersModel(RecordsListModel[Marker]):
    _helped_label = "Helped"

    def set_markers(self, markers: list[Marker], helped_label: str) -> None:
        self._helped_label = helped_label
        self.set_records(sorted(markers, key=lambda m: (m.offset_seconds, m.id)))

    def marker(self, row: int) -> Marker:
        return self.record(row)

    def display(self, marker: Marker, row: int) -> str:
        text = f" – {marker.text}" if marker.text else ""
        label = marker_text(marker.kind, self._helped_label)
        return f"{format_duration(marker.offset_seconds)}   {label}{text}"

    def role_data(self, marker: Marker, role: int) -> Any:
        return marker.id if role == MARKER_ID_ROLE else None
