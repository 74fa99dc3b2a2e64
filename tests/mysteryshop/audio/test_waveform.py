"""Waveform peaks: right values, any length, cached until the file changes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from mysteryshop.audio.waveform import cached_peaks, compute_peaks


def test_peaks_hold_the_extremes_of_each_10_ms(tmp_path: Path) -> None:
    rate = 8000
    audio = np.zeros(rate * 2 + 37, dtype=np.int16)  # 2 s and a partial bucket
    audio[50] = 16384  # +0.5 in the first 10 ms (80 samples)
    audio[8000 + 5] = -32768  # -1.0 at 1.0 s
    audio[-1] = 8192  # the partial bucket at the end
    path = tmp_path / "a.wav"
    soundfile.write(path, audio, rate, subtype="PCM_16")
    peaks = compute_peaks(path)
    assert (peaks.samplerate, peaks.frames) == (rate, len(audio))
    assert len(peaks.high) == 201
    assert peaks.high[0] == 0.5 and peaks.low[100] == -1.0
    assert peaks.high[-1] == 0.25
    assert float(np.abs(np.delete(peaks.high, [0, 200])).max()) == 0.0
    low, high = peaks.columns(10)
    assert len(high) == 10 and high[0] == 0.5 and low[5] == -1.0


def test_cache_is_used_until_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    soundfile.write(path, np.full(800, 1000, dtype=np.int16), 8000, subtype="PCM_16")
    cache = tmp_path / "cache"
    first = cached_peaks(path, cache)
    assert len(list(cache.iterdir())) == 1
    again = cached_peaks(path, cache)
    np.testing.assert_array_equal(first.high, again.high)
    soundfile.write(path, np.full(1600, 2000, dtype=np.int16), 8000, subtype="PCM_16")
    changed = cached_peaks(path, cache)
    assert changed.frames == 1600 and changed.high[0] == 2000 / 32768
