"""Call events found in a recording are suggestions: accepted or rejected by a person,
kept through a second analysis, measured as from the audio, and nobody's edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from mysteryshop.call_events import EventKind, EventStatus
from mysteryshop.errors import AudioError
from mysteryshop.model import MarkerKind
from mysteryshop.services.app_services import AppServices


def test_the_demo_call_is_analysed_and_its_events_decided(services: AppServices) -> None:
    demo = services.library.add_demo()
    step = next(s for s in demo.steps if s.recordings and any(
        m.kind is MarkerKind.ON_HOLD for m in s.markers))
    recording = step.recordings[0]
    versions = services.library.get(demo.id).versions
    found = services.analyze_recording(recording)
    events = services.call_events.events(demo.id, step.key)
    assert found == len(events) > 0
    assert all(e.status is EventStatus.SUGGESTED for e in events)
    kinds = [e.kind for e in events]
    rings = [m for m in step.markers if m.kind is MarkerKind.RING]
    assert kinds.count(EventKind.RING) == len(rings)
    for event, marker in zip([e for e in events if e.kind is EventKind.RING], rings,
                             strict=True):  # the demo's audio rings where its markers say
        assert abs(event.offset_seconds - marker.offset_seconds) <= 0.3
    hold = next(m for m in step.markers if m.kind is MarkerKind.ON_HOLD)
    on_hold = next(e for e in events if e.kind is EventKind.ON_HOLD)
    assert abs(on_hold.offset_seconds - hold.offset_seconds) <= 1.5
    assert services.call_events.measures(step).rings is None  # nothing accepted yet
    (ended,) = [e for e in events if e.kind is EventKind.ENDED]  # the call's last sound
    result = services.call_events.analysis(recording)
    assert result is not None
    assert ended.offset_seconds == pytest.approx(recording.step_offset(result["ended_at"]))
    assert max(e.end_seconds or e.offset_seconds for e in events) <= ended.offset_seconds
    assert ended.offset_seconds <= recording.timer_offset + recording.seconds

    rejected = next(e for e in events if e.kind is EventKind.ANSWERED)
    services.call_events.decide([rejected], accepted=False, by="Rae Reviewer")
    services.call_events.decide([e for e in events if e is not rejected], accepted=True,
                                by="Rae Reviewer")
    measures = services.call_events.measures(services.library.get(demo.id).step(step.key))
    assert measures.rings == len(rings) and measures.answer_seconds is None
    assert measures.hold_total is not None and measures.hold_total >= 3
    assert services.library.get(demo.id).versions == versions  # nobody's edit

    services.analyze_recording(recording)  # again: what was decided stays decided
    again = services.call_events.events(demo.id, step.key)
    assert [(e.kind, e.status) for e in again] == [(e.kind, e.status) for e in
                                                   services.call_events.events(demo.id,
                                                                               step.key)]
    assert next(e for e in again if e.kind is EventKind.ANSWERED).status is \
        EventStatus.REJECTED
    assert {e.decided_by for e in again} == {"Rae Reviewer"}
    services.library.delete([demo.id])
    assert services.call_events.events(demo.id, step.key) == []


def test_a_missing_recording_is_named(services: AppServices) -> None:
    demo = services.library.add_demo()
    recording = next(r for s in demo.steps for r in s.recordings)
    (services.folder.root / recording.path).unlink()
    with pytest.raises(AudioError, match="is missing; nothing was analysed"):
        services.analyze_recording(recording)


def test_a_stretch_is_redacted_in_the_file_and_logged(services: AppServices) -> None:
    import numpy as np
    import soundfile

    from mysteryshop.audio.waveform import cache_entry, cached_peaks
    from mysteryshop.call_events import RedactWith

    demo = services.library.add_demo()
    step = next(s for s in demo.steps if s.recordings)
    recording = step.recordings[0]
    path = services.folder.root / recording.path
    cached_peaks(path, services.folder.waveform_cache)
    old_cache = cache_entry(path, services.folder.waveform_cache)
    assert old_cache.exists()
    before, rate = soundfile.read(str(path), dtype="int16")
    start = recording.timer_offset + 30.0
    seconds = services.redact_recording(recording, start, start + 10.0, RedactWith.SILENCE,
                                        "card number read out", "Rae Reviewer")
    assert seconds == 10.0
    after, _ = soundfile.read(str(path), dtype="int16")
    assert after.shape == before.shape  # same length: every marker keeps its time
    assert not after[30 * rate:40 * rate].any()
    assert np.array_equal(after[:30 * rate], before[:30 * rate])
    assert not old_cache.exists()  # the old audio's waveform went with it
    (logged,) = services.call_events.redactions(demo.id, step.key)
    assert (logged.start_seconds, logged.end_seconds, logged.how) == (start, start + 10,
                                                                      "silence")
    assert (logged.reason, logged.done_by) == ("card number read out", "Rae Reviewer")
    assert services.call_events.analysis(recording) is not None  # listened to again
    from mysteryshop.file_digest import digest_file

    rehashed = services.library.get(demo.id).step(step.key).recordings[0].digest
    assert rehashed == digest_file(path)  # the new audio's hash, for sharing
    with pytest.raises(ValueError):
        services.redact_recording(recording, start, start, RedactWith.BLEEP, "", "")


def test_an_unredacted_original_is_kept_only_when_asked_and_never_shared(
        services: AppServices, tmp_path: Path) -> None:
    import zipfile

    from mysteryshop.call_events import RedactWith
    from mysteryshop.services.call_events import original_of

    demo = services.library.add_demo()
    step = next(s for s in demo.steps if s.recordings)
    recording = step.recordings[0]
    path = services.folder.root / recording.path
    start = recording.timer_offset + 5.0
    services.redact_recording(recording, start, start + 2, RedactWith.BLEEP, "", "")
    assert not original_of(path).exists()  # by default the audio is gone for good

    other = services.library.add_demo()
    recording = next(s for s in other.steps if s.recordings).recordings[0]
    path = services.folder.root / recording.path
    as_recorded = path.read_bytes()
    for at in (5.0, 20.0):  # the first original is the one kept
        services.redact_recording(recording, recording.timer_offset + at,
                                  recording.timer_offset + at + 2, RedactWith.BLEEP, "", "",
                                  keep_original=True)
    assert original_of(path).read_bytes() == as_recorded
    assert path.read_bytes() != as_recorded
    written = services.sharing.share(tmp_path / "out.mshop", session_ids=[other.id])
    with zipfile.ZipFile(written.path) as bundle:
        names = bundle.namelist()
        shared = [bundle.read(n) for n in names if n.endswith(".wav")]
    assert not any("unredacted" in n for n in names)
    assert path.read_bytes() in shared and as_recorded not in shared

    assert services.delete_audio([recording.id]) == 1
    assert not path.exists() and not original_of(path).exists()
