"""Redaction replaces a stretch on both channels, keeps the file's length, leaves the rest
as it was, and leaves no keyed digit to find."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from bench.calls import DTMF, RATE
from mysteryshop.audio.call_analysis import analyze_file
from mysteryshop.audio.redact import redact_file
from mysteryshop.call_events import RedactWith


def _keyed_call(path: Path) -> None:
    rng = np.random.default_rng(3)
    parts = [np.zeros(RATE)]
    for digit in "4111111111111111":
        low, high = DTMF[digit]
        t = np.arange(int(0.08 * RATE)) / RATE
        parts += [0.15 * (np.sin(2 * np.pi * low * t) + np.sin(2 * np.pi * high * t)),
                  np.zeros(int(0.08 * RATE))]
    parts.append(np.zeros(2 * RATE))
    mono = np.concatenate(parts) + 0.001 * rng.standard_normal(sum(len(p) for p in parts))
    stereo = np.stack([mono, 0.5 * mono], axis=1)
    soundfile.write(str(path), stereo, RATE, subtype="PCM_16")


def test_keyed_digits_are_bleeped_at_the_same_length(tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    _keyed_call(path)
    before, _ = soundfile.read(str(path), dtype="int16")
    (keys,) = analyze_file(path).keys
    assert keys.digits == 16
    replaced = redact_file(path, [(keys.start - 0.1, keys.end + 0.1)], RedactWith.BLEEP)
    after, rate = soundfile.read(str(path), dtype="int16")
    assert rate == RATE and after.shape == before.shape
    assert replaced == round((keys.end + 0.1) * RATE) - round((keys.start - 0.1) * RATE)
    start = round((keys.start - 0.1) * RATE)
    assert np.array_equal(after[:start], before[:start])  # the rest as it was
    assert analyze_file(path).keys == []  # nothing left to find
    assert not list(tmp_path.glob(".*part"))  # no temporary file left


def test_silence_is_silence_on_both_channels(tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    _keyed_call(path)
    redact_file(path, [(1.0, 2.0), (2.5, 99.0)], RedactWith.SILENCE)
    after, _ = soundfile.read(str(path), dtype="int16")
    assert not after[RATE:2 * RATE].any() and not after[int(2.5 * RATE):].any()
    assert after[:RATE].any()
