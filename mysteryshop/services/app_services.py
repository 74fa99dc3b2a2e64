"""The one door the UI comes through: every service of the app over one data folder."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
from mysteryshop.services.library import SessionLibrary
from mysteryshop.services.review import ReviewService
from mysteryshop.services.session_flow import Clock, SessionService
from mysteryshop.services.sharing import SharingService
from mysteryshop.storage.repository import Repository

if TYPE_CHECKING:
    from mysteryshop.services.recording import RecorderFactory, RecordingService

logger = logging.getLogger(__name__)


class AppServices:
    """What a window needs, built over the UI thread's own connection.

    Export and sharing run on worker threads and open their own connections from the
    data folder; recording is built on first use (it loads numpy and PortAudio).
    """

    def __init__(self, folder: DataFolder, repository: Repository, clock: Clock = time.time,
                 recorder_factory: RecorderFactory | None = None) -> None:
        self.folder = folder
        self._repository = repository
        self.library = SessionLibrary(repository, folder)
        self.sessions = SessionService(repository, clock)
        self.review = ReviewService(self.sessions)
        self.exports = ExportService(folder)
        self.sharing = SharingService(folder)
        self._recorder_factory = recorder_factory
        self._recording: RecordingService | None = None

    @classmethod
    def open(cls, folder: DataFolder, clock: Clock = time.time) -> AppServices:
        """Open the data folder's database (StorageError: see `open_database`)."""
        services = cls(folder, folder.connect(), clock)
        logger.info("Opened %s", folder.database)
        return services

    @property
    def recording(self) -> RecordingService:
        if self._recording is None:
            from mysteryshop.services.recording import RecordingService

            self._recording = (
                RecordingService(self.sessions, self.folder, self._recorder_factory)
                if self._recorder_factory else RecordingService(self.sessions, self.folder))
        return self._recording

    def close(self) -> None:
        self._repository.close()
