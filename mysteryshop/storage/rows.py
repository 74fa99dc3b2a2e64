"""Turning table rows into domain records and values into column values."""

from __future__ import annotations

import sqlite3
from datetime import datetime
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
        started_at=datetime.fromisoformat(row["started_at"]),
        finished_at=datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None,
        status=SessionStatus(row["status"]),
        verdict=Verdict(row["verdict"]) if row["verdict"] else None,
        surprised=row["surprised"],
        current_page=row["current_page"],
        recording_consent_at=row["recording_consent_at"],
        reviewer=row["reviewer"],
        edited_at=row["edited_at"],
        reviewed_at=row["reviewed_at"],
    )


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
    return Marker(r["id"], MarkerKind(r["kind"]), r["offset_seconds"], r["at"], r["text"])
