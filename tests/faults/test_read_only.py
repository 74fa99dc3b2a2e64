"""A read-only database (a file, a folder or a disk that refuses writes) can still be read:
the list, a session and an export work; a change says why it cannot be saved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from tests.conftest import ROOT, remount_read_only, small_disk


def test_a_read_only_data_folder_still_lists_shows_and_exports(tmp_path: Path) -> None:
    with small_disk(tmp_path / "data", "8m") as data:
        services = AppServices.open(DataFolder(data))
        session = services.sessions.create("Ann", "Acme", "Round 1")
        services.sessions.set_notes(session, "call", "kept safe")
        services.close()
        remount_read_only(data)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir", str(data),
                                   *args], cwd=ROOT, capture_output=True, text=True)

        listed = run("list")
        assert listed.returncode == 0 and "Acme" in listed.stdout, listed.stderr
        shown = run("show", session.id[:8])
        assert shown.returncode == 0 and "kept safe" in shown.stdout, shown.stderr
        exported = run("export", str(tmp_path / "meeting.xlsx"))
        assert exported.returncode == 0, exported.stderr
        assert (tmp_path / "meeting.xlsx").exists()
        refused = run("delete", session.id[:8])
        assert refused.returncode == 1 and "readonly" in refused.stderr.replace("-", "")
        assert "unexpected" not in refused.stderr
