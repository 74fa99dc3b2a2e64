"""Fault suite: kill -9 the real app at random moments of a scripted session, 20 times.

Every edit the app had committed (it says so on stdout right after the write returns)
must be there after the restart, and the database must open cleanly every time.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.gui]  # the real app, in a child process
KILLS = 20

SCRIPTED_SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSlider
from mysteryshop.model import MarkerKind
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from ui.app import create_application
from ui.main_window import MainWindow

app = create_application([])
window = MainWindow(AppServices.open(DataFolder(Path(sys.argv[1]))))
window.show()
sessions = window.services.library.page()
session_id = sessions[0].id if sessions else window.services.sessions.create("Ann", "Acme", "R1").id
window.open_session(session_id)
view = window.session_view
view.go_to(1)
page = view.current_step_page()
notes = page.findChild(QPlainTextEdit, "stepNotes")
feeling = page.feeling.findChild(QSlider, "pointsSlider")
print("ready", flush=True)
i = 0
while True:
    i += 1
    action = i % 3
    if action == 0:
        page.stamp(MarkerKind.RING)
        print("markers", len(page.step.markers), flush=True)
    elif action == 1:
        QTest.keyClicks(notes, "x")
        print("notes", len(page.step.notes), flush=True)
    else:
        feeling.setValue(i % 21 - 10)
        print("points", page.step.points, i, flush=True)
    app.processEvents()
"""


def test_every_committed_edit_survives_twenty_kills(data_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(2026)
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    last: dict[str, int] = {"markers": 0, "notes": 0}
    stored_points: int | None = None
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", SCRIPTED_SESSION, str(data_dir)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", f"restart {kill} failed"
        deadline = time.monotonic() + rng.uniform(0.05, 0.8)
        seen: list[str] = []
        while time.monotonic() < deadline:
            seen.append(child.stdout.readline())
        child.kill()
        child.wait()
        # The script sets points to i % 21 - 10 on every third step (i = 2, 5, 8, ...).
        allowed_points = {stored_points, 2 % 21 - 10}
        for line in seen:
            kind, *values = line.split()
            if kind in last:
                last[kind] = int(values[0])
            elif kind == "points":
                step_number = int(values[1])
                allowed_points = {int(values[0]), (step_number + 3) % 21 - 10}
        repository = Repository.open(data_dir / "mysteryshop.db")  # opens cleanly
        step = repository.get_session(repository.list_sessions()[0].id).step("call")
        repository.close()
        # What was announced is stored; at most the one edit in flight went further.
        assert len(step.markers) in (last["markers"], last["markers"] + 1), kill
        assert len(step.notes) in (last["notes"], last["notes"] + 1), kill
        assert step.points in allowed_points, kill
        last = {"markers": len(step.markers), "notes": len(step.notes)}
        stored_points = step.points
    assert last["markers"] > 0 and last["notes"] > 0
