"""The round plan's reads at 20,000 realistic sessions (four rounds of 5,000): the home
screen's progress line, and who has done a round, each against the plainest SQL that
reads the same rows.

Run: `.venv/bin/python bench/round_plan.py [--sessions 20000]`. The home line runs on the
UI thread at every refresh, so it must stay a few milliseconds; who has done a round reads
every step of the round and runs on a worker thread (it is reported, not held to 50 ms).
Each figure is the median of several runs in one process, ours and the baseline
alternating.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Figure, fill_realistic, print_table  # noqa: E402
from mysteryshop.paths import DATABASE_NAME  # noqa: E402
from mysteryshop.services.round_plan import RoundPlan  # noqa: E402
from mysteryshop.storage.repository import Repository  # noqa: E402

ROUND = "Round 2"  # fill_realistic spreads sessions over Round 1..4


def _ms(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return (time.perf_counter() - start) * 1000


def measure(sessions: int = 20000, runs: int = 9) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill_realistic(data, sessions)
        repository = Repository.open(data / DATABASE_NAME)
        plan, conn = RoundPlan(repository), repository.conn
        in_round = conn.execute("SELECT COUNT(*) FROM sessions WHERE round = ?",
                                (ROUND,)).fetchone()[0]

        def bare_sessions() -> object:
            return conn.execute("SELECT leader, status FROM sessions WHERE round = ?",
                                (ROUND,)).fetchall()

        def bare_steps() -> object:
            return conn.execute("SELECT s.leader, st.key, st.points FROM sessions s JOIN steps "
                                "st ON st.session_id = s.id WHERE s.round = ?",
                                (ROUND,)).fetchall()

        pairs = (("home", lambda: plan.headline(ROUND), bare_sessions),
                 ("who", lambda: plan.progress(ROUND), bare_steps))
        results: dict[str, tuple[float, float]] = {}
        for name, ours, baseline in pairs:
            ours(), baseline()  # warm the page cache for both alike
            ours_times, base_times = [], []
            for _ in range(runs):  # alternating, so a slow spell hits both alike
                ours_times.append(_ms(ours))
                base_times.append(_ms(baseline))
            results[name] = statistics.median(ours_times), statistics.median(base_times)
        repository.close()
    home, who = results["home"], results["who"]
    return [
        Figure(f"Home: the round's progress line ({in_round:,} sessions in the round, "
               f"{sessions:,} in all)", f"{home[0]:.1f} ms",
               f"{home[1]:.1f} ms bare read of the round's sessions", home[0] / home[1],
               "≤ 20 ms (UI thread)", home[0] <= 20),
        Figure(f"Round plan: who has done it ({in_round * 5:,} steps)", f"{who[0]:.0f} ms",
               f"{who[1]:.0f} ms bare read of the round's steps", who[0] / who[1],
               "reported (worker thread)", True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print_table(measure(args.sessions, args.runs))


if __name__ == "__main__":
    main()
