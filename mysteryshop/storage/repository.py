"""The only code that touches tables: returns and takes plain domain records.

Reads use plain SQL on the connection (the home list must not wait for sqlite-utils'
import); writes go through sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from mysteryshop.errors import NotFoundError
from mysteryshop.model import (
    Answer,
    AnswerValue,
    CallMeasures,
    FeelingChange,
    FindingCheck,
    Interval,
    Marker,
    MarkerKind,
    ReviewNote,
    Session,
    Step,
)
from mysteryshop.storage.call_event_store import CallEventStore
from mysteryshop.storage.db import integrity_problems, is_read_only, open_database
from mysteryshop.storage.errors import storage_errors
from mysteryshop.storage.listing import SessionListing
from mysteryshop.storage.loop_store import LoopStore
from mysteryshop.storage.perception_store import PerceptionStore
from mysteryshop.storage.round_plan import RoundPlanStore
from mysteryshop.storage.rows import (
    marker_from_row,
    marker_kind,
    measures_values,
    session_from_row,
    session_values,
    sql_value,
    step_from_row,
)
from mysteryshop.storage.team_store import TeamStore
from mysteryshop.storage.template_store import TemplateStore

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db

P = ParamSpec("P")
R = TypeVar("R")

SESSION_FIELDS = frozenset(
    {"leader", "company", "round", "website", "phone", "finished_at", "status", "verdict",
     "surprised", "current_page", "recording_consent_at", "reviewer"}
)

STEP_FIELDS = frozenset({"predicted_points", "points", "notes", "timer_stopped", "review_points",
                         "blind_review_points", "prediction_changed_at",
                         "prediction_before_change"})


class Repository(SessionListing, RoundPlanStore, LoopStore, PerceptionStore, TeamStore,
                 TemplateStore, CallEventStore):
    """Sessions in one SQLite database."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None,
                 read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # opened read-only: a read-only file, folder or disk
        self._db: sqlite_utils.Database | None = None

    @classmethod
    def open(cls, path: Path, *, check: bool = True) -> Repository:
        """Open the database at `path` (see `open_database` for `check` and the errors)."""
        return cls(open_database(path, check=check), path, is_read_only(path))

    @property
    @storage_errors
    def device(self) -> str:
        """This database's own name in sessions' edit counts (random, made once)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'device'").fetchone()
        return str(row[0]) if row else ""

    @storage_errors
    def integrity_problems(self) -> list[str]:
        return integrity_problems(self.conn)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def _table(self, name: str) -> sqlite_utils.db.Table:
        return self.db.table(name)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Several writes that land together or not at all."""
        with self.db.atomic():
            yield

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """Reads and the writes decided from them, with the write lock taken first.

        A deferred transaction reads, then fails at its first write if another process
        wrote in between (or writes from a stale read); BEGIN IMMEDIATE waits its turn
        (up to the busy timeout), so what was read is what is written over. Inside it,
        `atomic` blocks (and nested write transactions) are savepoints.
        """
        if self.conn.in_transaction:
            with self.atomic():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._in_transaction():  # an error may have ended it already
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _in_transaction(self) -> bool:
        return self.conn.in_transaction

    # -- reads -------------------------------------------------------------------------

    @storage_errors
    def resolve_id(self, prefix: str) -> str:
        """A full session id from an id or a unique prefix of one (as `list` shows)."""
        rows = self.conn.execute(
            "SELECT id FROM sessions WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        ).fetchall()
        if not prefix or not rows:
            raise NotFoundError("No session has the id {prefix!r}.", prefix=prefix)
        if len(rows) > 1:
            raise NotFoundError(
                "More than one session id starts with {prefix!r}; give more of it.", prefix=prefix
            )
        return str(rows[0][0])

    @storage_errors
    def existing_ids(self, ids: Sequence[str]) -> list[str]:
        """Those of `ids` that name a session here."""
        if not ids:
            return []
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM sessions WHERE id IN ({','.join('?' * len(ids))})", list(ids))]

    @storage_errors
    def get_session(self, session_id: str) -> Session:
        sessions = self._load_sessions("WHERE id = ?", (session_id,))
        if not sessions:
            raise NotFoundError("No session has the id {session_id!r}.", session_id=session_id)
        return sessions[0]

    @storage_errors
    def load_sessions(
        self, round_label: str | None = None, ids: Sequence[str] | None = None, *,
        include_demo: bool = True,
    ) -> list[Session]:
        """Whole sessions, oldest first: all, one round's, or the given ids (for export).

        Demo sessions come only when named by id or asked for: they are examples, not
        findings for the team."""
        if ids is not None:
            missing = set(ids) - {r[0] for r in self.conn.execute(
                f"SELECT id FROM sessions WHERE id IN ({','.join('?' * len(ids))})", list(ids))}
            if missing:
                raise NotFoundError("No session has the id {session_id!r}.",
                                    session_id=sorted(missing)[0])
            return self._load_sessions(
                f"WHERE id IN ({','.join('?' * len(ids))})", tuple(ids))
        demo = "" if include_demo else " AND demo = 0"
        if round_label is not None:
            return self._load_sessions("WHERE round = ?" + demo, (round_label,))
        return self._load_sessions("WHERE 1" + demo, ())

    def session_ids(self, round_label: str | None = None, *,
                    include_demo: bool = True) -> list[str]:
        """The ids `load_sessions` would load, in its order: an export walks them in
        batches (`load_sessions(ids=...)`) rather than holding every session at once."""
        demo = "" if include_demo else " AND demo = 0"
        where, params = (("WHERE round = ?" + demo, (round_label,)) if round_label is not None
                         else ("WHERE 1" + demo, ()))
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM sessions {where} ORDER BY started_at, id", params)]

    def _load_sessions(self, where: str, params: tuple[Any, ...]) -> list[Session]:
        """Sessions matching `where` with everything they hold, in one query per table."""
        rows = self.conn.execute(
            f"SELECT * FROM sessions {where} ORDER BY started_at, id", params
        ).fetchall()
        sessions = {row["id"]: session_from_row(row) for row in rows}
        if not sessions:
            return []
        of_these = f"session_id IN (SELECT id FROM sessions {where})"
        steps: dict[tuple[str, str], Step] = {}
        for r in self.conn.execute(
            f"SELECT * FROM steps WHERE {of_these} ORDER BY session_id, position", params
        ):
            step = step_from_row(r)
            steps[(r["session_id"], step.key)] = step
            sessions[r["session_id"]].steps.append(step)
        for r in self.conn.execute(
            f"SELECT * FROM timer_intervals WHERE {of_these} ORDER BY started_at, id", params
        ):
            steps[(r["session_id"], r["step_key"])].intervals.append(
                Interval(r["started_at"], r["stopped_at"]))
        # The two tables that grow to thousands of rows a step: plain tuples, and each
        # step's list looked up once per run of rows (2,000 markers: 9 -> 3 ms).
        for (session_id, key), group in groupby(self._tuples(
            "SELECT session_id, step_key, id, kind, offset_seconds, at, text FROM markers "
            f"WHERE {of_these} ORDER BY session_id, step_key, offset_seconds, id", params
        ), key=itemgetter(0, 1)):
            steps[(session_id, key)].markers.extend(
                Marker(r[2], marker_kind(r[3]), r[4], r[5], r[6]) for r in group)
        for (session_id, key), group in groupby(self._tuples(
            "SELECT session_id, step_key, offset_seconds, points, at FROM feeling_changes "
            f"WHERE {of_these} ORDER BY session_id, step_key, offset_seconds, id", params
        ), key=itemgetter(0, 1)):
            steps[(session_id, key)].feeling_trace.extend(
                FeelingChange(r[2], r[3], r[4]) for r in group)
        for r in self.conn.execute(f"SELECT * FROM answers WHERE {of_these}", params):
            value = AnswerValue(r["value"]) if r["value"] else None
            steps[(r["session_id"], r["step_key"])].answers[r["question_id"]] = Answer(
                r["question_id"], value, r["comment"])
        for recording in self._recordings(f"WHERE {of_these}", params):
            steps[(recording.session_id, recording.step_key)].recordings.append(recording)
        for (session_id, key), group in groupby(self._tuples(
            "SELECT session_id, step_key, id, offset_seconds, text, created_at FROM review_notes "
            f"WHERE {of_these} ORDER BY session_id, step_key, offset_seconds, id", params
        ), key=itemgetter(0, 1)):
            steps[(session_id, key)].review_notes.extend(
                ReviewNote(r[2], r[3], r[4], r[5]) for r in group)
        for r in self._tuples("SELECT session_id, finding_id, held, at FROM finding_checks "
                              f"WHERE {of_these}", params):
            sessions[r[0]].finding_checks[r[1]] = FindingCheck(bool(r[2]), r[3])
        return list(sessions.values())

    def _tuples(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)

    # -- writes ------------------------------------------------------------------------

    @storage_errors
    def add_session(self, session: Session) -> None:
        with self.atomic():
            self._table("sessions").insert(
                {"id": session.id, "started_at": session.started_at.isoformat(),
                 "current_page": session.current_page, **session_values(session)}
            )
            self._table("steps").insert_all(
                {"session_id": session.id, "key": s.key, "position": s.position, "title": s.title}
                for s in session.steps
            )

    @storage_errors
    def update_session(self, session_id: str, **fields: Any) -> None:
        unknown = set(fields) - SESSION_FIELDS
        if unknown:
            raise ValueError(f"not session fields: {sorted(unknown)}")
        self._table("sessions").update(session_id, {k: sql_value(v) for k, v in fields.items()})

    @storage_errors
    def update_step(self, session_id: str, key: str, **fields: Any) -> None:
        unknown = set(fields) - STEP_FIELDS
        if unknown:
            raise ValueError(f"not step fields: {sorted(unknown)}")
        values = {k: sql_value(v) for k, v in fields.items()}
        self._table("steps").update((session_id, key), values)

    @storage_errors
    def update_step_if(self, session_id: str, key: str, expected: dict[str, Any],
                       **fields: Any) -> bool:
        """Write `fields` only if the step still holds `expected` (what the writer last
        read): False when another writer changed it meanwhile, and nothing is written."""
        return self._update_if("steps", "session_id = ? AND key = ?", (session_id, key),
                               STEP_FIELDS, expected, fields)

    @storage_errors
    def update_session_if(self, session_id: str, expected: dict[str, Any],
                          **fields: Any) -> bool:
        return self._update_if("sessions", "id = ?", (session_id,), SESSION_FIELDS,
                               expected, fields)

    def _update_if(self, table: str, where: str, keys: tuple[Any, ...], allowed: frozenset[str],
                   expected: dict[str, Any], fields: dict[str, Any]) -> bool:
        unknown = (set(fields) | set(expected)) - allowed
        if unknown:
            raise ValueError(f"not {table} fields: {sorted(unknown)}")
        sets = ", ".join(f"{name} = ?" for name in fields)
        checks = "".join(f" AND {name} IS ?" for name in expected)
        cursor = self.conn.execute(
            f"UPDATE {table} SET {sets} WHERE {where}{checks}",
            (*(sql_value(v) for v in fields.values()), *keys,
             *(sql_value(v) for v in expected.values())))
        return cursor.rowcount == 1

    @storage_errors
    def step_timeline(self, session_id: str, key: str) -> tuple[list[Interval], list[Marker]]:
        """A step's timer intervals and markers as stored now (another process may have
        added some): what measures and new markers are computed from."""
        intervals = [Interval(r[0], r[1]) for r in self.conn.execute(
            "SELECT started_at, stopped_at FROM timer_intervals "
            "WHERE session_id = ? AND step_key = ? ORDER BY started_at, id",
            (session_id, key))]
        markers = [marker_from_row(r) for r in self.conn.execute(
            "SELECT * FROM markers WHERE session_id = ? AND step_key = ? "
            "ORDER BY offset_seconds, id",
            (session_id, key))]
        return intervals, markers

    @storage_errors
    def save_measures(self, session_id: str, key: str, measures: CallMeasures) -> None:
        self._table("steps").update((session_id, key), measures_values(measures))

    @storage_errors
    def open_interval(self, session_id: str, key: str, at: float) -> None:
        with self.atomic():
            self._table("timer_intervals").insert(
                {"session_id": session_id, "step_key": key, "started_at": at, "stopped_at": None}
            )
            self._table("steps").update((session_id, key), {"timer_stopped": 0})

    @storage_errors
    def close_intervals(self, session_id: str, key: str, at: float, *, stop: bool) -> None:
        """Close the running interval (if any); `stop` also marks the step's timer done."""
        with self.atomic():
            self.conn.execute(
                "UPDATE timer_intervals SET stopped_at = MAX(?, started_at) "
                "WHERE session_id = ? AND step_key = ? AND stopped_at IS NULL",
                (at, session_id, key),
            )
            if stop:
                self._table("steps").update((session_id, key), {"timer_stopped": 1})

    @storage_errors
    def add_marker(
        self, session_id: str, key: str, kind: MarkerKind, offset: float, at: float, text: str
    ) -> Marker:
        table = self._table("markers").insert(
            {
                "session_id": session_id,
                "step_key": key,
                "kind": kind.value,
                "offset_seconds": offset,
                "at": at,
                "text": text,
            }
        )
        assert table.last_pk is not None
        return Marker(int(table.last_pk), kind, offset, at, text)

    @storage_errors
    def add_feeling_change(self, session_id: str, key: str, change: FeelingChange) -> None:
        self.conn.execute(
            "INSERT INTO feeling_changes (session_id, step_key, offset_seconds, points, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (session_id, key, change.offset_seconds, change.points, change.at))

    @storage_errors
    def feeling_trace(self, session_id: str, key: str) -> list[FeelingChange]:
        """A step's live feeling as stored now (another window may have added to it)."""
        return [FeelingChange(*r) for r in self._tuples(
            "SELECT offset_seconds, points, at FROM feeling_changes "
            "WHERE session_id = ? AND step_key = ? ORDER BY offset_seconds, id",
            (session_id, key))]

    @storage_errors
    def update_marker_text(self, marker_id: int, text: str) -> None:
        self._table("markers").update(marker_id, {"text": text})

    @storage_errors
    def delete_marker(self, marker_id: int) -> None:
        self._table("markers").delete(marker_id)

    @storage_errors
    def set_answer(self, session_id: str, key: str, answer: Answer) -> None:
        self._table("answers").upsert(
            {
                "session_id": session_id,
                "step_key": key,
                "question_id": answer.question_id,
                "value": answer.value.value if answer.value else None,
                "comment": answer.comment,
            },
            pk=("session_id", "step_key", "question_id"),
        )

    # -- reviews -----------------------------------------------------------------------

    @storage_errors
    def step_label(self, session_id: str, key: str) -> str | None:
        """"'Call the business' (Acme North)": how messages name a step of a session."""
        row = self.conn.execute(
            "SELECT s.company, st.title FROM sessions s JOIN steps st ON st.session_id = s.id "
            "WHERE s.id = ? AND st.key = ?", (session_id, key)
        ).fetchone()
        return f"'{row[1]}' ({row[0]})" if row else None

    @storage_errors
    def add_review_note(self, session_id: str, key: str, offset: float, text: str,
                        at: float) -> ReviewNote:
        table = self._table("review_notes").insert(
            {"session_id": session_id, "step_key": key, "offset_seconds": offset,
             "text": text, "created_at": at}
        )
        assert table.last_pk is not None
        return ReviewNote(int(table.last_pk), offset, text, at)

    @storage_errors
    def delete_review_note(self, note_id: int) -> None:
        self._table("review_notes").delete(note_id)

    @storage_errors
    def delete_session(self, session_id: str) -> None:
        self._table("sessions").delete(session_id)
