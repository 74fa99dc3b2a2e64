"""Who has done the round: each leader's touchpoints, finished or not, last activity.

The exercise is for the whole leadership team; who takes part and who finds reasons not
to is itself a finding, so leaders on the team's list who have not started are listed too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class TouchpointState(StrEnum):
    NOT_STARTED = "not_started"
    STARTED = "started"  # the timer ran or something was written, no feeling rated yet
    DONE = "done"  # the feeling rated


@dataclass(frozen=True)
class StepActivity:
    """One step of one session in the round, as storage reads it."""

    leader: str
    session_id: str
    finished: bool
    last_activity: float | None  # epoch seconds
    key: str
    position: int
    title: str
    rated: bool
    started: bool


@dataclass(frozen=True)
class LeaderProgress:
    leader: str
    sessions: int = 0
    touchpoints: dict[str, TouchpointState] = field(default_factory=dict)
    finished: bool = False  # a session of the round finished (verdict given)
    last_activity: float | None = None

    def state(self, key: str) -> TouchpointState:
        return self.touchpoints.get(key, TouchpointState.NOT_STARTED)

    @property
    def done(self) -> int:
        return sum(1 for s in self.touchpoints.values() if s is TouchpointState.DONE)

    @property
    def not_started(self) -> bool:
        return self.sessions == 0


@dataclass(frozen=True)
class RoundProgress:
    round: str
    touchpoints: list[tuple[str, str]]  # (key, title) in step order
    leaders: list[LeaderProgress]

    @property
    def finished(self) -> int:
        return sum(1 for p in self.leaders if p.finished)

    @property
    def not_started(self) -> int:
        return sum(1 for p in self.leaders if p.not_started)

    @property
    def in_progress(self) -> int:
        return len(self.leaders) - self.finished - self.not_started


_RANK = {TouchpointState.NOT_STARTED: 0, TouchpointState.STARTED: 1, TouchpointState.DONE: 2}


def _same(name: str) -> str:
    return " ".join(name.split()).casefold()


def round_progress(round_label: str, kept_leaders: Sequence[str],
                   activity: Iterable[StepActivity],
                   default_touchpoints: Sequence[tuple[str, str]] = ()) -> RoundProgress:
    """Each kept leader's progress in the round, and anyone else who has a session in it.

    Names match whatever their case and spacing ("ana rivera " is Ana Rivera); a leader
    with several sessions in the round has a touchpoint's best state over all of them.
    """
    names = {_same(n): n for n in kept_leaders}
    sessions: dict[str, set[str]] = {}
    states: dict[str, dict[str, TouchpointState]] = {}
    finished: dict[str, bool] = {}
    last: dict[str, float | None] = {}
    seen: dict[str, tuple[int, str]] = {}
    for row in activity:
        who = _same(row.leader)
        names.setdefault(who, " ".join(row.leader.split()))
        sessions.setdefault(who, set()).add(row.session_id)
        finished[who] = finished.get(who, False) or row.finished
        if row.last_activity is not None:
            before = last.get(who)
            last[who] = row.last_activity if before is None else max(before, row.last_activity)
        else:
            last.setdefault(who, None)
        state = (TouchpointState.DONE if row.rated else
                 TouchpointState.STARTED if row.started else TouchpointState.NOT_STARTED)
        mine = states.setdefault(who, {})
        if _RANK[state] > _RANK[mine.get(row.key, TouchpointState.NOT_STARTED)]:
            mine[row.key] = state
        seen.setdefault(row.key, (row.position, row.title))
    touchpoints = ([(k, t) for k, (_, t) in sorted(seen.items(), key=lambda kv: kv[1][0])]
                   if seen else list(default_touchpoints))
    leaders = [
        LeaderProgress(name, len(sessions.get(who, ())), states.get(who, {}),
                       finished.get(who, False), last.get(who))
        for who, name in sorted(names.items())
    ]
    return RoundProgress(round_label, touchpoints, leaders)


@dataclass(frozen=True)
class RoundHeadline:
    """A round's progress at a glance (the home screen): leaders on the team or in the
    round, and how many finished, are under way, or have not started."""

    round: str
    leaders: int
    finished: int
    in_progress: int
    sessions: int = 0  # the round's sessions (demos left out)

    @property
    def not_started(self) -> int:
        return self.leaders - self.finished - self.in_progress


def round_headline(round_label: str, kept_leaders: Sequence[str],
                   sessions: Iterable[tuple[str, bool]]) -> RoundHeadline:
    """From each session's (leader, finished): cheap enough for every home refresh."""
    finished: dict[str, bool] = {}
    count = 0
    for leader, done in sessions:
        who = _same(leader)
        finished[who] = finished.get(who, False) or done
        count += 1
    everyone = {_same(n) for n in kept_leaders} | set(finished)
    done_count = sum(finished.values())
    return RoundHeadline(round_label, len(everyone), done_count, len(finished) - done_count,
                         count)
