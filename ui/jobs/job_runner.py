"""Run long work (export, sharing, import) on a worker thread; its news comes as signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from mysteryshop.errors import MysteryShopError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], object]

_INT_MAX = 2**31 - 1
logger = logging.getLogger(__name__)


class JobRunner(QObject):
    """One job per runner. The job gets a progress callback and a "cancelled?" question.

    Signals are emitted from the worker thread; Qt queues them to receivers on the UI
    thread, so widgets are only ever touched there.
    """

    progress = Signal(int, int)  # done, in all (scaled down to fit Qt's int)
    finished = Signal(object)  # what the job returned: each kind of job says what
    failed = Signal(MysteryShopError)  # a *CancelledError when cancelled

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def run(self, job: Job) -> None:
        """Start `job` (a cancel asked for before this applies too)."""
        self._thread = threading.Thread(target=self._work, args=(job,), name=self.name,
                                        daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _report(self, done: int, total: int) -> None:
        if total > _INT_MAX:  # bytes of recordings: report in thousandths
            done, total = done * 1000 // total, 1000
        self.progress.emit(done, total)

    def _work(self, job: Job) -> None:
        try:
            self._run(job)
        except RuntimeError as exc:
            # The runner went with its owner (a view closed) while the job ran: nobody
            # is left to tell, and that is no error.
            if "deleted" not in str(exc):
                raise

    def _run(self, job: Job) -> None:
        try:
            result = job(self._report, self._cancel.is_set)
        except MysteryShopError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # a bug: the user still hears of it, and the log has why
            logger.exception("Unexpected error in %s", self.name)
            self.failed.emit(MysteryShopError(
                f"Something unexpected went wrong ({exc}). Nothing you saved is lost; "
                "the details are in the log file."))
            return
        self.finished.emit(result)
