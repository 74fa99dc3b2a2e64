"""Waveform peaks of a recording: computed in chunks from the file, cached beside nothing.

An hour of 48 kHz audio is 173 million samples; the view needs a few thousand columns.
Peaks are reduced to one (min, max) pair per 10 ms once, straight from the PCM bytes
(memory-mapped, a chunk at a time so memory stays flat), and cached on disk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mysteryshop.audio.wav_repair import read_wav_info
from mysteryshop.errors import AudioError

BUCKETS_PER_SECOND = 100
CHUNK_BUCKETS = 20_000  # 200 s of audio per step: a few MB at a time


@dataclass(frozen=True)
class Peaks:
    """Per 10 ms of audio: the lowest and highest sample, as -1..1 floats."""

    low: np.ndarray
    high: np.ndarray
    samplerate: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    def columns(self, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Reduce to `width` columns for drawing (min of lows, max of highs)."""
        count = len(self.high)
        if count == 0 or width <= 0:
            return np.zeros(0), np.zeros(0)
        edges = np.linspace(0, count, width + 1).astype(int)
        edges[-1] = count
        starts = np.minimum(edges[:-1], count - 1)
        return np.minimum.reduceat(self.low, starts), np.maximum.reduceat(self.high, starts)


def compute_peaks(path: Path) -> Peaks:
    """Peaks of a 16-bit PCM WAV (what the recorder writes)."""
    info = read_wav_info(path)
    if info.block_align != 2 * info.channels:
        raise AudioError("{name} is not 16-bit PCM; cannot draw its waveform.", name=path.name)
    bucket = max(1, info.samplerate // BUCKETS_PER_SECOND)
    samples = np.memmap(path, dtype="<i2", mode="r", offset=info.data_offset,
                        shape=(info.frames * info.channels,))
    mono = samples.reshape(-1, info.channels)[:, 0] if info.channels > 1 else samples
    buckets = -(-info.frames // bucket)
    low = np.empty(buckets, dtype=np.float32)
    high = np.empty(buckets, dtype=np.float32)
    step = CHUNK_BUCKETS * bucket
    for start in range(0, info.frames, step):
        chunk = np.asarray(mono[start:start + step])
        whole = len(chunk) // bucket * bucket
        first = start // bucket
        if whole:
            shaped = chunk[:whole].reshape(-1, bucket)
            low[first:first + len(shaped)] = shaped.min(axis=1) / 32768.0
            high[first:first + len(shaped)] = shaped.max(axis=1) / 32768.0
        if whole < len(chunk):
            tail = chunk[whole:]
            low[-1] = tail.min() / 32768.0
            high[-1] = tail.max() / 32768.0
    del samples
    return Peaks(low, high, info.samplerate, info.frames)


def cache_entry(path: Path, cache_dir: Path) -> Path:
    """The cache file of `path` as it is now (size and time are in the key)."""
    stat = path.stat()
    key = hashlib.sha1(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    return cache_dir / f"{key}.npz"


def cached_peaks(path: Path, cache_dir: Path) -> Peaks:
    """Peaks from the cache when the file is unchanged (same size and time), else computed."""
    cached = cache_entry(path, cache_dir)
    if cached.exists():
        try:
            with np.load(cached) as data:
                return Peaks(data["low"], data["high"], int(data["samplerate"]),
                             int(data["frames"]))
        except (OSError, ValueError, KeyError):
            cached.unlink(missing_ok=True)  # a damaged cache entry is just recomputed
    peaks = compute_peaks(path)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = cached.with_suffix(".tmp.npz")
        np.savez(temporary, low=peaks.low, high=peaks.high, samplerate=peaks.samplerate,
                 frames=peaks.frames)
        temporary.replace(cached)
    except OSError:
        pass  # no cache (full or read-only disk): the waveform still shows
    return peaks



