"""What an import did, session by session: added, updated (with what), or skipped (why)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.bundle.merge import Outcome, SessionMerge
from mysteryshop.bundle.report import ImportReport
from ui.widgets.remembered import remember_geometry
from ui.widgets.table_model import QT_TRANSLATE_NOOP, ColumnsTableModel

# Okabe-Ito tints, like the points scale: readable for colour-blind people.
_TINTS = {Outcome.ADDED: "#d8ecf7", Outcome.UPDATED: "#fbe9c7", Outcome.SKIPPED: "#eeeeee"}


class ImportReportModel(ColumnsTableModel):
    columns = (QT_TRANSLATE_NOOP("ImportReportModel", "Session"),
               QT_TRANSLATE_NOOP("ImportReportModel", "Round"),
               QT_TRANSLATE_NOOP("ImportReportModel", "Result"),
               QT_TRANSLATE_NOOP("ImportReportModel", "What changed, or why not"))

    def __init__(self, merges: list[SessionMerge], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.merges = merges

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.merges)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        merge = self.merges[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(QColor(_TINTS[merge.outcome]))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        what = ", ".join(merge.changes) if merge.changes else self._reason(merge)
        if merge.warning:
            what += " · ⚠ " + merge.warning
        return (merge.label, merge.incoming.round, self._outcome(merge.outcome), what)[
            index.column()]

    def _outcome(self, outcome: Outcome) -> str:
        return {Outcome.ADDED: self.tr("Added"), Outcome.UPDATED: self.tr("Updated"),
                Outcome.SKIPPED: self.tr("Skipped")}[outcome]

    def _reason(self, merge: SessionMerge) -> str:
        if merge.outcome is Outcome.ADDED:
            recordings = len(merge.new_recordings)
            return self.tr("new, with %n recording(s)", "", recordings)
        return merge.reason


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDone")
        self.setWindowTitle(self.tr("Import sessions"))
        self.heading = QLabel(self.tr("Imported {name}: {counts}.").format(
            name=report.bundle.name, counts=report.counts()), self)
        self.heading.setObjectName("importHeading")
        self.heading.setWordWrap(True)
        self.model = ImportReportModel(report.sessions, self)
        table = QTableView(self)
        table.setTabKeyNavigation(False)
        table.setObjectName("importTable")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, min(520, 150 + 30 * len(report.sessions)))
        remember_geometry(self, "importReport")
