"""Where data, logs and bundled resources live (platformdirs; frozen-app aware)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mysteryshop import APP_ID

DATA_DIR_ENV = "MYSTERYSHOP_DATA_DIR"
DATABASE_NAME = "mysteryshop.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: `--data-dir`, else $MYSTERYSHOP_DATA_DIR, else the user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    # Imported here: platformdirs costs ~35 ms and is not needed when a directory is given.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """The platform log directory for the rotating log file."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` readable by the owner only (0700): it holds people's calls and notes."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resource_path(*parts: str) -> Path:
    """A file under resources/, also when frozen by PyInstaller (sys._MEIPASS)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
