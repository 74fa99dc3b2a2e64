"""Real frames from a real (virtual) input device: a known tone goes in, and comes back."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from mysteryshop.audio.devices import input_devices, resolve_device
from mysteryshop.audio.recorder import Recorder

pytestmark = pytest.mark.audio
RATE = 48_000


def write_tone(path: Path, seconds: float, frequency: float = 440.0) -> None:
    t = np.arange(int(seconds * RATE)) / RATE
    soundfile.write(path, 0.5 * np.sin(2 * np.pi * frequency * t), RATE, subtype="PCM_16")


def loud_seconds(audio: np.ndarray, rate: int, threshold_db: float = -30) -> float:
    """How long the signal is louder than `threshold_db` (10 ms windows)."""
    window = rate // 100
    usable = len(audio) // window * window
    frames = audio[:usable].astype(float).reshape(-1, window) / 32768
    rms_db = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)
    return float((rms_db > threshold_db).sum() * window / rate)


def test_devices_are_listed_with_the_default_marked(audio_input: str) -> None:
    devices = input_devices()
    assert sum(d.is_default for d in devices) == 1
    assert resolve_device(audio_input).name == audio_input
    assert resolve_device("no such microphone").is_default


def test_a_tone_played_into_the_device_is_in_the_recording(
    audio_input: str, tmp_path: Path
) -> None:
    tone = tmp_path / "tone.wav"
    write_tone(tone, 1.0)
    recorder = Recorder(tmp_path / "call.wav", samplerate=RATE, device=audio_input)
    recorder.start()
    time.sleep(1.5)  # the monitor may start late; the tone comes once it flows
    subprocess.run(["paplay", "-d", "vsink", str(tone)], check=True, timeout=20)
    time.sleep(0.7)
    recorder.stop()
    result = recorder.wait(10)
    assert result is not None and result.error is None, result
    audio, rate = soundfile.read(tmp_path / "call.wav", dtype="int16")
    assert rate == RATE and len(audio) == result.frames
    spectrum = np.abs(np.fft.rfft(audio.astype(float)))
    peak = np.fft.rfftfreq(len(audio), 1 / rate)[spectrum.argmax()]
    assert abs(peak - 440) < 3
    assert abs(loud_seconds(audio, rate) - 1.0) < 0.1
    assert result.overflows == 0


def test_the_device_list_is_read_again_only_with_no_stream_open(audio_input: str) -> None:
    """Starting PortAudio again would end a recording: a rescan waits for it to close."""
    from mysteryshop.audio.devices import rescan_devices, streams_open
    from mysteryshop.audio.meter import LevelMonitor

    assert streams_open() == 0
    monitor = LevelMonitor(resolve_device(audio_input).index, RATE)
    monitor.start()
    try:
        assert streams_open() == 1
        assert rescan_devices() is False
        deadline = time.monotonic() + 5  # a cold virtual device delivers after ~1 s
        while monitor.latest_level() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert time.monotonic() < deadline  # still recording: nothing was ended
    finally:
        monitor.stop()
    assert streams_open() == 0
    assert rescan_devices() is True
    assert resolve_device(audio_input).name == audio_input  # and PortAudio works after it
