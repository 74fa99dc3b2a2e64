"""The Excel export as a job on a worker thread (see JobRunner for its signals)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from ui.job_runner import Cancelled, JobRunner, Progress


class ExportRunner(JobRunner):
    """`finished` carries (the file written, how many sessions it holds)."""

    def __init__(self, db_path: Path, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__("excel-export", parent)
        self.db_path = db_path
        self.data_dir = data_dir

    def start(self, out: Path, *, round_label: str | None = None,
              session_ids: Sequence[str] | None = None) -> None:
        ids = list(session_ids or []) or None

        def job(progress: Progress, cancelled: Cancelled) -> tuple[Path, int]:
            from mysteryshop.export.service import export_workbook

            return export_workbook(self.db_path, out, self.data_dir, round_label=round_label,
                                   session_ids=ids, progress=progress, cancelled=cancelled)

        self.run(job)
