"""Export to Excel from the app: scope, a worker thread, and what follows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mysteryshop.demo import create_demo_session
from mysteryshop.errors import ExportCancelledError
from mysteryshop.storage.repository import Repository
from ui.jobs.export_dialog import ExportDialog, ExportFlow
from ui.jobs.export_runner import ExportRunner
from ui.main_window import MainWindow


def test_export_of_the_selected_session_runs_off_the_ui_thread_and_offers_to_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, repository: Repository) -> None:
    create_demo_session(repository, as_demo=False)
    session = create_demo_session(repository, as_demo=False)
    window.refresh_home()
    window.home.select_session(session.id)
    window.jobs.export_to_excel()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected.isChecked() and "Acme North" in dialog.selected.text()
    assert dialog.all.text() == "All sessions (2)"
    dialog.path.setText(str(tmp_path / "meeting"))
    dialog.accept()
    flow = window.jobs.flow
    qtbot.waitUntil(lambda: flow.result is not None and flow.result.isVisible(), timeout=10000)
    assert isinstance(flow.result, QMessageBox)
    assert [b.text() for b in flow.result.buttons() if b.text() in ("Open", "Show in folder")] \
        == ["Open", "Show in folder"]
    assert len(openpyxl.load_workbook(tmp_path / "meeting.xlsx")["Steps"]["A"]) == 6
    flow.result.close()


def test_the_recordings_can_go_beside_the_workbook(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, repository: Repository) -> None:
    session = create_demo_session(repository, window.services.folder.root, as_demo=False)
    window.refresh_home()
    window.home.select_session(session.id)
    window.jobs.export_to_excel()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and not dialog.with_recordings.isChecked()  # a choice made
    dialog.with_recordings.setChecked(True)
    dialog.path.setText(str(tmp_path / "pack"))
    dialog.accept()
    flow = window.jobs.flow
    qtbot.waitUntil(lambda: flow.result is not None and flow.result.isVisible(), timeout=10000)
    assert "3 recordings copied to the folder “pack recordings”" in flow.result.informativeText()
    copies = list((tmp_path / "pack recordings").rglob("*.wav"))
    assert len(copies) == 3
    flow.result.close()


def test_a_failed_export_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                      repository: Repository) -> None:
    create_demo_session(repository, as_demo=False)
    flow = window.jobs.start_export(tmp_path / "no such folder" / "m.xlsx")
    with qtbot.waitSignal(flow.runner.failed, timeout=10000):
        pass
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "does not exist" in box.text()
    box.close()


def test_cancelling_shows_nothing_and_writes_nothing(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path,
                                                     repository: Repository) -> None:
    create_demo_session(repository, as_demo=False)
    assert repository.path is not None
    flow = ExportFlow(ExportRunner(window.services.exports), window)
    flow.progress.findChild(QPushButton).click()  # the user cancels as it starts
    with qtbot.waitSignal(flow.runner.failed, timeout=10000) as failed:
        flow.start(tmp_path / "m.xlsx", None, None)
    assert isinstance(failed.args[0], ExportCancelledError)
    assert window.findChild(QMessageBox, "errorBox") is None
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no workbook, no temp file


def test_the_summary_offers_an_export_of_its_session(qtbot: QtBot, window: MainWindow,
                                                     repository: Repository) -> None:
    session = create_demo_session(repository, as_demo=False)
    window.open_session(session.id)
    qtbot.mouseClick(window.findChild(QPushButton, "summaryExportButton"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.selected.isChecked()
    assert dialog.scope() == (None, [session.id])
    dialog.round.setChecked(True)
    assert dialog.scope() == ("Round 1 — demo", None)
    dialog.reject()


def test_a_bug_in_a_job_is_reported_not_left_hanging(qtbot: QtBot, window: MainWindow) -> None:
    """The progress dialog must not wait forever for a job that died of a bug."""
    from ui.jobs.job_runner import JobRunner

    def broken(progress: object, cancelled: object) -> object:
        raise ValueError("boom")

    runner = JobRunner("broken", window)
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(broken)
    assert "Something unexpected went wrong (boom)" in str(failed.args[0])
