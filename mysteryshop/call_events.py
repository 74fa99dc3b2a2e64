"""Call events found in a recording, as suggestions a person accepts or rejects.

A detection is never the leader's own press: it is kept apart from the markers (and from
the leader's work that shared copies merge by), says who accepted or rejected it, and
the measures built from accepted events say they come from the audio.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mysteryshop.model import Recording


class EventKind(StrEnum):
    RING = "ring"
    ANSWERED = "answered"
    ON_HOLD = "on_hold"
    OFF_HOLD = "off_hold"
    KEYS = "keys"  # keypad tones: a card number, an account number (never which digits)
    ENDED = "ended"  # the last sound of the call


class RedactWith(StrEnum):
    BLEEP = "bleep"
    SILENCE = "silence"


class EventStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class CallEvent:
    """One event found in a recording, on the step's timeline (`offset_seconds`; a span
    ends at `end_seconds`), with who decided on it and when."""

    id: int
    session_id: str
    step_key: str
    recording_started_at: float  # names the recording across copies (ids differ)
    kind: EventKind
    offset_seconds: float
    end_seconds: float | None = None
    detail: str = ""  # words-free: "2/3 · US" for a ring, the digit count for keys
    status: EventStatus = EventStatus.SUGGESTED
    decided_by: str = ""
    decided_at: float | None = None


@dataclass(frozen=True)
class Redaction:
    """A stretch of a recording (step timeline seconds) bleeped or silenced: the log
    that stays with the recording once the audio is gone."""

    id: int
    recording_started_at: float
    start_seconds: float
    end_seconds: float
    how: str  # "bleep" or "silence"
    reason: str
    done_by: str
    at: float
    session_id: str = ""
    step_key: str = ""


@dataclass(frozen=True)
class StoredAnalysis:
    """A recording's analysis as kept (`CallAnalysis.to_dict()`), for sharing."""

    session_id: str
    step_key: str
    recording_started_at: float
    analyzed_at: float
    result: dict[str, Any]


@dataclass(frozen=True)
class AudioRecords:
    """What the audio told about some sessions' recordings, as a bundle carries it."""

    analyses: tuple[StoredAnalysis, ...] = ()
    events: tuple[CallEvent, ...] = ()
    redactions: tuple[Redaction, ...] = ()


@dataclass(frozen=True)
class FoundEvent:
    """An event as the analysis gives it, before it is stored."""

    kind: EventKind
    offset_seconds: float
    end_seconds: float | None = None
    detail: str = ""


def events_from_analysis(result: dict[str, Any], recording: Recording) -> list[FoundEvent]:
    """The analysis's rings, answer, holds, keyed digits and end (`CallAnalysis.to_dict()`)
    as events on the step's timeline."""
    at = recording.step_offset
    found: list[FoundEvent] = []
    rings = result.get("ring_spans") or []
    for i, (start, end) in enumerate(rings, start=1):
        plan = f" · {str(result['ring_plan']).upper()}" if result.get("ring_plan") else ""
        found.append(FoundEvent(EventKind.RING, at(start), at(end),
                                f"{i}/{len(rings)}{plan}"))
    if result.get("answered_at") is not None:
        found.append(FoundEvent(EventKind.ANSWERED, at(result["answered_at"])))
    for start, end in result.get("holds") or []:
        found.append(FoundEvent(EventKind.ON_HOLD, at(start), at(end)))
        found.append(FoundEvent(EventKind.OFF_HOLD, at(end)))
    for keys in result.get("dtmf") or []:
        found.append(FoundEvent(EventKind.KEYS, at(keys["start"]), at(keys["end"]),
                                str(keys["digits"])))  # how many: worded where shown
    if result.get("ended_at") is not None:
        found.append(FoundEvent(EventKind.ENDED, at(result["ended_at"])))
    return found


@dataclass(frozen=True)
class AudioMeasures:
    """The call's measures from the events people accepted, and the talk measures the
    analysis found (None: not known)."""

    rings: int | None = None
    answer_seconds: float | None = None  # from the call's start (the first ring)
    hold_total: float | None = None
    hold_longest: float | None = None
    talk_share_them: float | None = None
    longest_monologue: float | None = None
    interruptions: int | None = None
    pause_before_answer: float | None = None


def audio_measures(events: Sequence[CallEvent], result: dict[str, Any] | None
                   ) -> AudioMeasures:
    accepted = [e for e in events if e.status is EventStatus.ACCEPTED]
    rings = [e for e in accepted if e.kind is EventKind.RING]
    answered = next((e for e in accepted if e.kind is EventKind.ANSWERED), None)
    holds = [(e.offset_seconds, e.end_seconds) for e in accepted
             if e.kind is EventKind.ON_HOLD and e.end_seconds is not None]
    start = min((e.offset_seconds for e in rings), default=None)
    lengths = [end - begin for begin, end in holds if end is not None]
    monologue = (result or {}).get("longest_monologue")
    return AudioMeasures(
        rings=len(rings) if accepted else None,
        answer_seconds=(None if answered is None else
                        answered.offset_seconds - (start if start is not None
                                                   else answered.offset_seconds)),
        hold_total=sum(lengths) if accepted else None,
        hold_longest=max(lengths, default=0.0) if accepted else None,
        talk_share_them=(result or {}).get("talk_share_them"),
        # (on one mixed channel nobody can say whose monologue it was)
        longest_monologue=(monologue["seconds"] if monologue and monologue["side"] != "mixed"
                           else None),
        interruptions=len((result or {}).get("interruptions") or []) if result else None,
        pause_before_answer=(result or {}).get("pause_before_answer"))
