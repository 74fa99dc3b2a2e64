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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "call.wav"
        write_call(path, args.minutes)
        offset = read_wav_info(path).data_offset

        def plain_read() -> object:
            return np.fromfile(path, dtype="<i2", offset=offset)

        plain_read()  # both read from the page cache, not from the disk
        baseline = median_seconds(plain_read, args.runs)
        ours = median_seconds(lambda: compute_peaks(path), args.runs)
        size_mb = path.stat().st_size / 1e6
    print(f"waveform of a {args.minutes:.0f}-minute 48 kHz WAV ({size_mb:.0f} MB), "
          f"median of {args.runs}")
    print(f"{'numpy read of the samples (baseline)':<40}{baseline:>9.3f} s{1:>8.2f}")
    print(f"{'waveform peaks (ours)':<40}{ours:>9.3f} s{ours / baseline:>8.2f}")
    print("target: ratio <= 2.00")


if __name__ == "__main__":
    main()
