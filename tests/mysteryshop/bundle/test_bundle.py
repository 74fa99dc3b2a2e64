"""Sharing sessions between laptops: a bundle carries everything, and merging loses nothing."""

from __future__ import annotations

import json
import os
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.bundle.merge import Outcome, leader_work
from mysteryshop.errors import BundleCancelledError, BundleError, NotFoundError
from mysteryshop.model import Session
from tests.bundles import Laptop
from tests.conftest import small_disk


def everything(session: Session) -> tuple[object, ...]:
    """All a session holds, without local row ids or file names."""
    keys = {s.key for s in session.steps}
    return (
        leader_work(session, keys), session.reviewer, session.edited_at, session.reviewed_at,
        session.felt_total, session.gap_total, session.demo,
        [(s.key, s.position, s.title, s.review_points, s.blind_review_points,
          [(n.offset_seconds, n.text, n.created_at) for n in s.review_notes],
          [(r.status, r.started_at, r.timer_offset, r.samplerate, r.frames, r.overflows)
           for r in s.recordings]) for s in session.steps],
    )


def test_a_shared_session_arrives_whole_with_its_recordings(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    leader.review.set_reviewer(session, "Rae")
    leader.review.add_note(session, "call", 20.0, "Nobody said their name")
    leader.review.set_points(session, "call", -4)
    leader.review.confirm_blind(session, "call")
    leader.review.set_points(session, "call", -2)
    leader.service.set_prediction(session, "leader", -9, change_after_start=True)
    written = leader.share(tmp_path / "acme.mshop", session.id)
    assert (written.sessions, written.recordings, written.missing) == (1, 3, [])

    with zipfile.ZipFile(written.path) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        names = sorted(bundle.namelist())
    assert manifest["format"] == "mysteryshop-bundle" and manifest["version"] == 1
    shown = manifest["sessions"][0]
    assert shown["id"] == session.id and shown["felt_points"] == session.felt_total  # as show
    assert shown["reviewer"] == "Rae" and shown["recording_consent_at"] is not None
    assert shown["demo"] is True and shown["steps"][1]["blind_review_points"] == -4
    assert shown["steps"][4]["prediction_before_change"] is not None
    assert len(names) == 4 and all(len(f["sha256"]) == 64 for f in manifest["files"].values())

    report = reviewer.receive(written.path)
    assert [m.outcome for m in report.sessions] == [Outcome.ADDED]
    assert report.counts() == "1 added, 0 updated, 0 skipped"
    arrived = reviewer.session(session.id)
    assert everything(arrived) == everything(leader.session(session.id))
    for theirs, ours in zip((r for s in leader.session(session.id).steps for r in s.recordings),
                            (r for s in arrived.steps for r in s.recordings), strict=True):
        assert (reviewer.data_dir / ours.path).read_bytes() == (
            leader.data_dir / theirs.path).read_bytes()
        assert (reviewer.data_dir / ours.path).stat().st_mode & 0o777 == 0o600
    assert reviewer.repository.list_sessions()[0].felt_total == session.felt_total
    assert not list(reviewer.data_dir.glob(".import-*"))  # staging cleaned up


def test_staging_left_by_a_killed_import_is_cleared_later(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    stale, recent = reviewer.data_dir / ".import-stale", reviewer.data_dir / ".import-running"
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "00000.wav").write_bytes(b"RIFF")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    reviewer.receive(leader.share(tmp_path / "s.mshop", leader.demo().id).path)
    assert not stale.exists() and recent.exists()  # another import may still be using it


def test_importing_the_same_bundle_twice_changes_nothing(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    bundle = leader.share(tmp_path / "s.mshop", leader.demo().id).path
    reviewer.receive(bundle)
    before = reviewer.snapshot()
    report = reviewer.receive(bundle)
    assert [(m.outcome, m.reason) for m in report.sessions] == [
        (Outcome.SKIPPED, "already up to date")]
    assert reviewer.snapshot() == before
    # And the leader importing their own bundle back changes nothing either.
    before = leader.snapshot()
    assert leader.receive(bundle).counts() == "0 added, 0 updated, 1 skipped"
    assert leader.snapshot() == before


def test_a_newer_copy_updates_without_losing_local_reviewer_work(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    reviewer.receive(leader.share(tmp_path / "v1.mshop", session.id).path)
    # The reviewer works on their copy ...
    theirs = reviewer.session(session.id)
    reviewer.review.set_reviewer(theirs, "Rae")
    reviewer.review.add_note(theirs, "call", 30.0, "Loud hold music")
    reviewer.review.set_points(theirs, "call", -5)
    # ... while the leader changes their mind and a colleague reviews on the leader's laptop.
    mine = leader.session(session.id)
    leader.service.set_points(mine, "buy", 2)
    leader.review.add_note(mine, "problem", 12.0, "Transferred without a word")
    report = reviewer.receive(leader.share(tmp_path / "v2.mshop", session.id).path)

    [merge] = report.sessions
    assert merge.outcome is Outcome.UPDATED
    assert merge.changes == ["the leader's newer work", "1 reviewer note"]
    merged = reviewer.session(session.id)
    assert merged.step("buy").points == 2 and merged.felt_total == (session.felt_total or 0) - 3
    assert merged.reviewer == "Rae" and merged.step("call").review_points == -5
    assert sorted(n.text for s in merged.steps for n in s.review_notes) == [
        "Loud hold music", "Transferred without a word"]

    # The reviewer's copy goes back: the leader gains the review and keeps their own note.
    back = leader.receive(reviewer.share(tmp_path / "review.mshop", session.id).path)
    assert back.sessions[0].changes == ["reviewer Rae", "1 reviewer note", "1 reviewer rating"]
    assert everything(leader.session(session.id)) == everything(reviewer.session(session.id))


def test_an_older_copy_is_skipped_and_says_why(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    old = leader.share(tmp_path / "old.mshop", session.id).path
    leader.service.set_notes(leader.session(session.id), "call", "Second thoughts")
    reviewer.receive(leader.share(tmp_path / "new.mshop", session.id).path)
    before = reviewer.snapshot()
    report = reviewer.receive(old)
    assert report.lines() == [f"skipped: {report.sessions[0].label} "
                              "(the copy on this computer is newer)",
                              "0 added, 0 updated, 1 skipped"]
    assert reviewer.snapshot() == before
    assert reviewer.session(session.id).step("call").notes == "Second thoughts"


def test_a_round_is_shared_and_a_missing_recording_is_named(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    first, second = leader.demo(), leader.demo()
    other = leader.service.create("Bob", "Acme", "Round 2")
    gone = first.step("leader").recordings[0]
    (leader.data_dir / gone.path).unlink()
    written = leader.share(tmp_path / "r.mshop", round_label=first.round)
    assert written.sessions == 2 and written.recordings == 5
    assert written.missing == [str(leader.data_dir / gone.path)]
    report = reviewer.receive(written.path)
    assert report.counts() == "2 added, 0 updated, 0 skipped"
    assert {s.id for s in reviewer.repository.load_sessions()} == {first.id, second.id}
    kept = reviewer.session(first.id).step("leader").recordings[0]
    assert kept.frames == gone.frames and not (reviewer.data_dir / kept.path).exists()
    with pytest.raises(NotFoundError):
        leader.share(tmp_path / "none.mshop", round_label="Round 9")
    assert other.round == "Round 2"


def test_cancelled_sharing_and_importing_leave_nothing(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    out = tmp_path / "out" / "s.mshop"
    with pytest.raises(BundleCancelledError):
        leader.sharing.share(out, session_ids=[session.id], cancelled=lambda: True)
    assert not out.parent.exists() or not list(out.parent.iterdir())
    bundle = leader.share(out, session.id).path
    before = reviewer.snapshot()
    with pytest.raises(BundleCancelledError, match="nothing changed"):
        reviewer.receive(bundle, cancelled=lambda: True)
    assert reviewer.snapshot() == before and not list(reviewer.data_dir.glob(".import-*"))


def test_sharing_onto_a_full_disk_is_a_clear_error_and_leaves_nothing(
        leader: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    with small_disk(tmp_path / "stick", "1m") as stick:
        old = stick / "s.mshop"
        old.write_bytes(b"last week's bundle")
        with pytest.raises(BundleError, match=r"Could not write .*s\.mshop: No space left on "
                                              r"device\. Nothing was written\."):
            leader.share(old, session.id)
        assert old.read_bytes() == b"last week's bundle"
        assert [p.name for p in stick.iterdir()] == ["s.mshop"]


def test_importing_onto_a_full_disk_is_refused_and_changes_nothing(
        leader: Laptop, tmp_path: Path) -> None:
    bundle = leader.share(tmp_path / "s.mshop", leader.demo().id).path
    with small_disk(tmp_path / "small", "2m") as folder:
        target = Laptop(folder / "data")
        target.service.create("Ann", "Acme", "R1")
        before = target.snapshot()
        with pytest.raises(BundleError, match=r"holds \d+ MB of recordings and only \d+ MB is "
                                              r"free on the disk of the data folder\. Nothing"):
            target.receive(bundle)
        assert target.snapshot() == before and not list(target.data_dir.glob(".import-*"))
        target.close()


def test_what_we_write_we_read_long_and_repetitive_notes(leader: Laptop, reviewer: Laptop,
                                                         tmp_path: Path) -> None:
    session = leader.service.create("Ann", "Acme", "R1")
    leader.service.set_notes(session, "website", "x" * 1_000_001)
    leader.service.set_notes(session, "call", "on hold again. " * 70_000)  # 1 MiB, 300x
    written = leader.share(tmp_path / "long.mshop", session.id)
    report = reviewer.receive(written.path)
    assert report.counts() == "1 added, 0 updated, 0 skipped"
    assert len(reviewer.session(session.id).step("website").notes) == 1_000_001


def test_what_the_reader_would_refuse_the_writer_refuses_first(
        leader: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mysteryshop.bundle import writer
    from mysteryshop.bundle.limits import MAX_TEXT, Limits

    session = leader.service.create("Ann", "Acme", "R1")
    leader.service.set_notes(session, "website", "x" * (MAX_TEXT + 1))
    with pytest.raises(BundleError, match="a text is longer than a bundle may carry"):
        leader.share(tmp_path / "too-long.mshop", session.id)
    assert not (tmp_path / "too-long.mshop").exists()
    leader.service.set_notes(session, "website", "fine")
    others = [leader.service.create(f"L{i}", "Acme", "R1").id for i in range(30)]
    monkeypatch.setattr(writer, "Limits", lambda: Limits(manifest_bytes=50_000))
    with pytest.raises(BundleError, match=r"their description takes \d+ MB, more than a "
                                          r"bundle may hold .*Share a round"):
        leader.share(tmp_path / "many.mshop", session.id, *others)
    assert not list(tmp_path.glob("many.mshop*"))


def test_the_rounds_targets_travel_and_the_newer_one_wins(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    from mysteryshop.model import Target
    from mysteryshop.services.round_plan import RoundPlan

    session = leader.demo()
    ours, theirs = RoundPlan(leader.repository), RoundPlan(reviewer.repository)
    ours.set_target(session.round, "call", 7, "A person answers within three rings")
    ours.set_target("Another round", "call", 2)  # not this session's round: stays here
    reviewer.receive(leader.share(tmp_path / "a.mshop", session.id).path)
    assert theirs.targets(session.round) == {
        "call": Target(session.round, "call", 7, "A person answers within three rings")}
    assert theirs.targets("Another round") == {}
    time.sleep(0.01)
    theirs.set_target(session.round, "call", 8, "Uses my name")  # newer, on the reviewer's
    reviewer.receive(leader.share(tmp_path / "b.mshop", session.id).path)  # the older 7
    assert theirs.targets(session.round)["call"].points == 8
    leader.receive(reviewer.share(tmp_path / "c.mshop", session.id).path)
    assert ours.targets(session.round)["call"] == Target(session.round, "call", 8,
                                                          "Uses my name")


def test_findings_and_actions_travel_and_merge_by_id_the_newer_winning(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    from datetime import date

    from mysteryshop.loop import ActionStatus, CoreFactor
    from mysteryshop.services.loop import LoopService

    session = leader.demo()
    ours, theirs = LoopService(leader.repository, time.time), LoopService(
        reviewer.repository, time.time)
    hold = ours.add_finding(session.round, "Put on hold without asking", touchpoint="call",
                            session_id=session.id, offset_seconds=150.0,
                            factor=CoreFactor.PROCESS)
    ours.add_finding("Another round", "Not shared: another round")
    fix = ours.add_action("Ask before holding", (hold.id,), owner="Ben Okafor",
                          due=date(2027, 1, 15))
    bundle = leader.share(tmp_path / "a.mshop", session.id).path
    reviewer.receive(bundle)
    assert [f.text for f in theirs.findings()] == ["Put on hold without asking"]
    arrived = theirs.findings()[0]
    assert arrived == hold  # whole, its link to the session included
    assert theirs.actions() == [fix]
    time.sleep(0.01)
    done = theirs.update_action(theirs.actions()[0], status=ActionStatus.DONE)
    reviewer.receive(bundle)  # the older copy again: ours stays done
    assert theirs.actions()[0].status is ActionStatus.DONE
    before = reviewer.snapshot()
    reviewer.receive(bundle)  # and twice changes nothing
    assert reviewer.snapshot() == before
    leader.receive(reviewer.share(tmp_path / "b.mshop", session.id).path)
    assert ours.actions()[0] == done  # the newer work comes back


def test_customers_a_year_travel_with_the_rounds_and_the_newer_wins(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    leader.repository.set_reach(session.round, "call", 12_000)
    leader.repository.set_reach("Another round", "call", 5)  # not shared
    reviewer.receive(leader.share(tmp_path / "a.mshop", session.id).path)
    assert reviewer.repository.reach() == {(session.round, "call"): 12_000}
    time.sleep(0.01)
    reviewer.repository.set_reach(session.round, "call", 15_000)  # newer, there
    reviewer.receive(leader.share(tmp_path / "b.mshop", session.id).path)
    assert reviewer.repository.reach()[(session.round, "call")] == 15_000
    leader.receive(reviewer.share(tmp_path / "c.mshop", session.id).path)
    assert leader.repository.reach()[(session.round, "call")] == 15_000


def test_perception_responses_travel_with_their_points_and_the_finding_link(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:

    from mysteryshop.perception import Group, PerceptionPoint, Question
    from mysteryshop.services.loop import LoopService
    from mysteryshop.services.perception import PerceptionService

    session = leader.demo()
    ours = PerceptionService(leader.repository, time.time)
    theirs = PerceptionService(reviewer.repository, time.time)
    sheet = ours.add_response(session.round, Group.STAFF, source="Staff group 3",
                              overall=2, excellent=False, ratings={"call": -1},
                              points=[PerceptionPoint("", Question.IMPROVE, "Hold times",
                                                      "call", theme="Waiting on hold")])
    ours.add_response("Another round", Group.STAFF, overall=5)  # not shared
    finding = LoopService(leader.repository, time.time).add_finding(
        session.round, "Hold times", touchpoint="call", point_id=sheet.points[0].id)
    bundle = leader.share(tmp_path / "a.mshop", session.id).path
    reviewer.receive(bundle)
    assert theirs.responses() == [sheet]
    assert LoopService(reviewer.repository, time.time).findings() == [finding]
    time.sleep(0.01)
    edited = theirs.update_response(theirs.responses()[0], overall=-3)
    before = reviewer.snapshot()
    reviewer.receive(bundle)  # the older copy: ours stays; twice changes nothing
    assert reviewer.snapshot() == before and theirs.responses() == [edited]
    leader.receive(reviewer.share(tmp_path / "b.mshop", session.id).path)
    assert ours.responses(session.round)[0].overall == -3  # the newer work comes back

    refused_when_changed(bundle, reviewer, tmp_path, lambda m: m["perception"][0], (
        (lambda r: r.update(overall=11), "overall must be a whole number"),
        (lambda r: r.update(group="board"), "group must be one of"),
        (lambda r: r["points"][0].update(text=""), "must be a text of at most"),
        (lambda r: r["ratings"].append({"key": "call", "points": 1}), "is rated twice"),
        (lambda r: r["points"][0].update(id="../x"), "must be letters, digits")))


def refused_when_changed(bundle: Path, reviewer: Laptop, tmp_path: Path,
                         part: Callable[[dict[str, Any]], Any],
                         changes: Sequence[tuple[Callable[[Any], object], str]]) -> None:
    """Each change to `part` of the bundle's manifest is refused with its problem."""
    with zipfile.ZipFile(bundle) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    for change, problem in changes:
        manifest = json.loads(entries["manifest.json"])
        change(part(manifest))
        hostile = tmp_path / "hostile.mshop"
        with zipfile.ZipFile(hostile, "w") as target:
            for name, data in entries.items():
                target.writestr(name, json.dumps(manifest).encode()
                                if name == "manifest.json" else data)
        with pytest.raises(BundleError, match=problem):
            reviewer.receive(hostile)


def test_the_leaders_word_on_an_earlier_fix_travels_with_the_session(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    from mysteryshop.services.loop import LoopService
    from mysteryshop.services.session_flow import SessionService

    flow = SessionService(leader.repository)
    first = flow.create("Ana Rivera", "Acme", "Round 1")
    ours = LoopService(leader.repository, time.time)
    hold = ours.add_finding("Round 1", "Put on hold without asking", touchpoint="call",
                            session_id=first.id)
    time.sleep(0.01)
    later = flow.create("Ana Rivera", "Acme", "Round 2")
    ours.set_held(later, hold.id, False)
    # The later session alone: the earlier round's finding it speaks of comes along.
    reviewer.receive(leader.share(tmp_path / "a.mshop", later.id).path)
    theirs = LoopService(reviewer.repository, time.time)
    assert theirs.follow_up()["call"].not_held == 1
    assert theirs.findings()[0].session_id is None  # its session is not here yet
    reviewer.receive(leader.share(tmp_path / "c.mshop", first.id).path)
    assert theirs.findings()[0].session_id == first.id  # linked once it came
    time.sleep(0.01)
    ours.set_held(flow.open(later.id), hold.id, True)  # the leader changes their mind
    reviewer.receive(leader.share(tmp_path / "b.mshop", later.id).path)
    assert theirs.follow_up()["call"].held == 1 and theirs.follow_up()["call"].not_held == 0


def test_a_team_template_travels_with_the_sessions_run_with_it(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    from dataclasses import replace

    from mysteryshop.model import StepKind
    from mysteryshop.services.templates import TemplateService
    from mysteryshop.template_file import Question, StepTemplate
    from mysteryshop.templates import built_in_template, step_template

    chat = StepTemplate("chat", "Chat", "Ask in the live chat", StepKind.MESSAGE,
                        "", (), "", "", (Question("chat-fast", "Answered fast?"),))
    ours = TemplateService(leader.repository)
    template = ours.save(replace(built_in_template(), id="acme", name="Acme",
                                 steps=(*built_in_template().steps, chat)))
    session = leader.service.create("Ann", "Acme", "Round 2", template=template)
    bundle = leader.share(tmp_path / "s.mshop", session.id).path
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert [t["id"] for t in manifest["templates"]] == ["acme"]
    reviewer.receive(bundle)
    theirs = TemplateService(reviewer.repository)
    assert theirs.get("acme", 1) == template
    arrived = reviewer.session(session.id)
    step = step_template(arrived, "chat")
    assert step is not None and step.title == "Ask in the live chat"
    assert reviewer.receive(bundle).sessions[0].outcome.value == "skipped"  # again: nothing

    manifest["templates"][0]["steps"][0]["kind"] = "fax"
    hostile = tmp_path / "hostile.mshop"
    with zipfile.ZipFile(bundle) as z, zipfile.ZipFile(hostile, "w") as out:
        for item in z.infolist():
            out.writestr(item, json.dumps(manifest) if item.filename == "manifest.json"
                         else z.read(item.filename))
    with pytest.raises(BundleError, match=r"templates\[0\] is not a valid template"):
        reviewer.receive(hostile)
