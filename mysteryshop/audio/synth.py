"""Believable call audio made from numbers: ringing, voices, hold music (for the demo).

Nothing is downloaded: the demo's recordings are generated from the markers of its calls.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import soundfile

from mysteryshop.model import Marker, MarkerKind

DEMO_SAMPLERATE = 8_000  # telephone quality, and small files


def _ring(t: np.ndarray) -> np.ndarray:
    """North American ringback: 440 + 480 Hz."""
    return 0.25 * (np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 480 * t))


def _hold_music(t: np.ndarray) -> np.ndarray:
    notes = np.array([262, 330, 392, 523, 392, 330])  # a looping arpeggio
    pitch = notes[(t * 3).astype(int) % len(notes)]
    phase = 2 * np.pi * pitch * t
    tremolo = 0.6 + 0.4 * np.cos(6 * np.pi * t)
    music: np.ndarray = 0.3 * (np.sin(phase) + 0.3 * np.sin(2 * phase)) * tremolo
    return music


def _voice(t: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Speech-like babble: a gliding voiced pitch in syllables, with pauses between phrases."""
    pitch = 150 + 40 * np.sin(2 * np.pi * 0.3 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(pitch) / DEMO_SAMPLERATE
    # sin(k·x) for k = 1..5 from one sin and one cos (sin((k+1)x) = 2cos(x)sin(kx) -
    # sin((k-1)x)): a fifth of the trigonometry, for the same sound.
    twice_cos = 2 * np.cos(phase)
    previous, current = np.zeros_like(phase), np.sin(phase)
    voiced = current.copy()
    for harmonic in range(2, 6):
        previous, current = current, twice_cos * current - previous
        voiced += current / harmonic
    syllables = np.clip(np.sin(2 * np.pi * 4 * t), 0, None)
    phrases = (np.sin(2 * np.pi * 0.25 * t + rng.uniform(0, 6)) > -0.4).astype(float)
    speech: np.ndarray = 0.22 * voiced * syllables * phrases
    return speech


def synthesize_call(markers: Sequence[Marker], seconds: float, seed: int = 0) -> np.ndarray:
    """Audio for a call whose markers say when it rang, was answered and was on hold."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * DEMO_SAMPLERATE)) / DEMO_SAMPLERATE
    audio = np.zeros_like(t)
    answered = next((m.offset_seconds for m in markers if m.kind is MarkerKind.ANSWERED),
                    seconds)
    for marker in markers:
        if marker.kind is MarkerKind.RING:
            span = (t >= marker.offset_seconds) & (t < marker.offset_seconds + 2)
            audio[span] = _ring(t[span])
    talking = t >= answered
    holds: list[tuple[float, float]] = []
    start: float | None = None
    for marker in sorted(markers, key=lambda m: m.offset_seconds):
        if marker.kind is MarkerKind.ON_HOLD and start is None:
            start = marker.offset_seconds
        elif marker.kind is MarkerKind.OFF_HOLD and start is not None:
            holds.append((start, marker.offset_seconds))
            start = None
    for begin, end in holds:
        span = (t >= begin) & (t < end)
        audio[span] = _hold_music(t[span] - begin)
        talking &= ~span
    audio[talking] = _voice(t[talking], rng)
    audio += 0.003 * rng.standard_normal(len(t))  # line noise
    return np.clip(audio, -1, 1)


def write_private_wav(path: Path, audio: np.ndarray, samplerate: int) -> int:
    """Write 16-bit PCM readable by the owner only; returns the number of frames."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        soundfile.write(f, audio, samplerate, subtype="PCM_16", format="WAV")
    return len(audio)
