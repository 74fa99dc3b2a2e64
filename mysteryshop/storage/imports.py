"""Writes that bring a shared session in: whole new sessions, or the leader's newer work.

Kept apart from the repository's everyday writes: these take whole domain records and
run inside one transaction the import service opens (`Repository.atomic`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from mysteryshop.model import Session, Step
from mysteryshop.storage.repository import Repository
from mysteryshop.storage.rows import session_values, step_values


def insert_session(repository: Repository, session: Session) -> None:
    """A session we did not have, with everything but its recordings (added one by one)."""
    db = repository.db
    db.table("sessions").insert({
        "id": session.id, "started_at": session.started_at.isoformat(),
        "current_page": 0, "reviewer": session.reviewer, **session_values(session),
    })
    db.table("steps").insert_all(
        {"session_id": session.id, "key": s.key, "position": s.position, "title": s.title,
         "review_points": s.review_points, "blind_review_points": s.blind_review_points,
         **step_values(s)}
        for s in session.steps)
    _insert_leader_rows(repository, session.id, session.steps)
    _put_finding_checks(repository, session)
    db.table("review_notes").insert_all(
        {"session_id": session.id, "step_key": s.key, "offset_seconds": n.offset_seconds,
         "text": n.text, "created_at": n.created_at}
        for s in session.steps for n in s.review_notes)
    refresh_totals(repository, session.id)


def replace_leader_work(repository: Repository, session: Session, keys: set[str]) -> None:
    """Our copy of the leader's work (in the steps `keys`) becomes the incoming one."""
    db = repository.db
    db.table("sessions").update(session.id, session_values(session))
    steps = [s for s in session.steps if s.key in keys]
    for step in steps:
        db.table("steps").update((session.id, step.key), step_values(step))
        for table in ("timer_intervals", "markers", "answers", "feeling_changes"):
            repository.conn.execute(
                f"DELETE FROM {table} WHERE session_id = ? AND step_key = ?",
                (session.id, step.key))
    _insert_leader_rows(repository, session.id, steps)
    _put_finding_checks(repository, session)
    refresh_totals(repository, session.id)


def _put_finding_checks(repository: Repository, session: Session) -> None:
    """The session's word on earlier findings becomes the one it carries; a check of a
    finding this database does not hold is left out (it has nothing to hang on)."""
    repository.conn.execute("DELETE FROM finding_checks WHERE session_id = ?", (session.id,))
    repository.conn.executemany(
        "INSERT INTO finding_checks (session_id, finding_id, held, at) "
        "SELECT ?, id, ?, ? FROM findings WHERE id = ?",
        [(session.id, int(c.held), c.at, finding_id)
         for finding_id, c in session.finding_checks.items()])


def set_stamps(repository: Repository, session_id: str, edited_at: float | None,
               reviewed_at: float | None, versions: dict[str, int]) -> None:
    """Last, after the writes whose triggers moved them: the stamps and edit counts the
    merge decided (the counts after the stamps: setting edited_at counts an edit)."""
    repository.conn.execute(
        "UPDATE sessions SET edited_at = ?, reviewed_at = ? WHERE id = ?",
        (edited_at, reviewed_at, session_id))
    repository.conn.execute(
        "UPDATE sessions SET versions = ? WHERE id = ?",
        (json.dumps(versions, sort_keys=True), session_id))


def refresh_totals(repository: Repository, session_id: str) -> None:
    """The totals triggers fire on updates only; inserted steps need this."""
    repository.conn.execute(
        """
        UPDATE sessions SET
            felt_total = (SELECT SUM(points) FROM steps WHERE session_id = :id),
            predicted_total = (SELECT SUM(predicted_points) FROM steps WHERE session_id = :id),
            gap_total = (SELECT SUM(points - predicted_points) FROM steps WHERE session_id = :id)
        WHERE id = :id
        """, {"id": session_id})


def _insert_leader_rows(repository: Repository, session_id: str, steps: Iterable[Step]) -> None:
    db = repository.db
    steps = list(steps)
    db.table("timer_intervals").insert_all(
        {"session_id": session_id, "step_key": s.key, "started_at": i.started_at,
         "stopped_at": i.stopped_at} for s in steps for i in s.intervals)
    db.table("markers").insert_all(
        {"session_id": session_id, "step_key": s.key, "kind": m.kind.value,
         "offset_seconds": m.offset_seconds, "at": m.at, "text": m.text}
        for s in steps for m in s.markers)
    db.table("answers").insert_all(
        {"session_id": session_id, "step_key": s.key, "question_id": a.question_id,
         "value": a.value.value if a.value else None, "comment": a.comment}
        for s in steps for a in s.answers.values())
    db.table("feeling_changes").insert_all(
        {"session_id": session_id, "step_key": s.key, "offset_seconds": c.offset_seconds,
         "points": c.points, "at": c.at}
        for s in steps for c in s.feeling_trace)
