"""Bad input loses nothing: damaged database, failed saves, unexpected exceptions."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSlider
from pytestqt.qtbot import QtBot

from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository
from ui.dialogs.database_dialog import open_services_interactive
from ui.errors import CrashHook
from ui.main_window import MainWindow


def click_in_message_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Answer the next modal message box by clicking the button with `button_text`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.close()

    QTimer.singleShot(0, answer)


def test_damaged_database_names_the_file_and_start_fresh_keeps_it(
    qtbot: QtBot, data_dir: Path) -> None:
    path = data_dir / "mysteryshop.db"
    path.write_bytes(b"not a database" * 500)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[str] = []
    click_in_message_box(qtbot, "Start fresh", seen)
    QTimer.singleShot(300, lambda: click_in_message_box(qtbot, "OK", seen))
    services = open_services_interactive(DataFolder(data_dir))
    assert services is not None
    assert str(path) in seen[0]
    assert services.library.page() == []
    kept = [p for p in data_dir.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == digest
    assert str(kept[0]) in seen[1]
    services.close()


def test_damaged_database_quit_leaves_everything_as_it_was(
    qtbot: QtBot, data_dir: Path
) -> None:
    path = data_dir / "mysteryshop.db"
    path.write_bytes(b"not a database" * 500)
    seen: list[str] = []
    click_in_message_box(qtbot, "Quit", seen)
    assert open_services_interactive(DataFolder(data_dir)) is None
    assert [p.name for p in data_dir.iterdir()] == ["mysteryshop.db"]
    assert path.read_bytes() == b"not a database" * 500


def test_a_failed_save_is_shown_and_the_page_shows_what_is_stored(
    qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    session = window.services.sessions.create("Ann", "Acme", "R1")
    window.open_session(session.id)
    view = window.session_view
    assert view is not None
    page = view.current_step_page()
    assert page is not None
    # The database stops accepting writes (as with a full disk or a read-only file).
    repository.conn.execute("PRAGMA query_only = ON")
    page.feeling.findChild(QSlider, "pointsSlider").setValue(4)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "Could not save" in box.text()
    assert page.feeling.value() is None  # not pretending it was saved
    repository.conn.execute("PRAGMA query_only = OFF")
    box.close()


def test_crash_hook_logs_the_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = CrashHook(tmp_path / "x.log", show_dialog=False)
    hook.install()
    try:
        assert sys.excepthook is hook
        try:
            raise ZeroDivisionError("boom in a slot")
        except ZeroDivisionError as exc:
            with caplog.at_level(logging.CRITICAL):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_a_damaged_file_found_after_the_first_paint_is_told_at_once(
        qtbot: QtBot, tmp_path: Path) -> None:
    from mysteryshop.services.app_services import AppServices
    from tests.databases import damaged_after_a_clean_exit

    folder = DataFolder(tmp_path)
    damaged_after_a_clean_exit(folder)
    window = MainWindow(AppServices.open(folder))  # opens: no check on the open path
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "databaseDamagedBox") is not None,
                    timeout=5000)
    box = window.findChild(QMessageBox, "databaseDamagedBox")
    assert str(folder.database) in box.text() and "damaged" in box.text()
    assert "start fresh" in box.informativeText()
    box.close()
    window.close()
    window.services.close()
    assert folder.needs_check()  # the next start asks what to do, before anything else
