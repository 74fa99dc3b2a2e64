"""The round's plan in the database: the team's kept list of leaders, each round's
target feelings, and what each leader has done in a round (for participation).

Mixed into `Repository`, which owns the connection.
"""

from __future__ import annotations

import sqlite3
import time

from mysteryshop.model import Target
from mysteryshop.participation import StepActivity
from mysteryshop.storage.errors import storage_errors

# When the leader's work last changed, or when the session began if that is unknown.
_LAST_ACTIVITY = ("COALESCE(s.edited_at, (julianday(s.started_at) - 2440587.5) * 86400.0)")


class RoundPlanStore:
    conn: sqlite3.Connection

    # -- leaders -----------------------------------------------------------------------

    @storage_errors
    def leaders(self) -> list[str]:
        """The kept names, A to Z (whatever their case)."""
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM leaders ORDER BY name COLLATE NOCASE")]

    @storage_errors
    def add_leader(self, name: str) -> None:
        """Keep a name; one already kept (in any case) stays as it was first written."""
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO leaders (name, added_at) VALUES (?, ?)",
                              (name, time.time()))

    @storage_errors
    def rename_leader(self, old: str, new: str) -> int:
        """`old` becomes `new` in the list and in every session (merging two spellings
        of one person when `new` is kept already); how many sessions changed."""
        with self.conn:
            self.conn.execute("DELETE FROM leaders WHERE name = ?", (old,))
            self.conn.execute("INSERT OR IGNORE INTO leaders (name, added_at) VALUES (?, ?)",
                              (new, time.time()))
            cursor = self.conn.execute(
                "UPDATE sessions SET leader = ? WHERE trim(leader) = ? COLLATE NOCASE "
                "AND leader != ?", (new, old, new))
            return cursor.rowcount

    @storage_errors
    def remove_leader(self, name: str) -> None:
        """Off the list (their sessions stay, and so do they in rounds they took part in)."""
        with self.conn:
            self.conn.execute("DELETE FROM leaders WHERE name = ?", (name,))

    @storage_errors
    def round_activity(self, round_label: str) -> list[StepActivity]:
        """Every step of the round's sessions (demos left out): rated, started (timed,
        written in, or a question answered or commented on), whose."""
        rows = self.conn.execute(
            f"""
            SELECT s.leader, s.id, s.status = 'done', {_LAST_ACTIVITY}, st.key, st.position,
                   st.title, st.points IS NOT NULL,
                   st.timer_stopped OR st.notes != ''
                   OR EXISTS (SELECT 1 FROM timer_intervals ti
                              WHERE ti.session_id = st.session_id AND ti.step_key = st.key)
                   OR EXISTS (SELECT 1 FROM answers a WHERE a.session_id = st.session_id
                              AND a.step_key = st.key)
            FROM sessions s JOIN steps st ON st.session_id = s.id
            WHERE s.round = ? AND s.demo = 0
            ORDER BY s.started_at, st.position
            """, (round_label,))
        return [StepActivity(r[0], r[1], bool(r[2]), r[3], r[4], r[5], r[6], bool(r[7]),
                             bool(r[8])) for r in rows]

    @storage_errors
    def latest_round(self) -> str | None:
        """The round of the newest session (demos left out): read from the newest end of
        the start-time index, so it costs the same at 20 sessions or 20,000."""
        row = self.conn.execute(  # (of two begun at one instant, the one added last)
            "SELECT round FROM sessions WHERE demo = 0 AND started_at = (SELECT started_at "
            "FROM sessions WHERE demo = 0 ORDER BY started_at DESC LIMIT 1) "
            "ORDER BY rowid DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    @storage_errors
    def rounds_of(self, session_ids: list[str]) -> list[str]:
        """The rounds of these sessions (demos left out), in the order they began."""
        if not session_ids:
            return []
        marks = ",".join("?" * len(session_ids))
        return [r[0] for r in self.conn.execute(
            f"SELECT round FROM sessions WHERE id IN ({marks}) AND demo = 0 "
            "GROUP BY round ORDER BY MIN(started_at)", session_ids)]

    @storage_errors
    def round_sessions(self, round_label: str) -> list[tuple[str, bool]]:
        """Each session of the round (demos left out): its leader, finished or not."""
        return [(r[0], bool(r[1])) for r in self.conn.execute(
            "SELECT leader, status = 'done' FROM sessions WHERE round = ? AND demo = 0",
            (round_label,))]

    # -- targets -----------------------------------------------------------------------

    @storage_errors
    def targets(self, round_label: str | None = None) -> list[Target]:
        """One round's targets, or every round's."""
        where, params = ("WHERE round = ?", (round_label,)) if round_label is not None else (
            "", ())
        return [Target(r[0], r[1], r[2], r[3]) for r in self.conn.execute(
            f"SELECT round, step_key, points, experience FROM targets {where} "
            "ORDER BY round, step_key", params)]

    @storage_errors
    def set_target(self, target: Target) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO targets (round, step_key, points, experience, edited_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round, step_key) DO UPDATE SET "
                "points = excluded.points, experience = excluded.experience, "
                "edited_at = excluded.edited_at",
                (target.round, target.key, target.points, target.experience, time.time()))

    @storage_errors
    def target_records(self, rounds: list[str]) -> list[tuple[Target, float]]:
        """These rounds' targets with when each was last set (for sharing)."""
        if not rounds:
            return []
        marks = ",".join("?" * len(rounds))
        return [(Target(r[0], r[1], r[2], r[3]), r[4]) for r in self.conn.execute(
            "SELECT round, step_key, points, experience, edited_at FROM targets "
            f"WHERE round IN ({marks}) ORDER BY round, step_key", rounds)]

    @storage_errors
    def merge_target(self, target: Target, edited_at: float) -> None:
        """A shared copy of a target: kept when ours is missing or older (in the caller's
        transaction: an import lands whole)."""
        self.conn.execute(
            "INSERT INTO targets (round, step_key, points, experience, edited_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round, step_key) DO UPDATE SET "
            "points = excluded.points, experience = excluded.experience, "
            "edited_at = excluded.edited_at WHERE excluded.edited_at > targets.edited_at",
            (target.round, target.key, target.points, target.experience, edited_at))

    @storage_errors
    def clear_target(self, round_label: str, key: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM targets WHERE round = ? AND step_key = ?",
                              (round_label, key))

    # -- customers a year --------------------------------------------------------------

    @storage_errors
    def reach(self, round_label: str | None = None) -> dict[tuple[str, str], int]:
        """Customers a year by (round, step key): one round's, or every round's."""
        where, params = ("WHERE round = ?", (round_label,)) if round_label is not None else (
            "", ())
        return {(r[0], r[1]): r[2] for r in self.conn.execute(
            f"SELECT round, step_key, customers FROM touchpoint_reach {where}", params)}

    @storage_errors
    def set_reach(self, round_label: str, key: str, customers: int | None) -> None:
        with self.conn:
            if not customers:
                self.conn.execute("DELETE FROM touchpoint_reach WHERE round = ? AND "
                                  "step_key = ?", (round_label, key))
                return
            self.conn.execute(
                "INSERT INTO touchpoint_reach (round, step_key, customers, edited_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (round, step_key) DO UPDATE SET "
                "customers = excluded.customers, edited_at = excluded.edited_at",
                (round_label, key, customers, time.time()))

    @storage_errors
    def reach_records(self, rounds: list[str]) -> list[tuple[str, str, int, float]]:
        """These rounds' customers a year with when each was last set (for sharing)."""
        if not rounds:
            return []
        marks = ",".join("?" * len(rounds))
        return [(r[0], r[1], r[2], r[3]) for r in self.conn.execute(
            "SELECT round, step_key, customers, edited_at FROM touchpoint_reach "
            f"WHERE round IN ({marks}) ORDER BY round, step_key", rounds)]

    @storage_errors
    def merge_reach(self, round_label: str, key: str, customers: int, edited_at: float) -> None:
        """A shared copy: kept when ours is missing or older (in the caller's transaction)."""
        self.conn.execute(
            "INSERT INTO touchpoint_reach (round, step_key, customers, edited_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (round, step_key) DO UPDATE SET "
            "customers = excluded.customers, edited_at = excluded.edited_at "
            "WHERE excluded.edited_at > touchpoint_reach.edited_at",
            (round_label, key, customers, edited_at))
