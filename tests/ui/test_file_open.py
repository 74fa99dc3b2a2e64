"""A bundle double-clicked on macOS arrives as a QFileOpenEvent: it is imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.bundles import Laptop
from ui.file_open import FileOpenEvents
from ui.main_window import MainWindow


def test_a_file_open_event_imports_the_bundle_even_before_the_window_exists(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    leader = Laptop(tmp_path / "leader")
    session = leader.demo()
    bundle = leader.share(tmp_path / "from-leader.mshop", session.id).path
    leader.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = FileOpenEvents(app)
    # At launch macOS sends the event before the window is made: it waits for it.
    QCoreApplication.sendEvent(app, QFileOpenEvent(str(bundle)))
    with qtbot.waitSignal(window.jobs.imported, timeout=20_000):
        opened.deliver_to(window.open_file)
    assert window.services.library.get(session.id).company == session.company
    # Later ones (the app already open) go straight in; a second copy changes nothing.
    with qtbot.waitSignal(window.jobs.imported, timeout=20_000) as again:
        QCoreApplication.postEvent(app, QFileOpenEvent(str(bundle)))
    assert "1 skipped" in again.args[0].counts()
    opened.deleteLater()
