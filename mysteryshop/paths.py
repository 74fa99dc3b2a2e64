"""Where data, logs and bundled resources live (platformdirs; frozen-app aware)."""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.util import find_spec
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
    """A file under resources/: beside this package in the repository, under the app's
    own package when installed (see packaging/app), in sys._MEIPASS when frozen."""
    return _resources().joinpath(*parts)


@cache
def _resources() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "steps.json").is_file():
        return checkout
    spec = find_spec("mysteryshop_app")  # a wheel: site-packages/mysteryshop_app/resources
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "resources"
    return checkout
