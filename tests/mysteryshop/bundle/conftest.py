"""Two laptops per test, each with its own data folder: the leader's and the reviewer's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bundles import Laptop


@pytest.fixture
def leader(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "leader")
    yield laptop
    laptop.close()


@pytest.fixture
def reviewer(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "reviewer")
    yield laptop
    laptop.close()
