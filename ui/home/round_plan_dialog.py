"""The round's plan: who has done it (participation), the experience we want (targets),
and the team's list of leaders."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from mysteryshop.participation import RoundProgress
from mysteryshop.services.round_plan import RoundPlan
from ui.errors import show_error
from ui.home.participation_model import ParticipationModel
from ui.home.targets_editor import TargetsEditor
from ui.jobs.job_runner import JobRunner
from ui.widgets.remembered import remember_geometry


class RoundPlanDialog(QDialog):
    changed = Signal()  # leaders renamed or added: the home list may show other names

    progress_shown = Signal()  # a round's participation read and shown

    def __init__(self, plan: RoundPlan, load: Callable[[str], RoundProgress], rounds: list[str],
                 current: str | None, parent: QWidget | None = None) -> None:
        """`load` reads a round's participation on a worker thread (it reads every step
        of the round: 0.3 s for 5,000 sessions); `plan` makes the edits."""
        super().__init__(parent)
        self.setObjectName("roundPlanDialog")
        self.setWindowTitle(self.tr("Round plan"))
        self.plan = plan
        self._load = load
        self._runners: list[JobRunner] = []
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("planRound")
        for label in rounds:
            self.round_combo.addItem(label or self.tr("(no round)"), label)
        round_label = QLabel(self.tr("&Round:"), self)
        round_label.setBuddy(self.round_combo)
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_combo, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._make_participation(), self.tr("&Who has done it"))
        self.tabs.addTab(self._make_targets(), self.tr("The &experience we want"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.round_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(current)))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(620, screen.height() - 80))
        remember_geometry(self, "roundPlan")
        self.refresh()

    def _make_participation(self) -> QWidget:
        page = QWidget(self)
        self.headline = QLabel(page)
        self.headline.setObjectName("participationHeadline")
        self.headline.setWordWrap(True)
        self.model = ParticipationModel(page)
        self.table = QTableView(page)
        self.table.setObjectName("participationTable")
        self.table.setAccessibleName(self.tr("Who has done the round"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.new_leader = QLineEdit(page)
        self.new_leader.setObjectName("newLeaderEdit")
        self.new_leader.setPlaceholderText(self.tr("A leader's name, as the team writes it"))
        self.new_leader.setAccessibleName(self.tr("Add a leader to the team"))
        add = QPushButton(self.tr("&Add leader"), page)
        add.setObjectName("addLeaderButton")
        add.clicked.connect(self._add_leader)
        self.new_leader.returnPressed.connect(self._add_leader)
        self.rename = QPushButton(self.tr("Re&name…"), page)
        self.rename.setObjectName("renameLeaderButton")
        self.rename.setToolTip(self.tr("Renaming to a name already on the list merges the "
                                       "two: their sessions become one person's"))
        self.rename.clicked.connect(self._rename_leader)
        self.remove = QPushButton(self.tr("Re&move from list"), page)
        self.remove.setObjectName("removeLeaderButton")
        self.remove.setToolTip(self.tr("Their sessions stay; they leave the team's list"))
        self.remove.clicked.connect(self._remove_leader)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.new_leader, 1)
        row.addWidget(add)
        row.addSpacing(16)
        row.addWidget(self.rename)
        row.addWidget(self.remove)
        layout = QVBoxLayout(page)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    def _make_targets(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Where should each touchpoint leave the customer? Set the feeling we want this "
            "round and say in one sentence what that experience is. Leaders see it only "
            "after they have rated the step, so it cannot sway their rating."), page)
        intro.setWordWrap(True)
        self.targets = TargetsEditor(page)
        self.targets.changed.connect(self._save_target)
        self.targets.reach_changed.connect(self._save_reach)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.targets)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        return page

    @property
    def round_label(self) -> str | None:
        data = self.round_combo.currentData()
        return None if data is None else str(data)

    def refresh(self) -> None:
        """Read the round's participation off the UI thread; show it when it comes."""
        label = self.round_label
        if label is None:
            return
        self.headline.setText(self.tr("Reading who has done {round}…").format(
            round=label or self.tr("(no round)")))
        runner = JobRunner("round-progress", self)
        runner.finished.connect(lambda progress: self._show(label, progress))
        runner.failed.connect(lambda exc: show_error(self, exc))
        self._runners = [r for r in self._runners if r.is_running()] + [runner]
        runner.run(lambda _progress, _cancelled: self._load(label))

    def _show(self, label: str, progress: object) -> None:
        if label != self.round_label or not isinstance(progress, RoundProgress):
            return  # another round was chosen meanwhile
        try:
            targets = self.plan.targets(label)
            reach = {key: n for (_, key), n in self.plan.reach(label).items()}
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        self.model.set_progress(progress)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.headline.setText(self.tr(
            "{leaders} leaders: {finished} finished, {going} in progress, {none} not started. "
            "Who takes part, and who finds reasons not to, is itself a finding.").format(
                leaders=len(progress.leaders), finished=progress.finished,
                going=progress.in_progress, none=progress.not_started))
        self.targets.set_targets(progress.touchpoints, targets, reach)
        self._update_buttons()
        self.progress_shown.emit()

    def _selected_leader(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.leader(rows[0].row()).leader if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_leader() is not None
        self.rename.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def _act(self, action: Callable[[], object]) -> bool:
        """Run a change; a failure (a locked or full database) is said, and False."""
        try:
            action()
        except MysteryShopError as exc:
            show_error(self, exc)
            return False
        return True

    def _add_leader(self) -> None:
        name = self.new_leader.text()
        if name.strip() and self._act(lambda: self.plan.add_leader(name)):
            self.new_leader.clear()
            self.refresh()
            self.changed.emit()

    def _rename_leader(self) -> None:
        old = self._selected_leader()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename leader"),
            self.tr("New name for {name} (a name already on the list merges the two):").format(
                name=old), QLineEdit.EchoMode.Normal, old)
        if ok and new.strip() and new != old and self._act(
                lambda: self.plan.rename_leader(old, new)):
            self.refresh()
            self.changed.emit()

    def _remove_leader(self) -> None:
        name = self._selected_leader()
        if name is not None and self._act(lambda: self.plan.remove_leader(name)):
            self.refresh()
            self.changed.emit()

    def _save_target(self, key: str, points: object, sentence: str) -> None:
        label = self.round_label
        if label is not None:
            self._act(lambda: self.plan.set_target(
                label, key, points if isinstance(points, int) else None, sentence))
            self.changed.emit()

    def _save_reach(self, key: str, customers: object) -> None:
        label = self.round_label
        if label is not None:
            self._act(lambda: self.plan.set_reach(
                label, key, customers if isinstance(customers, int) else None))
            self.changed.emit()

    def select_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
