"""File › Meeting pack: which sessions, the paper, where to; then progress and "Open"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.services.exporting import ExportService, ReportResult
from ui.jobs.export_dialog import open_buttons
from ui.jobs.job_flow import JobFlow
from ui.jobs.job_runner import Cancelled, JobRunner, Progress
from ui.jobs.scope_dialog import OutputFile, ScopeDialog
from ui.widgets.plurals import PLURALS

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


class MeetingPackDialog(ScopeDialog):
    """The scope and file of the PDF pack, and its paper: Letter where the locale measures
    in inches (the US), A4 elsewhere."""

    def __init__(self, total: int, rounds: list[str], selected: tuple[str, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(OutputFile(translate("MeetingPack", "Meeting pack"),
                                    translate("MeetingPack", "Write"), ".pdf",
                                    translate("MeetingPack", "PDF document (*.pdf)"),
                                    "meeting-pack", "report/lastFolder"),
                         total, rounds, selected, parent)
        self.setObjectName("meetingPackDialog")
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(translate("MeetingPack", "A4, landscape"), "a4")
        self.paper.addItem(translate("MeetingPack", "US Letter, landscape"), "letter")
        us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.paper.setCurrentIndex(1 if us else 0)
        row = QFormLayout()
        row.addRow(translate("MeetingPack", "&Paper:"), self.paper)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)


class ReportFlow(JobFlow):
    """Lays out the pack on a worker thread, then offers to open it."""

    def __init__(self, exports: ExportService, parent: QWidget) -> None:
        super().__init__(JobRunner("meeting-pack", parent),
                         translate("MeetingPack", "Laying out the meeting pack…"), parent)
        self.exports = exports

    def start(self, out: Path, round_label: str | None, ids: list[str] | None,
              paper: str = "a4") -> None:
        def job(progress: Progress, cancelled: Cancelled) -> ReportResult:
            return self.exports.report(out, round_label=round_label, session_ids=ids,
                                       paper=paper, progress=progress, cancelled=cancelled)

        self.runner.run(job)

    def result_box(self, result: object) -> QMessageBox:
        assert isinstance(result, ReportResult)
        box = QMessageBox(QMessageBox.Icon.Information, translate("MeetingPack", "Meeting pack"),
                          PLURALS.wrote_sessions(result.path, result.sessions),
                          QMessageBox.StandardButton.Close, self.parent)
        box.setObjectName("reportDone")
        box.setInformativeText(PLURALS.pages(result.pages))
        open_buttons(box, result.path, open_file=True)
        return box
