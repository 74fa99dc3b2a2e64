"""What the workbook says, worked out from sessions: per-touchpoint and per-round figures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from mysteryshop.measures import reach_sentence
from mysteryshop.model import Session, Step, Verdict
from mysteryshop.templates import template_for


@dataclass(frozen=True)
class TouchpointStats:
    key: str
    title: str
    rated: int  # how many sessions rated how it felt
    mean_felt: float | None
    min_felt: int | None
    max_felt: int | None
    mean_predicted: float | None
    mean_gap: float | None
    mean_reviewer: float | None = None  # the reviewers' ratings, blind where confirmed


@dataclass(frozen=True)
class Headline:
    """The round at a glance: what a meeting reads first."""

    sessions: int
    build_trust: int  # sessions whose verdict is "builds trust"
    with_verdict: int
    mean_felt: float | None  # per touchpoint, over every rated step
    mean_gap: float | None
    lowest: TouchpointStats | None


@dataclass(frozen=True)
class RoundMeans:
    round: str
    sessions: int
    mean_felt: dict[str, float | None]  # touchpoint key → mean felt points


def step_title(step: Step) -> str:
    template = template_for(step.key)
    return template.title if template else step.title


def touchpoints(sessions: Sequence[Session]) -> list[tuple[str, str]]:
    """(key, title) of every touchpoint in the sessions, in step order."""
    return Figures(sessions).touchpoints()


def touchpoint_stats(sessions: Sequence[Session]) -> list[TouchpointStats]:
    return Figures(sessions).touchpoint_stats()


def headline(sessions: Sequence[Session], stats: Sequence[TouchpointStats]) -> Headline:
    return Figures(sessions).headline(stats)


def round_means(sessions: Sequence[Session]) -> list[RoundMeans]:
    """Mean felt points per touchpoint for each round, rounds in the order they began."""
    return Figures(sessions).round_means()


class _Mean:
    """A running mean that rounds as the workbook shows it."""

    __slots__ = ("count", "total")

    def __init__(self) -> None:
        self.count, self.total = 0, 0

    def add(self, value: int | None) -> None:
        if value is not None:
            self.count += 1
            self.total += value

    def value(self) -> float | None:
        return round(self.total / self.count, 2) if self.count else None


class _Touchpoint:
    __slots__ = ("felt", "gap", "high", "low", "position", "predicted", "reviewer",
                 "title")

    def __init__(self, position: int, title: str) -> None:
        self.position, self.title = position, title
        self.felt, self.predicted, self.gap, self.reviewer = (_Mean() for _ in range(4))
        self.low: int | None = None
        self.high: int | None = None


class Figures:
    """The workbook's figures over sessions given a batch at a time: an export of
    thousands of sessions holds one batch in memory, and these running totals."""

    def __init__(self, sessions: Iterable[Session] = ()) -> None:
        self.sessions = self.build_trust = self.with_verdict = 0
        self._touchpoints: dict[str, _Touchpoint] = {}
        self._felt, self._gap = _Mean(), _Mean()
        # round → (first start, order seen, sessions, felt per touchpoint)
        self._rounds: dict[str, tuple[datetime, int, list[int], dict[str, _Mean]]] = {}
        self.add(sessions)

    def add(self, sessions: Iterable[Session]) -> None:
        for session in sessions:
            self.sessions += 1
            self.build_trust += session.verdict is Verdict.BUILDS
            self.with_verdict += session.verdict is not None
            first, seen, count, felt = self._rounds.setdefault(
                session.round, (session.started_at, len(self._rounds), [0], {}))
            if session.started_at < first:
                self._rounds[session.round] = (session.started_at, seen, count, felt)
            count[0] += 1
            for step in session.steps:
                point = self._touchpoints.get(step.key)
                if point is None:
                    point = self._touchpoints[step.key] = _Touchpoint(step.position,
                                                                      step_title(step))
                point.felt.add(step.points)
                point.predicted.add(step.predicted_points)
                point.gap.add(step.gap)
                point.reviewer.add(step.blind_review_points
                                   if step.blind_review_points is not None
                                   else step.review_points)
                if step.points is not None:
                    point.low = min(step.points, point.low if point.low is not None
                                    else step.points)
                    point.high = max(step.points, point.high if point.high is not None
                                     else step.points)
                self._felt.add(step.points)
                self._gap.add(step.gap)
                felt.setdefault(step.key, _Mean()).add(step.points)

    def touchpoints(self) -> list[tuple[str, str]]:
        ordered = sorted(self._touchpoints.items(), key=lambda kv: kv[1].position)
        return [(key, point.title) for key, point in ordered]

    def touchpoint_stats(self) -> list[TouchpointStats]:
        return [
            TouchpointStats(key, title, p.felt.count, p.felt.value(), p.low, p.high,
                            p.predicted.value(), p.gap.value(), p.reviewer.value())
            for key, title in self.touchpoints()
            for p in (self._touchpoints[key],)
        ]

    def headline(self, stats: Sequence[TouchpointStats]) -> Headline:
        lowest = lowest_felt(stats, 1)
        return Headline(self.sessions, self.build_trust, self.with_verdict,
                        self._felt.value(), self._gap.value(),
                        lowest[0] if lowest else None)

    def round_means(self) -> list[RoundMeans]:
        keys = [key for key, _ in self.touchpoints()]
        ordered = sorted(self._rounds.items(), key=lambda kv: (kv[1][0], kv[1][1]))
        return [
            RoundMeans(label, count[0], {
                key: felt[key].value() if key in felt else None for key in keys})
            for label, (_, _, count, felt) in ordered
        ]


def lowest_felt(stats: Sequence[TouchpointStats], count: int = 3) -> list[TouchpointStats]:
    rated = [s for s in stats if s.mean_felt is not None]
    return sorted(rated, key=lambda s: s.mean_felt or 0.0)[:count]


def largest_gaps(stats: Sequence[TouchpointStats], count: int = 3) -> list[TouchpointStats]:
    """Where the customer felt furthest below what we expected."""
    gapped = [s for s in stats if s.mean_gap is not None]
    return sorted(gapped, key=lambda s: s.mean_gap or 0.0)[:count]


def reach_lines(figures: Figures, reach: Mapping[tuple[str, str], int]) -> list[str]:
    """Per round and touchpoint with customers a year, what its mean feeling amounts to."""
    titles = dict(figures.touchpoints())
    lines = []
    for means in figures.round_means():
        for key, felt in means.mean_felt.items():
            customers = reach.get((means.round, key))
            if customers and felt is not None:
                prefix = f"{means.round}: " if means.round else ""
                lines.append(prefix + reach_sentence(customers, round(felt, 1),
                                                     titles.get(key, key)))
    return lines
