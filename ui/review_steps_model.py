"""The review's step list: each step with its recorded time, as a Qt list model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from mysteryshop.measures import format_duration
from mysteryshop.model import Session, Step
from mysteryshop.templates import template_for

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


class ReviewStepsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []

    def set_session(self, session: Session) -> None:
        self.beginResetModel()
        self._steps = list(session.steps)
        self.endResetModel()

    def step(self, row: int) -> Step:
        return self._steps[row]

    def row_of(self, key: str) -> int:
        return next((i for i, s in enumerate(self._steps) if s.key == key), 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        template = template_for(step.key)
        name = template.short_title if template else step.title
        number = CIRCLED[index.row()] if index.row() < len(CIRCLED) else f"{index.row() + 1}."
        if not step.recordings:
            return f"{number} {name}"
        seconds = sum(r.seconds for r in step.recordings)
        rated = " ✓" if step.review_points is not None else ""
        return f"{number} {name}  {format_duration(seconds)} ●{rated}"
