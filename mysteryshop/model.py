"""Plain domain records: sessions, steps, markers, answers (no storage, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from mysteryshop.file_digest import FileDigest

BUILT_IN_TEMPLATE = "five-steps"  # the exercise as written (resources/steps.json)

POINTS_MIN = -10
POINTS_MAX = 10


class SessionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class Verdict(StrEnum):
    BUILDS = "builds"
    ERODES = "erodes"


class AnswerValue(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    NA = "na"


class MarkerKind(StrEnum):
    """Timed events a leader stamps during a call."""

    RING = "ring"
    ANSWERED = "answered"
    ON_HOLD = "on_hold"
    OFF_HOLD = "off_hold"
    TRANSFERRED = "transferred"
    HELPED = "helped"
    NOTE = "note"
    ASKED_NEED = "asked_need"
    PITCHED = "pitched"


class StepKind(StrEnum):
    """What a touchpoint is; it decides the parts of its page (markers and recording for
    calls, a link for the website, …) and which measures it has."""

    WEBSITE = "website"
    CALL = "call"
    PURCHASE = "purchase"
    VISIT = "visit"
    MESSAGE = "message"

    @property
    def is_call(self) -> bool:
        return self is StepKind.CALL


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


class RecordingStatus(StrEnum):
    RECORDING = "recording"  # still being written, or interrupted by a crash
    COMPLETE = "complete"
    RECOVERED = "recovered"  # interrupted, then repaired on a later start
    FAILED = "failed"  # stopped by a device or disk failure; what was written is kept


def check_points(value: int | None) -> int | None:
    """Points are whole numbers on the -10..+10 scale, or None for "not rated yet"."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"points must be a whole number, not {value!r}")
    if not POINTS_MIN <= value <= POINTS_MAX:
        raise ValueError(f"points must be between {POINTS_MIN} and {POINTS_MAX}, not {value}")
    return value


@dataclass(frozen=True)
class Interval:
    """One run of a step timer; `stopped_at` is None while it runs (epoch seconds)."""

    started_at: float
    stopped_at: float | None = None


def elapsed_seconds(intervals: list[Interval], now: float) -> float:
    """Elapsed time derived from stored instants, so a restart shows the right time."""
    total = 0.0
    for interval in intervals:
        end = now if interval.stopped_at is None else interval.stopped_at
        total += max(0.0, end - interval.started_at)
    return total


@dataclass(frozen=True)
class Marker:
    id: int
    kind: MarkerKind
    offset_seconds: float
    at: float
    text: str = ""


@dataclass(frozen=True)
class FeelingChange:
    """The leader's live feeling moved to `points`, `offset_seconds` into the step's timer
    (dial testing: a feeling through the whole call, not one rating after it)."""

    offset_seconds: float
    points: int
    at: float  # when, on the wall clock


# The live feeling starts here (neutral) when a step's timer starts.
FEELING_START = 0


EXPERIENCE_MAX = 300  # a target's one sentence, in characters
REACH_MAX = 1_000_000_000  # customers a touchpoint sees in a year: a large company's calls


@dataclass(frozen=True)
class Target:
    """The experience the team wants at one touchpoint in one round (the "to-be" beside
    the "as-is" a leader felt): its points and one sentence of what it is."""

    round: str
    key: str
    points: int
    experience: str = ""


def gap_to_target(felt: int | None, target: Target | None) -> int | None:
    """Felt minus target: below zero, the experience fell short of the one we want."""
    if felt is None or target is None:
        return None
    return felt - target.points


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: AnswerValue | None
    comment: str = ""


@dataclass(frozen=True)
class CallMeasures:
    """What the markers of one call add up to; None where the event never happened."""

    rings: int = 0
    answer_seconds: float | None = None
    hold_total_seconds: float = 0.0
    hold_longest_seconds: float = 0.0
    holds: int = 0
    transfers: int = 0
    helped_seconds: float | None = None
    asked_need: int = 0
    pitched: int = 0

    @property
    def listening_share(self) -> float | None:
        """Share of "asked about my need" among listening + selling moments (0..1)."""
        total = self.asked_need + self.pitched
        return None if total == 0 else self.asked_need / total


