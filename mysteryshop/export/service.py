"""Export from the database file: one call for the CLI and the app's worker thread."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from mysteryshop.export.workbook import Progress, write_workbook
from mysteryshop.storage.repository import Repository


def export_workbook(
    db_path: Path,
    out: Path,
    data_dir: Path,
    *,
    round_label: str | None = None,
    session_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """Write the workbook for all sessions, one round's, or the given ones.

    Opens its own connection, so it can run on a worker thread while the UI keeps its
    own. Returns the file written and how many sessions it holds.
    """
    sessions = Repository.sessions_from(db_path, round_label, session_ids)
    written = write_workbook(sessions, out, data_dir, now=time.time(), progress=progress,
                             cancelled=cancelled)
    return written, len(sessions)
