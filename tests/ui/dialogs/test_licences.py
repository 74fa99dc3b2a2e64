"""Everything the app ships is named with its licence, and the texts open from About."""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from mysteryshop.paths import resource_path
from tests.conftest import ROOT
from ui.main_window import MainWindow

sys.path.insert(0, str(ROOT / "packaging"))

from collect_licenses import dependencies

FOLDER = resource_path("licenses")


def test_every_shipped_part_is_named_with_a_text_that_is_there() -> None:
    notice = (FOLDER / "NOTICE.txt").read_text(encoding="utf-8")
    for native in ("Qt 6", "FFmpeg", "PortAudio", "libsndfile", "Python"):
        assert native in notice
    for name in dependencies("mysteryshop"):  # as installed now: a new one needs a rerun
        assert re.search(rf"^{re.escape(name)} \S+ — ", notice, re.MULTILINE), (
            f"{name} is not in NOTICE.txt: run packaging/collect_licenses.py")
    for texts in re.findall(r"text: (.+)$", notice, re.MULTILINE):
        for name in texts.split(", "):
            if not name.startswith("the licence named"):
                assert (FOLDER / name).is_file(), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (FOLDER / "LGPL-3.0.txt").read_text()


def test_about_opens_the_licences(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.about.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    box.findChild(QPushButton, "licencesButton").click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "licencesDialog" and w.isVisible())
    files = dialog.findChild(QListWidget, "licenceFiles")
    text = dialog.findChild(QPlainTextEdit, "licenceText")
    assert files.item(0).text() == "NOTICE.txt" and "FFmpeg" in text.toPlainText()
    [lgpl] = files.findItems("LGPL-3.0.txt", Qt.MatchFlag.MatchExactly)
    files.setCurrentItem(lgpl)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    dialog.close()
