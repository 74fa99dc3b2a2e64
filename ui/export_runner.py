"""Run an Excel export on a worker thread; progress, the end and failures come as signals."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mysteryshop.errors import MysteryShopError


class ExportRunner(QObject):
    # Emitted from the worker thread; Qt queues them to receivers on the UI thread.
    progress = Signal(int, int)  # sessions done, sessions in all
    finished = Signal(str, int)  # file written, sessions in it
    failed = Signal(object)  # MysteryShopError (ExportCancelledError when cancelled)

    def __init__(self, db_path: Path, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.data_dir = data_dir
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, out: Path, *, round_label: str | None = None,
              session_ids: Sequence[str] | None = None) -> None:
        """Start the export (once per runner; a cancel asked for before applies too)."""
        self._thread = threading.Thread(
            target=self._work, args=(out, round_label, list(session_ids or []) or None),
            name="excel-export", daemon=True,
        )
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _work(self, out: Path, round_label: str | None, ids: list[str] | None) -> None:
        from mysteryshop.export.service import export_workbook

        try:
            written, count = export_workbook(
                self.db_path, out, self.data_dir, round_label=round_label, session_ids=ids,
                progress=self.progress.emit, cancelled=self._cancel.is_set,
            )
        except MysteryShopError as exc:
            self.failed.emit(exc)
            return
        self.finished.emit(str(written), count)
