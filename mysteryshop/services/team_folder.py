"""The team folder: a folder the team's own sync service (OneDrive, Dropbox, Google Drive,
Syncthing, a network share) keeps in step between laptops. Each laptop writes one bundle
per session it has, named for the session and for itself, and only when the session
changed; it reads the other laptops' bundles with the usual merge rules, only when they
changed. A laptop never writes a file another laptop wrote.

What sync services do is expected, not feared: a conflict copy ("… (conflicted copy …)",
"….sync-conflict-…") is read like any other bundle and merges into the same session; a
half-arrived file fails its checks and is read again once it changes; a folder that is
offline or gone is said, and nothing is lost; laptops' clocks decide nothing (the merge
counts edits).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.bundle.merge import Outcome
from mysteryshop.errors import BundleCancelledError, BundleError
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import Alongside, SharingService, gather

if TYPE_CHECKING:
    from mysteryshop.bundle.limits import Limits
    from mysteryshop.bundle.report import ImportReport
    from mysteryshop.model import Session
    from mysteryshop.storage.repository import Repository

logger = logging.getLogger(__name__)

SUFFIX = ".mshop"
# <session id>.<this database's name>.<host>[anything a sync service adds].mshop
NAME = re.compile(r"^(?P<session>[0-9a-f]{32})\.(?P<device>[0-9a-f]+)\.(?P<host>[A-Za-z0-9-]*)")


def host_name() -> str:
    """This computer's name as file names can carry it (what the home list shows)."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", socket.gethostname()).strip("-")[:40] or "laptop"


@dataclass
class SyncReport:
    """What one pass moved."""

    published: list[str] = field(default_factory=list)  # session ids written
    unchanged: int = 0  # sessions whose bundle was already as they are
    received: list[tuple[str, ImportReport]] = field(default_factory=list)  # file, report
    failed: list[tuple[str, str]] = field(default_factory=list)  # file, why (read again
    #                                                             once it changes)
    problem: str = ""  # the folder itself could not be used: why

    def lines(self) -> list[str]:
        if self.problem:
            return [self.problem]
        lines = [f"Published {len(self.published)} session(s); {self.unchanged} unchanged."]
        for name, report in self.received:
            changed = len(report.changed_ids())
            lines.append(f"Read {name}: {changed} session(s) added or updated.")
        lines += [f"Could not read {name} (read again when it changes): {why}"
                  for name, why in self.failed]
        if not self.received and not self.failed:
            lines.append("Nothing new from the other laptops.")
        return lines


class TeamFolder:
    """One pass at a time (`sync`): publish, then read. Opens its own connections, so it
    can run on a worker thread."""

    def __init__(self, folder: DataFolder, team_dir: Path, *, with_recordings: bool = True,
                 clock: Callable[[], float] = time.time, limits: Limits | None = None,
                 host: str | None = None) -> None:
        self.folder = folder
        self.team_dir = team_dir
        self.with_recordings = with_recordings
        self.clock = clock
        self.sharing = SharingService(folder, limits)
        self.host = host or host_name()

    def sync(self, cancelled: Callable[[], bool] | None = None) -> SyncReport:
        report = SyncReport()
        if not self.team_dir.is_dir():
            report.problem = (f"The team folder {self.team_dir} is not there (offline, or "
                              "moved?): nothing was synced; this computer keeps everything.")
            return report
        try:
            self._publish(report)
            self._receive(report, cancelled)
        except OSError as exc:
            report.problem = (f"The team folder {self.team_dir} could not be used "
                              f"({exc.strerror or exc}); this computer keeps everything.")
        logger.info("Team folder %s: %s", self.team_dir, " ".join(report.lines()))
        return report

    # -- publishing ----------------------------------------------------------------------

    def own_name(self, session_id: str, device: str) -> str:
        return f"{session_id}.{device}.{self.host}{SUFFIX}"

    def _publish(self, report: SyncReport) -> None:
        from mysteryshop.bundle.writer import write_bundle

        with self.folder.connection() as repository:
            device = repository.device
            known = repository.team_fingerprints()
            for session in repository.load_sessions():
                if session.demo:
                    continue  # the demo is each laptop's own, for trying things out
                going = gather(repository, [session])
                fingerprint = self.fingerprint(session, going)
                target = self.team_dir / self.own_name(session.id, device)
                synced, published = known.get(session.id, ("", False))
                if synced == fingerprint and (target.exists() or not published):
                    report.unchanged += 1  # as published (or received, unchanged here)
                    continue
                write_bundle([session], self.folder.root, target,
                             journal=self.folder.pending_writes, targets=going.targets,
                             loop=going.loop, reach=going.reach, responses=going.responses,
                             audio=going.audio, with_recordings=self.with_recordings,
                             templates=going.templates)
                repository.set_team_published(session.id, fingerprint, self.clock())
                report.published.append(session.id)

    def fingerprint(self, session: Session, going: Alongside) -> str:
        """What the session's bundle would hold, hashed: its manifest (the recordings by
        the hash they kept, or their size and time), without the moment it is written."""
        from mysteryshop.bundle.manifest import FileEntry, manifest_dict

        files: dict[int, FileEntry] = {}
        if self.with_recordings:
            for step in session.steps:
                for r in step.recordings:
                    path = self.folder.root / r.path
                    if r.digest is not None and r.digest.still_matches(path):
                        files[r.id] = FileEntry(r.path, r.digest.sha256, r.digest.size)
                    elif path.is_file():
                        stat = path.stat()
                        files[r.id] = FileEntry(r.path, f"{stat.st_mtime_ns}", stat.st_size)
        manifest = manifest_dict([session], files, 0.0, going.targets, going.loop,
                                 going.reach, going.responses, going.audio, going.templates)
        text = json.dumps(manifest, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    # -- receiving -----------------------------------------------------------------------

    def _receive(self, report: SyncReport, cancelled: Callable[[], bool] | None) -> None:
        with self.folder.connection() as repository:
            device = repository.device
            seen = repository.team_files_seen()
        for path in sorted(self.team_dir.glob(f"*{SUFFIX}")):
            named = NAME.match(path.name)
            if path.name.startswith(".") or (
                    named and named["device"] == device
                    and path.name == self.own_name(named["session"], device)):
                continue  # a write in progress, or this laptop's own bundle
            try:
                stat = path.stat()
            except OSError:
                continue  # gone since it was listed
            before = seen.get(path.name)
            if before and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                continue
            self._read(path, stat.st_size, stat.st_mtime_ns,
                       named["host"] if named else "", report, cancelled)

    def _read(self, path: Path, size: int, mtime_ns: int, host: str, report: SyncReport,
              cancelled: Callable[[], bool] | None) -> None:
        try:
            received = self.sharing.import_bundle(path, cancelled=cancelled)
        except BundleCancelledError:
            raise
        except BundleError as exc:  # half-arrived, or refused: read again once it changes
            with self.folder.connection() as repository:
                repository.set_team_file_seen(path.name, size, mtime_ns, self.clock(), str(exc))
            report.failed.append((path.name, str(exc)))
            return
        with self.folder.connection() as repository:
            repository.set_team_file_seen(path.name, size, mtime_ns, self.clock())
            changed = [m.incoming.id for m in received.sessions
                       if m.outcome is not Outcome.SKIPPED]
            for session in repository.load_sessions(ids=changed) if changed else []:
                # As received: not published back unless it changes here.
                repository.set_team_received(session.id, self._local(repository, session),
                                             host or "?", self.clock())
        report.received.append((path.name, received))

    def _local(self, repository: Repository, session: Session) -> str:
        return self.fingerprint(session, gather(repository, [session]))

