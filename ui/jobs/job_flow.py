"""One long job seen through: a cancellable progress dialog, then its result or its error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from mysteryshop.errors import BundleCancelledError, ExportCancelledError, MysteryShopError
from ui.errors import show_error
from ui.jobs.job_runner import JobRunner

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


CANCELLED = (ExportCancelledError, BundleCancelledError)


class JobFlow:
    """Subclasses say what the result means in `result_box`; a cancel shows nothing."""

    def __init__(self, runner: JobRunner, label: str, parent: QWidget) -> None:
        self.runner = runner
        self.parent = parent
        self.progress = QProgressDialog(label, translate("JobFlow", "Cancel"), 0, 0, parent)
        self.progress.setObjectName("jobProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)  # a quick job shows no dialog at all
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(runner.cancel)
        runner.progress.connect(self._on_runner_progress)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        self.result: QDialog | None = None

    def result_box(self, result: object) -> QDialog:
        raise NotImplementedError

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_runner_finished(self, result: object) -> None:
        self.progress.close()
        self.result = self.result_box(result)
        self.result.open()

    def _on_runner_failed(self, exc: MysteryShopError) -> None:
        self.progress.close()
        if not isinstance(exc, CANCELLED):
            show_error(self.parent, exc)
