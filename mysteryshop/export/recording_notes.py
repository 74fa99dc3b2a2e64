"""What the exports say about each call recording besides its sound: when the leader
confirmed they may record it (and the words), which stretches were bleeped or silenced
(when, by whom, why), and whether its audio was deleted. The workbook puts them in cells,
the meeting pack sums them up on each session's page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from mysteryshop.call_events import Redaction
from mysteryshop.measures import format_duration
from mysteryshop.model import Session, Step

Redactions = Mapping[tuple[str, str], Sequence[Redaction]]  # by (session id, step key)


def _when(instant: float) -> str:
    return datetime.fromtimestamp(instant).strftime("%Y-%m-%d %H:%M")


def consent_lines(step: Step) -> list[str]:
    """When the leader confirmed they may record each call, and the words (recordings
    from before per-call consent were confirmed for the whole session)."""
    return [f"{_when(r.consent_at)}: {r.consent_text or 'confirmed for the session'}"
            for r in step.recordings if r.consent_at is not None]


def redaction_text(r: Redaction) -> str:
    """"1:40–1:42 bleep, Card number (2026-11-20 10:02, Rae)", on the step's timeline."""
    why = f", {r.reason}" if r.reason else ""
    who = f", {r.done_by}" if r.done_by else ""
    return (f"{format_duration(r.start_seconds)}–{format_duration(r.end_seconds)} "
            f"{r.how}{why} ({_when(r.at)}{who})")


def recordings_summary(session: Session, redactions: Redactions) -> str | None:
    """The session's recordings in a phrase, for the team (the workbook has each one's
    details): "3 recordings · consent confirmed for 1 of 3 · 1 stretch redacted (card
    number) · audio of 1 deleted"; None when nothing was recorded."""
    recordings = [r for step in session.steps for r in step.recordings]
    if not recordings:
        return None
    count = len(recordings)
    parts = [f"{count} recording{'s' if count > 1 else ''}"]
    consented = sum(r.consent_at is not None for r in recordings)
    if consented:
        parts.append("consent confirmed for each call" if consented == count
                     else f"consent confirmed for {consented} of {count}")
    elif session.recording_consent_at is not None:
        parts.append("consent confirmed for the session")
    else:
        parts.append("no consent recorded")
    cut = [r for step in session.steps for r in redactions.get((session.id, step.key), ())]
    if cut:
        reasons = ", ".join(dict.fromkeys(r.reason for r in cut if r.reason))
        parts.append(f"{len(cut)} stretch{'es' if len(cut) > 1 else ''} redacted"
                     + (f" ({reasons})" if reasons else ""))
    deleted = sum(r.deleted_at is not None for r in recordings)
    if deleted:
        parts.append(f"audio of {deleted} deleted")
    return " · ".join(parts)
