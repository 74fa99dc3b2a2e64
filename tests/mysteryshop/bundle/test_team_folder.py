"""The team folder with one folder both laptops see (a network share, or a sync service
that has caught up): each publishes its sessions when they change, reads the other's
when they change, and copes with what sync services leave there."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from mysteryshop.demo import create_demo_session
from mysteryshop.model import Session
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.team_folder import TeamFolder
from tests.bundles import Laptop


def team(laptop: Laptop, folder: Path, host: str, with_recordings: bool = True
         ) -> TeamFolder:
    return TeamFolder(DataFolder(laptop.data_dir), folder, host=host,
                      with_recordings=with_recordings)


def finished_session(laptop: Laptop) -> Session:
    return create_demo_session(laptop.repository, laptop.data_dir, as_demo=False)


def test_a_session_travels_both_ways_and_only_changes_are_written(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    a, b = team(leader, folder, "laptop-a"), team(reviewer, folder, "laptop-b")
    session = finished_session(leader)
    first = a.sync()
    assert first.published == [session.id] and first.received == []
    (own,) = folder.glob("*.mshop")
    assert own.name == f"{session.id}.{leader.repository.device}.laptop-a.mshop"

    got = b.sync()
    assert got.published == [] and [name for name, _ in got.received] == [own.name]
    assert reviewer.session(session.id).step("call").recordings  # with its audio
    origin = reviewer.repository.team_origins()[session.id]
    assert origin.came_from == "laptop-a" and origin.synced_at is not None
    assert b.sync().lines() == ["Published 0 session(s); 1 unchanged.",
                                "Nothing new from the other laptops."]
    stamp = own.stat().st_mtime_ns
    assert a.sync().published == [] and own.stat().st_mtime_ns == stamp  # not rewritten

    reviewer.review.add_note(reviewer.session(session.id), "call", 12.0, "Heard the hold")
    assert b.sync().published == [session.id]  # changed here: published from here
    back = a.sync()
    assert len(back.received) == 1 and back.published == []
    notes = leader.session(session.id).step("call").review_notes
    assert [n.text for n in notes] == ["Heard the hold"]
    assert a.sync().received == [] and b.sync().received == []  # settled: no ping-pong


def test_both_editing_at_once_loses_nothing_and_a_conflict_copy_merges(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    a, b = team(leader, folder, "a"), team(reviewer, folder, "b")
    session = finished_session(leader)
    a.sync()
    b.sync()
    (own,) = folder.glob("*.mshop")
    older = own.read_bytes()
    leader.service.set_notes(leader.session(session.id), "buy", "Checkout froze twice")
    reviewer.review.add_note(reviewer.session(session.id), "call", 30.0, "No greeting")
    time.sleep(0.01)
    a.sync()
    b.sync()
    a.sync()
    for laptop in (leader, reviewer):
        here = laptop.session(session.id)
        assert here.step("buy").notes == "Checkout froze twice"
        assert [n.text for n in here.step("call").review_notes] == ["No greeting"]
    # A sync service kept the older copy beside the newer one: read, merged, not doubled.
    (folder / own.name.replace(".mshop", " (conflicted copy 2026-12-02).mshop")
     ).write_bytes(older)
    report = b.sync()
    assert len(report.received) == 1 and report.failed == []
    assert len(reviewer.repository.load_sessions()) == 1
    assert reviewer.session(session.id).step("buy").notes == "Checkout froze twice"


def test_a_half_arrived_bundle_is_read_once_whole_and_a_missing_folder_is_said(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    folder, elsewhere = tmp_path / "team", tmp_path / "a-only"
    folder.mkdir()
    elsewhere.mkdir()
    session = finished_session(leader)
    team(leader, elsewhere, "a").sync()
    (whole,) = elsewhere.glob("*.mshop")
    data = whole.read_bytes()
    (folder / whole.name).write_bytes(data[: len(data) // 2])  # still arriving
    b = team(reviewer, folder, "b")
    report = b.sync()
    assert [name for name, _ in report.failed] == [whole.name]
    assert reviewer.repository.load_sessions() == []
    assert b.sync().failed == []  # unchanged: not read again and again
    shutil.copyfile(whole, folder / whole.name)  # the rest arrived
    assert len(b.sync().received) == 1
    assert reviewer.session(session.id).company == session.company

    gone = team(reviewer, tmp_path / "unplugged", "b").sync()
    assert gone.problem.startswith(f"The team folder {tmp_path / 'unplugged'} is not there")
    assert gone.lines() == [gone.problem]
    assert reviewer.session(session.id).company == session.company  # nothing lost


def test_recordings_can_stay_on_the_laptop_that_made_them(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    session = finished_session(leader)
    team(leader, folder, "a", with_recordings=False).sync()
    (own,) = folder.glob("*.mshop")
    import zipfile

    with zipfile.ZipFile(own) as bundle:
        assert not [n for n in bundle.namelist() if n.endswith(".wav")]
    team(reviewer, folder, "b").sync()
    arrived = reviewer.session(session.id)
    recordings = [r for s in arrived.steps for r in s.recordings]
    assert recordings and not any((reviewer.data_dir / r.path).exists() for r in recordings)
    # Turning recordings on changes what the bundle holds: it is written again.
    assert team(leader, folder, "a").sync().published == [session.id]
