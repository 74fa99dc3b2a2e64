"""The window in German (the shipped translation), counted words in proper English, and a
translation that is complete for every text the window shows."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT
from tests.ui.pages import open_call_step
from ui.main_window import MainWindow
from ui.translations import install_translators

TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture
def german() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "de")
    yield
    install_translators(app, "en")


def test_the_window_speaks_german(qtbot: QtBot, german: None, window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert window.findChild(QPushButton, "startFirstButton").text() == "Erste Sitzung beginnen"
    window.services.sessions.create("Ann", "Acme", "R1")
    window.services.sessions.create("Bo", "Acme", "R1")
    window.refresh_home()
    assert any(label.text() == "2 Sitzungen" for label in window.findChildren(QLabel))
    model = window.home.table.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Führungskraft"  # table headers
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None
    titles = [label.text() for label in page.findChildren(QLabel)]
    assert "2 · Beim Unternehmen anrufen" in titles  # the exercise's own texts too
    assert "Haben sie nach meinem Namen gefragt und ihn benutzt?" in titles
    answers = titles + [r.accessibleName() for r in page.findChildren(QRadioButton)]
    assert "<b>Ja</b>" in answers and any(a.endswith(" Nein") for a in answers)
    window.show_settings()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "settingsDialog" and w.isVisible())
    buttons = dialog.findChild(QDialogButtonBox)
    assert "Abbrechen" in [b.text() for b in buttons.buttons()]  # Qt's own texts
    dialog.close()


def test_english_counts_one_and_many(qtbot: QtBot, window: MainWindow) -> None:
    window.services.sessions.create("Ann", "Acme", "R1")
    window.refresh_home()
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "1 session" in texts
    window.services.sessions.create("Bo", "Acme", "R1")
    window.refresh_home()
    assert "2 sessions" in [label.text() for label in window.findChildren(QLabel)]


def test_lang_on_the_command_line_starts_the_window_in_that_language(tmp_path: Path) -> None:
    from tests.conftest import assert_window_starts

    assert_window_starts([sys.executable, str(ROOT / "main.py"), "--lang", "de"],
                         tmp_path / "data", tmp_path, cwd=ROOT)
    log = (tmp_path / "mysteryshop" / "log" / "mysteryshop.log").read_text()
    assert "(language de_DE)" in log


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(ts).getroot() for message in context.iter("message")}


def test_the_german_translation_is_complete_for_every_text(tmp_path: Path) -> None:
    """A text added to the window without running packaging/translations.py fails here."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from translations import stub

    extra = tmp_path / "data_texts.py"
    extra.write_text(stub(), encoding="utf-8")
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sorted(str(p) for p in (ROOT / "ui").rglob("*.py")),
                    str(extra), "-locations", "none", "-ts", str(fresh)], check=True,
                   capture_output=True)
    shipped = TRANSLATIONS / "mysteryshop_de.ts"
    missing = sources(fresh) - sources(shipped)
    assert not missing, f"not in the German translation (run packaging/translations.py): {missing}"
    unfinished = [m.findtext("source") for m in ET.parse(shipped).getroot().iter("message")
                  if m.find("translation") is not None
                  and m.find("translation").get("type") == "unfinished"]
    assert not unfinished, unfinished
    assert (TRANSLATIONS / "mysteryshop_de.qm").stat().st_mtime >= shipped.stat().st_mtime - 1


def test_an_error_from_the_domain_is_told_in_german_inside_and_out(
        qtbot: QtBot, german: None, window: MainWindow, tmp_path: Path) -> None:
    """The refusal and the reason inside it are both translated, with their values."""
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "not-a-bundle.mshop"
    bad.write_text("hello")
    window.jobs.import_bundle(bad)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None,
                    timeout=10_000)
    text = window.findChild(QMessageBox, "errorBox").text()
    assert text == ("not-a-bundle.mshop wurde nicht importiert: es ist kein "
                    "Mystery-Shop-Paket (keine ZIP-Datei). Nichts wurde verändert."), text


def test_in_german_the_summary_still_fits_a_1280_by_720_screen(
        qtbot: QtBot, german: None, window: MainWindow) -> None:
    """The results scroll; the window is never forced taller than the screen, and Finish
    stays in view (German labels are longer than English ones)."""
    demo = window.services.library.add_demo()
    window.resize(1280, 720)
    view = window.open_session(demo.id)
    assert view is not None
    view.go_to(len(demo.steps))
    qtbot.wait(100)
    assert window.minimumSizeHint().height() <= 720
    assert window.height() <= 720
    finish = view.summary.finish_button
    bottom = finish.mapTo(window, finish.rect().bottomLeft()).y()
    assert finish.isVisible() and bottom <= window.height()
