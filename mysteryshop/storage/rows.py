"""Turning table rows into domain records and values into column values."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import UTC, datetime
from typing import Any

from mysteryshop.model import (
    CallMeasures,
    Marker,
    MarkerKind,
    Session,
    SessionStatus,
    Step,
    Verdict,
)

logger = logging.getLogger(__name__)


# What a damaged date (one an older version let in) reads as: the list and the exports
# go on, with that session first in time, instead of failing for every session.
DAMAGED_MOMENT = datetime(1970, 1, 1, tzinfo=UTC)
_SANE_YEARS = range(1971, 2200)


def moment_from_text(text: str | None) -> datetime:
    """A stored date and time, or DAMAGED_MOMENT when it cannot be one (logged)."""
    try:
        moment = datetime.fromisoformat(text or "")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if moment.year in _SANE_YEARS and moment.astimezone(UTC).year in _SANE_YEARS:
            return moment
    except (ValueError, OverflowError):
        pass
    logger.warning("A damaged date in the database: %r", (text or "")[:40])
    return DAMAGED_MOMENT


def sql_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def session_from_row(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        leader=row["leader"],
        company=row["company"],
        round=row["round"],
        website=row["website"],
        phone=row["phone"],
        started_at=moment_from_text(row["started_at"]),
        finished_at=moment_from_text(row["finished_at"]) if row["finished_at"] else None,
        status=SessionStatus(row["status"]),
        verdict=Verdict(row["verdict"]) if row["verdict"] else None,
        surprised=row["surprised"],
        current_page=row["current_page"],
        recording_consent_at=row["recording_consent_at"],
        reviewer=row["reviewer"],
        demo=bool(row["demo"]),
        edited_at=row["edited_at"],
        reviewed_at=row["reviewed_at"],
        versions=versions_from_text(row["versions"]),
        template_id=row["template_id"],
        template_version=row["template_version"],
    )


def versions_from_text(text: str | None) -> dict[str, int]:
    """A session's edit counts; a damaged value counts as none (the clock decides then)."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items()
            if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0}


def step_from_row(r: sqlite3.Row) -> Step:
    return Step(
        key=r["key"],
        position=r["position"],
        title=r["title"],
        predicted_points=r["predicted_points"],
        points=r["points"],
        notes=r["notes"],
        timer_stopped=bool(r["timer_stopped"]),
        review_points=r["review_points"],
        blind_review_points=r["blind_review_points"],
        prediction_changed_at=r["prediction_changed_at"],
        prediction_before_change=r["prediction_before_change"],
        measures=CallMeasures(
            rings=r["rings"],
            answer_seconds=r["answer_seconds"],
            hold_total_seconds=r["hold_total_seconds"],
            hold_longest_seconds=r["hold_longest_seconds"],
            holds=r["holds"],
            transfers=r["transfers"],
            helped_seconds=r["helped_seconds"],
            asked_need=r["asked_need"],
            pitched=r["pitched"],
        ),
    )


def marker_from_row(r: sqlite3.Row) -> Marker:
    return Marker(r["id"], marker_kind(r["kind"]), r["offset_seconds"], r["at"], r["text"])


_MARKER_KINDS = {kind.value: kind for kind in MarkerKind}


def marker_kind(value: str) -> MarkerKind:
    """MarkerKind(value) without the enum's lookup machinery (thousands per step)."""
    return _MARKER_KINDS.get(value) or MarkerKind(value)


# -- and back: domain records to column values --------------------------------------


def session_values(s: Session) -> dict[str, Any]:
    """The leader's columns of a session (not its id, start, page or review columns)."""
    return {
        "leader": s.leader, "company": s.company, "round": s.round, "website": s.website,
        "phone": s.phone, "finished_at": s.finished_at.isoformat() if s.finished_at else None,
        "status": s.status.value, "verdict": s.verdict.value if s.verdict else None,
        "surprised": s.surprised, "recording_consent_at": s.recording_consent_at,
        "demo": int(s.demo), "template_id": s.template_id,
        "template_version": s.template_version,
    }


def step_values(s: Step) -> dict[str, Any]:
    """The leader's columns of a step, its call measures included."""
    return {"predicted_points": s.predicted_points, "points": s.points, "notes": s.notes,
            "timer_stopped": int(s.timer_stopped),
            "prediction_changed_at": s.prediction_changed_at,
            "prediction_before_change": s.prediction_before_change,
            **measures_values(s.measures)}


def measures_values(m: CallMeasures) -> dict[str, Any]:
    return {
        "rings": m.rings, "answer_seconds": m.answer_seconds,
        "hold_total_seconds": m.hold_total_seconds,
        "hold_longest_seconds": m.hold_longest_seconds, "holds": m.holds,
        "transfers": m.transfers, "helped_seconds": m.helped_seconds,
        "asked_need": m.asked_need, "pitched": m.pitched,
    }
