"""Share and import from the app: menus, the summary button, drag and drop, results."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from tests.bundles import Laptop
from ui.jobs.bundle_flows import ShareDialog
from ui.main_window import MainWindow


def wait_box(qtbot: QtBot, window: MainWindow, name: str) -> QDialog:
    qtbot.waitUntil(lambda: (b := window.findChild(QDialog, name)) is not None
                    and b.isVisible(), timeout=15000)
    box = window.findChild(QDialog, name)
    assert box is not None
    return box


def report_rows(dialog: QDialog) -> list[list[str]]:
    model = dialog.findChild(QTableView, "importTable").model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_share_the_open_session_from_its_summary(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    window.services.sessions.create("Ann", "Acme", "Round 1")
    session = window.services.library.add_demo()
    window.open_session(session.id)
    qtbot.mouseClick(window.findChild(QPushButton, "summaryShareButton"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(ShareDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected.isChecked() and dialog.scope() == (None, [session.id])
    assert dialog.all.text() == "All sessions (1)"  # the demo is shared only when named
    dialog.path.setText(str(tmp_path / "for-rae"))
    dialog.accept()
    box = wait_box(qtbot, window, "shareDone")
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Wrote {tmp_path / 'for-rae.mshop'} (1 session, 3 recordings)."
    assert "Show in folder" in [b.text() for b in box.buttons()]
    with zipfile.ZipFile(tmp_path / "for-rae.mshop") as bundle:
        assert len(bundle.namelist()) == 4
    box.close()


def test_import_adds_the_sessions_and_lists_what_came_in(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    leader = Laptop(tmp_path / "leader")
    session = leader.demo()
    bundle = leader.share(tmp_path / "in.mshop", session.id).path
    leader.close()
    window.jobs.import_bundle(bundle)
    box = wait_box(qtbot, window, "importDone")
    assert box.findChild(QLabel, "importHeading").text() == (
        "Imported in.mshop: 1 added, 0 updated, 0 skipped.")
    [[label, round_label, result, details]] = report_rows(box)
    assert label.startswith("Acme North · A. Rivera (demo)") and round_label == session.round
    assert (result, details) == ("Added", "new, with 3 recordings")
    # (the report and the list's refresh come from one signal, in either order)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1, timeout=5000)
    assert window.home.selected_session_id() == session.id
    assert window.statusBar().currentMessage() == "1 added, 0 updated, 0 skipped"
    box.close()
    recordings = [r for s in window.services.library.get(session.id).steps
                  for r in s.recordings]
    assert len(recordings) == 3
    assert all((window.services.folder.root / r.path).is_file() for r in recordings)


def test_a_refused_bundle_is_explained_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.services.library.add_demo()
    bad = tmp_path / "bad.mshop"
    with zipfile.ZipFile(bad, "w") as bundle:
        bundle.writestr("../../evil.wav", b"RIFF")
    window.jobs.import_bundle(bad)
    # (the refusal can come before a wait for the signal would begin: wait for its box)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None,
                    timeout=10000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text() == (
        "bad.mshop was not imported: the entry '../../evil.wav' points outside the bundle "
        "('..'). Nothing was changed.")
    assert window.services.library.count() == 1
    assert not (tmp_path / "evil.wav").exists()
    box.close()


def test_a_bundle_dropped_on_the_window_is_imported(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    leader = Laptop(tmp_path / "leader")
    bundle = leader.share(tmp_path / "dropped.mshop", leader.demo().id).path
    leader.close()
    other = tmp_path / "notes.txt"
    other.write_text("x")
    for path, accepted in ((other, False), (bundle, True)):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted() is accepted
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    wait_box(qtbot, window, "importDone").close()
    assert window.services.library.count() == 1


@pytest.mark.audio  # the review plays its recording: QMediaPlayer needs an audio server
def test_an_open_review_shows_the_notes_that_came_in(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, audio_input: str) -> None:
    session = window.services.library.add_demo()
    colleague = Laptop(tmp_path / "colleague")
    colleague.receive(Laptop.share_from(window.services.folder,
                                        tmp_path / "out.mshop", session.id))
    theirs = colleague.session(session.id)
    colleague.review.add_note(theirs, "call", 30.0, "Hold music far too loud")
    back = colleague.share(tmp_path / "back.mshop", session.id).path
    colleague.close()
    review = window.open_review(session.id, "call")
    assert review is not None and review.timelines.notes_model.rowCount() == 0
    window.jobs.import_bundle(back)
    box = wait_box(qtbot, window, "importDone")
    assert [row[2:] for row in report_rows(box)] == [["Updated", "1 reviewer note"]]
    reopened = window.review_view
    assert reopened is not None and reopened is not review
    assert reopened.step is not None and reopened.step.key == "call"
    assert [n.text for n in reopened.step.review_notes] == ["Hold music far too loud"]
    box.close()
