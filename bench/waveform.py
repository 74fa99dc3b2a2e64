"""Waveform peaks of a 60-minute recording vs a plain numpy read of the same file.

Run: `.venv/bin/python bench/waveform.py [--minutes 60]`. Target: peaks ≤ 2× the read.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Figure, print_table
from mysteryshop.audio.wav_repair import read_wav_info
from mysteryshop.audio.waveform import compute_peaks

RATE = 48_000


def write_call(path: Path, minutes: float) -> None:
    """A long recording with speech-like bursts, written a minute at a time."""
    rng = np.random.default_rng(1)
    with soundfile.SoundFile(path, "w", RATE, 1, subtype="PCM_16") as f:
        for _ in range(int(minutes)):
            t = np.arange(60 * RATE) / RATE
            envelope = (np.sin(2 * np.pi * 0.7 * t) > 0).astype(np.float32)
            tone = 0.3 * np.sin(2 * np.pi * 220 * t) * envelope
            f.write((tone + 0.01 * rng.standard_normal(len(t))).astype(np.float32))


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(minutes: float = 60, runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "call.wav"
        write_call(path, minutes)
        offset = read_wav_info(path).data_offset

        def plain_read() -> object:
            return np.fromfile(path, dtype="<i2", offset=offset)

        plain_read()  # both read from the page cache, not from the disk
        baseline = median_seconds(plain_read, runs)
        ours = median_seconds(lambda: compute_peaks(path), runs)
    return [Figure(f"waveform peaks, {minutes:g}-min 48 kHz WAV", f"{ours:.3f} s",
                   f"{baseline:.3f} s numpy read", ours / baseline, "≤ 2×",
                   ours / baseline <= 2.0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.minutes, args.runs))


if __name__ == "__main__":
    main()
