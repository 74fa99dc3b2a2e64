"""The perception check in a bundle's manifest: each response with its ratings and
points, written plainly and read back checked field by field like everything else."""

from __future__ import annotations

from typing import Any

from mysteryshop.bundle.fields import Fields, invalid, required
from mysteryshop.loop import CoreFactor
from mysteryshop.model import POINTS_MAX, POINTS_MIN
from mysteryshop.perception import (
    POINT_MAX,
    SOURCE_MAX,
    THEME_MAX,
    Group,
    PerceptionPoint,
    PerceptionResponse,
    Question,
)

MAX_POINTS = 2_000  # one response's points: a long workshop sheet is a few dozen


def response_record(r: PerceptionResponse) -> dict[str, Any]:
    return {"id": r.id, "round": r.round, "group": r.group.value, "source": r.source,
            "overall": r.overall, "excellent": r.excellent,
            "ratings": [{"key": k, "points": v} for k, v in r.ratings.items()],
            "points": [{"id": p.id, "question": p.question.value, "text": p.text,
                        "touchpoint": p.touchpoint,
                        "factor": p.factor.value if p.factor else None, "theme": p.theme}
                       for p in r.points],
            "created_at": r.created_at, "edited_at": r.edited_at}


def _limited(f: Fields, key: str, limit: int, *, optional: bool = True) -> str:
    text = f.text(key, optional=optional)
    if len(text) > limit or (not optional and not text.strip()):
        raise invalid(f._at(key), f"must be a text of at most {limit} characters")
    return text


def response_from(f: Fields) -> PerceptionResponse:
    ratings: dict[str, int] = {}
    for rating in f.items("ratings"):
        key = rating.ident("key")
        if key in ratings:
            raise invalid(rating._at("key"), "is rated twice")
        ratings[key] = required(rating.integer("points", POINTS_MIN, POINTS_MAX))
    point_fields = f.items("points")
    if len(point_fields) > MAX_POINTS:
        raise invalid(f._at("points"), "holds too many points")
    points = tuple(
        PerceptionPoint(p.ident("id").lower(), required(p.choice("question", Question)),
                        _limited(p, "text", POINT_MAX, optional=False),
                        p.ident("touchpoint") if p.data.get("touchpoint") else "",
                        p.choice("factor", CoreFactor, optional=True),
                        _limited(p, "theme", THEME_MAX))
        for p in point_fields)
    if len({p.id for p in points}) != len(points):
        raise invalid(f._at("points"), "holds the same point twice")
    excellent = f.data.get("excellent")
    if excellent is not None and not isinstance(excellent, bool):
        raise invalid(f._at("excellent"), "must be true, false or null")
    return PerceptionResponse(
        f.ident("id").lower(), f.text("round", optional=True),
        required(f.choice("group", Group)), _limited(f, "source", SOURCE_MAX),
        f.points("overall"), excellent, ratings, points,
        required(f.instant("created_at")), required(f.instant("edited_at")))
