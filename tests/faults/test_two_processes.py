"""Two processes on one data folder: neither fails, neither loses the other's work."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mysteryshop.errors import BundleError
from mysteryshop.services import sharing
from tests.bundles import Laptop
from tests.conftest import ROOT

OPEN_AT = """
import sys, time
from pathlib import Path
from mysteryshop.storage.db import open_database
start = float(sys.argv[2])
while time.time() < start:
    pass
conn = open_database(Path(sys.argv[1]))
print(conn.execute("PRAGMA user_version").fetchone()[0])
"""


def test_processes_opening_a_new_data_folder_at_once_all_succeed(tmp_path: Path) -> None:
    failures = []
    for run in range(12):
        db = tmp_path / f"run{run}" / "mysteryshop.db"
        db.parent.mkdir()
        start = time.time() + 1.0  # both past their imports, then at the same moment
        children = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(db), str(start)],
                                     cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True) for _ in range(3)]
        for child in children:
            _out, err = child.communicate(timeout=60)
            if child.returncode != 0:
                failures.append(err.strip().splitlines()[-1])
    assert failures == []


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    leader = Laptop(tmp_path / "leader")
    session = leader.demo()
    path = leader.share(tmp_path / "acme.mshop", session.id).path
    leader.close()
    return path


def test_an_import_waits_while_another_program_writes_then_goes_in(
        bundle: Path, tmp_path: Path) -> None:
    target = Laptop(tmp_path / "target")
    other = sqlite3.connect(target.db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    threading.Timer(1.5, lambda: other.execute("COMMIT")).start()
    report = target.receive(bundle)
    assert report.counts() == "1 added, 0 updated, 0 skipped"
    other.close()
    target.close()


def test_an_import_gives_up_clearly_when_the_database_stays_busy(
        bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharing, "BUSY_WAIT_SECONDS", 0.5)
    target = Laptop(tmp_path / "target")
    other = sqlite3.connect(target.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(BundleError, match="the database stayed busy: another program"):
        target.receive(bundle)
    other.execute("ROLLBACK")
    assert target.repository.count_sessions() == 0  # nothing changed
    assert not list(target.data_dir.glob(".import-*"))
    other.close()
    target.close()


IMPORT_AT = """
import sys, time
from pathlib import Path
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.sharing import SharingService
start = float(sys.argv[3])
while time.time() < start:
    pass
print(SharingService(DataFolder(Path(sys.argv[1]))).import_bundle(Path(sys.argv[2])).counts())
"""


def test_two_imports_of_one_bundle_at_once_take_turns(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "target"
    Laptop(data).close()  # the database exists
    start = time.time() + 1.5
    children = [subprocess.Popen([sys.executable, "-c", IMPORT_AT, str(data), str(bundle),
                                  str(start)], cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), results
    assert sorted(out.strip() for out, _ in results) == [
        "0 added, 0 updated, 1 skipped", "1 added, 0 updated, 0 skipped"]


OTHER_WINDOW = """
import sys
from pathlib import Path
from mysteryshop.model import MarkerKind
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
service = SessionService(Repository.open(Path(sys.argv[1])))
session = service.open(sys.argv[2])
action = sys.argv[3]
if action == "notes":
    service.set_notes(session, "call", "A whole paragraph typed in the other window.")
elif action == "start":
    service.start_timer(session, "call")
elif action == "ring":
    service.add_marker(session, "call", MarkerKind.RING)
"""


def other_window(db: Path, session_id: str, action: str) -> None:
    """The same session edited by a second process (another window on the folder)."""
    subprocess.run([sys.executable, "-c", OTHER_WINDOW, str(db), session_id, action],
                   cwd=ROOT, check=True, capture_output=True, timeout=60)


def test_a_stale_window_never_writes_over_the_other_windows_work(tmp_path: Path) -> None:
    from mysteryshop.errors import SessionChangedError
    from mysteryshop.model import MarkerKind
    from mysteryshop.services.session_flow import SessionService
    from mysteryshop.storage.repository import Repository

    db = tmp_path / "mysteryshop.db"
    here = SessionService(Repository.open(db))
    session = here.create("Ann", "Acme", "R1")  # open in this window, as read now

    other_window(db, session.id, "notes")
    with pytest.raises(SessionChangedError, match="changed elsewhere"):
        here.set_notes(session, "call", "x")  # one key typed here, from a stale copy
    stored = Repository.open(db).get_session(session.id)
    assert stored.step("call").notes == "A whole paragraph typed in the other window."

    # Both start the step's timer: one interval, not two counted twice.
    session = here.open(session.id)
    here.start_timer(session, "call")
    other_window(db, session.id, "start")
    assert len(Repository.open(db).get_session(session.id).step("call").intervals) == 1

    # Three rings from two windows are three rings.
    here.add_marker(session, "call", MarkerKind.RING)
    other_window(db, session.id, "ring")
    here.add_marker(session, "call", MarkerKind.RING)
    stored = Repository.open(db).get_session(session.id)
    assert len(stored.step("call").markers) == 3
    assert stored.step("call").measures.rings == 3
    assert session.step("call").measures.rings == 3  # this window sees the other's ring
