"""What every export shares: progress, the meeting's questions, why a write failed."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int], None]  # sessions done, sessions in all

MEETING_QUESTIONS = (
    "What do we do well?",
    "What could be improved?",
    "What does the competition do differently — and is that good or bad?",
    "What must we continue, or start?",
)


def explain_write_error(exc: OSError, where: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"The disk is full: {where} was not written. Free some space and export again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Cannot write {where}: it is read-only, or open in another program "
                "(close it in Excel and export again).")
    return f"Cannot write {where}: {exc.strerror or exc}"
