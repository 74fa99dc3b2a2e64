"""Export to Excel: which sessions, where to, then progress and "Open" / "Show in folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from mysteryshop.services.exporting import ExportResult
from ui.jobs.export_runner import ExportRunner
from ui.jobs.job_flow import JobFlow
from ui.jobs.scope_dialog import OutputFile, ScopeDialog
from ui.widgets.launch import open_path
from ui.widgets.plurals import PLURALS

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


class ExportDialog(ScopeDialog):
    """Choose the sessions (all, one round, or the selected one) and the workbook."""

    def __init__(self, total: int, rounds: list[str], selected: tuple[str, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(OutputFile(translate("ExportDialog", "Export to Excel"),
                                    translate("ExportDialog", "Export"), ".xlsx",
                                    translate("ExportDialog",
                                              "Excel workbook (*.xlsx)"), "mystery-shop",
                                    "export/lastFolder"), total, rounds, selected, parent)
        self.setObjectName("exportDialog")
        # The links in the workbook open only where the recordings are: on the meeting's
        # laptop they are not, unless they travel beside the workbook.
        self.with_recordings = QCheckBox(self.tr(
            "Copy the call recordings into a folder beside the workbook, so its links open "
            "on any laptop"), self)
        self.with_recordings.setObjectName("withRecordings")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.with_recordings)


def open_buttons(box: QMessageBox, path: Path, *, open_file: bool) -> None:
    """"Open" (the file itself) and "Show in folder" on a result box."""
    buttons = [(translate("ExportDialog", "Show in folder"), path.parent)]
    if open_file:
        buttons.insert(0, (translate("ExportDialog", "Open"), path))
    for text, target in buttons:
        button: QPushButton = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _=False, t=target: open_path(box, t))


class ExportFlow(JobFlow):
    """Runs one export, then offers to open the workbook."""

    def __init__(self, runner: ExportRunner, parent: QWidget) -> None:
        super().__init__(runner, translate("ExportDialog", "Writing the workbook…"), parent)
        self.export_runner = runner

    def start(self, out: Path, round_label: str | None, ids: list[str] | None,
              with_recordings: bool = False) -> None:
        self.export_runner.start(out, round_label=round_label, session_ids=ids,
                                 with_recordings=with_recordings)

    def result_box(self, result: object) -> QMessageBox:
        assert isinstance(result, ExportResult)
        path, count = result.path, result.sessions
        text = PLURALS.wrote_sessions(path, count)
        box = QMessageBox(QMessageBox.Icon.Information, translate("ExportDialog",
                                                                  "Export to Excel"), text,
                          QMessageBox.StandardButton.Close, self.parent)
        box.setObjectName("exportDone")
        notes = [result.cut_words()] if result.cut_cells else []
        if result.recordings is not None:
            notes.append(PLURALS.recordings_copied(result.copied).format(
                folder=result.recordings.name))
        if notes:
            box.setInformativeText("\n\n".join(notes))
        open_buttons(box, Path(path), open_file=True)
        return box
