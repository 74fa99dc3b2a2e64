"""What the workbook says, worked out from sessions: per-touchpoint and per-round figures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

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
    seen: dict[str, tuple[int, str]] = {}
    for session in sessions:
        for step in session.steps:
            seen.setdefault(step.key, (step.position, step_title(step)))
    return [(key, title) for key, (_, title) in sorted(seen.items(), key=lambda kv: kv[1][0])]


def _mean(values: Iterable[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(fmean(present), 2) if present else None


def touchpoint_stats(sessions: Sequence[Session]) -> list[TouchpointStats]:
    stats = []
    for key, title in touchpoints(sessions):
        steps = [s for session in sessions for s in session.steps if s.key == key]
        felt = [s.points for s in steps if s.points is not None]
        stats.append(TouchpointStats(
            key, title, len(felt), _mean(felt), min(felt, default=None),
            max(felt, default=None), _mean(s.predicted_points for s in steps),
            _mean(s.gap for s in steps),
            _mean(s.blind_review_points if s.blind_review_points is not None
                  else s.review_points for s in steps),
        ))
    return stats


def headline(sessions: Sequence[Session], stats: Sequence[TouchpointStats]) -> Headline:
    steps = [s for session in sessions for s in session.steps]
    lowest = lowest_felt(stats, 1)
    return Headline(
        len(sessions), sum(s.verdict is Verdict.BUILDS for s in sessions),
        sum(s.verdict is not None for s in sessions),
        _mean(s.points for s in steps), _mean(s.gap for s in steps),
        lowest[0] if lowest else None)


def round_means(sessions: Sequence[Session]) -> list[RoundMeans]:
    """Mean felt points per touchpoint for each round, rounds in the order they began."""
    order: dict[str, list[Session]] = {}
    for session in sorted(sessions, key=lambda s: s.started_at):
        order.setdefault(session.round, []).append(session)
    keys = [key for key, _ in touchpoints(sessions)]
    return [
        RoundMeans(label, len(members), {
            key: _mean(s.points for m in members for s in m.steps if s.key == key)
            for key in keys
        })
        for label, members in order.items()
    ]


def lowest_felt(stats: Sequence[TouchpointStats], count: int = 3) -> list[TouchpointStats]:
    rated = [s for s in stats if s.mean_felt is not None]
    return sorted(rated, key=lambda s: s.mean_felt or 0.0)[:count]


def largest_gaps(stats: Sequence[TouchpointStats], count: int = 3) -> list[TouchpointStats]:
    """Where the customer felt furthest below what we expected."""
    gapped = [s for s in stats if s.mean_gap is not None]
    return sorted(gapped, key=lambda s: s.mean_gap or 0.0)[:count]
