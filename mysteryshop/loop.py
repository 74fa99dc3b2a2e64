"""Closing the loop: findings (what the team saw, and where) and the actions that answer
them (what will change, who owns it, by when, and whether it is a permanent fix).

The exercise exists to fix causes for good, not to patch the same problem again: an action
says whether it changed the process (documented and trained) or only the one case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from mysteryshop.model import Verdict

TEXT_MAX = 500  # a finding or an action is a short statement, in characters


class CoreFactor(StrEnum):
    """The four core factors of a customer's experience."""

    PEOPLE = "people"
    PROCESS = "process"
    TECHNOLOGY = "technology"
    CULTURE = "culture"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_live(self) -> bool:
        """Still to be done (it can be late)."""
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class FixKind(StrEnum):
    PERMANENT = "permanent"  # the process changed: the journey documented and trained
    SPOT = "spot"  # this one case put right


@dataclass(frozen=True)
class Finding:
    """A short statement of what was seen, and where: a round's touchpoint, and, when it
    came from a session, the session, its step and the moment on the step's timeline."""

    id: str
    round: str
    text: str
    touchpoint: str = ""  # a step key; "" for the experience as a whole
    session_id: str | None = None
    offset_seconds: float | None = None  # a moment in the step (a marker, a recording)
    factor: CoreFactor | None = None
    department: str = ""
    trust: Verdict | None = None  # builds or erodes trust
    severity: Severity = Severity.MEDIUM
    created_at: float = 0.0
    edited_at: float = 0.0
    point_id: str | None = None  # the perception point it came from


@dataclass(frozen=True)
class Action:
    """What will change to answer one or more findings."""

    id: str
    text: str
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    fix: FixKind = FixKind.PERMANENT
    finding_ids: tuple[str, ...] = field(default_factory=tuple)
    done_at: float | None = None  # when it was marked done
    created_at: float = 0.0
    edited_at: float = 0.0

    def overdue(self, today: date) -> bool:
        """Past its due date and not done or dropped."""
        return self.status.is_live and self.due is not None and self.due < today


@dataclass(frozen=True)
class ActionFilter:
    """What the Actions view (and `actions list`) narrows to; None: any."""

    owner: str | None = None
    status: ActionStatus | None = None
    factor: CoreFactor | None = None
    touchpoint: str | None = None
    overdue_on: date | None = None  # only those overdue on this day

    def keeps(self, action: Action, findings: dict[str, Finding]) -> bool:
        linked = [findings[i] for i in action.finding_ids if i in findings]
        return (
            (self.owner is None or action.owner.casefold() == self.owner.casefold())
            and (self.status is None or action.status is self.status)
            and (self.factor is None or any(f.factor is self.factor for f in linked))
            and (self.touchpoint is None or any(f.touchpoint == self.touchpoint
                                                for f in linked))
            and (self.overdue_on is None or action.overdue(self.overdue_on))
        )


@dataclass(frozen=True)
class CarriedFinding:
    """An earlier round's finding at a touchpoint, as a later session shows it: the
    actions that answered it, and whether the leader found the fix held (None: not said)."""

    finding: Finding
    actions: tuple[Action, ...]
    held: bool | None = None


@dataclass(frozen=True)
class FollowUp:
    """What came of a touchpoint's findings: the actions done, and how often later
    sessions found the fix held or not."""

    actions_done: int = 0
    held: int = 0
    not_held: int = 0

    @property
    def held_share(self) -> float | None:
        said = self.held + self.not_held
        return None if not said else self.held / said


def owners_of(actions: list[Action]) -> list[str]:
    """The owners named, A to Z: the suggestions for the next action."""
    return sorted({a.owner for a in actions if a.owner}, key=str.casefold)
