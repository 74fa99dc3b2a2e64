"""A dialog's size and a splitter's division come back as the user left them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import _shown_window
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow


def test_a_dialog_opens_at_the_size_it_was_left(qtbot: QtBot) -> None:
    QSettings().remove("geometry/settings")
    first = SettingsDialog()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 420)
    qtbot.wait(50)
    first.reject()
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 420)
    QSettings().remove("geometry/settings")


def test_the_home_splitter_keeps_where_the_user_put_it(qtbot: QtBot, window: MainWindow) -> None:
    splitter = window.home.findChild(QSplitter, "homeSplitter")
    assert splitter is not None
    window.resize(1366, 768)
    qtbot.wait(50)
    splitter.moveSplitter(700, 1)  # the user drags the handle
    wanted = splitter.sizes()
    window.close()
    second = _shown_window(qtbot, window.services._repository, window.services.folder.root,
                           window.services.sessions.clock)  # type: ignore[arg-type]
    second.resize(1366, 768)
    qtbot.wait(50)
    again = second.home.findChild(QSplitter, "homeSplitter")
    assert again is not None and again.sizes() == wanted
    QSettings().remove("splitter/home")
