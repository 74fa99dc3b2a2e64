"""The two small forms of the loop: a finding (what was seen, where, how bad) and an
action (what will change, who, by when, answering which findings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.loop import Action, ActionStatus, CoreFactor, Finding, FixKind, Severity
from mysteryshop.model import Verdict
from mysteryshop.vocabulary import ACTION_STATUS_WORDS, FACTOR_WORDS, FIX_WORDS, SEVERITY_WORDS
from ui.loop.loop_models import touchpoint_name
from ui.widgets.remembered import remember_geometry
from ui.widgets.words import verdict_text, word


def _choices(combo: QComboBox, items: list[tuple[str, Any]], current: Any) -> None:
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def suggesting(edit: QLineEdit, words: list[str]) -> None:
    completer = QCompleter(words, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SavingForm(QDialog):
    """A form that closes only once `save` took what it holds: a refusal (no text, a
    locked database) is said over it, and nothing typed is lost."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.save: Callable[[], bool] | None = None

    def accept(self) -> None:
        if self.save is None or self.save():
            super().accept()


@dataclass(frozen=True)
class FindingValues:
    round: str
    text: str
    touchpoint: str
    factor: CoreFactor | None
    department: str
    trust: Verdict | None
    severity: Severity


class FindingDialog(SavingForm):
    """New or edited finding; `values()` gives what the form holds."""

    def __init__(self, rounds: list[str], touchpoints: list[str], departments: list[str],
                 finding: Finding | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.setWindowTitle(self.tr("Finding") if finding else self.tr("New finding"))
        f = finding
        self.text = QLineEdit(f.text if f else "", self)
        self.text.setObjectName("findingText")
        self.text.setPlaceholderText(self.tr("What was seen, in one short sentence"))
        self.round = QComboBox(self)
        self.round.setObjectName("findingRound")
        self.round.setEditable(True)
        self.round.addItems(rounds)
        if f:
            self.round.setEditText(f.round)
        self.touchpoint = QComboBox(self)
        self.touchpoint.setObjectName("findingTouchpoint")
        _choices(self.touchpoint, [(self.tr("Whole experience"), ""),
                                   *((touchpoint_name(k), k) for k in touchpoints)],
                 f.touchpoint if f else "")
        self.factor = QComboBox(self)
        self.factor.setObjectName("findingFactor")
        _choices(self.factor, [("–", None), *((word(w), k) for k, w in FACTOR_WORDS.items())],
                 f.factor if f else None)
        self.department = QLineEdit(f.department if f else "", self)
        self.department.setObjectName("findingDepartment")
        self.department.setPlaceholderText(self.tr("Which department is involved?"))
        suggesting(self.department, departments)
        self.trust = QComboBox(self)
        self.trust.setObjectName("findingTrust")
        _choices(self.trust, [("–", None), *((verdict_text(v), v) for v in Verdict)],
                 f.trust if f else None)
        self.severity = QComboBox(self)
        self.severity.setObjectName("findingSeverity")
        _choices(self.severity, [(word(w), k) for k, w in SEVERITY_WORDS.items()],
                 f.severity if f else Severity.MEDIUM)
        form = QFormLayout()
        form.addRow(self.tr("&Finding"), self.text)
        form.addRow(self.tr("&Round"), self.round)
        form.addRow(self.tr("&Touchpoint"), self.touchpoint)
        form.addRow(self.tr("Core &factor"), self.factor)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("Builds or erodes &trust"), self.trust)
        form.addRow(self.tr("&Severity"), self.severity)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(680, self.sizeHint().width()), self.sizeHint().height())
        remember_geometry(self, "findingDialog")

    def values(self) -> FindingValues:
        # (a combo gives its enum data back as a plain str)
        factor, trust = self.factor.currentData(), self.trust.currentData()
        return FindingValues(self.round.currentText(), self.text.text(),
                             str(self.touchpoint.currentData() or ""),
                             CoreFactor(factor) if factor else None, self.department.text(),
                             Verdict(trust) if trust else None,
                             Severity(self.severity.currentData()))


@dataclass(frozen=True)
class ActionValues:
    text: str
    owner: str
    due: date | None
    status: ActionStatus
    fix: FixKind
    finding_ids: tuple[str, ...]


class ActionDialog(SavingForm):
    """New or edited action, and the findings it answers (checked in a list)."""

    def __init__(self, findings: list[Finding], owners: list[str], action: Action | None = None,
                 checked: tuple[str, ...] = (), today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Action") if action else self.tr("New action"))
        a = action
        self.text = QLineEdit(a.text if a else "", self)
        self.text.setObjectName("actionText")
        self.text.setPlaceholderText(self.tr("What will change"))
        self.owner = QLineEdit(a.owner if a else "", self)
        self.owner.setObjectName("actionOwner")
        self.owner.setPlaceholderText(self.tr("Who sees it through"))
        suggesting(self.owner, owners)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setObjectName("actionHasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        start = (a.due if a and a.due else today or date.today())
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(bool(a and a.due))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.status = QComboBox(self)
        self.status.setObjectName("actionStatus")
        _choices(self.status, [(word(w), k) for k, w in ACTION_STATUS_WORDS.items()],
                 a.status if a else ActionStatus.OPEN)
        self.fix = QComboBox(self)
        self.fix.setObjectName("actionFix")
        _choices(self.fix, [(word(w), k) for k, w in FIX_WORDS.items()],
                 a.fix if a else FixKind.PERMANENT)
        self.fix.setToolTip(self.tr("Permanent: the process changed, the journey documented "
                                    "and trained. Spot: this one case put right."))
        self.findings = QListWidget(self)
        self.findings.setObjectName("actionFindings")
        self.findings.setAccessibleName(self.tr("The findings it answers"))
        # A long finding wraps onto a second line rather than running off to the side.
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setResizeMode(QListWidget.ResizeMode.Adjust)
        wanted = set(a.finding_ids if a else checked)
        for f in findings:
            item = QListWidgetItem(f"{f.round} · {touchpoint_name(f.touchpoint) or '–'} · "
                                   f"{f.text}", self.findings)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(f.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if f.id in wanted
                               else Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("&Action"), self.text)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("D&ue"), due_row)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Fix"), self.fix)
        form.addRow(self.tr("A&nswers"), self.findings)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        remember_geometry(self, "actionDialog")

    def values(self) -> ActionValues:
        checked = []
        for row in range(self.findings.count()):
            item = self.findings.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return ActionValues(self.text.text(), self.owner.text(),
                            due if isinstance(due, date) else None,
                            ActionStatus(self.status.currentData()),
                            FixKind(self.fix.currentData()), tuple(checked))
