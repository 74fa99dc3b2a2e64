"""Damage and leftovers: a damaged row never breaks the list or an export; what a killed
job left behind goes at the next start; a folder named for an export gets the workbook."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.exporting import ExportService
from tests.conftest import ROOT
from ui.main_window import MainWindow


@pytest.mark.parametrize("stored", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00",
                                    "2026-11-01T10:00:00", "not a date"])
def test_a_damaged_date_shows_and_everything_still_works(
        stored: str, services: AppServices, tmp_path: Path, qtbot: QtBot) -> None:
    good = services.sessions.create("Ann", "Acme", "Round 1")
    bad = services.sessions.create("Bo", "Acme", "Round 1")
    with sqlite3.connect(services.folder.database) as db:
        db.execute("UPDATE sessions SET started_at = ? WHERE id = ?", (stored, bad.id))
    assert {s.id for s in services.library.page()} == {good.id, bad.id}
    result = ExportService(services.folder).export(tmp_path / "m.xlsx")
    assert result.sessions == 2
    listed = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                             str(services.folder.root), "list"], cwd=ROOT,
                            capture_output=True, text=True)
    assert listed.returncode == 0 and "Bo" in listed.stdout, listed.stderr
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.home.model.rowCount() == 2
    window.home.table.viewport().grab()  # every cell painted, none raising


def test_leftovers_of_a_killed_import_go_at_the_next_start(data_dir: Path) -> None:
    dead = data_dir / ".import-999999999-0123abcd"  # a pid no process has
    ours = data_dir / f".import-{os.getpid()}-0123abcd"  # an import running right now
    for folder in (dead, ours):
        folder.mkdir(parents=True)
        (folder / "00000.wav").write_bytes(b"RIFF")
    AppServices.open(DataFolder(data_dir)).close()
    assert not dead.exists() and ours.exists()


def test_export_to_an_existing_folder_writes_the_workbook_inside_it(
        services: AppServices, tmp_path: Path) -> None:
    services.sessions.create("Ann", "Acme", "Round 1")
    folder = tmp_path / "meeting"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir",
                           str(services.folder.root), "export", str(folder)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in folder.glob("mystery-shop-*.xlsx")] and not (
        tmp_path / "meeting.xlsx").exists()


KILLED_MID_WRITE = """
import sys, time
from pathlib import Path
from mysteryshop.atomic import atomic_write
with atomic_write(Path(sys.argv[1]), journal=Path(sys.argv[2])) as file:
    file.write(b"customer notes, half written")
    file.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_half_written_file_of_a_killed_export_goes_at_the_next_start(
        data_dir: Path, tmp_path: Path) -> None:
    folder = DataFolder(data_dir)
    out = tmp_path / "shared" / "for-rae.mshop"
    out.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", KILLED_MID_WRITE, str(out),
                              str(folder.pending_writes)], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    child.kill()
    child.wait()
    left = list(out.parent.glob(".for-rae.mshop.*.part"))
    assert len(left) == 1  # a killed process cannot clean up after itself
    AppServices.open(folder).close()
    assert not left[0].exists() and not list(folder.pending_writes.iterdir())
    assert not out.exists()
