"""Two processes on one data folder: neither fails, neither loses the other's work."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

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
