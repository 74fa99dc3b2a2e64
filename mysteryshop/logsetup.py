"""Logging configured once at start-up: a rotating file in the platform log directory."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "mysteryshop.log"


def configure_logging(directory: Path, level: int = logging.INFO) -> Path | None:
    """Log to `directory/mysteryshop.log` (1 MB × 3); returns the path, or None if unwritable."""
    path = directory / LOG_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        # A read-only home must not stop a leader from running a session.
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return path
