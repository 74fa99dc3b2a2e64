"""Shared fixtures: a fresh data folder and database per test, a clock the test moves."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt loads: no screen here, and nothing a test does may touch the user's own
# settings, logs or data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="mysteryshop-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ["MYSTERYSHOP_DATA_DIR"] = str(_SANDBOX / "data")

import pytest  # noqa: E402

from mysteryshop.session_service import SessionService  # noqa: E402
from mysteryshop.storage.repository import Repository  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
START = 1_764_000_000.0  # a fixed instant, so times in assertions are exact


class FakeClock:
    """Epoch seconds that move only when the test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "mysteryshop.db"


@pytest.fixture
def repository(db_path: Path) -> Iterator[Repository]:
    repo = Repository.open(db_path)
    yield repo
    repo.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service(repository: Repository, clock: FakeClock) -> SessionService:
    return SessionService(repository, clock)


@pytest.fixture
def python() -> str:
    return sys.executable
