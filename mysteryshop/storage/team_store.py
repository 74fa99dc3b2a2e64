"""What the team folder has published and read, so a sync pass writes only sessions that
changed and reads only bundles that changed. Mixed into `Repository`, which owns the
connection."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from mysteryshop.storage.errors import storage_errors


@dataclass(frozen=True)
class TeamFileSeen:
    size: int
    mtime_ns: int
    problem: str  # why it could not be read then ("": it was)


@dataclass(frozen=True)
class TeamOrigin:
    came_from: str  # the laptop it last came from ("": this one)
    synced_at: float | None


class TeamStore:
    conn: sqlite3.Connection

    @storage_errors
    def team_settings(self) -> tuple[str, bool]:
        """The team folder ("": none) and whether recordings go there: kept with the data
        (the app and the command line share them), not with the window's settings."""
        found = dict(self.conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('team_folder', 'team_recordings')"))
        return found.get("team_folder", ""), found.get("team_recordings", "1") == "1"

    @storage_errors
    def set_team_settings(self, folder: str, with_recordings: bool) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                  [("team_folder", folder),
                                   ("team_recordings", "1" if with_recordings else "0")])

    @storage_errors
    def team_fingerprints(self) -> dict[str, tuple[str, bool]]:
        """Each session's fingerprint as last synced, and whether this laptop published it."""
        return {r[0]: (r[1], r[2] is not None) for r in self.conn.execute(
            "SELECT session_id, fingerprint, published_at FROM team_sessions")}

    @storage_errors
    def set_team_published(self, session_id: str, fingerprint: str, at: float) -> None:
        """This session as this laptop now published it (where it came from stays)."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO team_sessions (session_id, fingerprint, synced_at, published_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET fingerprint = "
                "excluded.fingerprint, synced_at = excluded.synced_at, published_at = "
                "excluded.published_at", (session_id, fingerprint, at, at))

    @storage_errors
    def set_team_received(self, session_id: str, fingerprint: str, came_from: str,
                          at: float) -> None:
        """This session as now received from the laptop named."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO team_sessions (session_id, fingerprint, came_from, synced_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET fingerprint = "
                "excluded.fingerprint, synced_at = excluded.synced_at, came_from = "
                "excluded.came_from", (session_id, fingerprint, came_from, at))

    @storage_errors
    def team_origins(self) -> dict[str, TeamOrigin]:
        return {r[0]: TeamOrigin(r[1], r[2]) for r in self.conn.execute(
            "SELECT session_id, came_from, synced_at FROM team_sessions")}

    @storage_errors
    def team_files_seen(self) -> dict[str, TeamFileSeen]:
        return {r[0]: TeamFileSeen(r[1], r[2], r[3]) for r in self.conn.execute(
            "SELECT name, size, mtime_ns, problem FROM team_files")}

    @storage_errors
    def set_team_file_seen(self, name: str, size: int, mtime_ns: int, at: float,
                           problem: str = "") -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO team_files (name, size, mtime_ns, read_at, problem) "
                "VALUES (?, ?, ?, ?, ?)", (name, size, mtime_ns, at, problem))
