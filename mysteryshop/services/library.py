"""The sessions on this computer as a whole: the list, rounds, comparing rounds, deleting."""

from __future__ import annotations

import logging
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mysteryshop.model import (
    RecordingStatus,
    RoundTouchpoint,
    Session,
    SessionSort,
    SessionSummary,
)
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage import imports
from mysteryshop.storage.repository import Repository

TRASH_DIR = ".trash"

logger = logging.getLogger(__name__)


class SessionLibrary:
    """Reads for the home list and dialogs, over the UI thread's connection."""

    def __init__(self, repository: Repository, folder: DataFolder) -> None:
        self._repository = repository
        self.folder = folder

    def page(self, round_label: str | None = None, *, limit: int | None = None,
             after: SessionSummary | None = None, offset: int = 0,
             sort: SessionSort | None = None, search: str = "") -> list[SessionSummary]:
        """Sessions newest first (or by `sort`, or those `search` finds), a page at a
        time (see `Repository.list_sessions`)."""
        return self._repository.list_sessions(round_label, limit=limit, after=after,
                                              offset=offset, sort=sort, search=search)

    def count(self, round_label: str | None = None, *, include_demo: bool = True) -> int:
        return self._repository.count_sessions(round_label, include_demo=include_demo)

    def rounds(self, *, include_demo: bool = False) -> list[str]:
        """Round labels, the most recently used first (a demo-only round if asked for)."""
        return self._repository.rounds(include_demo=include_demo)

    def get(self, session_id: str) -> Session:
        return self._repository.get_session(session_id)

    def resolve_id(self, prefix: str) -> str:
        return self._repository.resolve_id(prefix)

    def compare_rounds(self, *, include_demo: bool = False) -> list[RoundTouchpoint]:
        return self._repository.round_comparison(include_demo=include_demo)

    def demo_ids(self) -> list[str]:
        return self._repository.demo_ids()

    def remove_demo(self) -> int:
        """Delete every demo session (one action: the example leaves no trace)."""
        return self.delete(self.demo_ids())

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

    def delete_undoable(self, session_ids: Sequence[str]) -> DeletedSessions:
        """Delete sessions so that `undo_delete` can bring them back while the app runs.

        The sessions are kept whole in memory and their recordings moved aside into the
        data folder's trash, which `empty_trash` clears (at quit, and at the next start
        after a crash): an undo is for "oops", not an archive.
        """
        sessions = self._repository.load_sessions(ids=list(session_ids))
        trash = self.folder.root / TRASH_DIR / uuid.uuid4().hex
        trash.mkdir(parents=True)
        moved: list[tuple[Path, Path]] = []
        try:
            for session in sessions:
                source = self.folder.recordings / session.id
                if source.exists():
                    source.rename(trash / session.id)
                    moved.append((trash / session.id, source))
            with self._repository.atomic():
                for session in sessions:
                    self._repository.delete_session(session.id)
        except BaseException:
            for there, back in moved:
                there.rename(back)
            raise
        logger.info("Deleted %d sessions (undo possible while the app runs)", len(sessions))
        return DeletedSessions(sessions, trash)

    def undo_delete(self, deleted: DeletedSessions) -> int:
        """Put deleted sessions back as they were, recordings included; how many."""
        with self._repository.atomic():
            for session in deleted.sessions:
                imports.insert_session(self._repository, session)
                for step in session.steps:
                    for recording in step.recordings:
                        self._repository.add_recording(recording)
                self._repository.update_session(session.id,
                                                current_page=session.current_page)
                imports.set_stamps(self._repository, session.id, session.edited_at,
                                   session.reviewed_at, session.versions)
        for session in deleted.sessions:
            kept = deleted.trash / session.id
            if kept.exists():
                self.folder.recordings.mkdir(parents=True, exist_ok=True)
                kept.rename(self.folder.recordings / session.id)
        shutil.rmtree(deleted.trash, ignore_errors=True)
        logger.info("Undid deleting %d sessions", len(deleted.sessions))
        return len(deleted.sessions)

    def empty_trash(self) -> None:
        shutil.rmtree(self.folder.root / TRASH_DIR, ignore_errors=True)


@dataclass(frozen=True)
class DeletedSessions:
    """What `delete_undoable` took away: the sessions whole, their recordings set aside."""

    sessions: list[Session]
    trash: Path


def _cache_entries(files: list[Path], folder: DataFolder) -> list[Path]:
    if not files:
        return []
    from mysteryshop.audio.waveform import cache_entry  # numpy: only when there is audio

    return [cache_entry(f, folder.waveform_cache) for f in files]


def delete_audio(folder: DataFolder, recording_ids: Sequence[int], at: float) -> int:
    """Delete these recordings' audio and cached waveforms from the disk; their rows stay
    (marked deleted, and when), with the sessions and their markers. On a connection of
    its own (any thread); how many files were deleted."""
    from mysteryshop.audio.waveform import cache_entry
    from mysteryshop.services.call_events import original_of

    deleted = 0
    with folder.connection() as repository:
        wanted = set(recording_ids)
        for recording in repository.recordings():
            if recording.id not in wanted or recording.deleted_at is not None:
                continue
            path = folder.root / recording.path
            if path.exists():
                cache_entry(path, folder.waveform_cache).unlink(missing_ok=True)
                path.unlink()
                deleted += 1
            original_of(path).unlink(missing_ok=True)  # kept unredacted: gone as well
            repository.update_recording(recording.id, deleted_at=at, digest=None)
            logger.info("Deleted the audio of %s", recording.path)
    return deleted


def expired_recordings(folder: DataFolder, days: int, now: float) -> list[int]:
    """Recordings (not yet deleted) of sessions finished more than `days` ago: what the
    retention setting deletes."""
    with folder.connection() as repository:
        return repository.recordings_finished_before(now - days * 86400)
