"""Call events found in a recording: rings, answered, on hold and off hold, who spoke
when, keypad tones, and the talk-and-listen measures built from them.

Channel 1 is the caller (me), channel 2 the far end (them); a one-channel recording is
analysed as one mixed side. Everything found here is a suggestion for the leader or the
reviewer to accept: tones and music are told apart from speech by simple, tested rules
(see `docs` in the module's functions), not by a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mysteryshop.audio.call_features import (
    FRAME_SECONDS,
    CallFeatures,
    ChannelFeatures,
    read_features,
)
from mysteryshop.errors import AudioError

Span = tuple[float, float]

RING_SHARE = 0.5  # of a frame's power on the ringback tones
RING_MIN_BURST = 0.2  # s: shorter is a blip, not a ring's tone
RING_JOIN = 0.45  # s: the UK's double ring (0.4 on, 0.2 off, 0.4 on) is one ring
HOLD_WINDOW = 20  # frames (1 s)
HOLD_MIN = 3.0  # s
HOLD_JOIN = 8.0  # s: "your call is important to us" does not end the hold
SILENT_HOLD = 10.0  # s without a sound from them between speech: on hold, silently
SPEECH_JOIN = 0.3  # s
SPEECH_MIN = 0.25  # s
ECHO_DB = 15.0  # my microphone carries their voice this much quieter (or more)
KEY_GROUP = 1.5  # s between keyed digits of one number
PLANS = {"us": {440.0, 480.0}, "uk": {400.0, 450.0}, "eu": {425.0}}


@dataclass(frozen=True)
class Interruption:
    at: float
    by: str  # "me" or "them": who started talking over the other
    seconds: float  # how long both spoke


@dataclass(frozen=True)
class KeySpan:
    start: float
    end: float
    digits: int  # how many keys were pressed (never which)


@dataclass
class CallAnalysis:
    seconds: float
    channels: int
    rings: list[Span] = field(default_factory=list)
    ring_plan: str | None = None
    answered_at: float | None = None
    holds: list[Span] = field(default_factory=list)
    speech: dict[str, list[Span]] = field(default_factory=dict)  # "me", "them" or "mixed"
    keys: list[KeySpan] = field(default_factory=list)
    ended_at: float | None = None
    talk_share_them: float | None = None
    longest_monologue: tuple[str, float] | None = None  # side, seconds
    interruptions: list[Interruption] = field(default_factory=list)
    pause_before_answer: float | None = None  # their mean pause after I stop, seconds

    @property
    def hold_total(self) -> float:
        return sum(end - start for start, end in self.holds)

    def to_dict(self) -> dict[str, Any]:
        """The `analyze --json` form: times in seconds, rounded to a hundredth."""
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 2)

        def spans(items: Sequence[Span]) -> list[list[float | None]]:
            return [[r(a), r(b)] for a, b in items]

        monologue = (None if self.longest_monologue is None else
                     {"side": self.longest_monologue[0],
                      "seconds": r(self.longest_monologue[1])})
        return {
            "seconds": r(self.seconds), "channels": self.channels,
            "rings": len(self.rings), "ring_spans": spans(self.rings),
            "ring_plan": self.ring_plan, "answered_at": r(self.answered_at),
            "holds": spans(self.holds), "hold_total": r(self.hold_total),
            "speech": {side: spans(s) for side, s in self.speech.items()},
            "talk_share_them": r(self.talk_share_them),
            "longest_monologue": monologue,
            "interruptions": [{"at": r(i.at), "by": i.by, "seconds": r(i.seconds)}
                              for i in self.interruptions],
            "pause_before_answer": r(self.pause_before_answer),
            "dtmf": [{"start": r(k.start), "end": r(k.end), "digits": k.digits}
                     for k in self.keys],
            "ended_at": r(self.ended_at),
        }


def analyze_file(path: Path) -> CallAnalysis:
    """Read the recording (a block at a time) and find its events; AudioError (naming
    the file) when it cannot be read as audio."""
    import soundfile

    try:
        features = read_features(path)
    except (OSError, RuntimeError, soundfile.LibsndfileError) as exc:
        raise AudioError("Cannot read {path} as a recording: {reason}", path=path,
                         reason=getattr(exc, "strerror", None) or str(exc)) from exc
    return analyze(features)


def analyze(features: CallFeatures) -> CallAnalysis:
    result = CallAnalysis(features.seconds, len(features.channels))
    if not features.frames:
        return result
    them = features.channels[-1]  # the far end, or the one mixed channel
    active = {id(c): _active(c) for c in features.channels}
    far_active = active[id(them)]
    keyed = np.zeros(features.frames, bool)
    for channel in features.channels:
        keyed |= (channel.key != "") & active[id(channel)]
    result.keys = _key_spans(features.channels, keyed)
    for key in result.keys:  # and the frames between and around its digits
        keyed[max(0, round(key.start / FRAME_SECONDS) - 1):
              round(key.end / FRAME_SECONDS) + 1] = True
    ringing = _ring_frames(them, far_active & ~keyed)
    result.rings, result.ring_plan = _rings(ringing, them)
    ring_end = result.rings[-1][1] if result.rings else 0.0
    after_rings = np.arange(features.frames) * FRAME_SECONDS >= ring_end
    sound = far_active & ~keyed & ~ringing & after_rings
    music = _music_frames(them, sound)
    sides: dict[str, np.ndarray] = {}
    if len(features.channels) == 2:
        me = features.channels[0]
        mine = active[id(me)] & ~keyed & (me.level > them.level - ECHO_DB)
        sides["me"] = mine & after_rings
        sides["them"] = sound & ~music
    else:
        sides["mixed"] = sound & ~music
    result.speech = {side: _segments(frames, SPEECH_JOIN, SPEECH_MIN)
                     for side, frames in sides.items()}
    answer_side = result.speech.get("them", result.speech.get("mixed", []))
    result.answered_at = next((s for s, _ in answer_side if s >= ring_end), None)
    result.holds = _holds(music, sorted(s for side in result.speech.values() for s in side),
                          result.answered_at)
    every = sorted(s for spans in result.speech.values() for s in spans)
    result.ended_at = max((e for _, e in [*every, *result.holds]), default=None)
    if "me" in result.speech:
        _talk_measures(result, result.speech["me"], result.speech["them"])
    else:
        _monologue(result, {"mixed": result.speech["mixed"]})
    return result


# -- what is sound at all ------------------------------------------------------------


def _active(channel: ChannelFeatures) -> np.ndarray:
    """Frames clearly above the channel's own noise floor (its quietest tenth), and
    above -55 dBFS however quiet the line."""
    level = channel.level
    if not len(level):
        return np.zeros(0, bool)
    floor = float(np.percentile(level, 10))
    return np.asarray(level > max(floor + 12.0, -55.0))


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, end) frame indexes of each run of True."""
    padded = np.concatenate(([False], mask, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _segments(mask: np.ndarray, join: float, shortest: float) -> list[Span]:
    """Runs of frames as time spans, gaps up to `join` closed, spans under `shortest`
    dropped."""
    spans: list[list[float]] = []
    for a, b in _runs(mask):
        start, end = a * FRAME_SECONDS, b * FRAME_SECONDS
        if spans and start - spans[-1][1] <= join:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if e - s >= shortest]


# -- ringback ------------------------------------------------------------------------


def _ring_frames(them: ChannelFeatures, sound: np.ndarray) -> np.ndarray:
    """Ringback frames, only before the call is answered: the tones of a tune later on
    (hold music's A is 440 Hz) are not rings."""
    ring = sound & (them.ring_share >= RING_SHARE)
    other = sound & ~ring
    # The first half second that is mostly other sound (a voice) ends the ringing part.
    window = HOLD_WINDOW // 2
    run = np.convolve(other.astype(np.int32), np.ones(window, np.int32), "full")
    over = np.flatnonzero(run[:len(other)] >= window * 0.6)
    if len(over):
        ring[max(0, int(over[0]) - window):] = False
    return ring


def _rings(ring: np.ndarray, them: ChannelFeatures) -> tuple[list[Span], str | None]:
    bursts = [(a, b) for a, b in _runs(ring) if (b - a) * FRAME_SECONDS >= RING_MIN_BURST]
    rings: list[list[float]] = []
    for a, b in bursts:
        start, end = a * FRAME_SECONDS, b * FRAME_SECONDS
        if rings and start - rings[-1][1] <= RING_JOIN:
            rings[-1][1] = end
        else:
            rings.append([start, end])
    if not rings:
        return [], None
    return [(s, e) for s, e in rings], _plan(rings, bursts)


def _plan(rings: list[list[float]], bursts: list[tuple[int, int]]) -> str:
    """The ringback plan by its cadence (50 ms frames cannot tell 440 from 450 Hz, but
    the rhythm tells the plans apart): two bursts a ring is the UK's double ring; one
    ring of about 2 s every 6 s North America's; about 1 s every 5 s Europe's."""
    if len(bursts) >= 2 * len(rings) - (1 if len(rings) > 1 else 0) and len(bursts) > len(
            rings):
        return "uk"
    length = float(np.median([e - s for s, e in rings]))
    if length >= 1.5:
        return "us"
    return "eu" if length >= 0.7 else "other"


# -- keypad tones --------------------------------------------------------------------


def _key_spans(channels: Sequence[ChannelFeatures], keyed: np.ndarray) -> list[KeySpan]:
    """Keyed digits grouped into numbers: a new digit is a new run of key frames (or a
    change of key); digits under KEY_GROUP apart belong to one number."""
    keys = np.full(len(keyed), "", dtype="<U1")
    for channel in channels:
        keys = np.where(keys == "", channel.key, keys)
    spans: list[KeySpan] = []
    for a, b in _runs(keyed):
        run = keys[a:b]
        digits = 1 + int(np.count_nonzero(run[1:] != run[:-1]))
        start, end = a * FRAME_SECONDS, b * FRAME_SECONDS
        if spans and start - spans[-1].end <= KEY_GROUP:
            last = spans[-1]
            spans[-1] = KeySpan(last.start, end, last.digits + digits)
        else:
            spans.append(KeySpan(start, end, digits))
    return spans


# -- hold ----------------------------------------------------------------------------


def _music_frames(them: ChannelFeatures, sound: np.ndarray) -> np.ndarray:
    """Frames in seconds of sound with no pause whose strongest pitch stays put from frame
    to frame (a tune's notes, a tone): speech pauses between words and glides in pitch."""
    n = len(sound)
    music = np.zeros(n, bool)
    if n < HOLD_WINDOW:
        return music
    steady = np.zeros(n, bool)
    steady[1:] = np.abs(np.diff(them.peak_bin.astype(np.int64))) <= 1
    kernel = np.ones(HOLD_WINDOW, np.int32)
    sounding = np.convolve(sound.astype(np.int32), kernel, "valid")
    stable = np.convolve((steady & sound).astype(np.int32), kernel, "valid")
    starts = np.flatnonzero((sounding >= HOLD_WINDOW - 1) & (stable >= 0.8 * HOLD_WINDOW))
    for s in starts:
        music[s:s + HOLD_WINDOW] = True
    return np.asarray(music & sound)


def _holds(music: np.ndarray, speech: list[Span], answered: float | None) -> list[Span]:
    """Music after the answer, and long silences in the conversation (nobody speaking,
    no music), as holds of at least HOLD_MIN; holds under HOLD_JOIN apart are one (an
    announcement between). `speech`: every side's, in time order."""
    tunes = [s for s in _segments(music, 1.0, 0.0) if answered is None or s[0] >= answered]
    spans = list(tunes)
    talk = sorted([*speech, *tunes])
    reach = 0.0
    for start, end in talk:
        if reach and start - reach >= SILENT_HOLD and (answered is None or reach >= answered):
            spans.append((reach, start))
        reach = max(reach, end)
    spans.sort()
    holds: list[list[float]] = []
    for start, end in spans:
        if holds and start - holds[-1][1] <= HOLD_JOIN:
            holds[-1][1] = max(holds[-1][1], end)
        else:
            holds.append([start, end])
    return [(s, e) for s, e in holds if e - s >= HOLD_MIN]


# -- talk and listen -----------------------------------------------------------------


def _total(spans: Sequence[Span]) -> float:
    return sum(e - s for s, e in spans)


def _talk_measures(result: CallAnalysis, me: list[Span], them: list[Span]) -> None:
    talk = _total(me) + _total(them)
    result.talk_share_them = _total(them) / talk if talk else None
    _monologue(result, {"me": me, "them": them})
    result.interruptions = [
        *_interruptions(me, them, "me"), *_interruptions(them, me, "them")]
    result.interruptions.sort(key=lambda i: i.at)
    pauses = []
    for _, end in me:
        following = [s for s, _ in them if s > end]
        if following and following[0] - end <= 5.0 and not any(
                end < s < following[0] for s, _ in me):
            pauses.append(following[0] - end)
    result.pause_before_answer = float(np.mean(pauses)) if pauses else None


def _monologue(result: CallAnalysis, sides: dict[str, list[Span]]) -> None:
    """The longest stretch one side talked, pauses under 1.5 s not breaking it."""
    best: tuple[str, float] | None = None
    for side, spans in sides.items():
        merged: list[list[float]] = []
        for s, e in spans:
            others = [o for other, os in sides.items() if other != side for o in os]
            if merged and s - merged[-1][1] <= 1.5 and not any(
                    merged[-1][1] < os < s for os, _ in others):
                merged[-1][1] = e
            else:
                merged.append([s, e])
        for s, e in merged:
            if best is None or e - s > best[1]:
                best = (side, e - s)
    result.longest_monologue = best


def _interruptions(starting: list[Span], speaking: list[Span], by: str) -> list[Interruption]:
    """`by` started while the other had been speaking for half a second or more."""
    found = []
    for s, e in starting:
        for os, oe in speaking:
            if os + 0.5 <= s < oe:
                overlap = min(e, oe) - s
                if overlap >= 0.3:
                    found.append(Interruption(s, by, overlap))
                break
    return found
