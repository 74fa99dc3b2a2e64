"""Share and import bundles from the database file: one call each for the CLI and the app.

Each opens its own connection, so it can run on a worker thread while the UI keeps its own.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mysteryshop.audio.wav_repair import repair_wav
from mysteryshop.bundle.merge import Outcome, SessionMerge, plan_merge
from mysteryshop.bundle.reader import Limits, StagedBundle, read_bundle
from mysteryshop.bundle.writer import BundleWritten, ByteProgress, write_bundle
from mysteryshop.errors import AudioError, BundleCancelledError, BundleError, NotFoundError
from mysteryshop.model import Recording, RecordingStatus, Session
from mysteryshop.paths import ensure_private_dir
from mysteryshop.storage import imports
from mysteryshop.storage.repository import Repository

logger = logging.getLogger(__name__)

DEFAULT_LIMITS = Limits()
STAGING_PREFIX = ".import-"
STALE_STAGING_SECONDS = 3600.0


def export_bundle(
    db_path: Path,
    data_dir: Path,
    out: Path,
    *,
    round_label: str | None = None,
    session_ids: Sequence[str] | None = None,
    progress: ByteProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleWritten:
    """Write the given sessions (or one round's) and their recordings to `out`."""
    sessions = Repository.sessions_from(db_path, round_label, session_ids)
    if not sessions:
        raise NotFoundError(f"Round {round_label!r} has no sessions to share."
                            if round_label is not None else "There are no sessions to share.")
    return write_bundle(sessions, data_dir, out, progress=progress, cancelled=cancelled)


@dataclass
class ImportReport:
    bundle: Path
    sessions: list[SessionMerge]

    def of(self, outcome: Outcome) -> list[SessionMerge]:
        return [s for s in self.sessions if s.outcome is outcome]

    def lines(self) -> list[str]:
        """One line per session, then the counts (what the CLI prints, the app lists)."""
        lines = []
        for merge in self.sessions:
            if merge.outcome is Outcome.ADDED:
                lines.append(f"added: {merge.label}")
            elif merge.outcome is Outcome.UPDATED:
                lines.append(f"updated: {merge.label} ({', '.join(merge.changes)})")
            else:
                lines.append(f"skipped: {merge.label} ({merge.reason})")
        lines.append(self.counts())
        return lines

    def counts(self) -> str:
        return (f"{len(self.of(Outcome.ADDED))} added, {len(self.of(Outcome.UPDATED))} updated, "
                f"{len(self.of(Outcome.SKIPPED))} skipped")


def import_bundle(
    db_path: Path,
    data_dir: Path,
    bundle: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: ByteProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Merge the bundle into the database: all of it, or (on any problem) nothing.

    The bundle is checked and unpacked into a staging folder inside the data folder
    first; only then, in one transaction, are rows written and files moved into place.
    Raises BundleError with the reason when the bundle is refused.
    """
    _remove_stale_staging(data_dir)
    try:
        staging = ensure_private_dir(data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}")
    except OSError as exc:
        raise BundleError(_refused(bundle, f"the data folder is not writable "
                                           f"({exc.strerror or exc})")) from exc
    try:
        try:
            staged = read_bundle(bundle, staging, limits=limits, progress=progress,
                                 cancelled=cancelled)
        except BundleCancelledError:
            raise  # says so itself: not a refusal
        except BundleError as exc:
            raise BundleError(_refused(bundle, str(exc))) from exc
        repository = Repository.open(db_path)
        try:
            return ImportReport(bundle, _merge(repository, data_dir, staged))
        finally:
            repository.close()
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(data_dir: Path) -> None:
    """An import killed mid-way leaves its staging folder: remove those over an hour old."""
    for folder in data_dir.glob(f"{STAGING_PREFIX}*"):
        try:
            if time.time() - folder.stat().st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _refused(bundle: Path, reason: str) -> str:
    return f"{bundle.name} was not imported: {reason}. Nothing was changed."


def _merge(repository: Repository, data_dir: Path, staged: StagedBundle) -> list[SessionMerge]:
    ids = [s.id for s in staged.manifest.sessions]
    local = {s.id: s for s in repository.load_sessions(ids=repository.existing_ids(ids))}
    plans = [plan_merge(local.get(s.id), s, lambda r: (data_dir / r.path).is_file())
             for s in staged.manifest.sessions]
    moved: list[Path] = []
    try:
        with repository.atomic():
            for plan in plans:
                if plan.outcome is not Outcome.SKIPPED:
                    _apply(repository, data_dir, staged, plan, local.get(plan.incoming.id),
                           moved)
    except BaseException as exc:
        for path in moved:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BundleError(f"Could not put the recordings in place: {exc.strerror or exc}. "
                              "Nothing was changed.") from exc
        raise
    return plans


def _apply(repository: Repository, data_dir: Path, staged: StagedBundle, plan: SessionMerge,
           local: Session | None, moved: list[Path]) -> None:
    session = plan.incoming
    if plan.outcome is Outcome.ADDED:
        imports.insert_session(repository, session)
    else:
        if plan.replace_leader_work and local is not None:
            keys = {s.key for s in session.steps} & {s.key for s in local.steps}
            imports.replace_leader_work(repository, session, keys)
        if plan.reviewer is not None:
            repository.update_session(session.id, reviewer=plan.reviewer)
        for key, points in plan.review_points.items():
            repository.update_step(session.id, key, review_points=points)
        for key, note in plan.new_notes:
            repository.add_review_note(session.id, key, note.offset_seconds, note.text,
                                       note.created_at)
    for recording in plan.new_recordings:
        relative = _place(data_dir, staged, session.id, recording, moved)
        repository.add_recording(_as_local(recording, relative, data_dir))
    for ours, name in plan.restored:
        _move(staged.files[name], data_dir / ours.path, moved)
    imports.set_stamps(repository, session.id, plan.edited_at, plan.reviewed_at)


def _place(data_dir: Path, staged: StagedBundle, session_id: str, recording: Recording,
           moved: list[Path]) -> str:
    """Move the recording's file in under a name no local file has; its relative path."""
    name = Path(recording.path).name if recording.path else (
        f"{recording.step_key}-{int(recording.started_at)}.wav")
    folder = f"recordings/{session_id}"
    relative = f"{folder}/{name}"
    n = 1
    while (data_dir / relative).exists():
        n += 1
        relative = f"{folder}/{Path(name).stem}-{n}.wav"
    if recording.path:
        _move(staged.files[recording.path], data_dir / relative, moved)
    return relative


def _move(source: Path, target: Path, moved: list[Path]) -> None:
    ensure_private_dir(target.parent)
    if target.exists():  # never overwrite a file of ours
        raise BundleError(f"{target} appeared during the import; nothing was changed")
    os.replace(source, target)
    moved.append(target)


def _as_local(recording: Recording, relative: str, data_dir: Path) -> Recording:
    """The row for our database; a copy shared mid-recording is repaired like after a crash."""
    local = replace(recording, path=relative)
    if recording.status is RecordingStatus.RECORDING and recording.path:
        try:
            info = repair_wav(data_dir / relative)
        except AudioError as exc:
            return replace(local, status=RecordingStatus.FAILED, error=str(exc))
        return replace(local, status=RecordingStatus.RECOVERED, frames=info.frames)
    if recording.status is RecordingStatus.RECORDING:
        return replace(local, status=RecordingStatus.FAILED,
                       error="The file was not in the shared copy.")
    return local
