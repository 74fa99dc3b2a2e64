"""Recording rows: one per recorded stretch of a call step. Mixed into `Repository`,
which owns the connection (its `sqlite3.Row` factory names the columns) and the
sqlite-utils tables whose writes nest inside its transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mysteryshop.file_digest import FileDigest
from mysteryshop.model import Recording, RecordingStatus
from mysteryshop.storage.errors import storage_errors
from mysteryshop.storage.rows import sql_value

if TYPE_CHECKING:
    import sqlite_utils.db

RECORDING_FIELDS = frozenset({"status", "frames", "overflows", "error", "timer_offset",
                              "deleted_at", "digest"})
_INSERTED = ("session_id", "step_key", "path", "status", "started_at", "timer_offset",
             "samplerate", "channels", "frames", "overflows", "error", "consent_at",
             "consent_text", "deleted_at")


class RecordingStore:
    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def _table(self, name: str) -> sqlite_utils.db.Table: ...  # the Repository's

    def _recordings(self, where: str, params: tuple[Any, ...] = ()) -> list[Recording]:
        rows = self.conn.execute(
            f"SELECT * FROM recordings {where} ORDER BY started_at, id", params
        )
        return [
            Recording(r["id"], r["session_id"], r["step_key"], r["path"],
                      RecordingStatus(r["status"]), r["started_at"], r["timer_offset"],
                      r["samplerate"], r["channels"], r["frames"], r["overflows"], r["error"],
                      r["consent_at"], r["consent_text"], r["deleted_at"],
                      FileDigest(r["sha256"], r["hashed_size"], r["hashed_mtime_ns"])
                      if r["sha256"] else None)
            for r in rows
        ]

    @storage_errors
    def recordings(self, status: RecordingStatus | None = None) -> list[Recording]:
        """Every recording (of one status), oldest first."""
        if status is None:
            return self._recordings("")
        return self._recordings("WHERE status = ?", (status.value,))

    @storage_errors
    def recordings_of(self, session_ids: Sequence[str]) -> list[Recording]:
        """The recordings of these sessions."""
        if not session_ids:
            return []
        return self._recordings(f"WHERE session_id IN ({','.join('?' * len(session_ids))})",
                                tuple(session_ids))

    @storage_errors
    def add_recording(self, recording: Recording) -> Recording:
        """Store a recording row before its first frame is written (status 'recording')."""
        row = {name: getattr(recording, name) for name in _INSERTED}
        row["status"] = recording.status.value
        table = self._table("recordings").insert(row)
        assert table.last_pk is not None
        return replace(recording, id=int(table.last_pk))

    @storage_errors
    def update_recording(self, recording_id: int, **fields: Any) -> None:
        unknown = set(fields) - RECORDING_FIELDS
        if unknown:
            raise ValueError(f"not recording fields: {sorted(unknown)}")
        row = {k: sql_value(v) for k, v in fields.items() if k != "digest"}
        if "digest" in fields:
            row.update(_digest_columns(fields["digest"]))
        self._table("recordings").update(recording_id, row)

    @storage_errors
    def set_recording_digest(self, recording_id: int, digest: FileDigest | None) -> None:
        """Keep (or forget) the hash of a recording's file as it is now."""
        self._table("recordings").update(recording_id, _digest_columns(digest))

    @storage_errors
    def recordings_finished_before(self, moment: float) -> list[int]:
        """Ids of recordings still on the disk whose session finished before `moment`."""
        cutoff = datetime.fromtimestamp(moment, UTC).isoformat()
        return [r[0] for r in self.conn.execute(
            "SELECT r.id FROM recordings r JOIN sessions s ON s.id = r.session_id "
            "WHERE r.deleted_at IS NULL AND s.finished_at IS NOT NULL "
            "AND julianday(s.finished_at) < julianday(?) AND s.demo = 0", (cutoff,))]

    @storage_errors
    def delete_recording(self, recording_id: int) -> None:
        self._table("recordings").delete(recording_id)


def _digest_columns(digest: FileDigest | None) -> dict[str, Any]:
    return {"sha256": digest.sha256 if digest else "",
            "hashed_size": digest.size if digest else None,
            "hashed_mtime_ns": digest.mtime_ns if digest else None}