@dataclass(frozen=True)
class Recording:
    """One recorded stretch of a call step; `path` is relative to the data folder.

    `timer_offset` is the step timer's time when recording began. Recording pauses and
    resumes with the timer, so a step-timer offset t lies at t - timer_offset in the file.
    """

    id: int
    session_id: str
    step_key: str
    path: str
    status: RecordingStatus
    started_at: float
    timer_offset: float
    samplerate: int
    channels: int = 1
    frames: int = 0
    overflows: int = 0
    error: str = ""
    # When the leader confirmed they may record this call, and the words they confirmed.
    consent_at: float | None = None
    consent_text: str = ""
    deleted_at: float | None = None  # its audio was deleted (the row stays, to say so)
    digest: FileDigest | None = None  # the file's hash once finished, while unchanged

    @property
    def seconds(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    def file_offset(self, step_offset: float) -> float:
        return step_offset - self.timer_offset

    def step_offset(self, file_offset: float) -> float:
        return file_offset + self.timer_offset

    def covers(self, step_offset: float) -> bool:
        return self.timer_offset <= step_offset <= self.timer_offset + self.seconds


@dataclass(frozen=True)
class ReviewNote:
    """A reviewer's note at a moment of the step (step-timer seconds, like markers)."""

    id: int
    offset_seconds: float
    text: str
    created_at: float


@dataclass
class Step:
    """One touchpoint of a session as the leader experienced it."""

    key: str
    position: int
    title: str
    predicted_points: int | None = None
    points: int | None = None
    notes: str = ""
    timer_stopped: bool = False
    intervals: list[Interval] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict)
    measures: CallMeasures = field(default_factory=CallMeasures)
    recordings: list[Recording] = field(default_factory=list)
    review_points: int | None = None
    review_notes: list[ReviewNote] = field(default_factory=list)
    # The reviewer's rating as confirmed before the leader's was shown (blind review):
    # agreement is measured from it, so a rating changed after the reveal cannot fake it.
    blind_review_points: int | None = None
    # Set once the leader changes a prediction after the step's timer started: when, and
    # what it was before (the gap is then marked as from a changed prediction).
    prediction_changed_at: float | None = None
    prediction_before_change: int | None = None
    # The live feeling's changes while the timer ran, oldest first.
    feeling_trace: list[FeelingChange] = field(default_factory=list)

    def elapsed(self, now: float) -> float:
        return elapsed_seconds(self.intervals, now)

    @property
    def timer_state(self) -> TimerState:
        if any(i.stopped_at is None for i in self.intervals):
            return TimerState.RUNNING
        if self.timer_stopped:
            return TimerState.STOPPED
        return TimerState.PAUSED if self.intervals else TimerState.IDLE

    @property
    def live_feeling(self) -> int:
        """Where the live feeling stands now (neutral before the first change)."""
        return self.feeling_trace[-1].points if self.feeling_trace else FEELING_START

    @property
    def lowest_feeling(self) -> FeelingChange | None:
        """The call's lowest moment (the first, if it was reached more than once)."""
        return min(self.feeling_trace, key=lambda c: c.points, default=None)

    @property
    def gap(self) -> int | None:
        """Felt minus predicted: negative means the customer felt worse than we expected."""
        if self.points is None or self.predicted_points is None:
            return None
        return self.points - self.predicted_points


class FindingCheck(NamedTuple):
    held: bool
    at: float  # when it was said


@dataclass
class Session:
    id: str
    leader: str
    company: str
    round: str
    started_at: datetime
    website: str = ""
    phone: str = ""
    finished_at: datetime | None = None
    status: SessionStatus = SessionStatus.OPEN
    verdict: Verdict | None = None
    surprised: str = ""
    current_page: int = 0
    recording_consent_at: float | None = None
    reviewer: str = ""
    demo: bool = False  # the built-in example: left out of exports and comparisons
    # When the leader's and the reviewer's work last changed (epoch seconds; None: unknown).
    edited_at: float | None = None
    reviewed_at: float | None = None
    # How many leader edits this copy holds, per database that made them (see merge.py).
    versions: dict[str, int] = field(default_factory=dict)
    # The exercise template (and version) the session was run with.
    template_id: str = BUILT_IN_TEMPLATE
    template_version: int = 1
    steps: list[Step] = field(default_factory=list)
    # What the leader said, in this session, of earlier rounds' findings: did the fix
    # hold? By finding id (leader work: it travels, merges and is undone with the session).
    finding_checks: dict[str, FindingCheck] = field(default_factory=dict)

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    @property
    def felt_total(self) -> int | None:
        return total_of(s.points for s in self.steps)

    @property
    def predicted_total(self) -> int | None:
        return total_of(s.predicted_points for s in self.steps)

    @property
    def gap_total(self) -> int | None:
        return total_of(s.gap for s in self.steps)

    def elapsed_total(self, now: float) -> float:
        return sum(s.elapsed(now) for s in self.steps)


class SessionSummary(NamedTuple):
    """One row of the home list (a tuple: thousands are built at start-up)."""

    id: str
    started_at: datetime
    leader: str
    company: str
    round: str
    status: SessionStatus
    verdict: Verdict | None
    felt_total: int | None
    predicted_total: int | None
    gap_total: int | None
    demo: bool = False
    # Per rated touchpoint, on a step's -10..+10 (the totals grow with the touchpoints).
    mean_felt: float | None = None
    mean_gap: float | None = None
    # The team folder: the laptop it last came from ("": this one), and when it was last
    # synced (None: never, or no team folder).
    came_from: str = ""
    synced_at: float | None = None


@dataclass(frozen=True)
class SessionSort:
    """An order for the session list: a column key (started_at, leader, company, round,
    status, felt, gap, verdict or synced) and a direction. Unrated sorts as "lowest"."""

    key: str = "started_at"
    descending: bool = True


def total_of(values: Iterable[int | None]) -> int | None:
    """Sum of the values given, or None when none is (not rated is not zero)."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def suggested_verdict(felt_total: int | None) -> Verdict | None:
    """The verdict the total points lean to; the leader decides (0 leans nowhere)."""
    if felt_total is None or felt_total == 0:
        return None
    return Verdict.BUILDS if felt_total > 0 else Verdict.ERODES


class RoundTouchpoint(NamedTuple):
    """One touchpoint in one round: how it felt on average, and how far from expected."""

    round: str
    key: str
    title: str
    position: int
    sessions: int
    mean_felt: float | None
    mean_gap: float | None
