"""The one door the UI comes through: every service of the app over one data folder."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.atomic import remove_abandoned_writes
from mysteryshop.services.call_events import CallEventsService
from mysteryshop.services.data_folder import DataFolder, remove_dead_temp, remove_stale_staging
from mysteryshop.services.library import SessionLibrary
from mysteryshop.services.loop import LoopService
from mysteryshop.services.perception import PerceptionService
from mysteryshop.services.review import ReviewService
from mysteryshop.services.round_plan import RoundPlan, progress_in_folder
from mysteryshop.services.session_flow import Clock, SessionService
from mysteryshop.services.templates import TemplateService
from mysteryshop.storage.repository import Repository

if TYPE_CHECKING:
    from mysteryshop.call_events import RedactWith
    from mysteryshop.model import Recording
    from mysteryshop.participation import RoundProgress
    from mysteryshop.perception import Group
    from mysteryshop.services.exporting import ExportService
    from mysteryshop.services.perception import SurveyResult
    from mysteryshop.services.recording import RecorderFactory, RecordingService
    from mysteryshop.services.sharing import SharingService
    from mysteryshop.services.team_folder import SyncReport
    from mysteryshop.survey import Scale, SurveyTable

logger = logging.getLogger(__name__)


class AppServices:
    """What a window needs, built over the UI thread's own connection.

    Export and sharing run on worker threads and open their own connections from the
    data folder (they hold nothing but the folder, so each use gets a fresh one);
    recording is built on first use (it loads numpy and PortAudio) and kept.
    """

    def __init__(self, folder: DataFolder, repository: Repository, clock: Clock | None = None,
                 recorder_factory: RecorderFactory | None = None) -> None:
        self.folder = folder
        self._repository = repository
        self.library = SessionLibrary(repository, folder)
        self.sessions = SessionService(repository, clock)
        self.review = ReviewService(self.sessions)
        self.rounds = RoundPlan(repository)
        self.loop = LoopService(repository, self.sessions.clock)
        self.perception = PerceptionService(repository, self.sessions.clock)
        self.call_events = CallEventsService(repository, self.sessions.clock)
        self.templates = TemplateService(repository, self.sessions.clock)
        self._recorder_factory = recorder_factory
        self._recording: RecordingService | None = None

    @classmethod
    def open(cls, folder: DataFolder, clock: Clock | None = None) -> AppServices:
        """Open the data folder's database (StorageError: see `open_database`).

        The integrity check, whose cost grows with the file, runs here only when the
        last process with the file open did not close it cleanly; otherwise the app runs
        `check_integrity` after its first paint.
        """
        check = folder.needs_check()
        services = cls(folder, folder.connect(check=check), clock)
        folder.mark_open()
        services.library.empty_trash()  # left by a run that ended before quitting
        remove_stale_staging(folder.root)  # an import killed mid-way
        remove_dead_temp(folder.root)  # an export's sheets, killed mid-way
        remove_abandoned_writes(folder.pending_writes)  # an export or a share killed mid-way
        logger.info("Opened %s%s", folder.database, " (checked: last exit was unclean)"
                    if check else "")
        return services

    @property
    def read_only(self) -> bool:
        """The database could only be opened for reading: look and export, change nothing."""
        return self._repository.read_only

    def check_integrity(self) -> list[str]:
        """SQLite's quick check of the file on a connection of its own (any thread).

        Problems found also ask for the check at the next open, where a damaged file
        gets the dialog that offers another file or a fresh start.
        """
        with self.folder.connection() as repository:
            problems = repository.integrity_problems()
        if problems:
            logger.error("%s is damaged: %s", self.folder.database, "; ".join(problems))
            self.folder.mark_check_needed()
        return problems

    def round_progress(self, round_label: str) -> RoundProgress:
        """Who has done the round, read on a connection of its own (any thread: it reads
        every step of the round)."""
        return progress_in_folder(self.folder, round_label)

    def import_survey(self, table: SurveyTable, mapping: dict[str, str], round_label: str,
                      group: Group, source: str = "", scale: Scale | None = None
                      ) -> SurveyResult:
        """`PerceptionService.import_survey` on a connection of its own, for a worker
        thread: a survey of thousands of respondents is written in one transaction."""
        with self.folder.connection() as repository:
            return PerceptionService(repository, self.sessions.clock).import_survey(
                table, mapping, round_label, group, source, scale)

    def analyze_recording(self, recording: Recording) -> int:
        """Find the call events in a recording, on a connection of its own (any thread);
        how many were found."""
        from mysteryshop.services.call_events import analyze_in_folder

        return analyze_in_folder(self.folder, recording, self.sessions.clock)

    def redact_recording(self, recording: Recording, start: float, end: float,
                         how: RedactWith, reason: str, by: str, *,
                         keep_original: bool = False) -> float:
        """Bleep or silence a stretch of a recording (any thread; see `redact_in_folder`)."""
        from mysteryshop.services.call_events import redact_in_folder

        return redact_in_folder(self.folder, recording, start, end, how, reason, by,
                                self.sessions.clock, keep_original=keep_original)

    def delete_audio(self, recording_ids: Sequence[int]) -> int:
        """Delete recordings' audio from the disk, keeping their rows, sessions and markers
        (any thread); how many files went."""
        from mysteryshop.services.library import delete_audio

        return delete_audio(self.folder, recording_ids, self.sessions.clock())

    def apply_retention(self, days: int) -> int:
        """Delete the audio of sessions finished more than `days` ago (any thread; 0 or
        less keeps everything); how many files went."""
        from mysteryshop.services.library import expired_recordings

        if days <= 0:
            return 0
        expired = expired_recordings(self.folder, days, self.sessions.clock())
        deleted = self.delete_audio(expired) if expired else 0
        if deleted:
            logger.info("Retention (%d days): deleted %d recordings", days, deleted)
        return deleted

    # -- the team folder -----------------------------------------------------------------

    def team_settings(self) -> tuple[str, bool]:
        """The team folder ("": none) and whether recordings go there."""
        return self._repository.team_settings()

    def set_team_settings(self, folder: str, with_recordings: bool) -> None:
        self._repository.set_team_settings(folder, with_recordings)

    def team_sync(self) -> SyncReport | None:
        """One pass through the team folder as set (None: none is set), on connections of
        its own (any thread). Reads its settings on that connection too."""
        from mysteryshop.services.team_folder import TeamFolder

        with self.folder.connection() as repository:
            where, with_recordings = repository.team_settings()
        if not where:
            return None
        return TeamFolder(self.folder, Path(where), with_recordings=with_recordings,
                          clock=self.sessions.clock).sync()

    @property
    def exports(self) -> ExportService:
        from mysteryshop.services.exporting import ExportService  # on first use

        return ExportService(self.folder)

    @property
    def sharing(self) -> SharingService:
        from mysteryshop.services.sharing import SharingService  # on first use

        return SharingService(self.folder)

    @property
    def recording(self) -> RecordingService:
        if self._recording is None:
            from mysteryshop.services.recording import RecordingService

            self._recording = (
                RecordingService(self.sessions, self.folder, self._recorder_factory)
                if self._recorder_factory else RecordingService(self.sessions, self.folder))
        return self._recording

    def close(self) -> None:
        self.library.empty_trash()  # deleted sessions can be undone only while we run
        self._repository.close()
        self.folder.mark_closed()
