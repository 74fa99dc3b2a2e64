"""The session library: the list, rounds, and deleting sessions with everything they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.errors import NotFoundError
from mysteryshop.services.app_services import AppServices
from tests.conftest import FakeClock


def test_deleting_a_session_removes_its_rows_recordings_and_cached_waveforms(
        services: AppServices, data_dir: Path) -> None:
    from mysteryshop.audio.waveform import cache_entry, cached_peaks

    keep = services.library.add_demo()
    gone = services.library.add_demo()
    files = [data_dir / r.path for s in gone.steps for r in s.recordings]
    kept_files = [data_dir / r.path for s in keep.steps for r in s.recordings]
    caches = [cache_entry(f, services.folder.waveform_cache) for f in files]
    for f in files:
        cached_peaks(f, services.folder.waveform_cache)
    assert len(files) == 3 and all(c.exists() for c in caches)

    assert services.library.delete([gone.id]) == 1

    assert [s.id for s in services.library.page()] == [keep.id]
    with pytest.raises(NotFoundError):
        services.library.get(gone.id)
    assert not any(f.exists() for f in files) and not any(c.exists() for c in caches)
    assert not (services.folder.recordings / gone.id).exists()
    assert all(f.exists() for f in kept_files)
    assert len(services.library.get(keep.id).step("call").recordings) == 1


def test_deleting_a_session_whose_recording_is_already_gone_still_works(
        services: AppServices, data_dir: Path) -> None:
    session = services.library.add_demo()
    (data_dir / session.step("call").recordings[0].path).unlink()
    assert services.library.delete([session.id]) == 1
    assert services.library.count() == 0


def test_rounds_most_recent_first_and_counts_by_round(services: AppServices,
                                                      clock: object) -> None:
    for leader, round_label in (("Ann", "R1"), ("Bob", "R2"), ("Cy", "R1")):
        services.sessions.create(leader, "Acme", round_label)
    assert services.library.rounds() == ["R1", "R2"]  # R1 was used last
    assert services.library.count("R1") == 2 and services.library.count() == 3


def test_the_demo_is_marked_and_stays_out_of_real_work_until_asked_for(
        services: AppServices, tmp_path: Path) -> None:
    demo = services.library.add_demo()
    real = services.sessions.create("Ann", "Acme", "Round 1")
    services.sessions.set_points(real, "website", 4)
    assert demo.demo and not real.demo
    assert {s.id: s.demo for s in services.library.page()} == {real.id: False,
                                                                 demo.id: True}  # both listed
    assert services.library.rounds() == ["Round 1"]  # what a new session suggests
    assert "Round 1 — demo" in services.library.rounds(include_demo=True)
    assert {r.round for r in services.library.compare_rounds()} == {"Round 1"}
    assert services.library.count(include_demo=False) == 1

    from mysteryshop.services.exporting import load_sessions

    assert [s.id for s in load_sessions(services.folder)] == [real.id]
    assert {s.id for s in load_sessions(services.folder, include_demo=True)} == {demo.id,
                                                                                 real.id}
    assert [s.id for s in load_sessions(services.folder, "Round 1 — demo")] == [demo.id]
    assert [s.id for s in load_sessions(services.folder, ids=[demo.id[:8]])] == [demo.id]

    assert services.library.remove_demo() == 1
    assert [s.id for s in services.library.page()] == [real.id]
    assert not (services.folder.recordings / demo.id).exists()
    assert services.library.remove_demo() == 0


def test_a_recordings_audio_is_deleted_and_the_session_keeps_the_rest(
        services: AppServices, clock: FakeClock) -> None:
    from mysteryshop.audio.waveform import cache_entry, cached_peaks

    demo = services.library.add_demo()
    step = next(s for s in demo.steps if s.recordings)
    recording = step.recordings[0]
    path = services.folder.root / recording.path
    cached_peaks(path, services.folder.waveform_cache)
    cache = cache_entry(path, services.folder.waveform_cache)
    assert services.delete_audio([recording.id]) == 1
    assert not path.exists() and not cache.exists()
    kept = services.library.get(demo.id).step(step.key)
    assert kept.recordings[0].deleted_at == clock.now
    assert kept.markers == step.markers  # the session and its markers stay
    assert services.delete_audio([recording.id]) == 0  # once is enough


def test_retention_deletes_only_old_finished_sessions_audio(
        services: AppServices, clock: FakeClock) -> None:
    from mysteryshop.model import Recording, RecordingStatus

    def recorded(leader: str, finish: bool) -> Recording:
        session = services.sessions.create(leader, "Acme", "R1")
        relative = f"recordings/{session.id}/call.wav"
        (services.folder.root / relative).parent.mkdir(parents=True)
        (services.folder.root / relative).write_bytes(b"RIFF")
        recording = services.library._repository.add_recording(Recording(
            0, session.id, "call", relative, RecordingStatus.COMPLETE, clock.now, 0.0, 8000))
        if finish:
            from mysteryshop.model import Verdict

            services.sessions.set_verdict(session, Verdict.ERODES)
            services.sessions.finish(session)
        return recording

    old = recorded("Ann", finish=True)
    open_one = recorded("Ben", finish=False)
    assert services.apply_retention(0) == 0  # off
    clock.advance(31 * 86400)
    recent = recorded("Cy", finish=True)
    assert services.apply_retention(30) == 1
    states = {r.id: r.deleted_at for r in services.library._repository.recordings()}
    assert states[old.id] is not None
    assert states[open_one.id] is None and states[recent.id] is None
