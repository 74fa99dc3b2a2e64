"""The reviewer's second opinion: blind until rated, notes on the step timeline, agreement."""

from __future__ import annotations

import pytest

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import Marker, MarkerKind, Recording, RecordingStatus, ReviewNote
from mysteryshop.services.review import ReviewService, audacity_labels
from mysteryshop.services.session_flow import SessionService


def test_blind_review_shows_the_leader_rating_only_after_the_reviewer_confirms(
    service: SessionService,
) -> None:
    reviews = ReviewService(service)
    session = service.create("Ann", "Acme", "R1")
    service.set_points(session, "call", -4)
    step = session.step("call")
    assert not reviews.leader_rating_visible(step, blind=True)
    assert reviews.leader_rating_visible(step, blind=False)
    with pytest.raises(MysteryShopError, match="Rate the step first"):
        reviews.confirm_blind(session, "call")
    reviews.set_points(session, "call", 0)  # a first touch, then a real opinion
    reviews.set_points(session, "call", -7)
    assert not reviews.leader_rating_visible(step, blind=True)
    reviews.confirm_blind(session, "call")
    assert reviews.leader_rating_visible(step, blind=True)
    assert not reviews.changed_after_reveal(step)
    reviews.set_points(session, "call", -4)  # swayed by the leader's rating
    reviews.confirm_blind(session, "call")  # the blind one is given once
    stored = service.repository.get_session(session.id).step("call")
    assert (stored.review_points, stored.blind_review_points) == (-4, -7)
    assert reviews.changed_after_reveal(stored)
    assert reviews.agreement(stored_session := service.repository.get_session(session.id)
                             ).differences == {"call": -3}
    assert stored_session.reviewed_at is not None


def test_notes_and_name_are_stored_at_once(service: SessionService) -> None:
    reviews = ReviewService(service)
    session = service.create("Ann", "Acme", "R1")
    reviews.set_reviewer(session, "Rae Viewer")
    late = reviews.add_note(session, "problem", 97.5, "  long silence, no apology ")
    early = reviews.add_note(session, "problem", 12.0, "friendly greeting")
    stored = service.repository.get_session(session.id)
    assert stored.reviewer == "Rae Viewer"
    assert [(n.offset_seconds, n.text) for n in stored.step("problem").review_notes] == [
        (12.0, "friendly greeting"), (97.5, "long silence, no apology")]
    reviews.delete_note(session, "problem", late.id)
    assert [n.id for n in session.step("problem").review_notes] == [early.id]
    assert service.repository.get_session(session.id).step("problem").review_notes == [early]


def test_agreement_per_step_and_overall(service: SessionService) -> None:
    reviews = ReviewService(service)
    session = service.create("Ann", "Acme", "R1")
    for key, leader, reviewer in (("call", -3, -6), ("problem", 2, 3), ("leader", 5, None)):
        service.set_points(session, key, leader)
        reviews.set_points(session, key, reviewer)
    agreement = reviews.agreement(session)
    assert agreement.differences == {"call": -3, "problem": 1}
    assert agreement.mean_absolute == 2.0


def test_audacity_labels_hold_what_falls_in_the_recording_at_file_offsets() -> None:
    recording = Recording(1, "s", "call", "r.wav", RecordingStatus.COMPLETE, 0.0,
                          timer_offset=10.0, samplerate=8000, frames=8000 * 60)
    markers = [
        Marker(1, MarkerKind.RING, 5.0, 0),  # before the recording began
        Marker(2, MarkerKind.ANSWERED, 24.0, 0),
        Marker(3, MarkerKind.NOTE, 40.5, 0, "hold music\tloud"),
    ]
    notes = [ReviewNote(1, 30.0, "no apology", 0), ReviewNote(2, 90.0, "after the end", 0)]
    text = audacity_labels(recording, markers, notes, {"answered": "Answered"})
    assert text.splitlines() == [
        "14.000000\t14.000000\tAnswered",
        "20.000000\t20.000000\tReviewer: no apology",
        "30.500000\t30.500000\tnote: hold music loud",
    ]
