"""Findings and actions as Qt tables: what the Findings and actions view shows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from mysteryshop.loop import Action, ActionStatus, Finding
from mysteryshop.model import Verdict
from mysteryshop.vocabulary import (
    ACTION_STATUS_WORDS,
    FACTOR_WORDS,
    FIX_WORDS,
    SEVERITY_WORDS,
)
from ui.widgets.step_words import template_for
from ui.widgets.table_model import QT_TRANSLATE_NOOP, ColumnsTableModel
from ui.widgets.words import verdict_text, word


def warning_ink() -> QColor:
    """A vermilion that reads (over 6:1) on the palette's base, light or dark; the words
    ("overdue", "erodes trust") say it too."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#A63D00") if base.lightness() > 128 else QColor("#FF9E5E")


def touchpoint_name(key: str) -> str:
    """A touchpoint's short title in the user's language ("" for the whole experience)."""
    template = template_for(key) if key else None
    return template.short_title if template else key


class FindingsModel(ColumnsTableModel):
    columns = (
        QT_TRANSLATE_NOOP("FindingsModel", "Round"),
        QT_TRANSLATE_NOOP("FindingsModel", "Touchpoint"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
        QT_TRANSLATE_NOOP("FindingsModel", "Factor"),
        QT_TRANSLATE_NOOP("FindingsModel", "Department"),
        QT_TRANSLATE_NOOP("FindingsModel", "Trust"),
        QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingsModel", "Actions"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._answered: dict[str, int] = {}

    def set_findings(self, findings: list[Finding], actions: list[Action]) -> None:
        self.beginResetModel()
        self.findings = findings
        self._answered = {}
        for action in actions:
            for finding_id in action.finding_ids:
                self._answered[finding_id] = self._answered.get(finding_id, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 1:
                return touchpoint_name(f.touchpoint) or self.tr("Whole experience")
            values = (f.round or "–", None, f.text,
                      word(FACTOR_WORDS[f.factor]) if f.factor else "–",
                      f.department or "–",
                      verdict_text(f.trust) if f.trust else "–",
                      word(SEVERITY_WORDS[f.severity]),
                      str(self._answered.get(f.id, 0)))
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and f.trust is Verdict.ERODES:
            return warning_ink()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return Qt.AlignmentFlag.AlignCenter
        return None


class ActionsModel(ColumnsTableModel):
    columns = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Fix"),
        QT_TRANSLATE_NOOP("ActionsModel", "Answers"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actions: list[Action] = []
        self._findings: dict[str, Finding] = {}
        self.today = date.today()

    def set_actions(self, actions: list[Action], findings: list[Finding], today: date) -> None:
        self.beginResetModel()
        self.actions = actions
        self._findings = {f.id: f for f in findings}
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.actions[index.row()]
        column = index.column()
        late = a.overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 2:
                due = a.due.isoformat() if a.due else "–"
                return self.tr("{due} · overdue").format(due=due) if late else due
            if column == 5:
                texts = [self._findings[i].text for i in a.finding_ids if i in self._findings]
                return "; ".join(texts) or "–"
            return (a.text, a.owner or "–", None, word(ACTION_STATUS_WORDS[a.status]),
                    word(FIX_WORDS[a.fix]))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and late:
            return warning_ink()
        if role == Qt.ItemDataRole.FontRole and (
                (column == 2 and late) or (a.status is ActionStatus.DONE and column == 3)):
            font = QFont()
            font.setBold(True)
            return font
        return None
