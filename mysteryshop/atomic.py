"""Write a file whole or not at all: the one way the workbook and the bundle are saved."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from mysteryshop.processes import process_alive


def shareable_mode() -> int:
    """The mode a new document gets from the user's umask (mkstemp's files are 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


PENDING_SUFFIX = ".pending-write"


@contextmanager
def atomic_write(target: Path, *, mode: int | None = None,
                 journal: Path | None = None) -> Iterator[BinaryIO]:
    """A file to write that becomes `target` only when the block ends without error.

    It is a temporary file beside `target` (same filesystem, so the rename is atomic),
    flushed and fsynced before it is renamed over `target`, and the folder is fsynced
    after, so a power cut leaves the old file or the new one, never half of one. An
    exception (a full disk, a cancel, a bug) removes the temporary file and leaves an
    older `target` as it was. OSErrors are raised as they are: the caller explains them.

    A process killed mid-write cannot remove its temporary file (people's notes, in a
    folder the user chose): with a `journal` folder, the write notes where it is, and
    `remove_abandoned_writes` removes it at the next start.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    note = _note_pending(journal, temporary) if journal is not None else None
    try:
        with os.fdopen(fd, "w+b") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)
    _fsync_folder(target.parent)


def _note_pending(journal: Path, temporary: Path) -> Path | None:
    try:
        journal.mkdir(mode=0o700, parents=True, exist_ok=True)
        note = journal / f"{os.getpid()}-{temporary.name}{PENDING_SUFFIX}"
        note.write_text(str(temporary), encoding="utf-8")
    except OSError:
        return None  # a read-only data folder: the write itself can still go ahead
    return note


def remove_abandoned_writes(journal: Path) -> int:
    """Remove the temporary files of writes whose process is gone; how many."""
    removed = 0
    for note in journal.glob(f"*{PENDING_SUFFIX}"):
        owner = note.name.split("-")[0]
        if not owner.isdigit() or process_alive(int(owner)):
            continue
        try:
            temporary = Path(note.read_text(encoding="utf-8").strip())
            # Only what atomic_write makes: a hidden ".<name>.<random>.part".
            if temporary.name.startswith(".") and temporary.name.endswith(".part"):
                temporary.unlink(missing_ok=True)
                removed += 1
            note.unlink(missing_ok=True)
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
