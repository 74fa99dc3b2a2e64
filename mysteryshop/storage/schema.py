"""Numbered forward migrations; `PRAGMA user_version` records how far a file has come.

Migrations are fixed SQL text on purpose: what a migration does to a user's file must
not change when a library's table-creation helper changes its output.
"""

from __future__ import annotations

from mysteryshop.storage.schema_calls_team import CALL_AND_TEAM_MIGRATIONS

# Epoch seconds with milliseconds, in SQL (unixepoch('subsec') needs SQLite 3.42).
_NOW = "(julianday('now') - 2440587.5) * 86400.0"


def _stamp_triggers(stamp: str, table: str, columns: str | None, session: str,
                    suffix: str = "") -> str:
    """Triggers that set sessions.`stamp` whenever `table` changes (or its `columns`).

    `session` is the expression naming the session id in NEW/OLD; `suffix` tells apart
    the triggers a later migration adds for new columns. Generated from fixed
    arguments below, so the SQL a migration runs is still fixed text.
    """
    events = ([f"UPDATE OF {columns}"] if columns else ["INSERT", "UPDATE", "DELETE"])
    sql = ""
    for event in events:
        row = "OLD" if event == "DELETE" else "NEW"
        name = f"{table}_{stamp}_{event.split()[0].lower()}{suffix}"
        sql += (
            f"CREATE TRIGGER {name} AFTER {event} ON {table}\n"
            f"BEGIN\n    UPDATE sessions SET {stamp} = {_NOW}"
            f" WHERE id = {row}.{session};\nEND;\n"
        )
    return sql


_LEADER_SESSION_COLUMNS = ("leader, company, round, website, phone, finished_at, status, "
                           "verdict, surprised, recording_consent_at")
_LEADER_STEP_COLUMNS = ("predicted_points, points, notes, timer_stopped, rings, answer_seconds, "
                        "hold_total_seconds, hold_longest_seconds, holds, transfers, "
                        "helped_seconds, asked_need, pitched")

