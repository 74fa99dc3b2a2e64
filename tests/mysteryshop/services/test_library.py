"""The session library: the list, rounds, and deleting sessions with everything they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.errors import NotFoundError
from mysteryshop.services.app_services import AppServices


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
