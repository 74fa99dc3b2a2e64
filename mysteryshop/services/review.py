"""The reviewer's second opinion: name, timed notes, a blind rating, and agreement."""

from __future__ import annotations

from mysteryshop.errors import MysteryShopError
from mysteryshop.measures import Agreement, reviewer_agreement
from mysteryshop.model import Marker, Recording, ReviewNote, Session, Step, check_points
from mysteryshop.services.session_flow import SessionService
from mysteryshop.text import storable

__all__ = ["Agreement", "ReviewService", "audacity_labels"]


class ReviewService:
    def __init__(self, sessions: SessionService) -> None:
        self.sessions = sessions
        self.repository = sessions.repository

    def set_reviewer(self, session: Session, name: str) -> None:
        name = storable(name)
        self.repository.update_session(session.id, reviewer=name)
        session.reviewer = name

    def set_points(self, session: Session, key: str, points: int | None) -> None:
        """The reviewer's rating as it stands (before a blind confirmation, or after)."""
        points = check_points(points)
        self.repository.update_step(session.id, key, review_points=points)
        session.step(key).review_points = points

    def confirm_blind(self, session: Session, key: str) -> None:
        """Fix the reviewer's rating as their blind one; only then is the leader's shown.

        Given once: a rating changed after the reveal stays marked as changed, and
        agreement is measured from this one.
        """
        step = session.step(key)
        if step.review_points is None:
            raise MysteryShopError("Rate the step first, then confirm your rating.")
        if step.blind_review_points is not None:
            return
        self.repository.update_step(session.id, key, blind_review_points=step.review_points)
        step.blind_review_points = step.review_points

    def add_note(self, session: Session, key: str, step_offset: float, text: str) -> ReviewNote:
        """A note at a moment of the step (the play position, on the step's timeline)."""
        text = storable(text.strip())
        note = self.repository.add_review_note(session.id, key, max(0.0, step_offset), text,
                                               self.sessions.clock())
        step = session.step(key)
        step.review_notes = sorted([*step.review_notes, note],
                                   key=lambda n: (n.offset_seconds, n.id))
        return note

    def delete_note(self, session: Session, key: str, note_id: int) -> None:
        self.repository.delete_review_note(note_id)
        step = session.step(key)
        step.review_notes = [n for n in step.review_notes if n.id != note_id]

    @staticmethod
    def leader_rating_visible(step: Step, blind: bool) -> bool:
        """Blind review hides the leader's rating until the reviewer has confirmed theirs."""
        return not blind or step.blind_review_points is not None

    @staticmethod
    def changed_after_reveal(step: Step) -> bool:
        return (step.blind_review_points is not None
                and step.review_points != step.blind_review_points)

    @staticmethod
    def agreement(session: Session) -> Agreement:
        """From the blind rating where there is one (see measures.reviewer_agreement)."""
        return reviewer_agreement(session)


def audacity_labels(recording: Recording, markers: list[Marker], notes: list[ReviewNote],
                    marker_label: dict[str, str] | None = None) -> str:
    """An Audacity label track: "start<TAB>end<TAB>label" per line, seconds in the file.

    Only what falls inside this recording is written, at its offset in the file.
    """
    names = marker_label or {}
    rows: list[tuple[float, str]] = []
    for marker in markers:
        if recording.covers(marker.offset_seconds):
            label = names.get(marker.kind.value, marker.kind.value.replace("_", " "))
            rows.append((recording.file_offset(marker.offset_seconds),
                         f"{label}: {marker.text}" if marker.text else label))
    for note in notes:
        if recording.covers(note.offset_seconds):
            rows.append((recording.file_offset(note.offset_seconds), f"Reviewer: {note.text}"))
    rows.sort()
    return "".join(f"{t:.6f}\t{t:.6f}\t{_one_line(text)}\n" for t, text in rows)


def _one_line(text: str) -> str:
    return " ".join(text.split())
