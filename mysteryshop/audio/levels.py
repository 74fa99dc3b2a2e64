"""Sound levels in dBFS, for the live meter that tells a leader the call is heard."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FLOOR_DB = -90.0
INT16_FULL_SCALE = 32768.0


@dataclass(frozen=True)
class Level:
    rms_db: float
    peak_db: float


def to_db(amplitude: float) -> float:
    return FLOOR_DB if amplitude <= 0 else max(FLOOR_DB, 20 * math.log10(amplitude))


def level_of(block: np.ndarray) -> Level:
    """RMS and peak of an int16 (or float) block, relative to full scale."""
    if block.size == 0:
        return Level(FLOOR_DB, FLOOR_DB)
    samples = block.astype(np.float32)
    if block.dtype == np.int16:
        samples /= INT16_FULL_SCALE
    rms = float(np.sqrt(np.mean(np.square(samples))))
    peak = float(np.max(np.abs(samples)))
    return Level(to_db(rms), to_db(peak))
