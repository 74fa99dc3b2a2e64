"""Redaction: a stretch of a recording replaced by a bleep or by silence, on every
channel, at the same length, so every marker and note keeps its time.

The new file is written beside the old one and renamed over it only when whole (a crash
mid-way leaves the old file or the new one, never a mix), a second at a time, so memory
stays flat however long the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import soundfile

from mysteryshop.atomic import atomic_write
from mysteryshop.call_events import RedactWith

BLEEP_HZ = 1000.0
BLEEP_LEVEL = 0.1  # -20 dBFS: heard, not painful


def redact_file(path: Path, spans: Sequence[tuple[float, float]], how: RedactWith,
                journal: Path | None = None) -> int:
    """Replace each (start, end) span (seconds into the file) and return how many frames
    were replaced. The file keeps its format, rate, channels and length."""
    with soundfile.SoundFile(str(path)) as source:
        rate, channels, frames = source.samplerate, source.channels, source.frames
        subtype, fmt = source.subtype, source.format
        ranges = [(max(0, round(s * rate)), min(frames, round(e * rate))) for s, e in spans]
        replaced = 0
        with atomic_write(path, journal=journal) as file, soundfile.SoundFile(
                file, "w", rate, channels, subtype=subtype, format=fmt) as target:
            position = 0
            while True:
                block = source.read(rate, dtype="float32", always_2d=True)
                if not len(block):
                    break
                for start, end in ranges:
                    a, b = max(start, position), min(end, position + len(block))
                    if a < b:
                        replaced += b - a
                        block[a - position:b - position] = _fill(a, b, rate, how)[:, None]
                target.write(block)
                position += len(block)
    return replaced


def _fill(start: int, end: int, rate: int, how: RedactWith) -> np.ndarray:
    if how is RedactWith.SILENCE:
        return np.zeros(end - start, np.float32)
    t = np.arange(start, end) / rate
    return np.asarray(BLEEP_LEVEL * np.sin(2 * np.pi * BLEEP_HZ * t), dtype=np.float32)
