"""The Excel export as a job on a worker thread (see JobRunner for its signals)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from mysteryshop.services.exporting import ExportResult, ExportService
from ui.jobs.job_runner import Cancelled, JobRunner, Progress


class ExportRunner(JobRunner):
    """`finished` carries an ExportResult (the file written, how many sessions it holds)."""

    def __init__(self, exports: ExportService, parent: QObject | None = None) -> None:
        super().__init__("excel-export", parent)
        self.exports = exports

    def start(self, out: Path, *, round_label: str | None = None,
              session_ids: Sequence[str] | None = None, with_recordings: bool = False) -> None:
        ids = list(session_ids or []) or None

        def job(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return self.exports.export(out, round_label=round_label, session_ids=ids,
                                       with_recordings=with_recordings,
                                       progress=progress, cancelled=cancelled)

        self.run(job)
