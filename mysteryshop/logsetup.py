"""Logging configured once at start-up: a rotating file in the platform log directory."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_NAME = "mysteryshop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def configure_logging(directory: Path, level: int = logging.INFO) -> Path | None:
    """Log to `directory/mysteryshop.log`; returns the path, or None if it is unwritable.

    The file is rotated at start-up once it passes 1 MB (keeping 3 old ones) rather than
    by logging.handlers.RotatingFileHandler, whose import costs ~15 ms of every start.
    """
    path = directory / LOG_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        # A read-only home must not stop a leader from running a session.
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return path


def _rotate(path: Path) -> None:
    """mysteryshop.log → .1 → .2 → .3; the oldest is dropped."""
    for number in range(BACKUPS - 1, 0, -1):
        older = Path(f"{path}.{number}")
        if older.exists():
            os.replace(older, f"{path}.{number + 1}")
    os.replace(path, f"{path}.1")
