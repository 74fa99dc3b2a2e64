"""The team folder through a real sync engine: two Syncthing instances on 127.0.0.1,
each keeping laptop A's or laptop B's copy of the folder in step with the other."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.bundles import Laptop
from tests.mysteryshop.bundle.test_team_folder import finished_session, team
from tests.syncthing import Instance, available, two_instances, wait_until

pytestmark = [pytest.mark.syncthing,
              pytest.mark.skipif(not available(), reason="syncthing is not installed")]


def arrived(instance: Instance, name: str, after: int = 0) -> bool:
    """The file is in this copy of the folder (written later than `after`, ns)."""
    path = instance.folder / name
    return path.exists() and path.stat().st_mtime_ns > after


def carry(source: Instance, target: Instance, name: str, after: int = 0) -> None:
    source.scan()
    wait_until(lambda: arrived(target, name, after), 60,
               f"{name} never reached {target.name}'s folder")


def test_sessions_reviews_and_conflicts_travel_through_syncthing(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    with two_instances(tmp_path / "syncthing") as (sa, sb):
        a, b = team(leader, sa.folder, "laptop-a"), team(reviewer, sb.folder, "laptop-b")
        session = finished_session(leader)
        assert a.sync().published == [session.id]
        mine = a.own_name(session.id, leader.repository.device)
        carry(sa, sb, mine)
        first_copy = (sb.folder / mine).read_bytes()
        got = b.sync()
        assert [name for name, _ in got.received] == [mine] and got.failed == []
        assert reviewer.session(session.id).step("call").recordings

        # A review added in B comes back to A.
        reviewer.review.add_note(reviewer.session(session.id), "call", 20.0, "Long hold")
        assert b.sync().published == [session.id]
        theirs = b.own_name(session.id, reviewer.repository.device)
        carry(sb, sa, theirs)
        assert len(a.sync().received) == 1
        assert [n.text for n in leader.session(session.id).step("call").review_notes] == [
            "Long hold"]

        # Both editing at once: nothing is lost on either side.
        before_a, before_b = ((sb.folder / mine).stat().st_mtime_ns,
                              (sa.folder / theirs).stat().st_mtime_ns)
        leader.service.set_notes(leader.session(session.id), "buy", "The basket emptied")
        reviewer.review.add_note(reviewer.session(session.id), "buy", 5.0, "Confusing")
        time.sleep(0.01)
        assert a.sync().published == [session.id] and b.sync().published == [session.id]
        carry(sa, sb, mine, before_a)
        carry(sb, sa, theirs, before_b)
        a.sync()
        b.sync()
        for laptop in (leader, reviewer):
            step = laptop.session(session.id).step("buy")
            assert step.notes == "The basket emptied"
            assert [n.text for n in step.review_notes] == ["Confusing"]

        # The same file changed on both sides while they were apart (B's copy of A's
        # bundle put back from a backup): Syncthing keeps a conflict copy, which merges.
        sa.pause(sb)
        sb.pause(sa)
        (sb.folder / mine).write_bytes(first_copy)
        sb.scan()
        time.sleep(1.1)
        leader.service.set_notes(leader.session(session.id), "website", "All about them")
        assert a.sync().published == [session.id]
        sa.scan()
        sa.resume(sb)
        sb.resume(sa)

        def conflict_everywhere() -> bool:
            return all(any("sync-conflict" in p.name for p in s.folder.glob("*.mshop"))
                       for s in (sa, sb))

        wait_until(conflict_everywhere, 90, "Syncthing kept no conflict copy")
        wait_until(lambda: (sb.folder / mine).read_bytes() != first_copy, 60,
                   "A's newer bundle never won on B")
        for laptop, side in ((leader, a), (reviewer, b)):
            report = side.sync()
            assert report.failed == []
            assert any("sync-conflict" in name for name, _ in report.received)
            assert len(laptop.repository.load_sessions()) == 1  # merged, not doubled
            here = laptop.session(session.id)
            assert here.step("website").notes == "All about them"
            assert [n.text for n in here.step("call").review_notes] == ["Long hold"]
