"""A file is written whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mysteryshop.atomic import atomic_write, shareable_mode


def test_the_target_appears_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with atomic_write(target) as file:
        file.write(b"new")
        assert not target.exists()
        assert len(list(tmp_path.iterdir())) == 1  # only the temporary file, beside it
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failure_keeps_the_old_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target) as file:
        file.write(b"half of the new")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_private_unless_a_mode_is_given(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "private") as file:
        file.write(b"x")
    with atomic_write(tmp_path / "shared", mode=shareable_mode()) as file:
        file.write(b"x")
    assert stat.S_IMODE(os.stat(tmp_path / "private").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "shared").st_mode) == shareable_mode()
