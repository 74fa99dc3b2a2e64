"""Findings and actions in the database. Mixed into `Repository`, which owns the
connection."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from mysteryshop.loop import Action, ActionStatus, CoreFactor, Finding, FixKind, Severity
from mysteryshop.model import Verdict
from mysteryshop.storage.errors import storage_errors

_FINDING_COLUMNS = ("id, round, text, touchpoint, session_id, offset_seconds, factor, "
                    "department, trust, severity, created_at, edited_at, point_id")
_ACTION_COLUMNS = "id, text, owner, due, status, fix, done_at, created_at, edited_at"


def _update_all(columns: str) -> str:
    """An upsert's update of every column but the id (not INSERT OR REPLACE: that deletes
    the row first, and the delete would take the links to it along)."""
    names = [c.strip() for c in columns.split(",")][1:]
    return "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{n} = excluded.{n}" for n in names)


def _finding_values(f: Finding) -> tuple[Any, ...]:
    """A finding's values in the order of _FINDING_COLUMNS."""
    return (f.id, f.round, f.text, f.touchpoint, f.session_id, f.offset_seconds,
            f.factor.value if f.factor else None, f.department,
            f.trust.value if f.trust else None, f.severity.value, f.created_at, f.edited_at,
            f.point_id)


def _action_values(a: Action) -> tuple[Any, ...]:
    """An action's values in the order of _ACTION_COLUMNS."""
    return (a.id, a.text, a.owner, a.due.isoformat() if a.due else None, a.status.value,
            a.fix.value, a.done_at, a.created_at, a.edited_at)


def _finding(r: Any) -> Finding:
    return Finding(r[0], r[1], r[2], r[3], r[4], r[5], CoreFactor(r[6]) if r[6] else None,
                   r[7], Verdict(r[8]) if r[8] else None, Severity(r[9]), r[10], r[11], r[12])


