"""Decide how a shared copy of a session merges into ours (pure: no files, no SQL).

A session has two authors. The leader's work (points, notes, answers, markers, timer,
verdict) comes from their laptop and changes as a whole: a copy replaces ours when it
holds every leader edit ours holds, and more. Edits are counted per database (a version
vector, `Session.versions`), so a wrong or forged clock decides nothing; copies from
before the counting are ordered by their edit times, taken as unknown when they lie in the
future. Work changed on both sides since they last met is never dropped in silence: ours
stays and the report says theirs was not taken. The reviewer's work only grows: notes are
added, never dropped, and a step's reviewer rating is taken when we have none or the
other review is newer. So importing twice changes nothing, and a newer copy never erases
what was done here.
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
KEPT_OURS = "this computer's copy of the leader's work was kept"
BOTH_CHANGED = ("the leader's work was changed both here and on the computer it came from "
                "since they last shared: " + KEPT_OURS + " and theirs was not taken (share "
                "this computer's copy back, or ask which is right)")
SAME_COUNT = ("it holds the same edits as this computer's copy but differs from it (a copied "
              "data folder, or a changed file?): " + KEPT_OURS)
FORGED_COUNT = ("it claims more edits made on this computer than this computer made (an "
                "altered copy, or this database restored from an older backup?): " + KEPT_OURS)


class Order(StrEnum):
    """How two copies' edit counts compare."""

    SAME = "same"
    OURS = "ours"  # ours holds every edit theirs holds, and more
    THEIRS = "theirs"
    BOTH = "both"  # each holds edits the other lacks: changed on both sides


def compare_versions(ours: dict[str, int], theirs: dict[str, int]) -> Order:
    keys = ours.keys() | theirs.keys()
    ahead = any(ours.get(k, 0) > theirs.get(k, 0) for k in keys)
    behind = any(theirs.get(k, 0) > ours.get(k, 0) for k in keys)
    if ahead and behind:
        return Order.BOTH
    return Order.OURS if ahead else Order.THEIRS if behind else Order.SAME


def merged_versions(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in a.keys() | b.keys()}


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
    versions: dict[str, int] = field(default_factory=dict)  # the edit counts to store
    warning: str = ""  # said beside the outcome: what of theirs did not count, and why

    @property
    def label(self) -> str:
        s = self.incoming
        return f"{s.company} · {s.leader} · {s.started_at.astimezone():%Y-%m-%d}"


def plan_merge(local: Session | None, incoming: Session,
               file_exists: Callable[[Recording], bool],
               now: float | None = None, device: str = "") -> SessionMerge:
    """How `incoming` joins the database, given our copy of it (None if we have none).

    `device` is this database's name in the edit counts. Stamps from the future (later
    than `now`, the import) are taken as unknown: older than any, so they neither win
    this merge nor block a genuinely newer copy later.
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
                            versions=dict(incoming.versions),
                            new_recordings=[r for s in incoming.steps for r in s.recordings])
    plan = SessionMerge(incoming, Outcome.SKIPPED, edited_at=_later(local.edited_at,
                                                                     incoming.edited_at),
                        reviewed_at=_later(local.reviewed_at, incoming.reviewed_at),
                        versions=dict(local.versions), warning=warning)
    theirs_newer_review = (incoming.reviewed_at or 0.0) > (local.reviewed_at or 0.0)
    common = {s.key for s in local.steps} & {s.key for s in incoming.steps}
    ours_newer = _decide_leader_work(plan, local, incoming, common, device, future)
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


def _decide_leader_work(plan: SessionMerge, local: Session, incoming: Session,
                        common: set[str], device: str, future: bool) -> bool:
    """Whether their leader work replaces ours (set on `plan`); True when ours is newer."""
    counted = bool(local.versions) and bool(incoming.versions)
    if leader_work(local, common) == leader_work(incoming, common):
        if counted:  # the same work reached both sides: both now hold all of its edits
            plan.versions = merged_versions(local.versions, incoming.versions)
        return False
    if counted:
        order = compare_versions(local.versions, incoming.versions)
        if device and incoming.versions.get(device, 0) > local.versions.get(device, 0):
            plan.warning = _join(plan.warning, FORGED_COUNT)
        elif order is Order.THEIRS:
            plan.replace_leader_work = True
            plan.versions = merged_versions(local.versions, incoming.versions)
            plan.changes.append("the leader's newer work")
            return False
        elif order is Order.BOTH:
            plan.warning = _join(plan.warning, BOTH_CHANGED)
        elif order is Order.SAME:
            plan.warning = _join(plan.warning, SAME_COUNT)
        return order is Order.OURS
    # Copies from before edits were counted: the later edit time wins.
    if (incoming.edited_at or 0.0) > (local.edited_at or 0.0):
        plan.replace_leader_work = True
        plan.versions = merged_versions(local.versions, incoming.versions)
        plan.changes.append("the leader's newer work")
        return False
    if future:
        plan.warning = FUTURE_WARNING + ": " + KEPT_OURS
    return True


def _join(first: str, second: str) -> str:
    return f"{first}; {second}" if first else second


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
            session.surprised, session.recording_consent_at,
            tuple(sorted(session.finding_checks.items())))
    steps = tuple(
        (s.key, s.predicted_points, s.prediction_before_change, s.prediction_changed_at,
         s.points, s.notes, s.timer_stopped, tuple(s.intervals),
         tuple(sorted((m.offset_seconds, m.at, m.kind.value, m.text) for m in s.markers)),
         tuple(sorted((a.question_id, a.value or "", a.comment) for a in s.answers.values())),
         s.measures, tuple(s.feeling_trace))
        for s in sorted(session.steps, key=lambda s: s.key) if s.key in keys)
    return head, steps


def _note_key(note: ReviewNote) -> tuple[float, str, float]:
    return note.offset_seconds, note.text, note.created_at


def _later(a: float | None, b: float | None) -> float | None:
    present = [x for x in (a, b) if x is not None]
    return max(present) if present else None
