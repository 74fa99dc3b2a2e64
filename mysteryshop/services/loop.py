"""Findings and actions: what the team saw, what it will change, and whether it is done.

Every change is saved at once and stamped (`edited_at`), so a shared copy can be merged
by which is newer."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from mysteryshop.errors import MysteryShopError, NotFoundError
from mysteryshop.loop import (
    TEXT_MAX,
    Action,
    ActionFilter,
    ActionStatus,
    CarriedFinding,
    Finding,
    FollowUp,
    owners_of,
)
from mysteryshop.model import Session
from mysteryshop.storage.repository import Repository
from mysteryshop.text import one_line

logger = logging.getLogger(__name__)

FINDING_FIELDS = frozenset({"round", "text", "touchpoint", "session_id", "offset_seconds",
                            "factor", "department", "trust", "severity", "point_id"})
ACTION_FIELDS = frozenset({"text", "owner", "due", "status", "fix", "finding_ids"})


def _only(changes: dict[str, Any], allowed: frozenset[str], what: str) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not {what} fields: {sorted(unknown)}")




def _text(value: str, empty: MysteryShopError) -> str:
    """One short statement, spaces tidied; `empty` says what it is missing."""
    text = one_line(value)
    if not text:
        raise empty
    if len(text) > TEXT_MAX:
        raise MysteryShopError("Say it in at most {limit} characters.", limit=TEXT_MAX)
    return text


class LoopService:
    """Findings and actions over the connection it is given."""

    def __init__(self, repository: Repository, clock: Callable[[], float]) -> None:
        self._repository = repository
        self._clock = clock

    # -- findings ----------------------------------------------------------------------

    def add_finding(self, round_label: str, text: str, **fields: Any) -> Finding:
        """A finding of the round; `fields` as in `Finding` (touchpoint, session_id,
        offset_seconds, factor, department, trust, severity)."""
        now = self._clock()
        finding = self._checked_finding(Finding(uuid.uuid4().hex, round_label, "", created_at=now,
                                                edited_at=now), {"text": text, **fields})
        self._repository.save_finding(finding)
        logger.info("Added finding %s (round %r)", finding.id, round_label)
        return finding

    def update_finding(self, finding: Finding, **changes: Any) -> Finding:
        changed = self._checked_finding(finding, changes)
        changed = replace(changed, edited_at=self._clock())
        self._repository.save_finding(changed)
        return changed

    def delete_finding(self, finding_id: str) -> None:
        """The finding goes; actions that answered it stay, answering the rest."""
        self._repository.delete_finding(finding_id)

    def findings(self, round_label: str | None = None, *, touchpoint: str | None = None,
                 session_id: str | None = None) -> list[Finding]:
        return self._repository.findings(round_label, touchpoint=touchpoint,
                                         session_id=session_id)

    def departments(self) -> list[str]:
        return self._repository.departments()

    def _checked_finding(self, finding: Finding, changes: dict[str, Any]) -> Finding:
        _only(changes, FINDING_FIELDS, "finding")
        if "text" in changes:
            changes["text"] = _text(changes["text"], MysteryShopError(
                "A finding needs a few words: what was seen?"))
        if "department" in changes:
            changes["department"] = one_line(changes["department"])
        offset = changes.get("offset_seconds")
        if offset is not None and offset < 0:
            raise ValueError("a finding's moment is a time into the step, not before it")
        return replace(finding, **changes)

    # -- carried into the next round ----------------------------------------------------

    def carried(self, session: Session, key: str) -> list[CarriedFinding]:
        """What earlier rounds found at this touchpoint, with the actions that answered
        it and what the leader said in this session: did the fix hold?"""
        earlier = set(self._repository.earlier_rounds(session.round))
        if not earlier:
            return []
        findings = [f for f in self._repository.findings(touchpoint=key) if f.round in earlier]
        if not findings:
            return []
        actions = self._repository.actions()
        checks = self._repository.finding_checks(session.id)
        return [CarriedFinding(f, tuple(a for a in actions if f.id in a.finding_ids),
                               checks.get(f.id))
                for f in findings]

    def set_held(self, session: Session, finding_id: str, held: bool | None) -> None:
        """The leader's word, in this session, on an earlier finding: the fix held, it did
        not, or (None) nothing said."""
        self._repository.set_finding_check(session.id, finding_id, held, self._clock())

    def follow_up(self) -> dict[str, FollowUp]:
        """Per touchpoint (step key): actions done on its findings, and held / not held."""
        findings = {f.id: f.touchpoint for f in self._repository.findings()}
        counts: dict[str, list[int]] = {}
        for action in self._repository.actions():
            if action.status is ActionStatus.DONE:
                for key in {findings[i] for i in action.finding_ids if i in findings}:
                    counts.setdefault(key, [0, 0, 0])[0] += 1
        for finding_id, (held, not_held) in self._repository.held_counts().items():
            if finding_id in findings:
                tally = counts.setdefault(findings[finding_id], [0, 0, 0])
                tally[1] += held
                tally[2] += not_held
        return {key: FollowUp(*tally) for key, tally in counts.items()}

    # -- actions -----------------------------------------------------------------------

    def add_action(self, text: str, finding_ids: tuple[str, ...] = (), **fields: Any
                   ) -> Action:
        """An action answering `finding_ids`; `fields` as in `Action` (owner, due, fix)."""
        now = self._clock()
        action = self._checked_action(Action(uuid.uuid4().hex, "", created_at=now,
                                             edited_at=now),
                                      {"text": text, "finding_ids": finding_ids, **fields})
        self._repository.save_action(action)
        logger.info("Added action %s (%d findings)", action.id, len(action.finding_ids))
        return action

    def update_action(self, action: Action, **changes: Any) -> Action:
        """Change an action; marked done, it remembers when (undone, it forgets)."""
        changed = self._checked_action(action, changes)
        now = self._clock()
        if changed.status is ActionStatus.DONE and action.status is not ActionStatus.DONE:
            changed = replace(changed, done_at=now)
        elif changed.status is not ActionStatus.DONE:
            changed = replace(changed, done_at=None)
        changed = replace(changed, edited_at=now)
        self._repository.save_action(changed)
        return changed

    def delete_action(self, action_id: str) -> None:
        self._repository.delete_action(action_id)

    def actions(self, keep: ActionFilter | None = None) -> list[Action]:
        """Every action, or those `keep` keeps."""
        actions = self._repository.actions()
        if keep is None:
            return actions
        findings = {f.id: f for f in self._repository.findings()}
        return [a for a in actions if keep.keeps(a, findings)]

    def owners(self) -> list[str]:
        """Owners named so far, A to Z: the suggestions for the next action."""
        return owners_of(self._repository.actions())

    def _checked_action(self, action: Action, changes: dict[str, Any]) -> Action:
        _only(changes, ACTION_FIELDS, "action")
        if "text" in changes:
            changes["text"] = _text(changes["text"], MysteryShopError(
                "An action needs a few words: what will change?"))
        if "owner" in changes:
            changes["owner"] = one_line(changes["owner"])
        due = changes.get("due")
        if due is not None and not isinstance(due, date):
            raise ValueError("an action's due date is a date")
        if "finding_ids" in changes:
            ids = tuple(dict.fromkeys(changes["finding_ids"]))
            known = {f.id for f in self._repository.findings()}
            missing = [i for i in ids if i not in known]
            if missing:
                raise NotFoundError("No finding has the id {finding_id!r}.",
                                    finding_id=missing[0])
            changes["finding_ids"] = ids
        return replace(action, **changes)
