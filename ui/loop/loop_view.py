"""Findings and actions: what the team found, what it will change, who owns it, and what
is overdue. Keyboard first: Enter edits the selected row, Delete deletes it (asked)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from mysteryshop.loop import (
    Action,
    ActionFilter,
    ActionStatus,
    CoreFactor,
    Finding,
    owners_of,
)
from mysteryshop.services.loop import LoopService
from mysteryshop.templates import default_templates
from mysteryshop.vocabulary import ACTION_STATUS_WORDS, FACTOR_WORDS
from ui.errors import show_error
from ui.loop.loop_editors import ActionDialog, FindingDialog
from ui.loop.loop_models import ActionsModel, FindingsModel, touchpoint_name
from ui.widgets.remembered import remember_geometry, remember_splitter
from ui.widgets.words import word

ANY = None


def _table(parent: QWidget, name: str, model: FindingsModel | ActionsModel,
           *stretch: int) -> QTableView:
    """A keyboard-first table of whole rows; the `stretch` columns share the spare width."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class LoopDialog(QDialog):
    changed = Signal()

    def __init__(self, loop: LoopService, rounds: list[str], today: Callable[[], date],
                 parent: QWidget | None = None, *, read_only: bool = False) -> None:
        """`today`: the date overdue is counted against; `read_only`: look, change
        nothing (a read-only database)."""
        super().__init__(parent)
        self.setObjectName("loopDialog")
        self.setWindowTitle(self.tr("Findings and actions"))
        self.loop, self.rounds, self._today = loop, rounds, today
        self.touchpoints = [t.key for t in default_templates()]
        self._form: QDialog | None = None  # the open form (kept: it is shown non-blocking)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("loopSplitter")
        splitter.addWidget(self._make_findings())
        splitter.addWidget(self._make_actions())
        remember_splitter(splitter, "loop")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(720, screen.height() - 80))
        remember_geometry(self, "loopDialog")
        if read_only:
            for button in self.findChildren(QPushButton):
                button.setEnabled(False)
            for table in (self.findings_table, self.actions_table):
                table.activated.disconnect()
                for action in table.actions():
                    action.setEnabled(False)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _make_findings(self) -> QWidget:
        box = QGroupBox(self.tr("What we found"), self)
        self.round_filter = QComboBox(box)
        self.round_filter.setObjectName("findingsRound")
        self.round_filter.addItem(self.tr("All rounds"), ANY)
        for label in self.rounds:
            self.round_filter.addItem(label or self.tr("(no round)"), label)
        self.round_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.findings_model = FindingsModel(box)
        self.findings_table = _table(box, "findingsTable", self.findings_model, 2)
        self.findings_table.setAccessibleName(self.tr("Findings"))
        self.findings_table.activated.connect(lambda _i: self.edit_finding())
        add = QPushButton(self.tr("&New finding…"), box)
        add.setObjectName("newFindingButton")
        add.clicked.connect(lambda: self.new_finding())
        self.answer = QPushButton(self.tr("Answer it with an &action…"), box)
        self.answer.setObjectName("answerFindingButton")
        self.answer.clicked.connect(self._answer_selected)
        self._delete_on(self.findings_table, self.delete_finding)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round:"), box))
        top.addWidget(self.round_filter)
        top.addStretch(1)
        top.addWidget(add)
        top.addWidget(self.answer)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.findings_table, 1)
        return box

    def _make_actions(self) -> QWidget:
        box = QGroupBox(self.tr("What we will change"), self)
        self.owner_filter = QComboBox(box)
        self.owner_filter.setObjectName("actionsOwner")
        self.status_filter = QComboBox(box)
        self.status_filter.setObjectName("actionsStatus")
        self.status_filter.addItem(self.tr("Any status"), ANY)
        for status, text in ACTION_STATUS_WORDS.items():
            self.status_filter.addItem(word(text), status)
        self.factor_filter = QComboBox(box)
        self.factor_filter.setObjectName("actionsFactor")
        self.factor_filter.addItem(self.tr("Any factor"), ANY)
        for factor, text in FACTOR_WORDS.items():
            self.factor_filter.addItem(word(text), factor)
        self.touchpoint_filter = QComboBox(box)
        self.touchpoint_filter.setObjectName("actionsTouchpoint")
        self.touchpoint_filter.addItem(self.tr("Any touchpoint"), ANY)
        for key in self.touchpoints:
            self.touchpoint_filter.addItem(touchpoint_name(key), key)
        self.overdue_only = QCheckBox(self.tr("Overdue &only"), box)
        self.overdue_only.setObjectName("actionsOverdue")
        for combo in (self.owner_filter, self.status_filter, self.factor_filter,
                      self.touchpoint_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.actions_model = ActionsModel(box)
        self.actions_table = _table(box, "actionsTable", self.actions_model, 0, 5)
        self.actions_table.setAccessibleName(self.tr("Actions"))
        self.actions_table.activated.connect(lambda _i: self.edit_action())
        add = QPushButton(self.tr("New a&ction…"), box)
        add.setObjectName("newActionButton")
        add.clicked.connect(lambda: self.new_action())
        self.mark_done = QPushButton(self.tr("Mark &done"), box)
        self.mark_done.setObjectName("markDoneButton")
        self.mark_done.clicked.connect(self.done_selected)
        self._delete_on(self.actions_table, self.delete_action)
        self.summary = QLabel(box)
        self.summary.setObjectName("actionsSummary")
        filters = QHBoxLayout()
        for widget in (self.owner_filter, self.status_filter, self.factor_filter,
                       self.touchpoint_filter, self.overdue_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(add)
        filters.addWidget(self.mark_done)
        layout = QVBoxLayout(box)
        layout.addLayout(filters)
        layout.addWidget(self.actions_table, 1)
        layout.addWidget(self.summary)
        return box

    def _delete_on(self, table: QTableView, slot: Callable[[], None]) -> None:
        action = QAction(self.tr("&Delete…"), table)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the findings and actions once; the round and the filters pick from them."""
        try:
            every_finding = self.loop.findings()
            every = self.loop.actions()
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        round_label = self.round_filter.currentData()
        self.findings_model.set_findings(
            [f for f in every_finding if round_label is None or f.round == round_label], every)
        self._fill_owners(owners_of(every))
        today = self._today()
        status, factor = self.status_filter.currentData(), self.factor_filter.currentData()
        keep = ActionFilter(owner=self.owner_filter.currentData(),
                            status=ActionStatus(status) if status else None,
                            factor=CoreFactor(factor) if factor else None,
                            touchpoint=self.touchpoint_filter.currentData(),
                            overdue_on=today if self.overdue_only.isChecked() else None)
        by_id = {f.id: f for f in every_finding}
        self.actions_model.set_actions([a for a in every if keep.keeps(a, by_id)],
                                       every_finding, today)
        late = sum(1 for a in every if a.overdue(today))
        done = sum(1 for a in every if a.status is ActionStatus.DONE)
        self.summary.setText(self.tr("%n action(s): {done} done, {late} overdue.", "",
                                     len(every)).format(done=done, late=late))

    def _fill_owners(self, owners: list[str]) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Any owner"), ANY)
        for owner in owners:
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current)))
        self.owner_filter.blockSignals(False)

    def selected_finding(self) -> Finding | None:
        rows = self.findings_table.selectionModel().selectedRows()
        return self.findings_model.findings[rows[0].row()] if rows else None

    def selected_action(self) -> Action | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return self.actions_model.actions[rows[0].row()] if rows else None

    # -- changing ----------------------------------------------------------------------

    def _apply(self, change: Callable[[], object], over: QWidget | None = None) -> bool:
        """Make a change and show it; a refusal is said over `over` (the form)."""
        try:
            change()
        except MysteryShopError as exc:
            show_error(over or self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def new_finding(self, finding: Finding | None = None) -> FindingDialog:
        """The finding form (`finding` to edit one); saved when it is accepted."""
        round_label = self.round_filter.currentData()
        dialog = FindingDialog(self.rounds, self.touchpoints, self.loop.departments(),
                               finding, self)
        if finding is None and round_label is not None:
            dialog.round.setEditText(round_label)

        def save() -> bool:
            v = dialog.values()
            fields = {"touchpoint": v.touchpoint, "factor": v.factor,
                      "department": v.department, "trust": v.trust, "severity": v.severity}

            def change() -> None:
                if finding is not None:
                    self.loop.update_finding(finding, round=v.round, text=v.text, **fields)
                else:
                    self.loop.add_finding(v.round, v.text, **fields)

            return self._apply(change, dialog)

        dialog.save = save
        self._form = dialog
        dialog.open()
        return dialog

    def edit_finding(self) -> None:
        finding = self.selected_finding()
        if finding is not None:
            self.new_finding(finding)

    def delete_finding(self) -> None:
        finding = self.selected_finding()
        if finding is not None and self._confirm(self.tr("Delete the finding “{text}”? "
                                                         "Actions that answer it stay.")
                                                 .format(text=finding.text)):
            self._apply(lambda: self.loop.delete_finding(finding.id))

    def _answer_selected(self) -> None:
        finding = self.selected_finding()
        self.new_action(checked=(finding.id,) if finding else ())

    def new_action(self, action: Action | None = None,
                   checked: tuple[str, ...] = ()) -> ActionDialog:
        dialog = ActionDialog(self.loop.findings(), self.loop.owners(), action, checked,
                              self._today(), self)

        def save() -> bool:
            v = dialog.values()
            fields = {"owner": v.owner, "due": v.due, "fix": v.fix}

            def change() -> None:
                if action is not None:
                    self.loop.update_action(action, text=v.text, status=v.status,
                                            finding_ids=v.finding_ids, **fields)
                    return
                made = self.loop.add_action(v.text, v.finding_ids, **fields)
                if v.status is not ActionStatus.OPEN:  # (done: stamped when)
                    self.loop.update_action(made, status=v.status)

            return self._apply(change, dialog)

        dialog.save = save
        self._form = dialog
        dialog.open()
        return dialog

    def edit_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.new_action(action)

    def done_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._apply(lambda: self.loop.update_action(action, status=ActionStatus.DONE))

    def delete_action(self) -> None:
        action = self.selected_action()
        if action is not None and self._confirm(self.tr("Delete the action “{text}”?")
                                                .format(text=action.text)):
            self._apply(lambda: self.loop.delete_action(action.id))

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("loopConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

