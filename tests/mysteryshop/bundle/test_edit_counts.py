"""Which copy of a session is newer is counted, not read off a clock: a laptop whose
clock is wrong still delivers its newer work, a forged count cannot overwrite ours, and
work changed on both sides is kept on each side and said, never dropped in silence."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.bundle.merge import Order, Outcome, compare_versions
from mysteryshop.storage.repository import Repository
from tests.bundles import Laptop


def rewrite(bundle: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """The same bundle with its first session's manifest record changed."""
    with zipfile.ZipFile(bundle) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(entries["manifest.json"])
    change(manifest["sessions"][0])
    entries["manifest.json"] = json.dumps(manifest).encode()
    out = bundle.with_name("changed-" + bundle.name)
    with zipfile.ZipFile(out, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)
    return out


def test_each_database_names_itself_and_counts_only_leader_edits(
        leader: Laptop, reviewer: Laptop) -> None:
    device = leader.repository.device
    assert len(device) == 32 and device != reviewer.repository.device
    session = leader.service.create("Ann", "Acme", "R1")
    first = leader.session(session.id).versions
    assert first == {device: first[device]} and first[device] >= 1
    leader.service.set_notes(session, "call", "They kept me waiting")
    leader.service.set_points(session, "call", -4)
    after_edits = leader.session(session.id).versions[device]
    assert after_edits >= first[device] + 2
    leader.review.add_note(leader.session(session.id), "call", 3.0, "a reviewer's note")
    assert leader.session(session.id).versions[device] == after_edits  # not a leader edit
    leader.close()
    assert Repository.open(leader.db_path).device == device  # kept with the database


def test_a_newer_copy_from_a_laptop_whose_clock_is_behind_still_comes_in(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.service.create("Ann", "Acme", "R1")
    reviewer.receive(leader.share(tmp_path / "v1.mshop", session.id).path)
    leader.service.set_notes(leader.session(session.id), "call", "Second thoughts")
    bundle = leader.share(tmp_path / "v2.mshop", session.id).path
    # The leader's laptop runs two hours behind: its newer edit looks older than the copy
    # the reviewer holds. An ordering by clocks would skip it.
    slow = rewrite(bundle, lambda s: s.update(edited_at=s["edited_at"] - 7200))
    report = reviewer.receive(slow)
    assert report.counts() == "0 added, 1 updated, 0 skipped", report.lines()
    assert reviewer.session(session.id).step("call").notes == "Second thoughts"


def test_work_changed_on_both_sides_is_kept_on_each_and_said(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.service.create("Ann", "Acme", "R1")
    reviewer.receive(leader.share(tmp_path / "v1.mshop", session.id).path)
    leader.service.set_notes(leader.session(session.id), "call", "the leader's words")
    reviewer.service.set_notes(reviewer.session(session.id), "call", "typed on the other")

    to_reviewer = reviewer.receive(leader.share(tmp_path / "a.mshop", session.id).path)
    to_leader = leader.receive(reviewer.share(tmp_path / "b.mshop", session.id).path)
    for report, kept, laptop in ((to_reviewer, "typed on the other", reviewer),
                                 (to_leader, "the leader's words", leader)):
        [merge] = report.sessions
        assert merge.outcome is Outcome.SKIPPED
        assert "changed both here and on the computer it came from" in report.lines()[0]
        assert "theirs was not taken" in report.lines()[0]
        assert laptop.session(session.id).step("call").notes == kept


def test_a_copy_that_claims_edits_this_computer_never_made_is_not_taken(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.service.create("Ann", "Acme", "R1")
    reviewer.receive(leader.share(tmp_path / "v1.mshop", session.id).path)
    mine = reviewer.repository.device

    def forge(record: dict[str, Any]) -> None:
        """Counts that beat every copy: the sender's own, and 'ours', inflated."""
        record["versions"] = {k: v + 1000 for k, v in record["versions"].items()} | {
            mine: 1000}
        record["leader"] = "Mallory"

    forged = reviewer.receive(rewrite(leader.share(tmp_path / "v2.mshop", session.id).path,
                                      forge))
    assert forged.counts() == "0 added, 0 updated, 1 skipped"
    assert "claims more edits made on this computer" in forged.lines()[0]
    assert reviewer.session(session.id).leader == "Ann"


def test_a_copy_from_before_edit_counts_is_ordered_by_its_edit_time(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.service.create("Ann", "Acme", "R1")
    reviewer.receive(leader.share(tmp_path / "v1.mshop", session.id).path)
    leader.service.set_notes(leader.session(session.id), "call", "newer, from an old app")
    bundle = leader.share(tmp_path / "v2.mshop", session.id).path
    report = reviewer.receive(rewrite(bundle, lambda s: s.pop("versions")))
    assert report.counts() == "0 added, 1 updated, 0 skipped"
    assert reviewer.session(session.id).step("call").notes == "newer, from an old app"


@pytest.mark.parametrize(("ours", "theirs", "order"), [
    ({"a": 1}, {"a": 1}, Order.SAME),
    ({"a": 2}, {"a": 1}, Order.OURS),
    ({"a": 1}, {"a": 1, "b": 1}, Order.THEIRS),
    ({"a": 2, "b": 1}, {"a": 1, "b": 2}, Order.BOTH),
    ({}, {"b": 1}, Order.THEIRS),
])
def test_edit_counts_compare_as_version_vectors(
        ours: dict[str, int], theirs: dict[str, int], order: Order) -> None:
    assert compare_versions(ours, theirs) is order
