"""An export killed half-way leaves nothing behind once the app starts again: not the
half-written workbook beside its target, and not openpyxl's sheets (customers' notes) in
the system's temp folder, where nothing would ever remove them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from tests.conftest import ROOT


def test_a_killed_export_leaves_no_sheets_anywhere(data_dir: Path, tmp_path: Path) -> None:
    services = AppServices.open(DataFolder(data_dir))
    for number in range(1500):  # ~3 s to export: time to kill it half-way
        session = services.sessions.create(f"Leader {number}", "Acme", "R1")
        services.sessions.set_notes(session, "call", "a customer's private story " * 20)
    services.close()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    out = tmp_path / "meeting" / "pack.xlsx"
    out.parent.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "TEMP": str(system_temp)}

    def run(*args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "mysteryshop", "--data-dir",
                                 str(data_dir), *args], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    export = run("export", str(out))
    deadline = time.monotonic() + 30
    while not list(data_dir.glob(".tmp-*/openpyxl.*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    sheets = list(data_dir.glob(".tmp-*/openpyxl.*"))
    time.sleep(0.3)
    os.kill(export.pid, signal.SIGKILL)
    export.wait(10)
    assert sheets, "the export wrote no sheet where it was watched"
    assert not list(system_temp.iterdir())  # never in the shared temp folder
    assert not out.exists()

    assert run("list").wait(30) == 0  # the next start
    assert not list(data_dir.glob(".tmp-*")), "the killed export's sheets are still there"
    assert not [p for p in out.parent.iterdir()], "a half-written workbook is still there"
