"""The home list's reads: a page of sessions in any order or search, counts, rounds.

Plain SQL on the connection (the list must not wait for sqlite-utils' import). Mixed into
`Repository`, which owns the connection.
"""

from __future__ import annotations

import sqlite3

from mysteryshop.model import (
    RoundTouchpoint,
    SessionSort,
    SessionStatus,
    SessionSummary,
    Verdict,
)
from mysteryshop.storage.errors import storage_errors
from mysteryshop.storage.rows import moment_from_text

# The mean per rated touchpoint, on the same -10..+10 as a step (a sum grows with the
# number of touchpoints and reads like a step's points).
_MEAN_FELT = "(SELECT AVG(points) FROM steps WHERE steps.session_id = sessions.id)"
_MEAN_GAP = ("(SELECT AVG(points - predicted_points) FROM steps "
             "WHERE steps.session_id = sessions.id)")
_SORT_EXPRESSIONS = {
    "leader": "leader COLLATE NOCASE", "company": "company COLLATE NOCASE",
    "round": "round COLLATE NOCASE", "status": "status", "felt": _MEAN_FELT,
    "gap": _MEAN_GAP, "verdict": "verdict", "synced": "team.synced_at",
}


class SessionListing:
    conn: sqlite3.Connection

    @storage_errors
    def list_sessions(
        self,
        round_label: str | None = None,
        *,
        limit: int | None = None,
        after: SessionSummary | None = None,
        offset: int = 0,
        sort: SessionSort | None = None,
        search: str = "",
    ) -> list[SessionSummary]:
        """Sessions newest first (or by `sort`); a page of `limit` rows.

        Newest first, pages continue from the last row seen (keyset, `after`), so each
        page costs the same however far down the list it is; in another order they
        continue at `offset`. `search` finds its words in the leader, company, round,
        what surprised, and the step notes. Totals are kept up to date by triggers.
        """
        clauses, params = [], []
        if round_label is not None:
            clauses.append("round = ?")
            params.append(round_label)
        for word in search.split():
            like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            clauses.append(
                "(leader LIKE ?1 ESCAPE '\\' OR company LIKE ?1 ESCAPE '\\' "
                "OR round LIKE ?1 ESCAPE '\\' OR surprised LIKE ?1 ESCAPE '\\' "
                "OR EXISTS (SELECT 1 FROM steps WHERE steps.session_id = sessions.id "
                "AND notes LIKE ?1 ESCAPE '\\'))".replace("?1", f"?{len(params) + 1}"))
            params.append(like)
        order = "started_at DESC, id DESC"
        if sort is not None and sort.key != "started_at":
            direction = "DESC" if sort.descending else "ASC"
            order = f"{_SORT_EXPRESSIONS[sort.key]} {direction}, {order}"
        elif sort is not None and not sort.descending:
            order = "started_at ASC, id ASC"
        elif after is not None:
            clauses.append(f"(started_at, id) < (?{len(params) + 1}, ?{len(params) + 2})")
            params += [after.started_at.isoformat(), after.id]
            offset = 0
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        cursor = self.conn.execute(
            "SELECT id, started_at, leader, company, round, status, verdict, felt_total, "
            f"predicted_total, gap_total, demo, {_MEAN_FELT}, {_MEAN_GAP}, "
            "team.came_from, team.synced_at "
            f"FROM sessions LEFT JOIN team_sessions team ON team.session_id = sessions.id "
            f"{where} ORDER BY {order}"
            + (f" LIMIT {int(limit)}" if limit else "")
            + (f" OFFSET {int(offset)}" if offset and limit else ""),
            params,
        )
        cursor.row_factory = None  # plain tuples: this runs for every row at start-up
        statuses = {s.value: s for s in SessionStatus}
        verdicts: dict[str | None, Verdict | None] = {v.value: v for v in Verdict}
        verdicts[None] = None
        parse = moment_from_text  # a damaged date shows as one, the list goes on
        return [
            SessionSummary(id_, parse(started), leader, company, round_, statuses[status],
                           verdicts[verdict], felt, predicted, gap, bool(demo), mean_felt,
                           mean_gap, came_from or "", synced_at)
            for (id_, started, leader, company, round_, status, verdict, felt, predicted, gap,
                 demo, mean_felt, mean_gap, came_from, synced_at) in cursor
        ]

    @storage_errors
    def count_sessions(self, round_label: str | None = None, *,
                       include_demo: bool = True) -> int:
        clauses, params = ([] if include_demo else ["demo = 0"]), []
        if round_label is not None:
            clauses.append("round = ?")
            params.append(round_label)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        row = self.conn.execute(f"SELECT COUNT(*) FROM sessions{where}", params).fetchone()
        return int(row[0])

    @storage_errors
    def demo_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM sessions WHERE demo = 1")]

    @storage_errors
    def rounds(self, *, include_demo: bool = True) -> list[str]:
        """Round labels, most recently used first; a round of demo sessions only if asked."""
        rows = self.conn.execute(
            "SELECT round FROM sessions " + ("" if include_demo else "WHERE demo = 0 ")
            + "GROUP BY round "
            "ORDER BY MAX(started_at) DESC, MAX(rowid) DESC"  # a tie: the latest added first
        )
        return [r[0] for r in rows]

    @storage_errors
    def round_comparison(self, *, include_demo: bool = True) -> list[RoundTouchpoint]:
        """Per round and touchpoint: sessions rated, mean felt and mean gap (one query).

        Rounds come in the order they began, touchpoints in step order; demo sessions
        only if asked for.
        """
        rows = self.conn.execute(
            """
            SELECT s.round, st.key, MIN(st.title), MIN(st.position), COUNT(st.points),
                   AVG(st.points), AVG(st.points - st.predicted_points),
                   MIN(s.started_at) OVER (PARTITION BY s.round) AS round_start
            FROM steps st JOIN sessions s ON s.id = st.session_id
            """ + ("" if include_demo else "WHERE s.demo = 0") + """
            GROUP BY s.round, st.key
            ORDER BY round_start, s.round, MIN(st.position)
            """
        ).fetchall()
        return [
            RoundTouchpoint(r[0], r[1], r[2], r[3], r[4],
                            None if r[5] is None else round(r[5], 2),
                            None if r[6] is None else round(r[6], 2))
            for r in rows
        ]
