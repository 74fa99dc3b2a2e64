"""Recordings in bundles: a deleted one comes back, a crash-interrupted one arrives
repaired, what the audio told travels with them, and a finished recording's kept hash is
reused while its file is unchanged (the reader still checks every byte)."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from mysteryshop.errors import BundleError
from tests.bundles import Laptop
from tests.mysteryshop.bundle.test_bundle import refused_when_changed


def test_a_deleted_recording_comes_back_from_a_bundle(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    session = leader.demo()
    bundle = leader.share(tmp_path / "s.mshop", session.id).path
    reviewer.receive(bundle)
    lost = reviewer.session(session.id).step("call").recordings[0]
    original = (reviewer.data_dir / lost.path).read_bytes()
    (reviewer.data_dir / lost.path).unlink()
    report = reviewer.receive(bundle)
    assert report.sessions[0].changes == ["1 recording"]
    assert (reviewer.data_dir / lost.path).read_bytes() == original


def test_a_recording_shared_before_its_crash_was_repaired_arrives_repaired(
        tmp_path: Path, reviewer: Laptop) -> None:
    """The leader's app was killed mid-call and they shared before restarting it."""
    from mysteryshop.model import RecordingStatus
    from tests.audio_fakes import record_then_kill
    from tests.conftest import ROOT

    leader_dir = tmp_path / "killed"
    leader_dir.mkdir()
    captured = record_then_kill(leader_dir, "call", 1.0, ROOT)
    leader = Laptop(leader_dir)
    [interrupted] = leader.repository.recordings()
    assert interrupted.status is RecordingStatus.RECORDING
    bundle = leader.share(tmp_path / "s.mshop", interrupted.session_id).path
    leader.close()
    reviewer.receive(bundle)
    [arrived] = reviewer.repository.recordings()
    assert arrived.status is RecordingStatus.RECOVERED
    assert abs(arrived.frames - captured) <= 48_000  # within a second, as after a local crash


def test_what_the_audio_told_travels_with_the_recordings(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    from mysteryshop.call_events import EventKind, EventStatus, RedactWith
    from mysteryshop.services.call_events import (
        CallEventsService,
        analyze_in_folder,
        redact_in_folder,
    )

    session = leader.demo()
    step = session.step("call")
    recording = step.recordings[0]
    folder = leader.sharing.folder
    analyze_in_folder(folder, recording, time.time)
    ours = CallEventsService(leader.repository, time.time)
    events = ours.events(session.id, "call")
    ours.decide([e for e in events if e.kind is EventKind.RING], True, "Rae")
    ours.decide([e for e in events if e.kind is EventKind.ANSWERED], False, "Rae")
    start = recording.timer_offset + 30
    redact_in_folder(folder, recording, start, start + 5, RedactWith.SILENCE, "name said",
                     "Rae", time.time)
    bundle = leader.share(tmp_path / "a.mshop", session.id).path
    reviewer.receive(bundle)
    theirs = CallEventsService(reviewer.repository, time.time)
    arrived = theirs.events(session.id, "call")
    assert [(e.kind, e.offset_seconds, e.status, e.decided_by) for e in arrived] == [
        (e.kind, e.offset_seconds, e.status, e.decided_by)
        for e in ours.events(session.id, "call")]
    (log,) = theirs.redactions(session.id, "call")
    assert (log.start_seconds, log.how, log.reason, log.done_by) == (start, "silence",
                                                                     "name said", "Rae")
    shared = reviewer.session(session.id).step("call")
    assert theirs.measures(shared).rings == sum(e.kind is EventKind.RING for e in arrived)
    before = reviewer.snapshot()
    reviewer.receive(bundle)  # twice changes nothing
    assert reviewer.snapshot() == before
    # A later decision made there comes back; an undecided copy does not undo it here.
    time.sleep(0.01)
    pending = next(e for e in arrived if e.status is EventStatus.SUGGESTED)
    theirs.decide([pending], True, "Sam")
    leader.receive(reviewer.share(tmp_path / "b.mshop", session.id).path)
    back = next(e for e in ours.events(session.id, "call") if e.kind is pending.kind
                and e.offset_seconds == pending.offset_seconds)
    assert (back.status, back.decided_by) == (EventStatus.ACCEPTED, "Sam")

    refused_when_changed(bundle, reviewer, tmp_path, lambda m: m["audio"], (
        (lambda a: a["events"][0].update(kind="music"), "kind must be one of"),
        (lambda a: a["redactions"][0].update(end_seconds=1.0, start_seconds=2.0),
         "must come after start_seconds"),
        (lambda a: a["analyses"][0].update(result="x"), "must be an object")))


def test_a_finished_recordings_hash_is_reused_while_its_file_is_unchanged(
        leader: Laptop, reviewer: Laptop, tmp_path: Path) -> None:
    """Sharing takes the hash kept from when the recording was finished; importing still
    checks every byte, so a file altered behind the hash's back (same size, same time)
    is refused on arrival, and one that visibly changed is hashed again."""
    import hashlib

    from mysteryshop.file_digest import digest_file

    session = leader.demo()
    recording = session.step("call").recordings[0]
    path = leader.data_dir / recording.path
    leader.repository.set_recording_digest(recording.id, digest_file(path))
    kept = leader.session(session.id).step("call").recordings[0].digest
    assert kept is not None and kept.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()

    stat = path.stat()
    altered = bytearray(path.read_bytes())
    altered[-1] ^= 0xFF  # the last sample, as a careless tool might
    path.write_bytes(bytes(altered))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # its time put back
    bundle = leader.share(tmp_path / "stale.mshop", session.id).path
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert kept.sha256 in {f["sha256"] for f in manifest["files"].values()}  # reused
    with pytest.raises(BundleError, match="does not match its manifest"):
        reviewer.receive(bundle)

    os.utime(path)  # now it looks changed: hashed again on the way, and it arrives
    bundle = leader.share(tmp_path / "fresh.mshop", session.id).path
    assert reviewer.receive(bundle).sessions[0].incoming.id == session.id
    assert (reviewer.data_dir / recording.path).read_bytes() == bytes(altered)
