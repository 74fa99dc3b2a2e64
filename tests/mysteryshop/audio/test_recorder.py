"""The recorder's logic: stream to disk, pause in step, survive device and disk failures."""

from __future__ import annotations

import stat
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from mysteryshop.audio.recorder import Recorder, RecorderState, RecordingResult
from mysteryshop.audio.wav_repair import repair_wav
from tests.audio_fakes import ToneStream
from tests.conftest import ROOT, small_disk

RATE = 48_000


def make_recorder(path: Path, streams: list[ToneStream], pace: float = 1.0,
                  on_finished: Callable[[RecordingResult], None] | None = None,
                  first_block_after: float = 0.0) -> Recorder:
    def factory(**kwargs: object) -> ToneStream:
        stream = ToneStream(pace=pace, first_block_after=first_block_after,
                            **kwargs)  # type: ignore[arg-type]
        streams.append(stream)
        return stream

    return Recorder(path, samplerate=RATE, stream_factory=factory, flush_seconds=0.2,
                    on_finished=on_finished)


def dominant_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(float)))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[spectrum.argmax()])


def test_records_every_frame_it_is_given_into_a_private_wav(tmp_path: Path) -> None:
    streams: list[ToneStream] = []
    recorder = make_recorder(tmp_path / "rec" / "a.wav", streams, pace=20)
    recorder.start()
    time.sleep(0.5)
    recorder.stop()
    result = recorder.wait(5)
    assert result is not None and result.error is None
    audio, rate = soundfile.read(tmp_path / "rec" / "a.wav", dtype="int16")
    assert rate == RATE
    assert len(audio) == result.frames == streams[0].sent
    assert abs(dominant_frequency(audio, rate) - 440) < 2
    assert stat.S_IMODE((tmp_path / "rec" / "a.wav").stat().st_mode) == 0o600
    assert recorder.state is RecorderState.FINISHED


def test_paused_time_is_not_recorded(tmp_path: Path) -> None:
    streams: list[ToneStream] = []
    recorder = make_recorder(tmp_path / "a.wav", streams)
    recorder.start()
    time.sleep(0.4)
    recorder.pause()
    sent_at_pause = streams[0].sent
    time.sleep(0.4)
    assert streams[0].sent == sent_at_pause
    recorder.resume()
    time.sleep(0.3)
    recorder.stop()
    result = recorder.wait(5)
    assert result is not None
    assert result.frames == streams[0].sent
    assert 0.6 < result.seconds < 0.85  # 0.4 s + 0.3 s, not the 0.4 s of pause


def test_a_slow_device_is_timed_and_a_slow_resume_is_kept_in_step_as_silence(
    tmp_path: Path,
) -> None:
    """The file must map onto the step's timer: the wait for the first frame is measured
    (the file starts there), and the wait after a resume is written as silence."""
    streams: list[ToneStream] = []
    recorder = make_recorder(tmp_path / "a.wav", streams, first_block_after=0.3)
    recorder.start()
    time.sleep(0.7)
    assert recorder.start_delay is not None
    assert 0.27 < recorder.start_delay < 0.36
    recorder.pause()
    time.sleep(0.2)
    recorder.resume()
    time.sleep(0.7)
    recorder.stop()
    result = recorder.wait(5)
    assert result is not None and result.error is None
    audio, rate = soundfile.read(tmp_path / "a.wav", dtype="int16")
    assert len(audio) == result.frames
    assert len(audio) / rate > 0.75  # 0.4 s of tone, 0.3 s of waiting, 0.4 s of tone
    quiet = np.flatnonzero(np.abs(audio) < 10)
    runs = np.split(quiet, np.flatnonzero(np.diff(quiet) > 1) + 1)
    longest = max(runs, key=len)
    assert 0.27 < len(longest) / rate < 0.36  # the resume's wait, not lost
    assert abs(longest[0] / rate - 0.4) < 0.06  # right after the first 0.4 s of tone


def test_levels_are_offered_without_blocking(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path / "a.wav", [])
    assert recorder.latest_level() is None
    recorder.start()
    time.sleep(0.2)
    level = recorder.latest_level()
    recorder.stop()
    recorder.wait(5)
    assert level is not None
    assert -10 < level.rms_db < -6  # a 0.5 full-scale sine: -9 dBFS RMS
    assert -7 < level.peak_db < -5  # and -6 dBFS peak


def test_unplugged_device_ends_the_recording_and_keeps_the_audio(tmp_path: Path) -> None:
    streams: list[ToneStream] = []
    finished: list[RecordingResult] = []
    recorder = make_recorder(tmp_path / "a.wav", streams, on_finished=finished.append)
    recorder.start()
    time.sleep(0.3)
    streams[0].lose_device()
    result = recorder.wait(5)
    assert result is not None and result.error is not None
    assert "unplugged" in str(result.error)
    assert finished == [result]
    assert result.frames > 0.2 * RATE
    assert soundfile.info(str(tmp_path / "a.wav")).frames == result.frames


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "tiny", "200k") as folder:
        yield folder


def test_full_disk_ends_the_recording_with_a_clear_error(tmp_path: Path,
                                                          tiny_disk: Path) -> None:
    streams: list[ToneStream] = []
    recorder = make_recorder(tiny_disk / "a.wav", streams, pace=50)
    recorder.start()
    result = recorder.wait(20)
    assert result is not None and result.error is not None
    assert "the disk is full" in str(result.error)
    info = repair_wav(tiny_disk / "a.wav")
    assert info.frames > 0
    audio, _ = soundfile.read(tiny_disk / "a.wav", dtype="int16")
    assert len(audio) == info.frames


KILLED_RECORDER = """
import sys, time
from pathlib import Path
from mysteryshop.audio.recorder import Recorder
from tests.audio_fakes import ToneStream
recorder = Recorder(Path(sys.argv[1]), samplerate=48000, stream_factory=ToneStream)
recorder.start()
while True:
    time.sleep(0.1)
    print(recorder.frames_captured, flush=True)
"""


def test_kill_9_mid_recording_keeps_all_but_the_last_second(tmp_path: Path) -> None:
    path = tmp_path / "killed.wav"
    child = subprocess.Popen([sys.executable, "-c", KILLED_RECORDER, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    captured = 0
    while captured < 2.5 * RATE:
        captured = int(child.stdout.readline())
    child.kill()
    child.wait()
    # As the kill left it, the header has no data chunk size: Python's reader gives up.
    with pytest.raises(wave.Error), wave.open(str(path)):
        pass
    info = repair_wav(path)
    lost = captured / RATE - info.seconds
    assert lost < 1.1, f"lost {lost:.2f} s"
    audio, rate = soundfile.read(path, dtype="int16")
    assert len(audio) == info.frames
    assert abs(dominant_frequency(audio, rate) - 440) < 2
    with wave.open(str(path)) as w:
        assert w.getnframes() == info.frames
