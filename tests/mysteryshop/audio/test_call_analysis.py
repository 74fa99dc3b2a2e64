"""The call analysis against synthetic calls with known truth (bench/calls.py): rings
counted exactly, the answer within 0.5 s, holds within 1.5 s, talk share within 5
points, keyed digits counted, and nothing found that is not there."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from bench.calls import PLANS, RATE, Plan, Truth, write
from mysteryshop.audio.call_analysis import CallAnalysis, analyze_file
from tests.conftest import ROOT

needs_voices = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed: run `bash tests/run`")


def check(found: CallAnalysis, truth: Truth, *, sides: bool = True) -> None:
    assert len(found.rings) == truth.rings
    for (s, e), (ts, te) in zip(found.rings, truth.ring_spans, strict=True):
        assert abs(s - ts) <= 0.1 and abs(e - te) <= 0.1
    assert found.answered_at is not None and truth.answered_at is not None
    assert abs(found.answered_at - truth.answered_at) <= 0.5
    assert len(found.holds) == len(truth.holds)
    for (s, e), (ts, te) in zip(found.holds, truth.holds, strict=True):
        assert abs(s - ts) <= 1.5 and abs(e - te) <= 1.5
    assert len(found.keys) == len(truth.dtmf)
    for key, (ts, te, digits) in zip(found.keys, truth.dtmf, strict=True):
        assert abs(key.start - ts) <= 0.2 and abs(key.end - te) <= 0.2
        assert key.digits == digits
    if sides:
        assert found.talk_share_them is not None
        assert abs(found.talk_share_them - truth.talk_share_them()) <= 0.05
        if truth.interruption is None:
            assert not found.interruptions
        else:
            assert [i.by for i in found.interruptions] == ["me"]
            assert abs(found.interruptions[0].at - truth.interruption) <= 0.5


@needs_voices
@pytest.mark.parametrize("plan", PLANS, ids=[p.name for p in PLANS])
def test_a_synthetic_call_is_read_right(plan: Plan, tmp_path: Path) -> None:
    path, truth = write(plan, tmp_path)
    check(analyze_file(path), truth)


@needs_voices
def test_a_one_channel_recording_finds_the_same_events(tmp_path: Path) -> None:
    plan = next(p for p in PLANS if p.name == "eu-hold-announcement")
    path, truth = write(plan, tmp_path)
    stereo, rate = soundfile.read(str(path), dtype="float32")
    mono = tmp_path / "mono.wav"
    soundfile.write(str(mono), stereo.mean(axis=1), rate, subtype="PCM_16")
    found = analyze_file(mono)
    assert found.channels == 1 and set(found.speech) == {"mixed"}
    check(found, truth, sides=False)
    assert found.talk_share_them is None


def test_tones_music_and_silence_alone_are_not_a_call(tmp_path: Path) -> None:
    """Hold music from the first second (its A is 440 Hz) is not ringing; silence holds
    nothing; a lone keyed digit is one digit."""
    from bench.calls import DTMF, hold_music

    rng = np.random.default_rng(7)
    music = np.concatenate([hold_music(20.0, rng), np.zeros(RATE, np.float32)])
    path = tmp_path / "music.wav"
    soundfile.write(str(path), music, RATE, subtype="PCM_16")
    found = analyze_file(path)
    assert found.rings == [] and found.keys == []
    silent = tmp_path / "silent.wav"
    soundfile.write(str(silent), np.zeros((RATE * 30, 2), np.float32), RATE)
    nothing = analyze_file(silent)
    assert (nothing.rings, nothing.holds, nothing.answered_at) == ([], [], None)
    assert nothing.speech == {"me": [], "them": []} and nothing.talk_share_them is None
    t = np.arange(int(0.1 * RATE)) / RATE
    low, high = DTMF["5"]
    tone = 0.2 * (np.sin(2 * np.pi * low * t) + np.sin(2 * np.pi * high * t))
    keyed = np.concatenate([np.zeros(RATE), tone, np.zeros(RATE)]).astype(np.float32)
    soundfile.write(str(tmp_path / "key.wav"), keyed, RATE)
    (key,) = analyze_file(tmp_path / "key.wav").keys
    assert key.digits == 1 and abs(key.start - 1.0) <= 0.1


@needs_voices
def test_analyze_prints_the_events_as_json(tmp_path: Path) -> None:
    plan = next(p for p in PLANS if p.name == "us-card-digits")
    path, truth = write(plan, tmp_path)
    out = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                          str(tmp_path / "data"), "analyze", str(path), "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["rings"] == truth.rings == 2 and data["ring_plan"] == "us"
    assert abs(data["answered_at"] - truth.answered_at) <= 0.5
    assert data["holds"] == [] and data["channels"] == 2
    assert [d["digits"] for d in data["dtmf"]] == [16]
    assert set(data["speech"]) == {"me", "them"}
    assert 0 < data["talk_share_them"] < 1
    words = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                            str(tmp_path / "data"), "analyze", str(path)],
                           cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "Rang 2 times (us ringback)" in words and "16 digits" in words
    bad = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                          str(tmp_path / "data"), "analyze", str(ROOT / "README.md")],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "as a recording" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
