"""Call measures derived from markers: rings, time to answer, holds, transfers, help."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from mysteryshop.model import (
    FEELING_START,
    CallMeasures,
    FeelingChange,
    Marker,
    MarkerKind,
    Session,
    Step,
)


def derive_measures(markers: Iterable[Marker], elapsed_now: float) -> CallMeasures:
    """Add up one call's markers (see `tally_markers`) as of `elapsed_now`."""
    return tally_markers(markers).at(elapsed_now)


@dataclass(frozen=True)
class MarkerTally:
    """A call's markers added up, with a hold that may still be open.

    Only the open hold grows with time: a running timer asks `at(now)` many times a
    second, and the markers (thousands, at most) are added up once per change.
    """

    measures: CallMeasures
    open_hold_start: float | None

    def at(self, elapsed_now: float) -> CallMeasures:
        start = self.open_hold_start
        if start is None:
            return self.measures
        length = max(0.0, elapsed_now - start)
        m = self.measures
        return replace(m, hold_total_seconds=m.hold_total_seconds + length,
                       hold_longest_seconds=max(m.hold_longest_seconds, length))


def tally_markers(markers: Iterable[Marker]) -> MarkerTally:
    """Add up one call's markers.

    Offsets are seconds on the step timer. A hold that is still open counts up to the
    time asked for, so the live display grows while the leader waits. An "on hold"
    while already on hold, or an "off hold" while not on hold, is ignored rather than
    double-counted: a nervous leader presses twice. A leader on the phone forgets "off
    hold": a transfer or being helped means someone is on the line again, so either ends
    an open hold, and the end of the call (the timer's last stop) ends it at the latest.
    """
    ordered = sorted(markers, key=lambda m: (m.offset_seconds, m.id))
    rings = transfers = asked = pitched = holds = 0
    answer: float | None = None
    helped: float | None = None
    hold_start: float | None = None
    hold_total = hold_longest = 0.0

    def close_hold(end: float) -> None:
        nonlocal hold_start, hold_total, hold_longest
        assert hold_start is not None
        length = max(0.0, end - hold_start)
        hold_total += length
        hold_longest = max(hold_longest, length)
        hold_start = None

    for marker in ordered:
        kind = marker.kind
        if kind is MarkerKind.RING:
            rings += 1
        elif kind is MarkerKind.ANSWERED and answer is None:
            answer = marker.offset_seconds
        elif kind is MarkerKind.ON_HOLD and hold_start is None:
            hold_start = marker.offset_seconds
            holds += 1
        elif kind is MarkerKind.OFF_HOLD and hold_start is not None:
            close_hold(marker.offset_seconds)
        elif kind is MarkerKind.TRANSFERRED:
            transfers += 1
        elif kind is MarkerKind.HELPED and helped is None:
            helped = marker.offset_seconds
        if kind in (MarkerKind.TRANSFERRED, MarkerKind.HELPED) and hold_start is not None:
            close_hold(marker.offset_seconds)
        elif kind is MarkerKind.ASKED_NEED:
            asked += 1
        elif kind is MarkerKind.PITCHED:
            pitched += 1
    return MarkerTally(CallMeasures(
        rings=rings,
        answer_seconds=answer,
        hold_total_seconds=hold_total,
        hold_longest_seconds=hold_longest,
        holds=holds,
        transfers=transfers,
        helped_seconds=helped,
        asked_need=asked,
        pitched=pitched,
    ), hold_start)


def format_duration(seconds: float | None, tenths: bool = False) -> str:
    """`m:ss` (or `h:mm:ss`), optionally with tenths; an em dash for "never"."""
    if seconds is None:
        return "–"
    seconds = max(0.0, seconds)
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    if tenths:
        text += f".{int((seconds - whole) * 10)}"
    return text


@dataclass(frozen=True)
class Agreement:
    """Reviewer minus leader, per step where both rated, and the mean absolute gap."""

    differences: dict[str, int]
    mean_absolute: float | None


def reviewer_agreement(session: Session) -> Agreement:
    """From the blind rating where there is one (it cannot have followed the leader's)."""
    differences = {}
    for s in session.steps:
        reviewer = s.blind_review_points if s.blind_review_points is not None \
            else s.review_points
        if reviewer is not None and s.points is not None:
            differences[s.key] = reviewer - s.points
    mean = (sum(abs(d) for d in differences.values()) / len(differences)
            if differences else None)
    return Agreement(differences, mean)


@dataclass(frozen=True)
class LowestMoment:
    """A call's lowest live feeling, and what was happening then."""

    offset_seconds: float
    points: int
    # The marker or note that led there (the leader's, or a reviewer's note), as (its
    # offset, its kind or None for a reviewer note, its text).
    nearest: tuple[float, MarkerKind | None, str] | None


def lowest_moment(step: Step) -> LowestMoment | None:
    """Where the live feeling first reached its lowest, and what led there: the last
    marker or note at or before it (the leader reacts to what just happened), or the
    first after it when nothing came before. None without a trace."""
    lowest = step.lowest_feeling
    if lowest is None:
        return None
    events: list[tuple[float, MarkerKind | None, str]] = [
        (m.offset_seconds, m.kind, m.text) for m in step.markers]
    events += [(n.offset_seconds, None, n.text) for n in step.review_notes]
    before = [e for e in events if e[0] <= lowest.offset_seconds]
    after = [e for e in events if e[0] > lowest.offset_seconds]
    nearest = max(before, key=lambda e: e[0]) if before else \
        min(after, key=lambda e: e[0]) if after else None
    return LowestMoment(lowest.offset_seconds, lowest.points, nearest)


def feeling_corners(trace: Sequence[FeelingChange], until: float) -> list[tuple[float, int]]:
    """The corners of the live feeling's step line, (seconds, points), from neutral at 0
    to `until` seconds: a feeling holds until the leader moves it. What every drawing of
    a trace (the step page, the review, the meeting pack) draws."""
    corners = [(0.0, FEELING_START)]
    for change in trace:
        if change.offset_seconds > until:
            break
        corners.append((change.offset_seconds, corners[-1][1]))
        corners.append((change.offset_seconds, change.points))
    corners.append((max(until, corners[-1][0]), corners[-1][1]))
    return corners


def about(count: int) -> int:
    """A count as people say it: two significant figures (12,345 -> 12,000)."""
    if count < 100:
        return count
    magnitude = int(10 ** (len(str(count)) - 2))
    return round(count / magnitude) * magnitude


def reach_sentence(customers: int, points: float, touchpoint: str) -> str:
    """"About 12,000 customers a year get this call, and it leaves them 5 points down."
    (English: the exports' words; the window says it in the user's language.)"""
    direction = ("leaves them where they were" if round(points, 1) == 0 else
                 f"leaves them {abs(points):g} point{'' if abs(points) == 1 else 's'} "
                 f"{'up' if points > 0 else 'down'}")
    return (f"About {about(customers):,} customers a year go through “{touchpoint}”, "
            f"and it {direction}.")
