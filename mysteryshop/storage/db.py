"""Open the one database file: WAL, foreign keys, migrations, clear errors."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from mysteryshop.errors import DatabaseLockedError, DatabaseUnreadableError, StorageError
from mysteryshop.storage.schema import MIGRATIONS, SCHEMA_VERSION

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 2.0
NEW_FILE_SECONDS = 30.0  # a 0-byte file younger than this is still being created


def open_database(path: Path, *, check: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`.

    Raises DatabaseUnreadableError for a corrupt file, a non-database or a newer schema, and
    DatabaseLockedError when another program holds it. Nothing is ever written to a file we
    could not read: the checks run before the first migration. `check=False` leaves out
    the integrity check (its cost grows with the file): the app runs it after the first
    paint instead, and here only after an unclean exit.
    """
    _refuse_empty_file(path)
    if is_read_only(path):
        return _open_read_only(path)
    _create_private_file(path)
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=True
        )
    except sqlite3.Error as exc:
        raise DatabaseUnreadableError(path, str(exc)) from exc
    try:
        _check_readable(conn, path, check)
        _use_wal(conn)
        # NORMAL in WAL mode survives an application crash (kill -9) without loss; only a
        # power cut can drop the last commits, and never corrupts the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path)
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):
            raise DatabaseLockedError(path) from exc
        raise DatabaseUnreadableError(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseUnreadableError(path, str(exc)) from exc
    except StorageError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new file to WAL (a file keeps it). Two processes opening a new file at
    once: the switch can answer "locked" at once, without waiting (SQLite's way out of
    a deadlock), so it is tried again for as long as a busy database is waited for."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def is_read_only(path: Path) -> bool:
    """An existing database we may not write (a read-only file, folder or disk)."""
    return path.is_file() and not (os.access(path, os.W_OK)
                                   and os.access(path.parent, os.W_OK))


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Read what can be read: the list, a session, an export. Writes fail (StorageError:
    "attempt to write a readonly database"). Without a writable folder SQLite cannot keep
    the shared-memory file of a log, so the file is then read as it stands (a cleanly
    closed database holds everything in it)."""
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                                   isolation_level=None, check_same_thread=True)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            conn.close()  # (an open handle would keep a read-only disk from unmounting)
            last = exc
            continue
        if version != SCHEMA_VERSION:
            conn.close()
            raise DatabaseUnreadableError(path, (
                f"it is read-only and of another version of Mystery Shop (schema {version}, "
                f"this one reads {SCHEMA_VERSION}); make it writable to bring it up to date"))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.row_factory = sqlite3.Row
        logger.warning("Opened %s read-only", path)
        return conn
    raise DatabaseUnreadableError(path, f"it is read-only and could not be read ({last})")


def _refuse_empty_file(path: Path) -> None:
    """An existing database file of 0 bytes (and no write-ahead log holding its pages)
    was cut short, or is not ours: SQLite would take it for a new, empty database."""
    wal, journal = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    try:
        # Its pages may still sit in the log, or another program be writing its first
        # (a file created a moment ago by another process opening a new data folder).
        info = path.stat()
        empty = (info.st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)
                 and not journal.exists() and time.time() - info.st_mtime > NEW_FILE_SECONDS)
    except OSError:
        return  # missing: a new database; unreadable: the open says why
    if empty:
        raise DatabaseUnreadableError(
            path, "the file is empty (0 bytes): it was cut short or is not a Mystery Shop "
                  "database, so it was not taken for a new one")


def _create_private_file(path: Path) -> None:
    """Create a new file 0600 ourselves; SQLite gives its -wal/-shm files the same mode.

    An existing file is never opened here: closing a descriptor of a database file drops
    every POSIX lock this process holds on it, so another process would think our open
    connections gone, and its last close would delete the shared-memory file they use
    ("disk I/O error").
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            if not os.access(path, os.R_OK | os.W_OK):
                raise PermissionError(13, "Permission denied", str(path)) from None
            return
        os.close(fd)
    except OSError as exc:
        reason = exc.strerror or exc
        if path.exists():
            raise StorageError(
                "Cannot open the database {path} for writing: {reason}. Nothing was changed; "
                "choose another folder, or make this one writable.", path=path, reason=reason
            ) from exc
        raise StorageError(
            "Cannot create the database {path}: {reason}. Nothing was changed; choose "
            "another folder, or make this one writable.", path=path, reason=reason
        ) from exc


def _check_readable(conn: sqlite3.Connection, path: Path, check: bool) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DatabaseUnreadableError(
            path, f"it was written by a newer Mystery Shop (schema {version} > {SCHEMA_VERSION})"
        )
    if version and check:
        problems = integrity_problems(conn)
        if problems:
            raise DatabaseUnreadableError(path, damage(problems))


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What SQLite's quick check finds wrong with the file (at most five), or nothing."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.OperationalError:
        raise  # locked or busy: not a verdict on the file
    except sqlite3.DatabaseError as exc:  # so damaged the check itself cannot run
        return [str(exc)]
    return [] if problems == ["ok"] else problems


def damage(problems: list[str]) -> str:
    return "it is damaged (" + "; ".join(problems) + ")"


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply every migration the file lacks, each in its own transaction.

    The version is read again inside each write transaction: two processes opening a
    new data folder at once both see version 0 outside it, and the second must find the
    first one's work done instead of creating the tables again.
    """
    if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        return  # the everyday case: no write lock taken
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            number = version + 1
            logger.info("Migrating %s to schema %d", path, number)
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {current.strip()[:60]}")
    return statements


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename an unreadable database (and its -wal/-shm) out of the way; never delete it.

    Returns the new name of the main file, so the user can be told where it went.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    try:
        for suffix in ("-wal", "-shm", ""):
            source = Path(f"{path}{suffix}")
            if source.exists():
                source.rename(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise StorageError("Cannot move {path} aside: {reason}", path=path,
                           reason=exc.strerror or exc) from exc
    return target
