"""The database file: migrations, round-trips, damaged and locked files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from mysteryshop.errors import (
    DatabaseLockedError,
    DatabaseUnreadableError,
    NotFoundError,
    StorageError,
)
from mysteryshop.model import Answer, AnswerValue, MarkerKind, SessionStatus, Verdict
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.db import open_database, set_aside
from mysteryshop.storage.repository import Repository
from mysteryshop.storage.schema import SCHEMA_VERSION
from tests.conftest import remount_read_only, small_disk


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_file_is_refused_not_taken_for_a_new_database(tmp_path: Path) -> None:
    """0 bytes is a database cut short (or not ours): saying so keeps whatever happened
    to it in view, instead of silently starting again on top of it."""
    path = tmp_path / "empty.db"
    path.touch()
    os.utime(path, (time.time() - 3600, time.time() - 3600))  # not one being created now
    with pytest.raises(DatabaseUnreadableError, match=r"the file is empty \(0 bytes\)"):
        open_database(path)
    assert path.stat().st_size == 0  # untouched


def test_migrations_build_the_schema_on_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = open_database(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sessions", "steps", "timer_intervals", "markers", "answers"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
    # Opening again applies nothing twice.
    open_database(path).close()


def test_database_file_is_private(db_path: Path, repository: Repository) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_session_round_trips_through_the_file(
    service: SessionService, db_path: Path
) -> None:
    session = service.create("Ann", "Acme", "Round 1", website="https://a.example", phone="123")
    service.set_prediction(session, "call", 5)
    service.set_points(session, "call", -3)
    service.set_notes(session, "call", "=SUM(A1) stays text")
    service.set_answer(session, "call", "call-special", AnswerValue.PARTLY, "so-so")
    service.add_marker(session, "call", MarkerKind.ANSWERED)
    service.set_verdict(session, Verdict.ERODES)
    service.repository.close()

    again = Repository.open(db_path)
    loaded = again.get_session(session.id)
    again.close()
    call = loaded.step("call")
    assert (loaded.leader, loaded.company, loaded.round) == ("Ann", "Acme", "Round 1")
    assert (loaded.website, loaded.phone) == ("https://a.example", "123")
    assert [s.key for s in loaded.steps] == ["website", "call", "buy", "problem", "leader"]
    assert (call.predicted_points, call.points, call.gap) == (5, -3, -8)
    assert call.notes == "=SUM(A1) stays text"
    assert call.answers["call-special"] == Answer("call-special", AnswerValue.PARTLY, "so-so")
    assert [m.kind for m in call.markers] == [MarkerKind.ANSWERED]
    assert loaded.verdict is Verdict.ERODES
    assert loaded.status is SessionStatus.OPEN


def test_list_is_newest_first_with_totals(service: SessionService, clock: object) -> None:
    first = service.create("Ann", "Old", "R1")
    service.clock.advance(60)  # type: ignore[attr-defined]
    second = service.create("Bob", "New", "R2")
    service.set_prediction(second, "website", 4)
    service.set_points(second, "website", -2)
    service.set_points(second, "buy", 3)
    rows = service.repository.list_sessions()
    assert [r.id for r in rows] == [second.id, first.id]
    assert (rows[0].felt_total, rows[0].predicted_total, rows[0].gap_total) == (1, 4, -6)
    assert rows[1].felt_total is None
    assert [r.id for r in service.repository.list_sessions("R1")] == [first.id]
    assert service.repository.rounds() == ["R2", "R1"]


def test_ids_resolve_from_a_prefix(service: SessionService) -> None:
    session = service.create("Ann", "Acme", "")
    assert service.repository.resolve_id(session.id[:6]) == session.id
    with pytest.raises(NotFoundError):
        service.repository.resolve_id("nope")
    with pytest.raises(NotFoundError):
        service.repository.resolve_id("")


def test_points_outside_the_scale_are_refused(service: SessionService) -> None:
    session = service.create("Ann", "Acme", "")
    with pytest.raises(ValueError):
        service.set_points(session, "call", 11)
    assert session.step("call").points is None


def test_garbage_file_is_reported_and_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.db"
    path.write_bytes(b"this is not a database at all " * 200)
    before = digest(path)
    with pytest.raises(DatabaseUnreadableError) as info:
        open_database(path)
    assert info.value.path == path
    assert str(path) in str(info.value)
    assert digest(path) == before


def test_truncated_database_is_reported_and_never_touched(
    service: SessionService, db_path: Path
) -> None:
    for i in range(200):
        service.create(f"Leader {i}", "Acme " * 20, "R1")
    service.repository.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.truncate(size // 2)
    before = digest(db_path)
    with pytest.raises(DatabaseUnreadableError):
        open_database(db_path)
    assert digest(db_path) == before


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseUnreadableError, match="newer"):
        open_database(path)


def test_locked_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    path.touch()
    # Another process holds an exclusive lock on a file in rollback mode.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('CREATE TABLE t(x)')\n"
         "print('locked', flush=True); time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError, match="locked"):
            open_database(path)
    finally:
        holder.kill()
        holder.wait()


def test_set_aside_keeps_the_bad_file_under_a_new_name(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.db"
    path.write_bytes(b"garbage")
    Path(f"{path}-wal").write_bytes(b"wal")
    moved = set_aside(path, datetime(2026, 11, 25, 9, 30, 0))
    assert moved.name == "mysteryshop.db.unreadable-20261125-093000"
    assert moved.read_bytes() == b"garbage"
    assert Path(f"{moved}-wal").read_bytes() == b"wal"
    assert not path.exists()
    open_database(path).close()  # a fresh one can be made where it was


def test_session_totals_follow_every_rating_change(service: SessionService) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.set_prediction(session, "call", 5)
    service.set_points(session, "call", -2)
    service.set_points(session, "buy", 4)
    service.set_prediction(session, "buy", 1)
    row = service.repository.list_sessions()[0]
    assert (row.felt_total, row.predicted_total, row.gap_total) == (2, 6, -4)
    service.set_points(session, "call", None)  # cleared: only "buy" has both
    row = service.repository.list_sessions()[0]
    assert (row.felt_total, row.predicted_total, row.gap_total) == (4, 6, 3)
    assert (session.felt_total, session.predicted_total, session.gap_total) == (4, 6, 3)


def test_a_version_1_file_with_data_migrates_forward_intact(tmp_path: Path) -> None:
    from mysteryshop.storage.db import _statements
    from mysteryshop.storage.schema import MIGRATIONS

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO sessions (id, leader, company, started_at) "
                 "VALUES ('s1', 'Ann', 'Acme', '2026-01-01T10:00:00+00:00')")
    conn.execute("INSERT INTO steps (session_id, key, position, title, points) "
                 "VALUES ('s1', 'call', 1, 'Call the business', -4)")
    conn.close()
    repository = Repository.open(path)
    assert repository.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    session = repository.get_session("s1")
    assert session.step("call").points == -4 and session.reviewer == ""
    assert session.step("call").recordings == [] and session.recording_consent_at is None
    assert session.edited_at is None and session.reviewed_at is None  # unknown: oldest
    repository.close()


def test_leader_and_reviewer_work_each_move_their_own_stamp(service: SessionService) -> None:
    """The stamps a shared copy is merged by: set by triggers, whatever code path writes."""
    repository = service.repository
    session = service.create("Ann", "Acme", "R1")

    def stamps() -> tuple[float | None, float | None]:
        s = repository.get_session(session.id)
        return s.edited_at, s.reviewed_at

    def forget() -> None:
        repository.conn.execute("UPDATE sessions SET edited_at = NULL, reviewed_at = NULL")

    edited, reviewed = stamps()
    assert edited is not None and abs(edited - time.time()) < 60 and reviewed is None
    leader_edits = [
        lambda: service.set_points(session, "call", 3),
        lambda: service.set_notes(session, "call", "kept waiting"),
        lambda: service.add_marker(session, "call", MarkerKind.RING),
        lambda: service.set_answer(session, "call", "call-special", AnswerValue.NO, ""),
        lambda: service.start_timer(session, "buy"),
        lambda: service.set_verdict(session, Verdict.ERODES),
    ]
    for edit in leader_edits:
        forget()
        edit()
        assert stamps()[0] is not None and stamps()[1] is None
    for review in (lambda: repository.update_step(session.id, "call", review_points=-2),
                   lambda: repository.add_review_note(session.id, "call", 3.0, "loud", 1.0),
                   lambda: repository.update_session(session.id, reviewer="Rae")):
        forget()
        review()
        assert stamps()[0] is None and stamps()[1] is not None
    # Moving between pages is neither side's work.
    forget()
    service.set_current_page(session, 2)
    assert stamps() == (None, None)


def test_load_sessions_by_round_or_ids_oldest_first(service: SessionService) -> None:
    first = service.create("Ann", "A", "R1")
    service.clock.advance(10)  # type: ignore[attr-defined]
    second = service.create("Bob", "B", "R2")
    service.clock.advance(10)  # type: ignore[attr-defined]
    third = service.create("Cy", "C", "R1")
    service.set_points(third, "buy", 4)
    repository = service.repository
    assert [s.id for s in repository.load_sessions()] == [first.id, second.id, third.id]
    r1 = repository.load_sessions("R1")
    assert [s.id for s in r1] == [first.id, third.id]
    assert r1[1].step("buy").points == 4 and len(r1[1].steps) == 5
    assert [s.id for s in repository.load_sessions(ids=[second.id])] == [second.id]
    with pytest.raises(NotFoundError):
        repository.load_sessions(ids=[second.id, "missing"])


def test_a_database_on_a_read_only_disk_reads_and_refuses_writes_clearly(
        service: SessionService, db_path: Path, tmp_path: Path) -> None:
    session = service.create("Ann", "Acme", "R1")
    service.repository.close()
    with small_disk(tmp_path / "ro", "2m") as folder:
        copy = folder / "mysteryshop.db"
        copy.write_bytes(db_path.read_bytes())
        before = digest(copy)
        remount_read_only(folder)
        repository = Repository(open_database(copy), copy)
        assert [s.id for s in repository.list_sessions()] == [session.id]
        with pytest.raises(StorageError, match="readonly database"):
            repository.update_session(session.id, leader="Bo")
        repository.close()
        assert digest(copy) == before


def test_recordings_made_before_per_call_consent_keep_their_sessions(tmp_path: Path) -> None:
    path = tmp_path / "v14.db"
    conn = _database_at_version(path, 14)
    conn.execute("INSERT INTO sessions (id, leader, company, started_at, "
                 "recording_consent_at) VALUES ('s1', 'Ann', 'Acme', "
                 "'2026-01-01T10:00:00+00:00', 1767261600.0)")
    conn.execute("INSERT INTO steps (session_id, key, position, title) "
                 "VALUES ('s1', 'call', 1, 'Call the business')")
    conn.execute("INSERT INTO recordings (session_id, step_key, path, status, started_at, "
                 "timer_offset, samplerate) VALUES ('s1', 'call', 'r.wav', 'complete', "
                 "1767261700.0, 0, 16000)")
    conn.close()
    repository = Repository.open(path)
    (recording,) = repository.get_session("s1").step("call").recordings
    assert (recording.consent_at, recording.consent_text) == (1767261600.0, "")
    repository.close()


def test_call_events_found_before_the_end_of_call_was_found_are_kept(
        tmp_path: Path) -> None:
    from mysteryshop.call_events import EventKind, FoundEvent

    path = tmp_path / "v16.db"
    conn = _database_at_version(path, 16)
    conn.execute("INSERT INTO sessions (id, leader, company, started_at) VALUES "
                 "('s1', 'Ann', 'Acme', '2026-01-01T10:00:00+00:00')")
    conn.execute("INSERT INTO steps (session_id, key, position, title) "
                 "VALUES ('s1', 'call', 1, 'Call the business')")
    conn.execute("INSERT INTO recordings (session_id, step_key, path, status, started_at, "
                 "timer_offset, samplerate) VALUES ('s1', 'call', 'r.wav', 'complete', "
                 "1767261700.0, 0, 16000)")
    conn.execute("INSERT INTO call_events (id, session_id, step_key, recording_started_at, "
                 "kind, offset_seconds, status, decided_by) VALUES (7, 's1', 'call', "
                 "1767261700.0, 'ring', 1.5, 'accepted', 'Rae')")
    conn.close()
    repository = Repository.open(path)
    (event,) = repository.call_events("s1", "call")
    assert (event.id, event.kind, event.status.value, event.decided_by) == (
        7, EventKind.RING, "accepted", "Rae")
    (recording,) = repository.get_session("s1").step("call").recordings
    repository.save_analysis(recording, {"ended_at": 60.0},
                             [FoundEvent(EventKind.ENDED, 60.0)], 1767262000.0)
    assert [e.kind for e in repository.call_events("s1", "call")] == [EventKind.RING,
                                                                      EventKind.ENDED]
    repository.close()


def _database_at_version(path: Path, version: int) -> sqlite3.Connection:
    """A database as an app of schema `version` left it (no rows yet)."""
    from mysteryshop.storage.db import _statements
    from mysteryshop.storage.schema import MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:version]:
        for statement in _statements(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn
