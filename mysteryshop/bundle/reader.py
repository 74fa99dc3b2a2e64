"""Open an untrusted bundle: check every entry, the manifest and every checksum first.

Nothing here writes outside the staging folder it is given, and a bundle with any
problem is refused whole: a bundle is either a valid copy of someone's sessions or
not one at all.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mysteryshop.bundle.limits import Limits
from mysteryshop.bundle.manifest import MANIFEST_NAME, Manifest, parse_manifest
from mysteryshop.bundle.writer import ByteProgress, copy_hashing
from mysteryshop.errors import BundleCancelledError, BundleError

# A recording entry: recordings/<session id>/<file>.wav, plain characters only.
_RECORDING_NAME = re.compile(
    r"recordings/[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}\.wav")
_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass
class StagedBundle:
    """A bundle that passed every check: its manifest, and its files copied to staging."""

    manifest: Manifest
    files: dict[str, Path]  # bundle name -> verified copy in the staging folder


def read_bundle(
    path: Path,
    staging: Path,
    *,
    limits: Limits | None = None,
    progress: ByteProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StagedBundle:
    """Check the bundle at `path` and copy its files into `staging` (which must exist).

    Raises BundleError naming the first problem; the caller removes `staging`.
    """
    limits = limits or Limits()
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError("the file does not exist") from None
    except zipfile.BadZipFile:
        raise BundleError("it is not a Mystery Shop bundle (not a zip file)") from None
    except OSError as exc:
        raise BundleError("it cannot be read: {reason}", reason=exc.strerror or exc) from exc
    with archive:
        entries = _checked_entries(archive, limits)
        manifest = _read_manifest(archive, entries, limits)
        _match_files(manifest, entries)
        needed = sum(entries[name].file_size for name in manifest.files)
        free = shutil.disk_usage(staging).free
        if needed > free:
            raise BundleError(
                "it holds {size:.0f} MB of recordings and only {free:.0f} MB is free"
                " on the disk of the data folder", size=needed / 1e6, free=free / 1e6)
        files = _stage(archive, manifest, entries, staging, needed, progress, cancelled)
    return StagedBundle(manifest, files)


def entry_problem(name: str) -> str | None:
    """Why an entry name is unsafe to unpack anywhere, or None when it is a plain path."""
    if not name:
        return "an entry has no name"
    if "\\" in name:
        return f"the entry {name!r} uses backslashes (a Windows path)"
    if name.startswith("/"):
        return f"the entry {name!r} is an absolute path"
    if _DRIVE.match(name):
        return f"the entry {name!r} names a drive"
    parts = name.split("/")
    if ".." in parts:
        return f"the entry {name!r} points outside the bundle ('..')"
    if any(part in ("", ".") for part in parts) or any(ord(c) < 32 for c in name):
        return f"the entry {name!r} is not a plain file name"
    return None


def _checked_entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    has_manifest = any(i.filename == MANIFEST_NAME for i in infos)
    if len(infos) > limits.entries:
        raise BundleError("it has {count} entries (at most {entries} make sense)",
                          count=len(infos), entries=limits.entries)
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        problem = entry_problem(name.rstrip("/"))
        if problem:
            raise BundleError(problem)
        if info.is_dir():
            raise BundleError("the entry {name!r} is a folder; a bundle holds only files",
                              name=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError("the entry {name!r} is a link", name=name)
        if info.flag_bits & 0x1:
            raise BundleError("the entry {name!r} is encrypted", name=name)
        if name in entries:
            raise BundleError("the entry {name!r} appears twice", name=name)
        if name != MANIFEST_NAME and not _RECORDING_NAME.fullmatch(name):
            if not has_manifest:  # some other zip: a .docx, an archive of photos
                raise BundleError("it is not a Mystery Shop bundle (another kind of zip file, "
                                  "without a {manifest})", manifest=MANIFEST_NAME)
            raise BundleError("it holds {name!r}, which is not part of a Mystery Shop bundle",
                              name=name)
        limit = limits.manifest_bytes if name == MANIFEST_NAME else limits.file_bytes
        if info.file_size > limit:
            raise BundleError(
                "the entry {name!r} claims {size:.0f} MB (at most {limit:.0f} MB make"
                " sense)", name=name, size=info.file_size / 1e6, limit=limit / 1e6)
        # Our writer stores recordings as they are and deflates the manifest: anything
        # else (bzip2, LZMA, a compressed "recording") is not ours, and its header's size
        # cannot be trusted while it unpacks.
        if name != MANIFEST_NAME and (info.compress_type != zipfile.ZIP_STORED
                                      or info.compress_size != info.file_size):
            raise BundleError("the entry {name!r} is compressed; a bundle stores its recordings as "
                              "they are (a zip bomb?)", name=name)
        if name == MANIFEST_NAME and info.compress_type not in (zipfile.ZIP_STORED,
                                                                 zipfile.ZIP_DEFLATED):
            raise BundleError("the entry {name!r} is compressed in a way a bundle never is",
                              name=name)
        total += info.file_size
        entries[name] = info
    if total > limits.total_bytes:
        raise BundleError("it unpacks to {size:.1f} GB (at most {limit:.0f} GB make sense)",
                          size=total / 1e9, limit=limits.total_bytes / 1e9)
    return entries


def _read_manifest(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo],
                   limits: Limits) -> Manifest:
    info = entries.get(MANIFEST_NAME)
    if info is None:
        raise BundleError("it has no {manifest}: it is not a Mystery Shop bundle",
                          manifest=MANIFEST_NAME)
    try:
        data = json.loads(_read_all(archive, info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError("its manifest is not valid JSON ({reason})", reason=exc) from None
    except RecursionError:
        raise BundleError("its manifest is nested too deeply to be ours") from None
    try:
        return parse_manifest(data, limits)
    except RecursionError:
        raise BundleError("its manifest is nested too deeply to be ours") from None


def _match_files(manifest: Manifest, entries: dict[str, zipfile.ZipInfo]) -> None:
    carried = set(entries) - {MANIFEST_NAME}
    for name, entry in manifest.files.items():
        if name not in carried:
            raise BundleError("its manifest lists {name!r}, which the bundle does not hold",
                              name=name)
        if entries[name].file_size != entry.size:
            raise BundleError("the size of {name!r} does not match its manifest", name=name)
    unlisted = sorted(carried - set(manifest.files))
    if unlisted:
        raise BundleError("it holds {name!r}, which its manifest does not list", name=unlisted[0])


def _stage(archive: zipfile.ZipFile, manifest: Manifest, entries: dict[str, zipfile.ZipInfo],
           staging: Path, total: int, progress: ByteProgress | None,
           cancelled: Callable[[], bool] | None) -> dict[str, Path]:
    """Copy every file out under a made-up name, checking its SHA-256 on the way."""
    staged: dict[str, Path] = {}
    done = 0
    for number, (name, entry) in enumerate(sorted(manifest.files.items())):
        target = staging / f"{number:05d}.wav"
        try:
            with archive.open(entries[name]) as src, target.open("xb") as dst:
                digest, size = copy_hashing(
                    src, dst, done, total, progress, cancelled,
                    BundleCancelledError("The import was cancelled; nothing changed."))
        except zipfile.BadZipFile as exc:
            raise BundleError("{name!r} is damaged ({reason})", name=name, reason=exc) from None
        except OSError as exc:
            raise BundleError("it could not be unpacked: {reason}",
                              reason=exc.strerror or exc) from exc
        done += size
        if digest != entry.sha256:
            raise BundleError(
                "the checksum of {name!r} does not match its manifest: the file was "
                "damaged or changed after it was shared", name=name)
        target.chmod(0o600)
        staged[name] = target
    return staged


def _read_all(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry, read a chunk at a time and never past the size its header declares
    (a header that lies is caught by the CRC check at the end, with memory still flat)."""
    chunks, size = [], 0
    try:
        with archive.open(info) as src:
            while chunk := src.read(1 << 20):
                size += len(chunk)
                if size > info.file_size:
                    raise BundleError("{filename!r} holds more than it declares",
                                      filename=info.filename)
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError("{filename!r} is damaged ({reason})", filename=info.filename,
                          reason=exc) from None
    return b"".join(chunks)
