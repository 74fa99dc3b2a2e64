"""Call analyses and the events found in them. Mixed into `Repository`, which owns the
connection."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from mysteryshop.call_events import (
    AudioRecords,
    CallEvent,
    EventKind,
    EventStatus,
    FoundEvent,
    Redaction,
    StoredAnalysis,
)
from mysteryshop.model import Recording
from mysteryshop.storage.errors import storage_errors
from mysteryshop.storage.recording_store import RecordingStore

_COLUMNS = ("id, session_id, step_key, recording_started_at, kind, offset_seconds, "
            "end_seconds, detail, status, decided_by, decided_at")
_REDACTION_COLUMNS = ("id, recording_started_at, start_seconds, end_seconds, how, reason, "
                      "done_by, at, session_id, step_key")


def _event(r: Any) -> CallEvent:
    return CallEvent(r[0], r[1], r[2], r[3], EventKind(r[4]), r[5], r[6], r[7],
                     EventStatus(r[8]), r[9], r[10])


class CallEventStore(RecordingStore):
    conn: sqlite3.Connection

    @storage_errors
    def save_analysis(self, recording: Recording, result: dict[str, Any],
                      found: list[FoundEvent], at: float) -> None:
        """The analysis of a recording, and its events as suggestions: those already
        decided stay as they were decided; undecided ones are replaced."""
        key = (recording.session_id, recording.step_key, recording.started_at)
        with self.conn:
            self.conn.execute(
                "INSERT INTO call_analyses (session_id, step_key, recording_started_at, "
                "analyzed_at, result) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "analyzed_at = excluded.analyzed_at, result = excluded.result",
                (*key, at, json.dumps(result)))
            self.conn.execute(
                "DELETE FROM call_events WHERE session_id = ? AND step_key = ? AND "
                "recording_started_at = ? AND status = 'suggested'", key)
            self.conn.executemany(
                "INSERT OR IGNORE INTO call_events (session_id, step_key, "
                "recording_started_at, kind, offset_seconds, end_seconds, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*key, e.kind.value, round(e.offset_seconds, 3),
                  None if e.end_seconds is None else round(e.end_seconds, 3), e.detail)
                 for e in found])

    @storage_errors
    def analysis(self, recording: Recording) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT result FROM call_analyses WHERE session_id = ? AND step_key = ? AND "
            "recording_started_at = ?",
            (recording.session_id, recording.step_key, recording.started_at)).fetchone()
        if row is None:
            return None
        try:
            result = json.loads(row[0])
        except ValueError:
            return None
        return result if isinstance(result, dict) else None

    @storage_errors
    def call_events(self, session_id: str, step_key: str,
                    recording_started_at: float | None = None) -> list[CallEvent]:
        """A step's events (or one recording's), in time order."""
        where = "session_id = ? AND step_key = ?"
        params: list[object] = [session_id, step_key]
        if recording_started_at is not None:
            where += " AND recording_started_at = ?"
            params.append(recording_started_at)
        return [_event(r) for r in self.conn.execute(
            f"SELECT {_COLUMNS} FROM call_events WHERE {where} "
            "ORDER BY offset_seconds, id", params)]

    @storage_errors
    def decide_events(self, event_ids: list[int], status: EventStatus, by: str,
                      at: float) -> None:
        with self.conn:
            self.conn.executemany(
                "UPDATE call_events SET status = ?, decided_by = ?, decided_at = ? "
                "WHERE id = ?", [(status.value, by, at, i) for i in event_ids])

    @storage_errors
    def add_redaction(self, recording: Recording, start: float, end: float, how: str,
                      reason: str, by: str, at: float) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO redactions (session_id, step_key, recording_started_at, "
                "start_seconds, end_seconds, how, reason, done_by, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (recording.session_id, recording.step_key, recording.started_at, start,
                 end, how, reason, by, at))

    @storage_errors
    def redactions(self, session_id: str, step_key: str) -> list[Redaction]:
        return [Redaction(*r) for r in self.conn.execute(
            f"SELECT {_REDACTION_COLUMNS} FROM redactions WHERE session_id = ? AND "
            "step_key = ? ORDER BY at, id", (session_id, step_key))]

    @storage_errors
    def audio_records(self, session_ids: list[str]) -> AudioRecords:
        """These sessions' analyses, found events and redaction logs (for a bundle)."""
        ids = json.dumps(session_ids)
        of = "WHERE session_id IN (SELECT value FROM json_each(?))"
        analyses = []
        for r in self.conn.execute(
                "SELECT session_id, step_key, recording_started_at, analyzed_at, result "
                f"FROM call_analyses {of} ORDER BY rowid", (ids,)):
            try:
                result = json.loads(r[4])
            except ValueError:
                continue
            if isinstance(result, dict):
                analyses.append(StoredAnalysis(r[0], r[1], r[2], r[3], result))
        events = [_event(r) for r in self.conn.execute(
            f"SELECT {_COLUMNS} FROM call_events {of} ORDER BY id", (ids,))]
        redactions = [Redaction(*r) for r in self.conn.execute(
            f"SELECT {_REDACTION_COLUMNS} FROM redactions {of} ORDER BY id", (ids,))]
        return AudioRecords(tuple(analyses), tuple(events), tuple(redactions))

    @storage_errors
    def merge_audio_records(self, records: AudioRecords) -> None:
        """Shared analyses, events and redaction logs (in the caller's transaction), for
        steps that are here: the newer analysis wins; an event is added once (by
        recording, kind and moment), and a later decision on it wins; a redaction is
        logged once."""
        steps = {(r[0], r[1]) for r in self.conn.execute("SELECT session_id, key FROM steps")}
        for a in records.analyses:
            if (a.session_id, a.step_key) in steps:
                self.conn.execute(
                    "INSERT INTO call_analyses (session_id, step_key, recording_started_at, "
                    "analyzed_at, result) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "analyzed_at = excluded.analyzed_at, result = excluded.result "
                    "WHERE excluded.analyzed_at > call_analyses.analyzed_at",
                    (a.session_id, a.step_key, a.recording_started_at, a.analyzed_at,
                     json.dumps(a.result)))
        for e in records.events:
            if (e.session_id, e.step_key) not in steps:
                continue
            self.conn.execute(
                "INSERT INTO call_events (session_id, step_key, recording_started_at, kind, "
                "offset_seconds, end_seconds, detail, status, decided_by, decided_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "status = excluded.status, decided_by = excluded.decided_by, "
                "decided_at = excluded.decided_at WHERE excluded.decided_at IS NOT NULL "
                "AND (call_events.decided_at IS NULL "
                "OR excluded.decided_at > call_events.decided_at)",
                (e.session_id, e.step_key, e.recording_started_at, e.kind.value,
                 e.offset_seconds, e.end_seconds, e.detail, e.status.value, e.decided_by,
                 e.decided_at))
        for r in records.redactions:
            if (r.session_id, r.step_key) in steps and self.conn.execute(
                    "SELECT 1 FROM redactions WHERE session_id = ? AND step_key = ? AND "
                    "recording_started_at = ? AND start_seconds = ? AND end_seconds = ? "
                    "AND at = ?", (r.session_id, r.step_key, r.recording_started_at,
                                   r.start_seconds, r.end_seconds, r.at)).fetchone() is None:
                self.conn.execute(
                    "INSERT INTO redactions (session_id, step_key, recording_started_at, "
                    "start_seconds, end_seconds, how, reason, done_by, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (r.session_id, r.step_key, r.recording_started_at, r.start_seconds,
                     r.end_seconds, r.how, r.reason, r.done_by, r.at))

    @storage_errors
    def unredacted_keys(self, session_ids: list[str]) -> list[tuple[Recording, CallEvent]]:
        """Keypad tones found (and not rejected) in these sessions' recordings that no
        redaction covers yet, with their recordings."""
        rows = self.conn.execute(
            f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))}, r.id "
            "FROM call_events e JOIN recordings r ON r.session_id = e.session_id AND "
            "r.step_key = e.step_key AND r.started_at = e.recording_started_at "
            "WHERE e.kind = 'keys' AND e.status != 'rejected' AND e.end_seconds IS NOT NULL "
            "AND e.session_id IN (SELECT value FROM json_each(?)) AND NOT EXISTS ("
            "SELECT 1 FROM redactions d WHERE d.session_id = e.session_id AND "
            "d.step_key = e.step_key AND d.recording_started_at = e.recording_started_at "
            "AND d.start_seconds <= e.offset_seconds AND d.end_seconds >= e.end_seconds) "
            "ORDER BY e.session_id, e.offset_seconds", (json.dumps(session_ids),)).fetchall()
        recordings = {r.id: r for r in self._recordings(
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([row[-1] for row in rows]),))} if rows else {}
        return [(recordings[row[-1]], _event(row[:-1])) for row in rows
                if row[-1] in recordings]

    @storage_errors
    def unanalysed_recordings(self, session_ids: list[str]) -> list[Recording]:
        """These sessions' recordings with audio that was never listened to (made before
        the analysis existed, imported, or cut short before it ran)."""
        return self._recordings(
            "WHERE session_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL "
            "AND status != 'recording' AND NOT EXISTS (SELECT 1 FROM call_analyses a "
            "WHERE a.session_id = recordings.session_id AND a.step_key = "
            "recordings.step_key AND a.recording_started_at = recordings.started_at)",
            (json.dumps(session_ids),))

    @storage_errors
    def redactions_by_step(self) -> dict[tuple[str, str], list[Redaction]]:
        """Every redaction log, by (session id, step key), oldest first."""
        found: dict[tuple[str, str], list[Redaction]] = {}
        for r in self.conn.execute(
                f"SELECT {_REDACTION_COLUMNS} FROM redactions ORDER BY at, id"):
            found.setdefault((r[8], r[9]), []).append(Redaction(*r))
        return found