_FIRST: tuple[str, ...] = (  # 1-12; 13 on are in schema_calls_team
    # 1: sessions, their steps, timer intervals, markers and guided answers.
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        leader TEXT NOT NULL,
        company TEXT NOT NULL,
        round TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        verdict TEXT CHECK (verdict IN ('builds', 'erodes')),
        surprised TEXT NOT NULL DEFAULT '',
        current_page INTEGER NOT NULL DEFAULT 0,
        -- Sums over the steps, kept by the triggers below so the home list of thousands
        -- of sessions is one indexed scan instead of a join and a GROUP BY.
        felt_total INTEGER,
        predicted_total INTEGER,
        gap_total INTEGER
    );
    CREATE INDEX sessions_started_at ON sessions (started_at, id);
    CREATE TABLE steps (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        predicted_points INTEGER CHECK (predicted_points BETWEEN -10 AND 10),
        points INTEGER CHECK (points BETWEEN -10 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        timer_stopped INTEGER NOT NULL DEFAULT 0,
        rings INTEGER NOT NULL DEFAULT 0,
        answer_seconds REAL,
        hold_total_seconds REAL NOT NULL DEFAULT 0,
        hold_longest_seconds REAL NOT NULL DEFAULT 0,
        holds INTEGER NOT NULL DEFAULT 0,
        transfers INTEGER NOT NULL DEFAULT 0,
        helped_seconds REAL,
        asked_need INTEGER NOT NULL DEFAULT 0,
        pitched INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, key)
    );
    CREATE TABLE timer_intervals (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        started_at REAL NOT NULL,
        stopped_at REAL,
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE INDEX timer_intervals_step ON timer_intervals (session_id, step_key);
    CREATE TABLE markers (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        offset_seconds REAL NOT NULL,
        at REAL NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE INDEX markers_step ON markers (session_id, step_key);
    CREATE TABLE answers (
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        question_id TEXT NOT NULL,
        value TEXT CHECK (value IN ('yes', 'partly', 'no', 'na')),
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, step_key, question_id),
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE TRIGGER steps_totals_after_update AFTER UPDATE OF points, predicted_points ON steps
    BEGIN
        UPDATE sessions SET
            felt_total = (SELECT SUM(points) FROM steps WHERE session_id = NEW.session_id),
            predicted_total =
                (SELECT SUM(predicted_points) FROM steps WHERE session_id = NEW.session_id),
            gap_total =
                (SELECT SUM(points - predicted_points) FROM steps WHERE session_id = NEW.session_id)
        WHERE id = NEW.session_id;
    END;
    """,
    # 2: call recordings, the leader's consent to record, and the reviewer's second opinion.
    """
    ALTER TABLE sessions ADD COLUMN recording_consent_at REAL;
    ALTER TABLE sessions ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
    ALTER TABLE steps ADD COLUMN review_points INTEGER CHECK (review_points BETWEEN -10 AND 10);
    CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        path TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('recording', 'complete', 'recovered', 'failed')),
        started_at REAL NOT NULL,
        timer_offset REAL NOT NULL,
        samplerate INTEGER NOT NULL,
        channels INTEGER NOT NULL DEFAULT 1,
        frames INTEGER NOT NULL DEFAULT 0,
        overflows INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE INDEX recordings_step ON recordings (session_id, step_key);
    CREATE INDEX recordings_status ON recordings (status);
    CREATE TABLE review_notes (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        offset_seconds REAL NOT NULL,
        text TEXT NOT NULL,
        created_at REAL NOT NULL,
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE INDEX review_notes_step ON review_notes (session_id, step_key);
    """,
    # 3: when the leader's work and the reviewer's work on a session last changed, so a
    # shared copy of a session can be merged without losing either side's newer work.
    # NULL means "before this was tracked": older than any stamp.
    """
    ALTER TABLE sessions ADD COLUMN edited_at REAL;
    ALTER TABLE sessions ADD COLUMN reviewed_at REAL;
    CREATE TRIGGER sessions_edited_at_insert AFTER INSERT ON sessions
    WHEN NEW.edited_at IS NULL
    BEGIN
        UPDATE sessions SET edited_at = """ + _NOW + """ WHERE id = NEW.id;
    END;
    """
    + _stamp_triggers("edited_at", "sessions", _LEADER_SESSION_COLUMNS, "id")
    + _stamp_triggers("reviewed_at", "sessions", "reviewer", "id")
    + _stamp_triggers("edited_at", "steps", _LEADER_STEP_COLUMNS, "session_id")
    + _stamp_triggers("reviewed_at", "steps", "review_points", "session_id")
    + "".join(_stamp_triggers("edited_at", table, None, "session_id")
              for table in ("timer_intervals", "markers", "answers", "recordings"))
    + _stamp_triggers("reviewed_at", "review_notes", None, "session_id"),
    # 4: the round filter, the list of rounds and the counts read a small index instead
    # of the sessions table, whose pages lie scattered among the steps' in a file that
    # grew over months (20,000 sessions: 294 ms -> a few ms at start-up).
    """
    CREATE INDEX sessions_round ON sessions (round, started_at);
    """,
    # 5: demo sessions are marked (left out of exports and comparisons unless asked for);
    # the reviewer's blind rating is kept apart from one changed after seeing the leader's;
    # a prediction changed after its step started keeps what it was and when it changed.
    """
    ALTER TABLE sessions ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE steps ADD COLUMN blind_review_points INTEGER
        CHECK (blind_review_points BETWEEN -10 AND 10);
    ALTER TABLE steps ADD COLUMN prediction_changed_at REAL;
    ALTER TABLE steps ADD COLUMN prediction_before_change INTEGER
        CHECK (prediction_before_change BETWEEN -10 AND 10);
    """
    + _stamp_triggers("reviewed_at", "steps", "blind_review_points", "session_id", "_5")
    + _stamp_triggers("edited_at", "steps", "prediction_changed_at, prediction_before_change",
                      "session_id", "_5"),
    # 6: which copy of a session is newer is decided by counting, not by clocks. Every
    # database names itself (`meta.device`, random); `sessions.versions` counts, per
    # database, the leader edits a copy holds ({"<device>": 12, ...}). A copy is newer when
    # it holds every edit ours holds and more: a wrong or forged clock cannot make it so.
    # Each leader edit sets edited_at (the triggers above), and this trigger counts it;
    # an import writes the versions it decided last, over what its own writes counted.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) VALUES ('device', lower(hex(randomblob(16))));
    ALTER TABLE sessions ADD COLUMN versions TEXT NOT NULL DEFAULT '{}';
    CREATE TRIGGER sessions_versions_count AFTER UPDATE OF edited_at ON sessions
    BEGIN
        UPDATE sessions SET versions = json_set(
            CASE WHEN json_valid(versions) THEN versions ELSE '{}' END,
            '$."' || (SELECT value FROM meta WHERE key = 'device') || '"',
            COALESCE(json_extract(
                CASE WHEN json_valid(versions) THEN versions ELSE '{}' END,
                '$."' || (SELECT value FROM meta WHERE key = 'device') || '"'), 0) + 1)
        WHERE id = NEW.id;
    END;
    """,
    # 7: the live feeling: each change the leader made while a step's timer ran, with its
    # place on the step's timeline (leader work: it counts as an edit of the session).
    """
    CREATE TABLE feeling_changes (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        step_key TEXT NOT NULL,
        offset_seconds REAL NOT NULL,
        points INTEGER NOT NULL CHECK (points BETWEEN -10 AND 10),
        at REAL NOT NULL,
        FOREIGN KEY (session_id, step_key) REFERENCES steps (session_id, key)
            ON DELETE CASCADE
    );
    CREATE INDEX feeling_changes_step ON feeling_changes (session_id, step_key);
    """
    + _stamp_triggers("edited_at", "feeling_changes", None, "session_id"),
    # 8: the round's plan. `leaders` is the team's kept list of names (typed once, then
    # picked; the participation view lists who has not started too), filled from the
    # sessions a leader runs here or receives. `targets` is the experience the team wants
    # at each touchpoint of a round: the points and one sentence of what it is.
    """
    CREATE TABLE leaders (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        added_at REAL NOT NULL
    );
    INSERT OR IGNORE INTO leaders (name, added_at)
        SELECT trim(leader), """ + _NOW + """ FROM sessions
        WHERE demo = 0 AND trim(leader) != '' ORDER BY started_at;
    CREATE TRIGGER sessions_leader_kept_insert AFTER INSERT ON sessions
    WHEN NEW.demo = 0 AND trim(NEW.leader) != ''
    BEGIN
        INSERT OR IGNORE INTO leaders (name, added_at) VALUES (trim(NEW.leader), """ + _NOW + """);
    END;
    CREATE TRIGGER sessions_leader_kept_update AFTER UPDATE OF leader ON sessions
    WHEN NEW.demo = 0 AND trim(NEW.leader) != ''
    BEGIN
        INSERT OR IGNORE INTO leaders (name, added_at) VALUES (trim(NEW.leader), """ + _NOW + """);
    END;
    CREATE TABLE targets (
        round TEXT NOT NULL,
        step_key TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points BETWEEN -10 AND 10),
        experience TEXT NOT NULL DEFAULT '',
        edited_at REAL NOT NULL,
        PRIMARY KEY (round, step_key)
    );
    """,
    # 9: closing the loop. A finding is what the team saw and where (a round's touchpoint,
    # and a session's step and moment when it came from one: deleting the session keeps
    # the finding, without the link); an action answers findings. Ids are random, so
    # findings and actions made on two laptops merge without clashing.
    """
    CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        round TEXT NOT NULL,
        text TEXT NOT NULL,
        touchpoint TEXT NOT NULL DEFAULT '',
        session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        offset_seconds REAL,
        factor TEXT CHECK (factor IN ('people', 'process', 'technology', 'culture')),
        department TEXT NOT NULL DEFAULT '',
        trust TEXT CHECK (trust IN ('builds', 'erodes')),
        severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
        created_at REAL NOT NULL,
        edited_at REAL NOT NULL
    );
    CREATE INDEX findings_round ON findings (round, touchpoint);
    CREATE INDEX findings_session ON findings (session_id);
    CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        fix TEXT NOT NULL DEFAULT 'permanent' CHECK (fix IN ('permanent', 'spot')),
        done_at REAL,
        created_at REAL NOT NULL,
        edited_at REAL NOT NULL
    );
    CREATE TABLE action_findings (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, finding_id)
    );
    CREATE INDEX action_findings_finding ON action_findings (finding_id);
    """,
    # 10: carried into the next round: in a later round's session, the leader says of each
    # earlier finding at a touchpoint whether the fix held (leader work: an edit).
    """
    CREATE TABLE finding_checks (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        held INTEGER NOT NULL CHECK (held IN (0, 1)),
        at REAL NOT NULL,
        PRIMARY KEY (session_id, finding_id)
    );
    CREATE INDEX finding_checks_finding ON finding_checks (finding_id);
    """
    + _stamp_triggers("edited_at", "finding_checks", None, "session_id"),
    # 11: how many customers go through each touchpoint in a year (per round: the
    # business grows), so a felt score can be multiplied out.
    """
    CREATE TABLE touchpoint_reach (
        round TEXT NOT NULL,
        step_key TEXT NOT NULL,
        customers INTEGER NOT NULL CHECK (customers > 0),
        edited_at REAL NOT NULL,
        PRIMARY KEY (round, step_key)
    );
    """,
    # 12: the perception check. Each group's responses (a workshop sheet, or one survey
    # respondent), their ratings per touchpoint, and their points: short answers to the
    # four questions, tagged and grouped into themes. Points keep their ids when a
    # response is edited, so a finding made from one stays linked. A survey's column
    # mapping is remembered by its header row.
    """
    CREATE TABLE perception_responses (
        id TEXT PRIMARY KEY,
        round TEXT NOT NULL,
        grp TEXT NOT NULL CHECK (grp IN ('leadership', 'staff', 'customers')),
        source TEXT NOT NULL DEFAULT '',
        overall INTEGER CHECK (overall BETWEEN -10 AND 10),
        excellent INTEGER CHECK (excellent IN (0, 1)),
        created_at REAL NOT NULL,
        edited_at REAL NOT NULL
    );
    CREATE INDEX perception_responses_round ON perception_responses (round, grp);
    CREATE TABLE perception_ratings (
        response_id TEXT NOT NULL REFERENCES perception_responses (id) ON DELETE CASCADE,
        step_key TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points BETWEEN -10 AND 10),
        PRIMARY KEY (response_id, step_key)
    );
    CREATE TABLE perception_points (
        id TEXT PRIMARY KEY,
        response_id TEXT NOT NULL REFERENCES perception_responses (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question TEXT NOT NULL
            CHECK (question IN ('well', 'improve', 'competition', 'continue')),
        text TEXT NOT NULL,
        touchpoint TEXT NOT NULL DEFAULT '',
        factor TEXT CHECK (factor IN ('people', 'process', 'technology', 'culture')),
        theme TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX perception_points_response ON perception_points (response_id, position);
    CREATE TABLE survey_mappings (
        headers TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        scale TEXT NOT NULL DEFAULT '',
        edited_at REAL NOT NULL
    );
    ALTER TABLE findings ADD COLUMN point_id TEXT
        REFERENCES perception_points (id) ON DELETE SET NULL;
    CREATE INDEX findings_point ON findings (point_id);
    """,
)

MIGRATIONS: tuple[str, ...] = (*_FIRST, *CALL_AND_TEAM_MIGRATIONS)
SCHEMA_VERSION = len(MIGRATIONS)
