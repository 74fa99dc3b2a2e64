"""Import a survey tool's CSV: say once what each column holds (the app guesses, and
remembers the answer for the next file with the same header row), then import it whole.
Reading and writing run on worker threads; a bad file is named by row and column over the
form, and nothing is imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from mysteryshop.perception import Group, Question
from mysteryshop.services.perception import SurveyResult
from mysteryshop.survey import (
    COMMON_SCALES,
    EXCELLENT,
    IGNORE,
    OVERALL,
    RATING,
    SOURCE,
    Scale,
    SurveyTable,
)
from mysteryshop.vocabulary import GROUP_WORDS, QUESTION_SHORT
from ui.errors import error_text, show_error
from ui.jobs.job_runner import JobRunner
from ui.loop.loop_models import touchpoint_name
from ui.widgets.remembered import remember_geometry
from ui.widgets.words import word

ReadSurvey = Callable[[Path, str | None], SurveyTable]
Mapping = Callable[[SurveyTable, str], tuple[dict[str, str], bool]]
RunImport = Callable[[SurveyTable, dict[str, str], str, Group, str, Scale], SurveyResult]
ScaleOf = Callable[[SurveyTable], Scale]


class SurveyImportDialog(QDialog):
    imported = Signal(object)  # the SurveyResult

    def __init__(self, read: ReadSurvey, mapping: Mapping, run_import: RunImport,
                 rounds: list[str], touchpoints: list[str], round_label: str,
                 parent: QWidget | None = None, scale_of: ScaleOf | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Import a survey"))
        self._read, self._mapping, self._run_import = read, mapping, run_import
        self._scale_of = scale_of
        self._touchpoints = touchpoints
        self.table: SurveyTable | None = None
        self._runner: JobRunner | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("surveyPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("A CSV file exported from the survey tool"))
        choose = QPushButton(self.tr("C&hoose file…"), self)
        choose.setObjectName("surveyChoose")
        choose.clicked.connect(self.choose_file)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("surveyEncoding")
        for text, value in ((self.tr("UTF-8 or UTF-16 (most survey tools)"), None),
                            (self.tr("Windows (Excel's plain CSV)"), "cp1252"),
                            (self.tr("Latin-1 (ISO 8859-1)"), "latin-1"),
                            (self.tr("Mac Roman"), "mac_roman")):
            self.encoding.addItem(text, value)
        self.encoding.currentIndexChanged.connect(lambda _i: self.load(self.path.text()))
        self.round = QComboBox(self)
        self.round.setObjectName("surveyRound")
        self.round.setEditable(True)
        self.round.addItems(rounds)
        self.round.setEditText(round_label)
        self.group = QComboBox(self)
        self.group.setObjectName("surveyGroup")
        for g in Group:
            self.group.addItem(word(GROUP_WORDS[g]), g.value)
        self.group.setCurrentIndex(self.group.findData(Group.CUSTOMERS.value))
        self.scale = QComboBox(self)
        self.scale.setObjectName("surveyScale")
        for scale in COMMON_SCALES:
            self.scale.addItem(self.tr("−10 … +10 (as in the app)") if scale == Scale()
                               else f"{scale.low} … {scale.high}", str(scale))
        self.scale.setToolTip(self.tr("The scale the file's ratings are on: 0 … 10 maps 0 "
                                      "to −10, 5 to 0 and 10 to +10."))
        self.source = QLineEdit(self)
        self.source.setObjectName("surveySource")
        self.source.setPlaceholderText(self.tr("e.g. Customer survey, March (default: the "
                                               "file's name)"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(choose)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Encoding"), self.encoding)
        form.addRow(self.tr("&Round"), self.round)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Ratings s&cale"), self.scale)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("surveyColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First answer"),
                                                self.tr("Holds")])
        self.columns.verticalHeader().hide()
        self.columns.setTabKeyNavigation(False)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.status = QLabel(self)
        self.status.setObjectName("surveyStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("surveyImport")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What each column holds:"), self))
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        remember_geometry(self, "surveyDialog")

    # -- choices -------------------------------------------------------------------------

    def _fields(self) -> list[tuple[str, str]]:
        return [(self.tr("Nothing (leave out)"), IGNORE),
                *((word(QUESTION_SHORT[q]) + " " + self.tr("(answers)"), q.value)
                  for q in Question),
                (self.tr("Overall rating"), OVERALL),
                (self.tr("Excellent service? (yes/no)"), EXCELLENT),
                *((self.tr("Rating: {touchpoint}").format(touchpoint=touchpoint_name(k)),
                   RATING + k) for k in self._touchpoints),
                (self.tr("Respondent's group or channel"), SOURCE)]

    def mapping(self) -> dict[str, str]:
        """What the table says each column holds."""
        result: dict[str, str] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 2)
            header = self.columns.item(row, 0)
            if isinstance(combo, QComboBox) and header is not None:
                result[header.text()] = str(combo.currentData())
        return result

    # -- reading -------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a survey"), self.path.text(),
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read the file on a worker thread, then fill the column table."""
        if not path:
            return
        self.path.setText(path)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        encoding = self.encoding.currentData()
        runner = JobRunner("read-survey", self)
        runner.finished.connect(self._loaded)
        runner.failed.connect(self._read_failed)
        self._runner = runner
        runner.run(lambda _p, _c: self._read(Path(path), encoding))

    def _read_failed(self, error: MysteryShopError) -> None:
        self.table = None
        self.columns.setRowCount(0)
        self.status.setText(error_text(error))
        show_error(self, error)

    def _loaded(self, table: SurveyTable) -> None:
        self.table = table
        try:
            mapping, remembered = self._mapping(table, self.round.currentText())
        except MysteryShopError as exc:
            self._read_failed(exc)
            return
        if self._scale_of is not None:
            scale = self._scale_of(table)
            index = self.scale.findData(str(scale))
            if index < 0:
                self.scale.addItem(f"{scale.low} … {scale.high}", str(scale))
                index = self.scale.count() - 1
            self.scale.setCurrentIndex(index)
        fields = self._fields()
        self.columns.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            first = next((r[row] for r in table.rows if r[row].strip()), "")
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            self.columns.setItem(row, 1, QTableWidgetItem(" ".join(first.split())[:120]))
            combo = QComboBox(self.columns)
            combo.setObjectName(f"surveyField_{row}")
            for text, value in fields:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, IGNORE))))
            self.columns.setCellWidget(row, 2, combo)
            self.columns.setColumnWidth(2, max(self.columns.columnWidth(2),
                                               combo.sizeHint().width()))
        rows = len(table.rows)
        self.status.setText(
            self.tr("%n answer row(s).", "", rows) + " "
            + (self.tr("Columns as you mapped them last time.") if remembered else
               self.tr("Columns matched by their names and answers: check each, it is "
                       "remembered for the next file like this.")))
        self.import_button.setEnabled(True)

    # -- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        round_label = self.round.currentText()
        group = Group(self.group.currentData())
        source = self.source.text()
        scale = Scale.parse(str(self.scale.currentData()))
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        runner = JobRunner("import-survey", self)
        runner.finished.connect(self._imported)
        runner.failed.connect(self._import_failed)
        self._runner = runner
        runner.run(lambda _p, _c: self._run_import(table, mapping, round_label, group,
                                                   source, scale))

    def _import_failed(self, error: MysteryShopError) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(error_text(error))
        show_error(self, error)

    def _imported(self, result: SurveyResult) -> None:
        self.imported.emit(result)
        self.accept()
