"""Migrations 13 on: what call audio adds (events found, redactions, consent per call,
deleted audio, recording hashes) and what sharing between laptops adds (the team folder,
exercise templates). `schema.MIGRATIONS` runs them after its own."""

from __future__ import annotations

_KINDS_13 = ("ring", "answered", "on_hold", "off_hold", "keys")


def _call_events_table(name: str, kinds: tuple[str, ...]) -> str:
    """The call_events table as migration 13 made it, and as 17 rebuilt it with one more
    kind (SQLite cannot change a CHECK in place): one text, so the two cannot drift."""
    allowed = ", ".join(f"'{k}'" for k in kinds)
    return f"""
    CREATE TABLE {name} (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        recording_started_at REAL NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({allowed})),
        offset_seconds REAL NOT NULL,
        end_seconds REAL,
        detail TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'suggested'
            CHECK (status IN ('suggested', 'accepted', 'rejected')),
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at REAL,
        UNIQUE (session_id, step_key, recording_started_at, kind, offset_seconds),
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
"""


CALL_AND_TEAM_MIGRATIONS: tuple[str, ...] = (
    # 13: call events found in recordings. A recording is named by its session, step and
    # start (its id differs between copies). The analysis's result is kept whole; its
    # events are suggestions until a person accepts or rejects them, and never markers:
    # they are not the leader's presses, so they count as nobody's edit of the session.
    """
    CREATE TABLE call_analyses (
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        recording_started_at REAL NOT NULL,
        analyzed_at REAL NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (session_id, step_key, recording_started_at),
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    """
    + _call_events_table("call_events", _KINDS_13) + """
    CREATE INDEX call_events_step ON call_events (session_id, step_key);
    """,
    # 14: redactions: which stretch of a recording was bleeped or silenced, why, by whom
    # and when (the audio itself is gone; the log stays with the recording).
    """
    CREATE TABLE redactions (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        recording_started_at REAL NOT NULL,
        start_seconds REAL NOT NULL,
        end_seconds REAL NOT NULL CHECK (end_seconds > start_seconds),
        how TEXT NOT NULL CHECK (how IN ('bleep', 'silence')),
        reason TEXT NOT NULL DEFAULT '',
        done_by TEXT NOT NULL DEFAULT '',
        at REAL NOT NULL,
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    """,
    # 15: consent per recording: when the leader confirmed they may record this call,
    # and the words they confirmed. Recordings made before keep their session's consent
    # (confirmed once for all its calls; no words kept).
    """
    ALTER TABLE recordings ADD COLUMN consent_at REAL;
    ALTER TABLE recordings ADD COLUMN consent_text TEXT NOT NULL DEFAULT '';
    UPDATE recordings SET consent_at = (SELECT recording_consent_at FROM sessions
                                        WHERE sessions.id = recordings.session_id);
    """,
    # 16: a recording's audio deleted (by hand, or by the retention setting): when. The
    # row stays, so the review can say so; the session and its markers stay too.
    """
    ALTER TABLE recordings ADD COLUMN deleted_at REAL;
    """,
    # 17: the end of the call is found in the audio too (a kind SQLite can only add to
    # its CHECK by building the table again; the rows keep their ids).
    """
    """
    + _call_events_table("call_events_17", (*_KINDS_13, "ended")) + """
    INSERT INTO call_events_17 SELECT * FROM call_events;
    DROP TABLE call_events;
    ALTER TABLE call_events_17 RENAME TO call_events;
    CREATE INDEX call_events_step ON call_events (session_id, step_key);
    """,
    # 18: a finished recording's SHA-256, with the size and time its file had then:
    # sharing reuses it while the file is unchanged (see file_digest).
    """
    ALTER TABLE recordings ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
    ALTER TABLE recordings ADD COLUMN hashed_size INTEGER;
    ALTER TABLE recordings ADD COLUMN hashed_mtime_ns INTEGER;
    """,
    # 19: the team folder. `team_sessions`: each session's content as this laptop last
    # published or received it (a fingerprint: published again only when it changed),
    # which laptop it last came from, when it was last synced, and when this laptop last
    # published it (never: it came from elsewhere and was not changed here). `team_files`:
    # the other laptops' bundles as last read (size and time: read again only when they
    # change), and what came of it.
    """
    CREATE TABLE team_sessions (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL DEFAULT '',
        came_from TEXT NOT NULL DEFAULT '',
        synced_at REAL,
        published_at REAL
    );
    CREATE TABLE team_files (
        name TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        read_at REAL NOT NULL,
        problem TEXT NOT NULL DEFAULT ''
    );
    """,
    # 20: exercise templates a team made (the built-in one is a file of the app): every
    # version kept, as the document it is (template_file), since sessions keep the version
    # they were run with; and the template each round uses (none: the built-in one).
    """
    CREATE TABLE templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (id, version)
    );
    CREATE TABLE round_templates (
        round TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL
    );
    """,
    # 21: the template (and its version) each session was run with; sessions from before
    # templates ran the built-in five steps.
    """
    ALTER TABLE sessions ADD COLUMN template_id TEXT NOT NULL DEFAULT 'five-steps';
    ALTER TABLE sessions ADD COLUMN template_version INTEGER NOT NULL DEFAULT 1;
    """,
)
