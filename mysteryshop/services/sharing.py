"""Sharing sessions as a bundle and importing one: one service for the CLI and the app.

Each call opens its own connection, so it can run on a worker thread while the UI keeps
its own.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.bundle.report import ImportReport
from mysteryshop.errors import (
    BundleCancelledError,
    BundleError,
    DatabaseLockedError,
    NotFoundError,
    StorageError,
)
from mysteryshop.paths import ensure_private_dir
from mysteryshop.services.data_folder import STAGING_PREFIX, DataFolder, remove_stale_staging
from mysteryshop.services.exporting import load_sessions

if TYPE_CHECKING:
    from mysteryshop.bundle.limits import Limits
    from mysteryshop.bundle.manifest import SharedTarget
    from mysteryshop.bundle.merge import SessionMerge
    from mysteryshop.bundle.reader import StagedBundle
    from mysteryshop.bundle.writer import BundleWritten, ByteProgress
    from mysteryshop.call_events import AudioRecords
    from mysteryshop.loop import Action, Finding
    from mysteryshop.model import Session
    from mysteryshop.perception import PerceptionResponse
    from mysteryshop.storage.repository import Repository
    from mysteryshop.template_file import Template

logger = logging.getLogger(__name__)

BUSY_WAIT_SECONDS = 15.0  # how long an import waits for a database another program holds
Cancelled = Callable[[], bool]


class SharingService:
    """Bundles written and read; their modules load on first use, not at start-up."""

    def __init__(self, folder: DataFolder, limits: Limits | None = None) -> None:
        self.folder = folder
        self.limits = limits

    def share(
        self,
        out: Path,
        *,
        round_label: str | None = None,
        session_ids: Sequence[str] | None = None,
        progress: ByteProgress | None = None,
        cancelled: Cancelled | None = None,
        with_recordings: bool = True,
    ) -> BundleWritten:
        """Write the given sessions (or one round's) and their recordings (unless not
        `with_recordings`: the rows go, the audio stays here) to `out`."""
        from mysteryshop.bundle.writer import write_bundle

        sessions = load_sessions(self.folder, round_label, session_ids)
        if not sessions:
            raise NotFoundError(f"Round {round_label!r} has no sessions to share."
                                if round_label is not None else "There are no sessions to share.")
        with self.folder.connection() as repository:
            going = gather(repository, sessions)
        written = write_bundle(sessions, self.folder.root, out,
                               journal=self.folder.pending_writes, progress=progress,
                               cancelled=cancelled, targets=going.targets, loop=going.loop,
                               reach=going.reach, responses=going.responses,
                               audio=going.audio, with_recordings=with_recordings,
                               templates=going.templates)
        logger.info("Shared %d sessions and %d recordings in %s", written.sessions,
                    written.recordings, written.path)
        return written

    def import_bundle(
        self,
        bundle: Path,
        *,
        progress: ByteProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Merge the bundle into the database: all of it, or (on any problem) nothing.

        The bundle is checked and unpacked into a staging folder inside the data folder
        first; only then, in one transaction, are rows written and files moved into place.
        Raises BundleError with the reason when the bundle is refused.
        """
        import uuid  # ~5 ms (it loads platform): not on the start-up path

        from mysteryshop.bundle.apply import merge_staged
        from mysteryshop.bundle.limits import Limits
        from mysteryshop.bundle.reader import read_bundle

        data_dir = self.folder.root
        remove_stale_staging(data_dir)
        try:
            staging = ensure_private_dir(
                data_dir / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex}")
        except OSError as exc:
            raise _refused(bundle, BundleError("the data folder is not writable ({reason})",
                                               reason=exc.strerror or exc)) from exc
        try:
            try:
                staged = read_bundle(bundle, staging, limits=self.limits or Limits(),
                                     progress=progress,
                                     cancelled=cancelled)
            except BundleCancelledError:
                raise  # says so itself: not a refusal
            except BundleError as exc:
                logger.info("Refused %s: %s", bundle, exc)
                raise _refused(bundle, exc) from exc
            report = ImportReport(bundle, self._merge_when_free(bundle, staged, merge_staged))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        logger.info("Imported %s: %s", bundle, report.counts())
        return report

    def _merge_when_free(self, bundle: Path, staged: StagedBundle,
                         merge: Callable[[Repository, Path, StagedBundle], list[SessionMerge]]
                         ) -> list[SessionMerge]:
        """Merge once the database is free: another program (or a second import) writing
        to it is waited for, a while, before the import gives up, changing nothing."""
        deadline = time.monotonic() + BUSY_WAIT_SECONDS
        while True:
            try:
                with self.folder.connection() as repository:
                    return merge(repository, self.folder.root, staged)
            except (sqlite3.OperationalError, StorageError) as exc:
                if not _is_busy(exc):
                    raise
                if time.monotonic() > deadline:
                    raise _refused(bundle, BundleError(
                        "the database stayed busy: another program (or another Mystery Shop "
                        "window) kept writing to it. Try again in a moment")) from exc
                logger.info("Database busy; importing %s again shortly", bundle.name)
                time.sleep(0.25)


def _is_busy(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseLockedError) or (
        isinstance(exc, sqlite3.OperationalError | StorageError)
        and ("locked" in str(exc) or "busy" in str(exc)))


def _refused(bundle: Path, reason: BundleError) -> BundleError:
    """The whole refusal around its reason (an error itself: the window translates both)."""
    return BundleError("{file} was not imported: {reason}. Nothing was changed.",
                       file=bundle.name, reason=reason)


@dataclass(frozen=True)
class Alongside:
    """What goes with shared sessions: their rounds' plans, findings and actions (with the
    earlier findings they say held or not), perception responses, and the audio records."""

    targets: list[SharedTarget]
    loop: tuple[list[Finding], list[Action]]
    reach: list[tuple[str, str, int, float]]
    responses: list[PerceptionResponse]
    audio: AudioRecords
    templates: list[Template]  # the team-made ones the sessions were run with


def gather(repository: Repository, sessions: Sequence[Session]) -> Alongside:
    from mysteryshop.bundle.manifest import SharedTarget

    rounds = sorted({s.round for s in sessions})
    targets = [SharedTarget(t, at) for t, at in repository.target_records(rounds)]
    checked = {i for s in sessions for i in s.finding_checks}
    findings = [f for f in repository.findings() if f.round in rounds or f.id in checked]
    ids = {f.id for f in findings}
    actions = [a for a in repository.actions() if ids.intersection(a.finding_ids)]
    responses = [r for r in repository.responses() if r.round in rounds]
    used = {(s.template_id, s.template_version) for s in sessions}
    templates = [t for t in repository.stored_templates() if (t.id, t.version) in used]
    return Alongside(targets, (findings, actions), repository.reach_records(rounds),
                     responses, repository.audio_records([s.id for s in sessions]), templates)
