"""The perception check: what leadership, staff and customers each say of the experience.

The method asks the three groups the same four questions and a rating on the step's
-10..+10 scale, then lays them side by side: where they agree, where they differ, and how
far leadership's belief is from what customers say (80 % of companies believe they deliver
excellent service; 8 % of their customers agree).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import fmean

from mysteryshop.loop import CoreFactor

POINT_MAX = 500  # one point is a short statement, in characters
SOURCE_MAX = 120  # "Staff group 3 — warehouse"
THEME_MAX = 80


class Group(StrEnum):
    """Who answered, in the order the method asks them."""

    LEADERSHIP = "leadership"
    STAFF = "staff"
    CUSTOMERS = "customers"


class Question(StrEnum):
    """The four questions every group answers, in the method's order."""

    WELL = "well"  # what do we do well?
    IMPROVE = "improve"  # what could be improved?
    COMPETITION = "competition"  # what does the competition do differently; good or bad?
    CONTINUE = "continue"  # what should we continue, or start, to improve it?


@dataclass(frozen=True)
class PerceptionPoint:
    """One short answer to one question, tagged (optionally) with the touchpoint it is
    about, a core factor, and a theme that groups it with others' points."""

    id: str
    question: Question
    text: str
    touchpoint: str = ""  # a step key; "" for the experience as a whole
    factor: CoreFactor | None = None
    theme: str = ""


@dataclass(frozen=True)
class PerceptionResponse:
    """One group's (or one respondent's) answers in a round's perception check.

    A workshop sheet is one response ("Staff group 3 — warehouse"); a survey gives one
    per respondent, all with the survey's source, so its shares count people.
    """

    id: str
    round: str
    group: Group
    source: str = ""
    overall: int | None = None  # the experience as a whole, -10..+10
    excellent: bool | None = None  # "do we deliver excellent service?"; None: not asked
    ratings: Mapping[str, int] = field(default_factory=dict)  # per touchpoint key
    points: tuple[PerceptionPoint, ...] = ()
    created_at: float = 0.0
    edited_at: float = 0.0

    def points_for(self, question: Question) -> list[PerceptionPoint]:
        return [p for p in self.points if p.question is question]


@dataclass(frozen=True)
class Share:
    """How many said yes to "do we deliver excellent service?", of those asked."""

    yes: int
    asked: int

    @property
    def fraction(self) -> float | None:
        return self.yes / self.asked if self.asked else None


def excellent_shares(responses: Iterable[PerceptionResponse]) -> dict[Group, Share]:
    """Per group that answered the question: the share who say "excellent"."""
    tally: dict[Group, list[int]] = {}
    for response in responses:
        if response.excellent is not None:
            counts = tally.setdefault(response.group, [0, 0])
            counts[0] += int(response.excellent)
            counts[1] += 1
    return {g: Share(*tally[g]) for g in Group if g in tally}


def mean_or_none(values: Sequence[float]) -> float | None:
    return round(fmean(values), 2) if values else None


def group_rating(responses: Iterable[PerceptionResponse], group: Group,
                 touchpoint: str | None = None) -> float | None:
    """A group's mean rating of one touchpoint, or (None) of the experience as a whole."""
    values: list[float] = []
    for r in responses:
        if r.group is group:
            value = r.overall if touchpoint is None else r.ratings.get(touchpoint)
            if value is not None:
                values.append(value)
    return mean_or_none(values)


@dataclass(frozen=True)
class Theme:
    """Points grouped under one name, and how many each group raised: raised by every group
    that answered is agreement; by some only, a disparity worth a look."""

    name: str
    counts: Mapping[Group, int]

    def agreed(self, groups: Iterable[Group]) -> bool:
        return all(self.counts.get(g, 0) for g in groups)


def themes(responses: Sequence[PerceptionResponse]) -> list[Theme]:
    """The themes named, most raised first (then A to Z); names match whatever their case
    and spacing, shown as first written."""
    names: dict[str, str] = {}
    counts: dict[str, dict[Group, int]] = {}
    for response in responses:
        for point in response.points:
            name = " ".join(point.theme.split())
            if not name:
                continue
            key = name.casefold()
            names.setdefault(key, name)
            per_group = counts.setdefault(key, {})
            per_group[response.group] = per_group.get(response.group, 0) + 1
    ordered = sorted(counts, key=lambda k: (-sum(counts[k].values()), k))
    return [Theme(names[k], {g: counts[k][g] for g in Group if g in counts[k]})
            for k in ordered]


def groups_answered(responses: Iterable[PerceptionResponse]) -> list[Group]:
    """The groups with at least one response, in the method's order."""
    present = {r.group for r in responses}
    return [g for g in Group if g in present]


@dataclass(frozen=True)
class TouchpointPerception:
    """One touchpoint seen four ways: what leadership predicted (the sessions' predictions
    and the leadership response), what staff and customers rate it, and what the mystery
    shop felt."""

    key: str
    title: str
    leadership: float | None
    staff: float | None
    customers: float | None
    felt: float | None

    @property
    def gap_to_customers(self) -> float | None:
        """Customers minus leadership: below zero, leaders think it better than it is."""
        if self.leadership is None or self.customers is None:
            return None
        return round(self.customers - self.leadership, 2)


@dataclass(frozen=True)
class SessionMeans:
    """A touchpoint's sessions in the round: every prediction and every felt rating."""

    key: str
    title: str
    predictions: tuple[int, ...] = ()
    felt: tuple[int, ...] = ()


@dataclass(frozen=True)
class PerceptionOverview:
    """A round's perception check at a glance (what the perception view draws)."""

    round: str
    responses: tuple[PerceptionResponse, ...]
    touchpoints: tuple[TouchpointPerception, ...]
    overall: Mapping[Group, float | None]
    shares: Mapping[Group, Share]
    themes: tuple[Theme, ...]
    groups: tuple[Group, ...]


def touchpoint_perceptions(sessions: Sequence[SessionMeans],
                           responses: Sequence[PerceptionResponse]
                           ) -> list[TouchpointPerception]:
    """Per touchpoint of the round's sessions (in their order), then any touchpoint only a
    response rated."""
    rows = []
    for s in sessions:
        leadership = list(s.predictions) + [
            r.ratings[s.key] for r in responses
            if r.group is Group.LEADERSHIP and s.key in r.ratings]
        rows.append(TouchpointPerception(
            s.key, s.title, mean_or_none(leadership),
            group_rating(responses, Group.STAFF, s.key),
            group_rating(responses, Group.CUSTOMERS, s.key), mean_or_none(s.felt)))
    seen = {s.key for s in sessions}
    for key in dict.fromkeys(k for r in responses for k in r.ratings if k not in seen):
        rows.append(TouchpointPerception(
            key, key, group_rating(responses, Group.LEADERSHIP, key),
            group_rating(responses, Group.STAFF, key),
            group_rating(responses, Group.CUSTOMERS, key), None))
    return rows
