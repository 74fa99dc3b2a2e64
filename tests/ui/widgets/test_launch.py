"""Opening files, folders and links: when no program can, the leader is told where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.launch import open_path, open_url


@pytest.fixture
def no_launcher(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A desktop with no program to open things: xdg-open (and the like) not on PATH."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))


def test_a_folder_that_nothing_can_open_is_named_and_can_be_copied(
        qtbot: QtBot, no_launcher: None, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_path(parent, tmp_path) is False
    box = parent.findChild(QMessageBox, "cannotOpenBox")
    assert box is not None and box.isVisible() and str(tmp_path) in box.text()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy the location")
    copy.click()
    assert QApplication.clipboard().text() == str(tmp_path)
    assert box.isVisible()  # copying does not close it


def test_a_web_link_that_nothing_can_open_is_named(qtbot: QtBot, no_launcher: None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_url(parent, QUrl("https://acme.example/contact")) is False
    box = parent.findChild(QMessageBox, "cannotOpenBox")
    assert box is not None and "https://acme.example/contact" in box.text()
