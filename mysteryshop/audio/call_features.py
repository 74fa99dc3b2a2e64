"""What the call analysis looks at in each 50 ms of a recording, per channel: the level,
how much of the sound sits on the ringback and keypad tones, and the strongest pitch.

The file is read a block at a time, so memory stays flat however long the call; one
FFT per frame (20 Hz apart, enough to tell 440 from 480 Hz) serves every detector.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile

FRAME_SECONDS = 0.05
BLOCK_FRAMES = 1200  # a minute of frames per read
RING_TONES = (400.0, 425.0, 440.0, 450.0, 480.0)
DTMF_LOW = (697.0, 770.0, 852.0, 941.0)
DTMF_HIGH = (1209.0, 1336.0, 1477.0, 1633.0)
DTMF_KEYS = ("123A", "456B", "789C", "*0#D")
PITCH_BAND = (80.0, 1000.0)  # where a voice's or a tune's strongest partial lies
FLOOR_DB = -100.0


@dataclass
class ChannelFeatures:
    """Per frame of one channel: level (dBFS), the share of power on ringback tones (and
    which of them), the keypad key heard (or ""), and the strongest pitch's FFT bin."""

    level: np.ndarray
    ring_share: np.ndarray
    ring_tone: np.ndarray  # index into RING_TONES of the strongest ringback tone
    key: np.ndarray  # dtype "<U1"
    peak_bin: np.ndarray


@dataclass
class CallFeatures:
    samplerate: int
    frames: int
    channels: list[ChannelFeatures]

    @property
    def seconds(self) -> float:
        return self.frames * FRAME_SECONDS


def read_features(path: Path, block_frames: int = BLOCK_FRAMES) -> CallFeatures:
    """The features of every frame of every channel (at most two: me, them)."""
    with soundfile.SoundFile(str(path)) as f:
        rate, channels = f.samplerate, min(f.channels, 2)
        size = max(1, round(rate * FRAME_SECONDS))
        parts: list[list[tuple[np.ndarray, ...]]] = [[] for _ in range(channels)]
        bands = _Bands(rate, size)
        for block in _blocks(f, size * block_frames):
            usable = (len(block) // size) * size
            if usable == 0:
                continue
            frames = block[:usable].reshape(-1, size, block.shape[1])
            for c in range(channels):
                parts[c].append(bands.features(frames[:, :, c]))
    merged = []
    for c in range(channels):
        columns = list(zip(*parts[c], strict=True)) if parts[c] else [()] * 5
        merged.append(ChannelFeatures(*(np.concatenate(col) if col else np.zeros(0)
                                        for col in columns)))
    count = len(merged[0].level) if merged else 0
    return CallFeatures(rate, count, merged)


def _blocks(f: soundfile.SoundFile, size: int) -> Iterator[np.ndarray]:
    while True:
        block = f.read(size, dtype="float32", always_2d=True)
        if not len(block):
            return
        yield block


class _Bands:
    """Which FFT bins each tone falls in, for frames of `size` samples at `rate`."""

    def __init__(self, rate: int, size: int) -> None:
        self.size = size
        self.window = np.hanning(size).astype(np.float32)
        freqs = np.fft.rfftfreq(size, 1 / rate)
        self.step = float(freqs[1])

        def near(tone: float, width: float) -> np.ndarray:
            return np.asarray(np.abs(freqs - tone) <= width)

        self.ring = np.stack([near(t, self.step * 0.75) for t in RING_TONES])
        self.ring_any = self.ring.any(axis=0)
        width = max(self.step, 0.02 * 1000)
        self.low = np.stack([near(t, width) for t in DTMF_LOW])
        self.high = np.stack([near(t, width) for t in DTMF_HIGH])
        self.pitch = (freqs >= PITCH_BAND[0]) & (freqs <= PITCH_BAND[1])
        self.pitch_offset = int(np.argmax(self.pitch))
        self.voice = (freqs >= 80) & (freqs <= 4000)

    def features(self, frames: np.ndarray) -> tuple[np.ndarray, ...]:
        rms = np.sqrt(np.mean(np.square(frames, dtype=np.float32), axis=1))
        level = np.where(rms > 0, 20 * np.log10(np.maximum(rms, 1e-10)), FLOOR_DB)
        power = np.square(np.abs(np.fft.rfft(frames * self.window, axis=1)))
        total = power[:, self.voice].sum(axis=1) + 1e-12
        per_ring = power @ self.ring.T.astype(np.float32)
        ring_share = (power[:, self.ring_any].sum(axis=1)) / total
        ring_tone = np.argmax(per_ring, axis=1)
        low = power @ self.low.T.astype(np.float32)
        high = power @ self.high.T.astype(np.float32)
        key = _keys(low, high, total)
        peak_bin = np.argmax(power[:, self.pitch], axis=1) + self.pitch_offset
        return level.astype(np.float32), ring_share.astype(np.float32), ring_tone, key, \
            peak_bin


def _keys(low: np.ndarray, high: np.ndarray, total: np.ndarray) -> np.ndarray:
    """The keypad key of each frame, or "": one tone of each group clearly strongest in
    its group, the pair holding most of the power, neither far louder than the other."""
    li, hi = np.argmax(low, axis=1), np.argmax(high, axis=1)
    rows = np.arange(len(low))
    lp, hp = low[rows, li], high[rows, hi]
    low_next = np.sort(low, axis=1)[:, -2]
    high_next = np.sort(high, axis=1)[:, -2]
    clear = (lp > 8 * low_next) & (hp > 8 * high_next)
    strong = (lp + hp) / total > 0.6
    twist = (lp < 10 * hp) & (hp < 10 * lp)
    found = clear & strong & twist
    table = np.array([list(row) for row in DTMF_KEYS])
    keys = np.where(found, table[li, hi], "")
    return keys.astype("<U1")
