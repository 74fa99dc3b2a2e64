"""The integrity check is off the open path after a clean exit, on it after an unclean one,
and in `check`; a damaged file found later is asked about at the next open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mysteryshop.errors import DatabaseUnreadableError
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from tests.conftest import ROOT
from tests.databases import damaged_after_a_clean_exit


def test_a_clean_exit_leaves_no_marker_and_the_next_open_skips_the_check(
        tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    damaged_after_a_clean_exit(folder)
    assert not folder.needs_check()
    services = AppServices.open(folder)  # no check on the open path: it opens
    assert services.check_integrity() != []  # the check after the first paint finds it
    services.close()
    with pytest.raises(DatabaseUnreadableError, match="damaged"):
        AppServices.open(folder)  # and the next open asks what to do
    assert folder.database.exists()


def test_after_an_unclean_exit_the_open_checks_first(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    damaged_after_a_clean_exit(folder)
    killed = subprocess.run(
        [sys.executable, "-c",
         "import os, sys\nfrom pathlib import Path\n"
         "from mysteryshop.services.app_services import AppServices\n"
         "from mysteryshop.services.data_folder import DataFolder\n"
         "import sqlite3\n"
         "folder = DataFolder(Path(sys.argv[1]))\n"
         "folder.mark_open()\n"
         "os._exit(9)  # dies with the database open\n", str(tmp_path)],
        cwd=ROOT)
    assert killed.returncode == 9 and folder.needs_check()
    with pytest.raises(DatabaseUnreadableError, match="damaged"):
        AppServices.open(folder)


def test_a_healthy_file_opens_checked_or_not_and_clears_the_markers(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    AppServices.open(folder).close()
    folder.database.with_name(f"{folder.database.name}.open-{os.getpid() + 1}").touch()
    services = AppServices.open(folder)
    assert services.check_integrity() == []
    services.close()
    assert not folder.needs_check()


def test_cli_check_names_a_damaged_database(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    damaged_after_a_clean_exit(folder)
    result = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir", str(tmp_path),
                             "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "is damaged" in result.stdout and str(folder.database) in result.stdout
