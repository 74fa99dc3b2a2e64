"""The log file: written where asked, rotated when large, never fatal."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from mysteryshop.logsetup import MAX_BYTES, configure_logging


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_log_goes_to_the_file(tmp_path: Path, root_handlers: None) -> None:
    path = configure_logging(tmp_path / "log")
    assert path == tmp_path / "log" / "mysteryshop.log"
    logging.getLogger("mysteryshop.test").warning("hello log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello log" in path.read_text()


def test_a_large_log_is_rotated_at_start(tmp_path: Path, root_handlers: None) -> None:
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / "mysteryshop.log").write_text("x" * (MAX_BYTES + 1))
    (folder / "mysteryshop.log.1").write_text("older")
    configure_logging(folder)
    assert (folder / "mysteryshop.log.1").stat().st_size == MAX_BYTES + 1
    assert (folder / "mysteryshop.log.2").read_text() == "older"
    assert (folder / "mysteryshop.log").stat().st_size == 0


def test_an_unwritable_log_folder_is_not_fatal(tmp_path: Path, root_handlers: None) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(blocker / "log") is None
