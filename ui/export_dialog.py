"""Export to Excel: which sessions, where to, then progress and "Open" / "Show in folder"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import ExportCancelledError, MysteryShopError
from ui.errors import show_error
from ui.export_runner import ExportRunner

FOLDER_SETTING = "export/lastFolder"


class ExportDialog(QDialog):
    """Choose the sessions (all, one round, or the selected one) and the file."""

    def __init__(self, total: int, rounds: list[str], selected: tuple[str, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Excel"))
        self.all = QRadioButton(self.tr("All sessions ({n})").format(n=total), self)
        self.round = QRadioButton(self.tr("One round:"), self)
        self.rounds = QComboBox(self)
        for label in rounds:
            self.rounds.addItem(label or self.tr("(no round)"), label)
        self.selected = QRadioButton(self)
        self.selected_id = selected[0] if selected else None
        self.selected.setText(self.tr("The selected session: {what}").format(
            what=selected[1]) if selected else self.tr("The selected session (none selected)"))
        self.selected.setEnabled(selected is not None)
        self.round.setEnabled(bool(rounds))
        scope = QButtonGroup(self)
        for button in (self.all, self.round, self.selected):
            scope.addButton(button)
        (self.selected if selected else self.all).setChecked(True)
        self.rounds.currentIndexChanged.connect(lambda _i: self.round.setChecked(True))
        folder = str(QSettings().value(FOLDER_SETTING, str(Path.home())))
        self.path = QLineEdit(str(Path(folder) / f"mystery-shop-{date.today():%Y-%m-%d}.xlsx"),
                              self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        round_row = QHBoxLayout()
        round_row.addWidget(self.round)
        round_row.addWidget(self.rounds, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all)
        layout.addLayout(round_row)
        layout.addWidget(self.selected)
        layout.addLayout(path_row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def out(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def scope(self) -> tuple[str | None, list[str] | None]:
        """(round label, session ids): both None for all sessions."""
        if self.round.isChecked():
            return str(self.rounds.currentData()), None
        if self.selected.isChecked() and self.selected_id:
            return None, [self.selected_id]
        return None, None

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), self.path.text(), self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.path.setText(chosen)


class ExportFlow:
    """Runs one export with a cancellable progress dialog, then offers to open the file."""

    def __init__(self, runner: ExportRunner, parent: QWidget) -> None:
        self.runner = runner
        self.parent = parent
        self.progress = QProgressDialog(parent.tr("Writing the workbook…"),
                                        parent.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)  # a quick export shows no dialog at all
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(runner.cancel)
        runner.progress.connect(self._on_runner_progress)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        self.result: QMessageBox | None = None

    def start(self, out: Path, round_label: str | None, ids: list[str] | None) -> None:
        QSettings().setValue(FOLDER_SETTING, str(out.parent))
        self.runner.start(out, round_label=round_label, session_ids=ids)

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_runner_finished(self, path: str, count: int) -> None:
        self.progress.close()
        box = QMessageBox(QMessageBox.Icon.Information, self.parent.tr("Export to Excel"),
                          (self.parent.tr("Wrote {path} (1 session).") if count == 1 else
                           self.parent.tr("Wrote {path} ({n} sessions).")).format(path=path,
                                                                                  n=count),
                          QMessageBox.StandardButton.Close, self.parent)
        box.setObjectName("exportDone")
        open_button = box.addButton(self.parent.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.parent.tr("Show in folder"),
                                      QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))
        self.result = box
        box.open()

    def _on_runner_failed(self, exc: MysteryShopError) -> None:
        self.progress.close()
        if not isinstance(exc, ExportCancelledError):
            show_error(self.parent, exc)
