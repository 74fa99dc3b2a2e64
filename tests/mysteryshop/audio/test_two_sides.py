"""Both sides of a call as the two channels of one recording: from one two-channel input
(the way a PulseAudio sink that carries me on the left and them on the right is read),
and from two inputs the app joins through the sound server (a microphone and the monitor
of the softphone's output). A click played on both sides lands on the same frame, and
each side stays on its own channel."""

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
from tests.conftest import loaded_routes

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


def test_two_inputs_joined_stay_aligned_over_a_minute_and_the_route_goes_after(
        two_inputs: tuple[str, str], tmp_path: Path) -> None:
    from mysteryshop.audio.call_routing import CallRoute, sound_sources
    from mysteryshop.services.data_folder import DataFolder
    from mysteryshop.services.recording import RecordingService
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    me, them = two_inputs
    listed = {s.name: s for s in sound_sources()}
    assert me in listed and them in listed and listed["stim.monitor"].monitor
    assert not any(name.startswith("mysteryshop_call") for name in listed)
    seconds = 62.0
    played = np.zeros((int(RATE * seconds), 2), np.float32)
    marks = [(1.0, 0), (1.0, 1), (2.0, 0), (3.5, 1), (31.0, 0), (31.0, 1), (61.0, 0),
             (61.0, 1)]
    for at, side in marks:
        played[int(at * RATE):int(at * RATE) + 48, side] = 0.8
    clicks = tmp_path / "clicks.wav"
    soundfile.write(str(clicks), played, RATE, subtype="PCM_16")

    (tmp_path / "data").mkdir()
    sessions = SessionService(Repository.open(tmp_path / "data" / "mysteryshop.db"))
    recordings = RecordingService(sessions, DataFolder(tmp_path / "data"))
    session = sessions.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    route = CallRoute(me, them)
    active = recordings.start(session, "call", device=None, samplerate=RATE, channels=2,
                              route=route)
    assert route.is_open and len(loaded_routes()) == 3  # a sink and two loopbacks
    deadline = time.monotonic() + 10
    while active.recorder.start_delay is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the joined input delivers its first frame
    time.sleep(0.5)
    subprocess.run(["paplay", "-d", "stim", str(clicks)], check=True)
    time.sleep(0.5)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None and result.error is None
    recordings.complete(result)
    assert not route.is_open and loaded_routes() == []  # the microphone is free again

    audio, rate = soundfile.read(str(result.path))
    assert rate == RATE and audio.shape[1] == 2
    mine, theirs = _clicks(audio[:, 0]), _clicks(audio[:, 1])
    assert len(mine) == 4 and len(theirs) == 4  # each side only its own clicks
    for a, b in ((0, 0), (2, 2), (3, 3)):  # sounded together: heard together
        assert abs(mine[a] - theirs[b]) <= 0.005
    # The sides never drift apart (above: 0.0-0.1 ms measured); against the player's
    # clock both loopbacks settle their latency alike in the first seconds (3 ms by
    # 2 s, 16 ms over the minute, measured).
    assert abs((mine[3] - mine[0]) - 60.0) <= 0.05
    assert abs((mine[1] - mine[0]) - 1.0) <= 0.02 and abs((theirs[1] - theirs[0]) - 2.5) <= 0.02
    sessions.repository.close()


def test_a_missing_input_is_named_and_nothing_stays_loaded(
        two_inputs: tuple[str, str]) -> None:
    from mysteryshop.audio.call_routing import CallRoute
    from mysteryshop.errors import AudioError

    with pytest.raises(AudioError, match=r"Your microphone \(gone_headset\) is not there"):
        CallRoute("gone_headset", two_inputs[1]).open()
    assert loaded_routes() == []
    # What a crashed run left loaded goes when the next route opens.
    subprocess.run(["pactl", "load-module", "module-null-sink",
                    "sink_name=mysteryshop_call"], check=True, capture_output=True)
    route = CallRoute(*two_inputs)
    route.open()
    assert len(loaded_routes()) == 3
    route.close()
    assert loaded_routes() == []
