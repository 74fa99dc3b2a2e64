"""A read-only database (a file, a folder or a disk that refuses writes) can still be read:
the list, a session and an export work; a change says why it cannot be saved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from tests.conftest import ROOT, remount_read_only, small_disk
from ui.main_window import MainWindow


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


def test_the_window_says_at_once_that_a_read_only_database_cannot_change(
        qtbot: QtBot, tmp_path: Path) -> None:
    with small_disk(tmp_path / "data", "8m") as data:
        services = AppServices.open(DataFolder(data))
        session = services.sessions.create("Ann", "Acme", "Round 1")
        services.sessions.set_notes(session, "call", "kept safe")
        services.close()
        remount_read_only(data)
        services = AppServices.open(DataFolder(data))
        assert services.read_only
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        try:
            notice = window.findChild(QLabel, "readOnlyNotice")
            assert notice is not None and notice.isVisible()
            assert not window.window_actions.new.isEnabled()
            assert not window.window_actions.import_.isEnabled()
            assert window.window_actions.export.isEnabled()
            view = window.open_session(session.id)
            assert view is not None
            view.go_to(1)  # a page turn is not a change that fails
            page = view.current_step_page()
            assert page is not None
            assert page.notes.toPlainText() == "kept safe" and not page.notes.isEnabled()
            view.go_to(len(session.steps))
            assert not view.summary.finish_button.isEnabled()
            assert window.findChild(QMessageBox, "errorBox") is None
        finally:
            window.close()
            services.close()
