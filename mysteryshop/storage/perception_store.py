"""Perception responses, their ratings and points, and remembered survey column mappings.
Mixed into `Repository`, which owns the connection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from mysteryshop.loop import CoreFactor
from mysteryshop.perception import Group, PerceptionPoint, PerceptionResponse, Question
from mysteryshop.storage.errors import storage_errors

_RESPONSE_COLUMNS = "id, round, grp, source, overall, excellent, created_at, edited_at"


def _response_values(r: PerceptionResponse) -> tuple[Any, ...]:
    return (r.id, r.round, r.group.value, r.source, r.overall,
            None if r.excellent is None else int(r.excellent), r.created_at, r.edited_at)


class PerceptionStore:
    conn: sqlite3.Connection

    @storage_errors
    def save_responses(self, responses: Iterable[PerceptionResponse]) -> None:
        """Insert or update each response with its ratings and points, in one transaction
        (a survey's rows all land, or none). Points keep their ids; those dropped go."""
        with self.conn:
            for response in responses:
                self._write_response(response)

    def _write_response(self, r: PerceptionResponse) -> None:
        names = _RESPONSE_COLUMNS.split(", ")[1:]
        self.conn.execute(
            f"INSERT INTO perception_responses ({_RESPONSE_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{n} = excluded.{n}" for n in names), _response_values(r))
        self.conn.execute("DELETE FROM perception_ratings WHERE response_id = ?", (r.id,))
        self.conn.executemany(
            "INSERT INTO perception_ratings (response_id, step_key, points) VALUES (?, ?, ?)",
            [(r.id, key, points) for key, points in r.ratings.items()])
        keep = [p.id for p in r.points]
        self.conn.execute(
            "DELETE FROM perception_points WHERE response_id = ? AND id NOT IN "
            "(SELECT value FROM json_each(?))", (r.id, json.dumps(keep)))
        self.conn.executemany(
            "INSERT INTO perception_points (id, response_id, position, question, text, "
            "touchpoint, factor, theme) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET response_id = excluded.response_id, "
            "position = excluded.position, question = excluded.question, "
            "text = excluded.text, touchpoint = excluded.touchpoint, "
            "factor = excluded.factor, theme = excluded.theme",
            [(p.id, r.id, i, p.question.value, p.text, p.touchpoint,
              p.factor.value if p.factor else None, p.theme)
             for i, p in enumerate(r.points)])

    @storage_errors
    def delete_response(self, response_id: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM perception_responses WHERE id = ?", (response_id,))

    @storage_errors
    def responses(self, round_label: str | None = None) -> list[PerceptionResponse]:
        """Responses oldest first (all, or a round's), with their ratings and points."""
        where, params = ("WHERE round = ?", (round_label,)) if round_label is not None \
            else ("", ())
        rows = self.conn.execute(
            f"SELECT {_RESPONSE_COLUMNS} FROM perception_responses {where} "
            "ORDER BY created_at, rowid", params).fetchall()
        ids = json.dumps([r[0] for r in rows])
        ratings: dict[str, dict[str, int]] = {}
        for response_id, key, points in self.conn.execute(
                "SELECT response_id, step_key, points FROM perception_ratings "
                "WHERE response_id IN (SELECT value FROM json_each(?)) ORDER BY rowid", (ids,)):
            ratings.setdefault(response_id, {})[key] = points
        points_of: dict[str, list[PerceptionPoint]] = {}
        for p in self.conn.execute(
                "SELECT response_id, id, question, text, touchpoint, factor, theme "
                "FROM perception_points WHERE response_id IN (SELECT value FROM json_each(?)) "
                "ORDER BY response_id, position", (ids,)):
            points_of.setdefault(p[0], []).append(PerceptionPoint(
                p[1], Question(p[2]), p[3], p[4], CoreFactor(p[5]) if p[5] else None, p[6]))
        return [PerceptionResponse(r[0], r[1], Group(r[2]), r[3], r[4],
                                   None if r[5] is None else bool(r[5]),
                                   ratings.get(r[0], {}), tuple(points_of.get(r[0], ())),
                                   r[6], r[7])
                for r in rows]

    @storage_errors
    def response_rounds(self) -> list[str]:
        """Rounds with a perception check, the newest started first."""
        return [r[0] for r in self.conn.execute(
            "SELECT round FROM perception_responses GROUP BY round "
            "ORDER BY MIN(created_at) DESC")]

    @storage_errors
    def response_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM perception_responses")}

    @storage_errors
    def merge_response(self, response: PerceptionResponse) -> bool:
        """A shared copy (in the caller's transaction): kept when ours is missing or
        older. True when it was kept."""
        row = self.conn.execute("SELECT edited_at FROM perception_responses WHERE id = ?",
                                (response.id,)).fetchone()
        if row is not None and row[0] >= response.edited_at:
            return False
        self._write_response(response)
        return True

    @storage_errors
    def themes_named(self) -> list[str]:
        """Themes named so far, A to Z: the suggestions for the next point."""
        return [r[0] for r in self.conn.execute(
            "SELECT theme FROM perception_points WHERE theme != '' GROUP BY theme "
            "COLLATE NOCASE ORDER BY theme COLLATE NOCASE")]

    @storage_errors
    def sources_named(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM perception_responses WHERE source != '' GROUP BY source "
            "ORDER BY MAX(created_at) DESC")]

    @storage_errors
    def survey_mapping(self, headers: str) -> tuple[dict[str, str], str] | None:
        """The column mapping and rating scale last used for a survey with this header
        row ("" for the scale: ours)."""
        row = self.conn.execute("SELECT mapping, scale FROM survey_mappings "
                                "WHERE headers = ?", (headers,)).fetchone()
        if row is None:
            return None
        try:
            mapping = json.loads(row[0])
        except ValueError:
            return None
        if not isinstance(mapping, dict):
            return None
        return {str(k): str(v) for k, v in mapping.items()}, row[1]

    @storage_errors
    def remember_survey_mapping(self, headers: str, mapping: dict[str, str], scale: str,
                                at: float) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO survey_mappings (headers, mapping, scale, edited_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (headers) DO UPDATE SET "
                "mapping = excluded.mapping, scale = excluded.scale, "
                "edited_at = excluded.edited_at", (headers, json.dumps(mapping), scale, at))

    @storage_errors
    def round_touchpoint_means(self, round_label: str) -> list[tuple[str, str, list[int],
                                                                     list[int]]]:
        """Per touchpoint of the round's sessions (demos left out), in step order: every
        prediction and every felt rating."""
        rows = self.conn.execute(
            "SELECT st.key, MIN(st.title), MIN(st.position), "
            "json_group_array(st.predicted_points), json_group_array(st.points) "
            "FROM steps st JOIN sessions s ON s.id = st.session_id "
            "WHERE s.round = ? AND s.demo = 0 GROUP BY st.key ORDER BY MIN(st.position)",
            (round_label,))
        return [(r[0], r[1], [v for v in json.loads(r[3]) if v is not None],
                 [v for v in json.loads(r[4]) if v is not None]) for r in rows]
