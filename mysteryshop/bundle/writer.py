"""Write a bundle: recordings stored as they are, the manifest last, renamed into place."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from mysteryshop.atomic import atomic_write
from mysteryshop.bundle.limits import MAX_TEXT, Limits
from mysteryshop.bundle.manifest import (
    MANIFEST_NAME,
    FileEntry,
    SharedTarget,
    manifest_dict,
)
from mysteryshop.call_events import AudioRecords
from mysteryshop.errors import BundleCancelledError, BundleError
from mysteryshop.file_digest import FileDigest
from mysteryshop.loop import Action, Finding
from mysteryshop.model import Recording, Session
from mysteryshop.perception import PerceptionResponse
from mysteryshop.template_file import Template

CHUNK = 1 << 20
ByteProgress = Callable[[int, int], None]  # bytes done, bytes in all


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    sessions: int
    recordings: int
    missing: list[str]  # recordings whose file was gone, shared without their audio


def write_bundle(
    sessions: list[Session],
    data_dir: Path,
    out: Path,
    *,
    journal: Path | None = None,
    progress: ByteProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    targets: list[SharedTarget] | None = None,
    loop: tuple[list[Finding], list[Action]] = ([], []),
    reach: list[tuple[str, str, int, float]] | None = None,
    responses: list[PerceptionResponse] | None = None,
    audio: AudioRecords | None = None,
    with_recordings: bool = True,
    templates: list[Template] | None = None,
) -> BundleWritten:
    """Write `sessions` and their recordings to `out`: all of it, or nothing.

    WAV audio barely compresses, so recordings are stored (fast, and a reader can check
    sizes against the manifest); the manifest is compressed. Without `with_recordings`
    the recordings' rows go and their audio stays here. The bundle is written to a
    temporary file beside `out` and renamed, so a cancel or a full disk leaves no half file
    and keeps an older bundle of the same name.
    """
    limits = Limits()
    problem = shareable_problem(sessions, limits)
    if problem:
        raise BundleError("Cannot share these sessions: {problem}. Nothing was written.",
                          problem=problem)
    carried: list[tuple[Recording, Path, str]] = []
    missing: list[str] = []
    names: set[str] = set()
    for session in sessions:
        for step in session.steps:
            for recording in step.recordings:
                source = data_dir / recording.path
                if recording.deleted_at is not None or not with_recordings:
                    continue  # its audio was deleted on purpose, or stays: the row goes
                if not source.is_file():
                    missing.append(str(source))
                    continue
                name = _unique(f"recordings/{session.id}/{Path(recording.path).name}", names)
                carried.append((recording, source, name))
    total = sum(source.stat().st_size for _, source, _ in carried) or 1
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(out, journal=journal) as raw, \
                zipfile.ZipFile(raw, "w", allowZip64=True) as bundle:
            files: dict[int, FileEntry] = {}
            done = 0
            for recording, source, name in carried:
                files[recording.id], done = _add_file(bundle, source, name, done, total,
                                                      progress, cancelled, recording.digest)
            manifest = json.dumps(manifest_dict(sessions, files, time.time(), targets, loop,
                                                reach, responses, audio, templates),
                                  indent=1, ensure_ascii=False).encode("utf-8")
            if len(manifest) > limits.manifest_bytes:
                raise BundleError(
                    "Cannot share these sessions in one bundle: their description takes "
                    "{size:.0f} MB, more than a bundle may hold ({limit:.0f} MB). Share a"
                    " round (or fewer sessions) at a time. Nothing was written.",
                    size=len(manifest) / 1e6, limit=limits.manifest_bytes / 1e6)
            bundle.writestr(_entry(MANIFEST_NAME, zipfile.ZIP_DEFLATED), manifest)
    except OSError as exc:
        raise BundleError(
            "Could not write {out}: {reason}. Nothing was written.", out=out,
            reason=exc.strerror or exc) from exc
    return BundleWritten(out, len(sessions), len(carried), missing)


def shareable_problem(sessions: list[Session], limits: Limits) -> str | None:
    """Why the reader would refuse a bundle of `sessions` (None: it would not)."""
    if len(sessions) > limits.sessions:
        return (f"{len(sessions)} sessions are more than one bundle may hold "
                f"({limits.sessions}); share a round at a time")
    for session in sessions:
        where = f"{session.company} · {session.leader}"
        texts = [session.leader, session.company, session.round, session.website,
                 session.phone, session.surprised, session.reviewer]
        for step in session.steps:
            if len(step.markers) > limits.markers_per_step:
                return f"{where}, {step.title}: more than {limits.markers_per_step} markers"
            if len(step.feeling_trace) > limits.feeling_changes_per_step:
                return (f"{where}, {step.title}: more than "
                        f"{limits.feeling_changes_per_step} live feeling changes")
            if len(step.review_notes) > limits.notes_per_step:
                return (f"{where}, {step.title}: more than {limits.notes_per_step} reviewer "
                        "notes")
            texts += [step.notes, *(a.comment for a in step.answers.values()),
                      *(m.text for m in step.markers), *(n.text for n in step.review_notes)]
        if any(len(text) > MAX_TEXT for text in texts):
            return (f"{where}: a text is longer than a bundle may carry "
                    f"({MAX_TEXT:,} characters)")
    return None


def _add_file(bundle: zipfile.ZipFile, source: Path, name: str, done: int, total: int,
              progress: ByteProgress | None, cancelled: Callable[[], bool] | None,
              known: FileDigest | None = None) -> tuple[FileEntry, int]:
    """Store a file; its hash is the one `known` from when it was finished if the file is
    unchanged since (the reader checks every byte either way), else taken on the way."""
    reuse = known is not None and known.still_matches(source)
    with source.open("rb") as src, bundle.open(_entry(name, zipfile.ZIP_STORED), "w",
                                               force_zip64=True) as dst:
        digest, size = copy_hashing(
            src, dst, done, total, progress, cancelled,
            BundleCancelledError("Sharing was cancelled; nothing was written."),
            hashing=not reuse)
    if reuse and known is not None:
        if size != known.size:  # changed after all, between the look and the copy
            raise BundleError("{name} changed while it was shared; share again. Nothing "
                              "was written.", name=source.name)
        digest = known.sha256
    return FileEntry(name, digest, size), done + size


def copy_hashing(src: IO[bytes], dst: IO[bytes], done: int, total: int,
                 progress: ByteProgress | None, cancelled: Callable[[], bool] | None,
                 on_cancel: BundleCancelledError, *, hashing: bool = True) -> tuple[str, int]:
    """Copy a chunk at a time, hashing on the way: (SHA-256 hex, bytes copied); without
    `hashing`, ("", bytes copied).

    `done` and `total` place this file in the whole job's progress.
    """
    digest = hashlib.sha256() if hashing else None
    size = 0
    while chunk := src.read(CHUNK):
        if cancelled is not None and cancelled():
            raise on_cancel
        dst.write(chunk)
        if digest is not None:
            digest.update(chunk)
        size += len(chunk)
        if progress is not None:
            progress(min(done + size, total), max(total, 1))
    return (digest.hexdigest() if digest is not None else ""), size


def _entry(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = compression
    info.external_attr = 0o600 << 16  # a plain file, owner-only: these are people's calls
    return info


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    taken.add(candidate)
    return candidate
