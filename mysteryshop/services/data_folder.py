"""Where one user's data lives, and the factory every service opens its connection with."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mysteryshop.paths import DATABASE_NAME
from mysteryshop.processes import process_alive
from mysteryshop.storage.repository import Repository

logger = logging.getLogger(__name__)

RECORDINGS_DIR = "recordings"
WAVEFORM_CACHE_DIR = "cache/waveforms"


@dataclass(frozen=True)
class DataFolder:
    """The data folder and its database file.

    A service that works on another thread (export, sharing, import) is handed this and
    opens a connection of its own with `connect()`: SQLite connections belong to the thread
    that made them, and a path is never pulled back out of someone else's repository.
    """

    root: Path
    database_file: Path | None = None  # another database the user chose; default: in root

    @property
    def database(self) -> Path:
        return self.database_file or self.root / DATABASE_NAME

    @property
    def recordings(self) -> Path:
        return self.root / RECORDINGS_DIR

    @property
    def waveform_cache(self) -> Path:
        return self.root / WAVEFORM_CACHE_DIR

    @property
    def pending_writes(self) -> Path:
        """Notes of workbooks and bundles being written (see atomic.atomic_write)."""
        return self.root / ".pending-writes"

    def with_database(self, database: Path) -> DataFolder:
        return DataFolder(self.root, database)

    def connect(self, *, check: bool = False) -> Repository:
        """A new connection (see `open_database` for `check` and the StorageErrors)."""
        return Repository.open(self.database, check=check)

    # -- was the database closed cleanly? ---------------------------------------------
    # Each process that has the database open leaves a marker beside it (<db>.open-PID)
    # and removes it when it closes. A marker left by someone else means a process
    # died with the file open (or another one is running): the next open checks the
    # file's integrity before anything else. "<db>.check" asks for that check too.

    def _markers(self) -> list[Path]:
        name = self.database.name
        return [*self.database.parent.glob(f"{name}.open-*"),
                *self.database.parent.glob(f"{name}.check")]

    def needs_check(self) -> bool:
        return bool(self._markers())

    def mark_open(self) -> None:
        try:
            for marker in self._markers():  # checked (or about to be) by whoever called this
                marker.unlink(missing_ok=True)
            self._own_marker().touch()
        except OSError:  # a read-only folder: nothing to mark, nothing lost
            logger.warning("Cannot leave an open-marker beside %s", self.database)

    def mark_closed(self) -> None:
        try:
            self._own_marker().unlink(missing_ok=True)
        except OSError:
            logger.warning("Cannot remove the open-marker beside %s", self.database)

    def mark_check_needed(self) -> None:
        try:
            self.database.with_name(f"{self.database.name}.check").touch()
        except OSError:
            logger.warning("Cannot ask for a check of %s at the next start", self.database)

    def _own_marker(self) -> Path:
        return self.database.with_name(f"{self.database.name}.open-{os.getpid()}")

    @contextmanager
    def connection(self) -> Iterator[Repository]:
        """A connection for one piece of work, closed when it is done."""
        repository = self.connect()
        try:
            yield repository
        finally:
            repository.close()

    def set_aside_database(self) -> Path:
        """Rename an unreadable database out of the way (never deleted); its new name."""
        from mysteryshop.storage.db import set_aside

        moved = set_aside(self.database)
        logger.warning("Set the unreadable database %s aside as %s", self.database, moved)
        return moved


STAGING_PREFIX = ".import-"  # + pid-uuid: an import's unpacked files
STALE_STAGING_SECONDS = 3600.0


PRIVATE_TEMP_PREFIX = ".tmp-"  # + pid-random: one running process's temporary files


def _owner(folder: Path, prefix: str) -> int | None:
    owner = folder.name[len(prefix):].split("-")[0]
    return int(owner) if owner.isdigit() else None


def remove_stale_staging(data_dir: Path) -> None:
    """An import killed mid-way leaves its staging folder: remove those whose process is
    gone (named in the folder), and any over an hour old (an older name, or a reused pid)."""
    for folder in data_dir.glob(f"{STAGING_PREFIX}*"):
        owner = _owner(folder, STAGING_PREFIX)
        try:
            stale = time.time() - folder.stat().st_mtime > STALE_STAGING_SECONDS
        except OSError:
            continue
        if stale or (owner is not None and not process_alive(owner)):
            shutil.rmtree(folder, ignore_errors=True)


def remove_dead_temp(data_dir: Path) -> None:
    """Remove the private temporary folders of processes that are gone (killed mid-export)."""
    for folder in data_dir.glob(f"{PRIVATE_TEMP_PREFIX}*"):
        owner = _owner(folder, PRIVATE_TEMP_PREFIX)
        if owner is not None and not process_alive(owner) and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def private_temp(data_dir: Path) -> Iterator[Path | None]:
    """This process's temporary files go to a folder of its own in the data folder.

    A library's temporary files outlive a killed process: openpyxl writes every sheet of
    an export (customers' notes) to the system's temp folder first, where nothing would
    ever remove them. Here they stay in the user's private data folder, the folder goes
    when the block ends, and after a kill `remove_dead_temp` removes it at the next start.
    With a data folder that cannot be written, the system's temp folder is used as before.
    """
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{PRIVATE_TEMP_PREFIX}{os.getpid()}-",
                                       dir=data_dir))
    except OSError as exc:
        logger.info("Temporary files go to the system's temp folder: %s", exc)
        yield None
        return
    previous, tempfile.tempdir = tempfile.tempdir, str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = previous
        shutil.rmtree(folder, ignore_errors=True)
