"""Timed items of a recording (leader's markers, reviewer's notes) as a Qt list model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from mysteryshop.measures import format_duration
from ui.widgets.list_model import RecordsListModel


@dataclass(frozen=True)
class TimelineItem:
    seconds: float  # in the recording file
    text: str
    item_id: int = 0


class TimelineModel(RecordsListModel[TimelineItem]):
    def set_items(self, items: list[TimelineItem]) -> None:
        self.set_records(sorted(items, key=lambda i: (i.seconds, i.item_id)))

    def item(self, row: int) -> TimelineItem:
        return self.record(row)

    def items(self) -> list[TimelineItem]:
        return self.records()

    def display(self, item: TimelineItem, row: int) -> str:
        return f"{format_duration(item.seconds)}   {item.text}"

    def role_data(self, item: TimelineItem, role: int) -> Any:
        return item.text if role == Qt.ItemDataRole.ToolTipRole else None
