"""The sessions on this computer as a whole: the list, rounds, comparing rounds, deleting."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

from mysteryshop.model import RecordingStatus, RoundTouchpoint, Session, SessionSummary
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository

logger = logging.getLogger(__name__)


class SessionLibrary:
    """Reads for the home list and dialogs, over the UI thread's connection."""

    def __init__(self, repository: Repository, folder: DataFolder) -> None:
        self._repository = repository
        self.folder = folder

    def page(self, round_label: str | None = None, *, limit: int | None = None,
             after: SessionSummary | None = None) -> list[SessionSummary]:
        """Sessions newest first, a page at a time (see `Repository.list_sessions`)."""
        return self._repository.list_sessions(round_label, limit=limit, after=after)

    def count(self, round_label: str | None = None) -> int:
        return self._repository.count_sessions(round_label)

    def rounds(self) -> list[str]:
        """Round labels, the most recently used first."""
        return self._repository.rounds()

    def get(self, session_id: str) -> Session:
        return self._repository.get_session(session_id)

    def resolve_id(self, prefix: str) -> str:
        return self._repository.resolve_id(prefix)

    def compare_rounds(self) -> list[RoundTouchpoint]:
        return self._repository.round_comparison()

    def has_interrupted_recordings(self) -> bool:
        """A crash left a recording to repair (cheap: one query, no audio modules)."""
        return bool(self._repository.recordings(RecordingStatus.RECORDING))

    def add_demo(self) -> Session:
        from mysteryshop.demo import create_demo_session

        session = create_demo_session(self._repository, self.folder.root)
        logger.info("Added demo session %s", session.id)
        return session

    def delete(self, session_ids: Sequence[str]) -> int:
        """Delete sessions with everything they hold, their recordings and cached waveforms.

        Rows go first, in one transaction; files follow (a file left behind by a failure
        is only disk space, a row without its file would be a broken session).
        """
        files = [self.folder.root / r.path
                 for r in self._repository.recordings_of(session_ids)]
        caches = _cache_entries([f for f in files if f.exists()], self.folder)
        with self._repository.atomic():
            for session_id in session_ids:
                self._repository.delete_session(session_id)
        for path in [*files, *caches]:
            path.unlink(missing_ok=True)
        for session_id in session_ids:
            shutil.rmtree(self.folder.recordings / session_id, ignore_errors=True)
        logger.info("Deleted %d sessions (%d recordings)", len(session_ids), len(files))
        return len(session_ids)


def _cache_entries(files: list[Path], folder: DataFolder) -> list[Path]:
    if not files:
        return []
    from mysteryshop.audio.waveform import cache_entry  # numpy: only when there is audio

    return [cache_entry(f, folder.waveform_cache) for f in files]
