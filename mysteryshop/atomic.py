"""Write a file whole or not at all: the one way the workbook and the bundle are saved."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def shareable_mode() -> int:
    """The mode a new document gets from the user's umask (mkstemp's files are 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_write(target: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A file to write that becomes `target` only when the block ends without error.

    It is a temporary file beside `target` (same filesystem, so the rename is atomic),
    flushed and fsynced before it is renamed over `target`, and the folder is fsynced
    after, so a power cut leaves the old file or the new one, never half of one. An
    exception (a full disk, a cancel, a bug) removes the temporary file and leaves an
    older `target` as it was. OSErrors are raised as they are: the caller explains them.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
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
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
