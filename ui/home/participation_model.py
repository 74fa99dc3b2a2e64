"""Who has done the round, as a table: a row per leader, a column per touchpoint."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from mysteryshop.participation import LeaderProgress, RoundProgress, TouchpointState
from ui.widgets.step_words import template_for
from ui.widgets.table_model import ColumnsTableModel

# Okabe–Ito blue and orange, faint: told apart in any colour vision, and the words say it too.
STATE_COLORS = {TouchpointState.DONE: QColor("#0072B2"), TouchpointState.STARTED: QColor("#E69F00")}


class ParticipationModel(ColumnsTableModel):
    """Columns: the leader's name, each touchpoint, touchpoints done, status, last activity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.progress = RoundProgress("", [], [])
        self.columns = ()

    def set_progress(self, progress: RoundProgress) -> None:
        self.beginResetModel()
        self.progress = progress
        names = []
        for key, title in progress.touchpoints:
            template = template_for(key)
            names.append(template.short_title if template else title)
        self.columns = (self.tr("Name"), *names, self.tr("Done"), self.tr("Status"),
                        self.tr("Last activity"))
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]  # translated when made (touchpoints are data)
        return super().headerData(section, orientation, role)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.progress.leaders)

    def leader(self, row: int) -> LeaderProgress:
        return self.progress.leaders[row]

    def state_words(self, state: TouchpointState) -> str:
        return {TouchpointState.DONE: self.tr("✓ done"),
                TouchpointState.STARTED: self.tr("… started"),
                TouchpointState.NOT_STARTED: "–"}[state]

    def status_words(self, leader: LeaderProgress) -> str:
        if leader.finished:
            return self.tr("Finished")
        return self.tr("Not started") if leader.not_started else self.tr("In progress")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        leader = self.progress.leaders[index.row()]
        column = index.column()
        touchpoints = self.progress.touchpoints
        state = (leader.state(touchpoints[column - 1][0])
                 if 0 < column <= len(touchpoints) else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return leader.leader
            if state is not None:
                return self.state_words(state)
            extra = column - len(touchpoints)
            if extra == 1:
                return f"{leader.done}/{len(touchpoints)}"
            if extra == 2:
                return self.status_words(leader)
            return ("–" if leader.last_activity is None else
                    datetime.fromtimestamp(leader.last_activity).strftime("%Y-%m-%d %H:%M"))
        if role == Qt.ItemDataRole.BackgroundRole and state in STATE_COLORS:
            color = QColor(STATE_COLORS[state])
            color.setAlphaF(0.22)  # over the view's own base: reads in light and dark
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and column == 0 and leader.not_started:
            font = QFont()
            font.setItalic(True)  # who has not started stands out, without blame in colour
            return font
        return None