class LoopStore:
    conn: sqlite3.Connection

    @storage_errors
    def save_finding(self, finding: Finding) -> None:
        """Insert the finding, or update the one with its id."""
        with self.conn:
            self.conn.execute(
                f"INSERT INTO findings ({_FINDING_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " + _update_all(_FINDING_COLUMNS),
                _finding_values(finding))

    @storage_errors
    def delete_finding(self, finding_id: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM findings WHERE id = ?", (finding_id,))

    @storage_errors
    def findings(self, round_label: str | None = None, *, touchpoint: str | None = None,
                 session_id: str | None = None) -> list[Finding]:
        """Findings oldest first: all, or a round's, a touchpoint's, a session's."""
        clauses, params = [], []
        for column, value in (("round", round_label), ("touchpoint", touchpoint),
                              ("session_id", session_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [_finding(r) for r in self.conn.execute(
            f"SELECT {_FINDING_COLUMNS} FROM findings {where} ORDER BY created_at, rowid",
            params)]

    @storage_errors
    def save_action(self, action: Action) -> None:
        """Insert the action, or update the one with its id; and the findings it answers."""
        with self.conn:
            self.conn.execute(
                f"INSERT INTO actions ({_ACTION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) " + _update_all(_ACTION_COLUMNS),
                _action_values(action))
            self._link(action)

    def _link(self, action: Action) -> None:
        """The action's links are the findings it answers that are here."""
        self.conn.execute("DELETE FROM action_findings WHERE action_id = ?", (action.id,))
        self.conn.executemany(
            "INSERT INTO action_findings (action_id, finding_id) SELECT ?, id "
            "FROM findings WHERE id = ?", [(action.id, f) for f in action.finding_ids])

    @storage_errors
    def delete_action(self, action_id: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    @storage_errors
    def actions(self) -> list[Action]:
        """Every action, oldest first, with the findings it answers."""
        links: dict[str, list[str]] = {}
        for action_id, finding_id in self.conn.execute(
                "SELECT action_id, finding_id FROM action_findings ORDER BY rowid"):
            links.setdefault(action_id, []).append(finding_id)
        return [
            Action(r[0], r[1], r[2], date.fromisoformat(r[3]) if r[3] else None,
                   ActionStatus(r[4]), FixKind(r[5]), tuple(links.get(r[0], ())), r[6], r[7],
                   r[8])
            for r in self.conn.execute(
                f"SELECT {_ACTION_COLUMNS} FROM actions ORDER BY created_at, rowid")]

    @storage_errors
    def departments(self) -> list[str]:
        """Departments named so far, A to Z: the suggestions for the next finding."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT department FROM findings WHERE department != '' "
            "ORDER BY department COLLATE NOCASE")]

    @storage_errors
    def earlier_rounds(self, round_label: str) -> list[str]:
        """The rounds that began before this one (demos left out), oldest first."""
        return [r[0] for r in self.conn.execute(
            "SELECT round FROM sessions WHERE demo = 0 GROUP BY round "
            "HAVING MIN(started_at) < (SELECT MIN(started_at) FROM sessions WHERE round = ?) "
            "ORDER BY MIN(started_at)", (round_label,))]

    @storage_errors
    def finding_checks(self, session_id: str) -> dict[str, bool]:
        """What the leader said in this session of earlier findings: held or not."""
        return {r[0]: bool(r[1]) for r in self.conn.execute(
            "SELECT finding_id, held FROM finding_checks WHERE session_id = ?",
            (session_id,))}

    @storage_errors
    def set_finding_check(self, session_id: str, finding_id: str, held: bool | None,
                          at: float) -> None:
        """Held, not held, or (None) not said."""
        with self.conn:
            if held is None:
                self.conn.execute("DELETE FROM finding_checks WHERE session_id = ? AND "
                                  "finding_id = ?", (session_id, finding_id))
            else:
                self.conn.execute(
                    "INSERT INTO finding_checks (session_id, finding_id, held, at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, finding_id) DO UPDATE "
                    "SET held = excluded.held, at = excluded.at",
                    (session_id, finding_id, int(held), at))

    @storage_errors
    def merge_finding(self, finding: Finding) -> None:
        """A shared copy: kept when ours is missing or older (in the caller's transaction).
        Its session link holds only if that session is here."""
        self.conn.execute(
            f"INSERT INTO findings ({_FINDING_COLUMNS}) VALUES (?, ?, ?, ?, "
            "(SELECT id FROM sessions WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, "
            "(SELECT id FROM perception_points WHERE id = ?)) "
            + _update_all(_FINDING_COLUMNS) + " WHERE excluded.edited_at > findings.edited_at",
            _finding_values(finding))

    @storage_errors
    def link_findings_to_sessions(self, findings: list[Finding]) -> None:
        """After a merge brought their sessions: shared findings kept as they came (same
        edit stamp) get the session link they carry (in the caller's transaction)."""
        self.conn.executemany(
            "UPDATE findings SET session_id = ? WHERE id = ? AND session_id IS NULL "
            "AND edited_at = ? AND EXISTS (SELECT 1 FROM sessions WHERE id = ?)",
            [(f.session_id, f.id, f.edited_at, f.session_id) for f in findings
             if f.session_id is not None])

    @storage_errors
    def merge_action(self, action: Action) -> None:
        """A shared copy of an action and its links: kept when ours is missing or older."""
        row = self.conn.execute("SELECT edited_at FROM actions WHERE id = ?",
                                (action.id,)).fetchone()
        if row is not None and row[0] >= action.edited_at:
            return
        self.conn.execute(
            f"INSERT INTO actions ({_ACTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + _update_all(_ACTION_COLUMNS),
            _action_values(action))
        self._link(action)

    @storage_errors
    def held_counts(self) -> dict[str, tuple[int, int]]:
        """Per finding: how many later sessions found its fix held, and how many not."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT finding_id, SUM(held), SUM(1 - held) FROM finding_checks "
            "GROUP BY finding_id")}
