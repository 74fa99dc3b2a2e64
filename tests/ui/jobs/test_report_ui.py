"""File › Meeting pack from the app: the menu, the dialog, a worker thread, the result."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from mysteryshop.demo import create_demo_session
from mysteryshop.storage.repository import Repository
from ui.jobs.report_flow import MeetingPackDialog
from ui.main_window import MainWindow


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_the_file_menu_writes_the_pack_of_a_round_on_letter_paper(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, repository: Repository) -> None:
    create_demo_session(repository, as_demo=False)
    create_demo_session(repository, as_demo=False)
    window.refresh_home()
    assert "&Meeting pack (PDF)…" in menu_texts(window)
    action = window.window_actions.meeting_pack
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    dialog = window.findChild(MeetingPackDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.path.text().endswith(".pdf") and "meeting-pack" in dialog.path.text()
    dialog.round.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.path.setText(str(tmp_path / "pack"))
    dialog.accept()
    flow = window.jobs.flow
    qtbot.waitUntil(lambda: flow.result is not None and flow.result.isVisible(), timeout=20000)
    assert isinstance(flow.result, QMessageBox)
    assert "(2 sessions)" in flow.result.text() and flow.result.informativeText() == "4 pages"
    assert [b.text() for b in flow.result.buttons() if b.text() in ("Open", "Show in folder")] \
        == ["Open", "Show in folder"]
    info = subprocess.run(["pdfinfo", str(tmp_path / "pack.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert "792 x 612 pts (letter)" in info and "Pages:           4" in info
    flow.result.close()


def test_the_paper_follows_the_locale_and_nothing_to_write_says_so(
        qtbot: QtBot, window: MainWindow, repository: Repository) -> None:
    window.jobs.meeting_pack()
    assert window.findChild(MeetingPackDialog) is None  # no sessions: an error, no dialog
    create_demo_session(repository, as_demo=False)
    window.refresh_home()
    for locale, paper in (("en_US", "letter"), ("de_DE", "a4"), ("en_GB", "a4")):
        QLocale.setDefault(QLocale(locale))
        try:
            dialog = MeetingPackDialog(1, ["Round 1"], None, window)
            assert dialog.paper.currentData() == paper, locale
            dialog.deleteLater()
        finally:
            QLocale.setDefault(QLocale.c())
