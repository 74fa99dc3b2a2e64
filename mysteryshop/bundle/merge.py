"""Decide how a shared copy of a session merges into ours (pure: no files, no SQL).

A session has two authors. The leader's work (points, notes, answers, markers, timer,
verdict) comes from their laptop and changes as a whole: the copy whose leader work
changed last wins. The reviewer's work only grows: notes are added, never dropped, and
a step's reviewer rating is taken when we have none or the other review is newer. So
importing twice changes nothing, and a newer copy never erases what was done here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mysteryshop.model import Recording, ReviewNote, Session, Step

# A copy's clock may be wrong, or its stamps forged: a stamp later than the moment of the
# import (give or take clocks that differ a little) cannot make its work "newer".
CLOCK_SKEW_SECONDS = 10 * 60
FUTURE_WARNING = ("its edit times lie in the future (a wrong clock on the computer it "
                  "came from?), so they count for nothing")


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    SKIPPED = "skipped"


@dataclass
class SessionMerge:
    """What importing one session will do, and the words that report it."""

    incoming: Session
    outcome: Outcome
    changes: list[str] = field(default_factory=list)  # for "updated": what came in
    reason: str = ""  # for "skipped": why nothing changed
    replace_leader_work: bool = False
    new_notes: list[tuple[str, ReviewNote]] = field(default_factory=list)
    review_points: dict[str, int] = field(default_factory=dict)
    blind_review_points: dict[str, int] = field(default_factory=dict)
    reviewer: str | None = None
    new_recordings: list[Recording] = field(default_factory=list)  # path: the bundle's file
    restored: list[tuple[Recording, str]] = field(default_factory=list)  # ours, bundle file
    edited_at: float | None = None
    reviewed_at: float | None = None
    warning: str = ""  # said beside the outcome: what of theirs did not count, and why

    @property
    def label(self) -> str:
        s = self.incoming
        return f"{s.company} · {s.leader} · {s.started_at.astimezone():%Y-%m-%d}"


def plan_merge(local: Session | None, incoming: Session,
               file_exists: Callable[[Recording], bool],
               now: float | None = None) -> SessionMerge:
    """How `incoming` joins the database, given our copy of it (None if we have none).

    Stamps from the future (later than `now`, the import) are taken as unknown: older
    than any, so they neither win this merge nor block a genuinely newer copy later.
    """
    limit = (time.time() if now is None else now) + CLOCK_SKEW_SECONDS
    future = any(s is not None and s > limit for s in (incoming.edited_at, incoming.reviewed_at))
    if future:
        incoming.edited_at, incoming.reviewed_at = (
            None if s is not None and s > limit else s
            for s in (incoming.edited_at, incoming.reviewed_at))
    warning = FUTURE_WARNING if future else ""
    if local is None:
        return SessionMerge(incoming, Outcome.ADDED, edited_at=incoming.edited_at,
                            reviewed_at=incoming.reviewed_at, warning=warning,
                            new_recordings=[r for s in incoming.steps for r in s.recordings])
    plan = SessionMerge(incoming, Outcome.SKIPPED, edited_at=_later(local.edited_at,
                                                                     incoming.edited_at),
                        reviewed_at=_later(local.reviewed_at, incoming.reviewed_at),
                        warning=warning)
    theirs_newer_review = (incoming.reviewed_at or 0.0) > (local.reviewed_at or 0.0)
    ours_newer = False
    common = {s.key for s in local.steps} & {s.key for s in incoming.steps}
    if leader_work(local, common) != leader_work(incoming, common):
        if (incoming.edited_at or 0.0) > (local.edited_at or 0.0):
            plan.replace_leader_work = True
            plan.changes.append("the leader's newer work")
        else:
            ours_newer = True
            if future:
                plan.warning = FUTURE_WARNING + ": this computer's copy of the leader's " \
                    "work was kept"
    if incoming.reviewer and incoming.reviewer != local.reviewer and (
            not local.reviewer or theirs_newer_review):
        plan.reviewer = incoming.reviewer
        plan.changes.append(f"reviewer {incoming.reviewer}")
    ours = {s.key: s for s in local.steps}
    for step in incoming.steps:
        mine = ours.get(step.key)
        if mine is not None:
            _merge_step(plan, mine, step, theirs_newer_review, file_exists)
    notes = len(plan.new_notes)
    if notes:
        plan.changes.append("1 reviewer note" if notes == 1 else f"{notes} reviewer notes")
    if plan.review_points or plan.blind_review_points:
        n = len(plan.review_points.keys() | plan.blind_review_points.keys())
        plan.changes.append("1 reviewer rating" if n == 1 else f"{n} reviewer ratings")
    files = len(plan.new_recordings) + len(plan.restored)
    if files:
        plan.changes.append("1 recording" if files == 1 else f"{files} recordings")
    if plan.changes:
        plan.outcome = Outcome.UPDATED
    elif ours_newer:
        plan.reason = "the copy on this computer is newer"
    else:
        plan.reason = "already up to date"
    return plan


def _merge_step(plan: SessionMerge, mine: Step, theirs: Step, theirs_newer_review: bool,
                file_exists: Callable[[Recording], bool]) -> None:
    have = {_note_key(n) for n in mine.review_notes}
    plan.new_notes += [(theirs.key, n) for n in theirs.review_notes if _note_key(n) not in have]
    if theirs.review_points is not None and theirs.review_points != mine.review_points and (
            mine.review_points is None or theirs_newer_review):
        plan.review_points[theirs.key] = theirs.review_points
    if theirs.blind_review_points is not None and mine.blind_review_points is None:
        # A blind rating is given once: the first one confirmed anywhere stands.
        plan.blind_review_points[theirs.key] = theirs.blind_review_points
    recorded = {r.started_at: r for r in mine.recordings}
    for recording in theirs.recordings:
        ours = recorded.get(recording.started_at)
        if ours is None:
            plan.new_recordings.append(recording)
        elif recording.path and not file_exists(ours):
            plan.restored.append((ours, recording.path))


def leader_work(session: Session, keys: set[str]) -> tuple[Any, ...]:
    """What the leader decided or recorded (in the steps `keys`), comparable across copies."""
    head = (session.leader, session.company, session.round, session.website, session.phone,
            session.started_at, session.finished_at, session.status, session.verdict,
            session.surprised, session.recording_consent_at)
    steps = tuple(
        (s.key, s.predicted_points, s.prediction_before_change, s.prediction_changed_at,
         s.points, s.notes, s.timer_stopped, tuple(s.intervals),
         tuple(sorted((m.offset_seconds, m.at, m.kind.value, m.text) for m in s.markers)),
         tuple(sorted((a.question_id, a.value or "", a.comment) for a in s.answers.values())),
         s.measures)
        for s in sorted(session.steps, key=lambda s: s.key) if s.key in keys)
    return head, steps


def _note_key(note: ReviewNote) -> tuple[float, str, float]:
    return note.offset_seconds, note.text, note.created_at


def _later(a: float | None, b: float | None) -> float | None:
    present = [x for x in (a, b) if x is not None]
    return max(present) if present else None
