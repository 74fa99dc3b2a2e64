"""Keeping the team folder in step while the app runs: a pass at start, when the folder
changes (its sync service brought something), every minute (what changed here goes out),
and after Settings; never two at once, never while a call is recorded (a pass copies
recordings, the recorder must not wait for the disk). Passes run on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mysteryshop.errors import MysteryShopError
from mysteryshop.services.app_services import AppServices
from ui.jobs.job_runner import JobRunner

logger = logging.getLogger(__name__)

SETTLE_MS = 2000  # a folder change: wait for the sync service to finish writing
EVERY_MS = 60_000


class TeamSync(QObject):
    changed = Signal()  # sessions were added, updated or published: the list may differ
    said = Signal(str)  # for the status bar

    def __init__(self, services: AppServices, parent: QObject,
                 busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.services = services
        self.busy = busy
        self.folder = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync_now)
        self._runner: JobRunner | None = None
        self._again = False

    def restart(self) -> None:
        """Follow the team folder as now set (none: stop), and sync once."""
        try:
            where, _ = self.services.team_settings()
        except MysteryShopError as exc:
            logger.info("%s", exc)
            where = ""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = "" if self.services.read_only else where
        if not self.folder:
            self._every.stop()
            return
        if Path(self.folder).is_dir():
            self._watcher.addPath(self.folder)
        self._every.start()
        self.sync_now()

    def is_running(self) -> bool:
        return self._runner is not None

    def sync_now(self) -> JobRunner | None:
        if not self.folder:
            return None
        if self._runner is not None or self.busy():
            self._again = True  # once the pass (or the call) is over
            if self.busy():
                self._settle.start()
            return None
        runner = JobRunner("team-sync", self)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        self._runner = runner
        runner.run(lambda _p, _c: self.services.team_sync())
        return runner

    def _on_finished(self, report: object) -> None:
        from mysteryshop.services.team_folder import SyncReport

        self._runner = None
        if isinstance(report, SyncReport):
            self._tell(report)
        if self.folder and not self._watcher.directories() and Path(self.folder).is_dir():
            self._watcher.addPath(self.folder)  # back online
        if self._again:
            self._again = False
            self._settle.start()

    def _on_failed(self, error: MysteryShopError) -> None:
        self._runner = None
        self.said.emit(self.tr("Team folder: {problem}").format(problem=str(error)))

    def _tell(self, report: object) -> None:
        from mysteryshop.services.team_folder import SyncReport

        assert isinstance(report, SyncReport)
        if report.problem:
            logger.info("%s", report.problem)
            self.said.emit(self.tr(
                "Team folder {folder}: not there or not usable now (offline?). Nothing was "
                "synced; everything stays on this computer.").format(folder=self.folder))
            return
        received = sum(len(r.changed_ids()) for _, r in report.received)
        if received or report.published:
            self.changed.emit()
        if received:
            self.said.emit(self.tr("Team folder: %n session(s) added or updated from other "
                                   "laptops.", "", received))
        elif report.failed:
            self.said.emit(self.tr("Team folder: %n file(s) could not be read yet (tried "
                                   "again when they change).", "", len(report.failed)))
