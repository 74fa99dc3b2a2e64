"""Both sides of a call as the two channels of one recording, from one two-channel input
(the way a PulseAudio sink that carries me on the left and them on the right is read):
a click played on both sides lands on the same frame, and each side stays on its own
channel."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
import soundfile

from mysteryshop.audio.recorder import Recorder

pytestmark = pytest.mark.audio
RATE = 48_000


@pytest.fixture
def call_sink(audio_input: str) -> Iterator[str]:
    """A two-channel sink whose monitor is the default input while the test runs."""
    module = subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=callsink",
                             f"rate={RATE}", "channels=2"], capture_output=True, text=True,
                            check=True).stdout.strip()
    before = subprocess.run(["pactl", "get-default-source"], capture_output=True,
                            text=True).stdout.strip()
    subprocess.run(["pactl", "set-default-source", "callsink.monitor"], check=True)
    keep = subprocess.Popen(["pacat", "--playback", "-d", "callsink", f"--rate={RATE}",
                             "--channels=2", "--format=s16le"], stdin=subprocess.DEVNULL)
    time.sleep(1.5)  # the monitor starts late without a stream already playing
    try:
        yield "callsink"
    finally:
        keep.kill()
        subprocess.run(["pactl", "set-default-source", before or "vsink.monitor"])
        subprocess.run(["pactl", "unload-module", module])


def _clicks(channel: np.ndarray) -> list[float]:
    loud = np.flatnonzero(np.abs(channel) > 0.3)
    starts = [int(loud[0])] + [int(b) for a, b in pairwise(loud)
                               if b - a > 100] if len(loud) else []
    return [s / RATE for s in starts]


def test_both_sides_are_recorded_aligned_on_their_own_channels(
        call_sink: str, tmp_path: Path) -> None:
    played = np.zeros((RATE * 3, 2), np.float32)
    for at, side in ((0.5, 0), (0.5, 1), (1.2, 0), (1.6, 1), (2.5, 0), (2.5, 1)):
        played[int(at * RATE):int(at * RATE) + 48, side] = 0.8
    clicks = tmp_path / "clicks.wav"
    soundfile.write(str(clicks), played, RATE, subtype="PCM_16")
    recorder = Recorder(tmp_path / "call.wav", samplerate=RATE, channels=2, device=None)
    recorder.start()
    time.sleep(0.5)
    subprocess.run(["paplay", "-d", call_sink, str(clicks)], check=True)
    time.sleep(0.5)
    recorder.stop()
    result = recorder.wait(5)
    assert result is not None and result.error is None
    audio, rate = soundfile.read(str(tmp_path / "call.wav"))
    assert rate == RATE and audio.shape[1] == 2
    me, them = _clicks(audio[:, 0]), _clicks(audio[:, 1])
    assert len(me) == 3 and len(them) == 3  # each side only its own clicks
    assert abs(me[0] - them[0]) <= 0.005 and abs(me[2] - them[2]) <= 0.005  # aligned
    assert abs((me[1] - me[0]) - 0.7) <= 0.005 and abs((them[1] - them[0]) - 1.1) <= 0.005
