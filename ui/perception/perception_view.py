"""The perception check (View › Perception check…): each group's responses, entered after a
workshop or imported from a survey, and the round's three perceptions side by side with
what the mystery shop felt. Keyboard first: Ctrl+N adds a response, Enter edits, Delete
deletes (asked), and a point's tags are edited in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from mysteryshop.perception import (
    Group,
    PerceptionOverview,
    PerceptionPoint,
    PerceptionResponse,
)
from mysteryshop.services.loop import LoopService
from mysteryshop.services.perception import PerceptionService, SurveyResult, points_from_lines
from mysteryshop.templates import default_templates
from mysteryshop.vocabulary import GROUP_WORDS
from ui.errors import show_error
from ui.loop.loop_editors import FindingDialog
from ui.perception.perception_chart import PerceptionChart
from ui.perception.perception_models import (
    PointsModel,
    QuestionsModel,
    ResponsesModel,
    TagDelegate,
    ThemesModel,
)
from ui.perception.response_editor import ResponseDialog
from ui.perception.survey_dialog import RunImport, SurveyImportDialog
from ui.widgets.remembered import remember_geometry
from ui.widgets.words import word


def _table(parent: QWidget, name: str, model: object, stretch: int | None = None
           ) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setTabKeyNavigation(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class PerceptionDialog(QDialog):
    changed = Signal()

    def __init__(self, perception: PerceptionService, loop: LoopService,
                 run_import: RunImport, rounds: list[str], current: str | None,
                 parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("perceptionDialog")
        self.setWindowTitle(self.tr("Perception check"))
        self.perception, self.loop, self._run_import = perception, loop, run_import
        self.touchpoints = [t.key for t in default_templates()]
        self.view: PerceptionOverview | None = None
        self._form: QDialog | None = None
        self.round = QComboBox(self)
        self.round.setObjectName("perceptionRound")
        self.round.setEditable(True)
        self.round.addItems(rounds)
        if current is not None:
            self.round.setEditText(current)
        self.round.currentTextChanged.connect(lambda _t: self.refresh())
        round_label = QLabel(self.tr("&Round:"), self)
        round_label.setBuddy(self.round)
        self.add_button = QPushButton(self.tr("&Add a response…   Ctrl+N"), self)
        self.add_button.setObjectName("addResponseButton")
        self.add_button.clicked.connect(lambda: self.new_response())
        self.import_button = QPushButton(self.tr("&Import a survey…"), self)
        self.import_button.setObjectName("importSurveyButton")
        self.import_button.clicked.connect(lambda: self.import_survey())
        add = QAction(self)
        add.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        add.triggered.connect(lambda: self.new_response())
        self.addAction(add)
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        self.shares = QLabel(self)
        self.shares.setObjectName("excellentShares")
        self.shares.setWordWrap(True)
        self.shares.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("perceptionTabs")
        self.chart = PerceptionChart(self)
        self.tabs.addTab(self.chart, self.tr("&Side by side"))
        self.questions_model = QuestionsModel(self)
        self.questions_table = _table(self, "questionsTable", self.questions_model)
        self.questions_table.setWordWrap(True)
        self.questions_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.questions_table.verticalHeader().show()
        self.questions_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.questions_table.resizeRowsToContents())
        self.questions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.questions_table, self.tr("Four &questions"))
        self.themes_model = ThemesModel(self)
        self.themes_table = _table(self, "themesTable", self.themes_model, 0)
        self.themes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.themes_table, self.tr("&Themes"))
        self.tabs.addTab(self._make_points(read_only), self.tr("&Points"))
        self.tabs.addTab(self._make_responses(), self.tr("Respo&nses"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.shares)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(720, screen.height() - 80))
        remember_geometry(self, "perceptionDialog")
        if read_only:
            for button in (self.add_button, self.import_button, self.finding_button):
                button.setEnabled(False)
            add.setEnabled(False)
            self.responses_table.activated.disconnect()
            for action in self.responses_table.actions():
                action.setEnabled(False)
        self.refresh()

    def _make_points(self, read_only: bool) -> QWidget:
        box = QWidget(self)
        self.points_model = PointsModel(self._save_point, box)
        self.points_model.editable = not read_only
        self.points_table = _table(box, "pointsTable", self.points_model, 2)
        self.points_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points_table.setItemDelegate(TagDelegate(self.touchpoints,
                                                      self.perception.themes_named, box))
        self.points_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.finding_button = QPushButton(self.tr("Make a &finding from this point…"), box)
        self.finding_button.setObjectName("findingFromPointButton")
        self.finding_button.clicked.connect(lambda: self.finding_from_point())
        hint = QLabel(self.tr("Tag a point: select its Touchpoint, Factor or Theme cell and "
                              "press F2 (or just type). Points with one theme are counted "
                              "together under Themes."), box)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.finding_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.points_table, 1)
        layout.addLayout(row)
        return box

    def _make_responses(self) -> QWidget:
        self.responses_model = ResponsesModel(self)
        self.responses_table = _table(self, "responsesTable", self.responses_model, 1)
        self.responses_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.responses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.responses_table.activated.connect(lambda _i: self.edit_response())
        delete = QAction(self.tr("&Delete…"), self.responses_table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_response)
        self.responses_table.addAction(delete)
        self.responses_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return self.responses_table

    # -- reading -------------------------------------------------------------------------

    def round_label(self) -> str:
        return " ".join(self.round.currentText().split())

    def refresh(self) -> None:
        try:
            view = self.perception.overview(self.round_label())
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        self.view = view
        responses = list(view.responses)
        self.chart.set_overview(view)
        self.questions_model.set_responses(responses)
        self.questions_table.resizeRowsToContents()
        self.themes_model.set_themes(list(view.themes), list(view.groups))
        self.points_model.set_responses(responses)
        self.responses_model.set_responses(responses)
        self.shares.setText(self._shares_text(view))

    def _shares_text(self, view: PerceptionOverview) -> str:
        """This company's own "80 % vs 8 %": who says the service is excellent."""
        parts = []
        for group in Group:
            share = view.shares.get(group)
            if share is not None and share.fraction is not None:
                parts.append(self.tr("{group} {share:.0%} ({yes} of {asked})").format(
                    group=word(GROUP_WORDS[group]), share=share.fraction, yes=share.yes,
                    asked=share.asked))
        if not view.responses:
            return self.tr("No responses in this round yet. Add the leadership team's "
                           "answers, then each staff group's sheet, and import the "
                           "customer survey.")
        said = " · ".join(parts) if parts else self.tr("nobody was asked yet")
        return self.tr("“Do we deliver excellent service?” Yes: {shares}. (Across "
                       "companies, 80% believe they do; 8% of their customers agree.)"
                       ).format(shares=said)

    # -- changing ------------------------------------------------------------------------

    def _apply(self, change: Callable[[], object], over: QWidget | None = None) -> bool:
        try:
            change()
        except (MysteryShopError, ValueError) as exc:
            show_error(over or self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _save_point(self, response: PerceptionResponse, point: PerceptionPoint) -> bool:
        """A tag typed in the points table. The tables are read again once the editor has
        closed (resetting the model under an open editor would pull it away)."""
        points = [point if p.id == point.id else p for p in response.points]
        try:
            self.perception.update_response(response, points=points)
        except (MysteryShopError, ValueError) as exc:
            show_error(self, exc)
            return False
        current = self.points_table.currentIndex()
        QTimer.singleShot(0, lambda: self._after_tag(current.row(), current.column()))
        return True

    def _after_tag(self, row: int, column: int) -> None:
        self.refresh()
        self.changed.emit()
        self.points_table.setCurrentIndex(self.points_model.index(row, column))

    def new_response(self, response: PerceptionResponse | None = None) -> ResponseDialog:
        dialog = ResponseDialog(self.touchpoints, self.perception.sources_named(), response,
                                parent=self)
        round_label = self.round_label()

        def save() -> bool:
            v = dialog.values()
            points = points_from_lines(v.questions.items(),
                                       response.points if response else ())
            fields = {"group": v.group, "source": v.source, "overall": v.overall,
                      "excellent": v.excellent, "ratings": v.ratings, "points": points}
            if response is not None:
                return self._apply(lambda: self.perception.update_response(response, **fields),
                                   dialog)
            group = fields.pop("group")
            return self._apply(lambda: self.perception.add_response(
                round_label, group, **fields), dialog)  # type: ignore[arg-type]

        dialog.save = save
        self._form = dialog
        dialog.open()
        return dialog

    def selected_response(self) -> PerceptionResponse | None:
        rows = self.responses_table.selectionModel().selectedRows()
        return self.responses_model.responses[rows[0].row()] if rows else None

    def edit_response(self) -> None:
        response = self.selected_response()
        if response is not None:
            self.new_response(response)

    def delete_response(self) -> None:
        response = self.selected_response()
        if response is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), self.tr(
            "Delete this response ({group}, {source}) and its points? Findings made from "
            "them stay.").format(group=word(GROUP_WORDS[response.group]),
                                 source=response.source or "–"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("perceptionConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self.perception.delete_response(response.id))

    def finding_from_point(self) -> FindingDialog | None:
        """The finding form, filled from the selected point; the finding stays linked."""
        index = self.points_table.currentIndex()
        if not index.isValid():
            return None
        response, point = self.points_model.rows[index.row()]
        form = FindingDialog([response.round], self.touchpoints, self.loop.departments(),
                             parent=self)
        form.round.setEditText(response.round)
        form.text.setText(point.text)
        form.touchpoint.setCurrentIndex(max(0, form.touchpoint.findData(point.touchpoint)))
        form.factor.setCurrentIndex(max(0, form.factor.findData(point.factor)))

        def save() -> bool:
            v = form.values()
            return self._apply(lambda: self.loop.add_finding(
                v.round, v.text, touchpoint=v.touchpoint, factor=v.factor,
                department=v.department, trust=v.trust, severity=v.severity,
                point_id=point.id), form)

        form.save = save
        self._form = form
        form.open()
        return form

    def import_survey(self) -> SurveyImportDialog:
        rounds = [self.round.itemText(i) for i in range(self.round.count())]
        dialog = SurveyImportDialog(self.perception.read_survey, self.perception.survey_mapping,
                                    self._run_import, rounds, self.touchpoints,
                                    self.round_label(), self, self.perception.survey_scale)
        dialog.imported.connect(self._imported)
        self._form = dialog
        dialog.open()
        return dialog

    def _imported(self, result: SurveyResult) -> None:
        self.refresh()
        self.changed.emit()
        self.shares.setText(self.tr("Imported %n response(s)", "", result.added)
                            + self.tr(" ({here} already here, {empty} empty rows). ").format(
                                here=result.already_here, empty=result.empty_rows)
                            + self.shares.text())
