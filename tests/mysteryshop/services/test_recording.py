"""Recordings in a session: consent, in step with the timer, and recovered after a crash."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import soundfile

from mysteryshop.audio.recorder import Recorder
from mysteryshop.errors import MysteryShopError
from mysteryshop.model import MarkerKind, RecordingStatus, TimerState
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.recording import RecordingService
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from tests.audio_fakes import ToneStream, record_then_kill
from tests.conftest import ROOT


def tone_recorder(path: Path, **kwargs: Any) -> Recorder:
    return Recorder(path, stream_factory=ToneStream, flush_seconds=0.2, **kwargs)


@pytest.fixture
def recordings(service: SessionService, data_dir: Path) -> RecordingService:
    return RecordingService(service, DataFolder(data_dir), recorder_factory=tone_recorder)


def test_recording_needs_consent_which_is_stored_with_its_time(
    service: SessionService, recordings: RecordingService
) -> None:
    session = service.create("Ann", "Acme", "R1")
    with pytest.raises(MysteryShopError, match="Confirm"):
        recordings.start(session, "call", device=None)
    recordings.give_consent(session)
    stored = service.repository.get_session(session.id)
    assert stored.recording_consent_at == service.clock()


def test_consent_is_per_call_and_kept_with_its_recording(
    service: SessionService, recordings: RecordingService
) -> None:
    from mysteryshop.serialize import session_to_dict

    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session, "  Ich  bestätige, dass ich aufnehmen darf. ")
    first_at = service.clock()
    active = recordings.start(session, "call", device=None)
    assert not recordings.has_consent(session)  # used by this call
    time.sleep(0.2)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None
    recordings.complete(result)
    with pytest.raises(MysteryShopError, match="Confirm"):
        recordings.start(session, "problem", device=None)  # the next call asks again
    service.clock.advance(60)  # type: ignore[attr-defined]
    recordings.give_consent(session)
    (row,) = service.repository.recordings()
    assert (row.consent_at, row.consent_text) == (first_at,
                                                  "Ich bestätige, dass ich aufnehmen darf.")
    assert service.repository.get_session(session.id).recording_consent_at == first_at
    stored = service.repository.get_session(session.id)
    (shown,) = session_to_dict(stored, time.time())["steps"][1]["recordings"]
    assert shown["consent_text"] == "Ich bestätige, dass ich aufnehmen darf."
    assert shown["consent_at"] is not None


def test_a_recording_follows_the_step_timer_and_is_stored_complete(
    service: SessionService, recordings: RecordingService, data_dir: Path
) -> None:
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    service.start_timer(session, "call")
    service.clock.advance(30)  # type: ignore[attr-defined]
    active = recordings.start(session, "call", device=None)
    assert active.recording.timer_offset == 30
    row = service.repository.recordings()[0]
    assert row.status is RecordingStatus.RECORDING  # stored before the first frame
    time.sleep(0.3)
    service.pause_timer(session, "call")
    paused_frames = active.recorder.frames_captured
    time.sleep(0.3)
    assert active.recorder.frames_captured == paused_frames
    service.start_timer(session, "call")
    time.sleep(0.2)
    service.stop_timer(session, "call")  # stopping the step ends the recording
    result = active.recorder.wait(5)
    assert result is not None
    done = recordings.complete(result)
    assert done is not None and done.status is RecordingStatus.COMPLETE
    assert recordings.active is None
    stored = service.repository.get_session(session.id).step("call").recordings
    assert [r.status for r in stored] == [RecordingStatus.COMPLETE]
    assert stored[0].frames == result.frames
    assert 0.4 < stored[0].seconds < 0.65
    path = data_dir / stored[0].path
    assert path.parent.parent.name == "recordings"
    assert soundfile.info(str(path)).frames == result.frames


def test_recording_starts_the_timer_and_markers_map_into_the_file(
    service: SessionService, recordings: RecordingService
) -> None:
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    service.start_timer(session, "problem")
    service.clock.advance(12)  # type: ignore[attr-defined]
    service.pause_timer(session, "problem")
    active = recordings.start(session, "problem", device=None)
    assert session.step("problem").timer_state is TimerState.RUNNING
    service.clock.advance(5)  # type: ignore[attr-defined]
    marker = service.add_marker(session, "problem", MarkerKind.ANSWERED)
    assert active.recording.file_offset(marker.offset_seconds) == 5
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None
    recordings.complete(result)


def test_a_failed_start_leaves_no_row_and_no_file(
    service: SessionService, data_dir: Path
) -> None:
    def broken(**kwargs: Any) -> ToneStream:
        from mysteryshop.errors import AudioError

        raise AudioError("Cannot open the microphone: no such device")

    def factory(path: Path, **kwargs: Any) -> Recorder:
        return Recorder(path, stream_factory=broken, **kwargs)

    recordings = RecordingService(service, DataFolder(data_dir), recorder_factory=factory)
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    with pytest.raises(MysteryShopError, match="no such device"):
        recordings.start(session, "call", device=None)
    assert service.repository.recordings() == []
    assert recordings.active is None
    assert not list((data_dir / "recordings").rglob("*.wav"))


def test_after_kill_9_the_next_start_recovers_the_recording(data_dir: Path) -> None:
    captured = record_then_kill(data_dir, "call", 2.2, ROOT)
    service = SessionService(Repository.open(data_dir / "mysteryshop.db"))
    recordings = RecordingService(service, DataFolder(data_dir))
    findings = recordings.recover_interrupted()
    assert len(findings) == 1
    assert findings[0].startswith("Recovered 0:0") and "Call the business" in findings[0]
    assert "Acme North" in findings[0]
    (row,) = service.repository.recordings()
    assert row.status is RecordingStatus.RECOVERED
    assert captured / 48_000 - row.seconds < 1.1
    assert soundfile.info(str(data_dir / row.path)).frames == row.frames
    assert recordings.recover_interrupted() == []  # once is enough
    service.repository.close()


def test_check_reports_a_missing_file(service: SessionService, data_dir: Path,
                                      recordings: RecordingService) -> None:
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    active = recordings.start(session, "leader", device=None)
    time.sleep(0.2)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None
    recordings.complete(result)
    (data_dir / service.repository.recordings()[0].path).unlink()
    findings = recordings.check()
    assert len(findings) == 1 and findings[0][0] is False
    assert "Missing recording" in findings[0][1]


@pytest.mark.audio
def test_a_recording_sits_on_the_step_timeline_where_its_first_frame_was_heard(
    audio_input: str, repository: Repository, data_dir: Path, tmp_path: Path
) -> None:
    """A cold (virtual) device delivers its first frame 0.5-2 s after Record. A click heard
    by this recording must land at the same step time as the same click heard by a
    reference recording started once the device flows (it starts within a block)."""
    import subprocess

    import numpy as np

    from mysteryshop.steady_clock import SteadyClock, steady_seconds

    rate = 48_000
    click = tmp_path / "click.wav"
    burst = np.zeros(int(0.3 * rate))
    burst[:2400] = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(2400) / rate)
    soundfile.write(click, burst, rate, subtype="PCM_16")

    def first_loud(path: Path) -> float:
        audio, _ = soundfile.read(path, dtype="int16")
        loud = np.flatnonzero(np.abs(audio) > 4000)
        assert len(loud), f"the click is not in {path.name}"
        return float(loud[0] / rate)

    service = SessionService(repository, SteadyClock())
    recordings = RecordingService(service, DataFolder(data_dir))
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    time.sleep(1.0)  # let the device fall idle: a cold start is the case that matters
    pressed = steady_seconds()  # the step's timer starts with the recording
    active = recordings.start(session, "call", device=audio_input, samplerate=rate)
    time.sleep(1.8)
    reference = Recorder(tmp_path / "reference.wav", samplerate=rate, device=audio_input)
    reference.start()
    time.sleep(0.7)
    subprocess.run(["paplay", "-d", "vsink", str(click)], check=True, timeout=20)
    time.sleep(0.3)
    recordings.stop()
    reference.stop()
    result = active.recorder.wait(10)
    assert reference.wait(10) is not None and result is not None
    placed = recordings.complete(result)
    assert placed is not None and placed.status is RecordingStatus.COMPLETE
    # (Cold, the virtual device waits 0.5-2 s; warm from an earlier test, ~0.1 s: the click
    # must land right either way. The slow device is also tested deterministically below.)
    assert active.recorder.start_delay is not None
    stored = service.repository.recordings()[0]
    assert stored.timer_offset == placed.timer_offset
    heard_here = stored.step_offset(first_loud(data_dir / stored.path))
    assert reference.first_frame_at is not None
    heard_there = reference.first_frame_at + first_loud(tmp_path / "reference.wav") - pressed
    assert abs(heard_here - heard_there) < 0.05


def test_a_recording_from_a_slow_device_is_placed_where_its_first_frame_was_captured(
        repository: Repository, data_dir: Path) -> None:
    """A device that delivers its first block 0.5 s after Record: the recording (and so
    every marker in the review) is placed 0.5 s later on the step's timeline."""
    from mysteryshop.steady_clock import SteadyClock

    def slow_recorder(path: Path, **kwargs: Any) -> Recorder:
        def stream(**stream_kwargs: Any) -> ToneStream:
            return ToneStream(first_block_after=0.5, **stream_kwargs)

        return Recorder(path, stream_factory=stream, flush_seconds=0.2, **kwargs)

    service = SessionService(repository, SteadyClock())
    recordings = RecordingService(service, DataFolder(data_dir), recorder_factory=slow_recorder)
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    active = recordings.start(session, "call", device=None)
    time.sleep(1.0)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None
    placed = recordings.complete(result)
    assert placed is not None
    assert 0.45 < placed.timer_offset < 0.6
    assert service.repository.recordings()[0].timer_offset == placed.timer_offset


def test_both_sides_are_recorded_as_two_channels_when_asked(
    service: SessionService, recordings: RecordingService
) -> None:
    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    active = recordings.start(session, "call", device=None, channels=2)
    time.sleep(0.3)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None
    done = recordings.complete(result)
    assert done is not None and done.channels == 2
    with soundfile.SoundFile(str(recordings.path_of(done))) as f:
        assert f.channels == 2 and f.frames > 0


def test_a_finished_recording_keeps_its_files_hash_for_sharing(
        service: SessionService, recordings: RecordingService, data_dir: Path) -> None:
    from mysteryshop.file_digest import digest_file

    session = service.create("Ann", "Acme", "R1")
    recordings.give_consent(session)
    active = recordings.start(session, "call", device=None)
    time.sleep(0.3)
    recordings.stop()
    result = active.recorder.wait(5)
    assert result is not None and result.digest is not None
    recordings.complete(result)
    (stored,) = service.repository.get_session(session.id).step("call").recordings
    path = data_dir / stored.path
    assert stored.digest == digest_file(path) and stored.digest.still_matches(path)
    assert stored.digest.size == path.stat().st_size > 44  # more than a WAV header
