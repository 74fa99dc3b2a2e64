"""The real entry point: starts, stays light, remembers the window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mysteryshop.services.app_services import AppServices
from tests.bundles import Laptop
from tests.conftest import ROOT, wait_for_log
from ui.main_window import MainWindow

START_AND_REPORT = """
import sys
from pathlib import Path
from ui.app import start_gui
window = start_gui(Path(sys.argv[1]), crash_dialog=False)
heavy = ("sounddevice", "soundfile", "openpyxl", "PySide6.QtMultimedia", "numpy")
print(window.isVisible(), window.home.model.rowCount(),
      sorted(m for m in heavy if m in sys.modules))
"""


def test_start_up_shows_the_list_without_loading_audio_or_excel(data_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "demo"],
                   cwd=ROOT, check=True, capture_output=True)
    out = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT, str(data_dir)], cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        check=True,
    ).stdout
    assert out.split(maxsplit=2) == ["True", "1", "[]\n"]


def test_main_py_starts_the_app_and_keeps_running(data_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "--no-crash-dialog"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        log = tmp_path / "mysteryshop" / "log" / "mysteryshop.log"
        wait_for_log(log, "Starting", 20)
        time.sleep(1.0)
        assert app.poll() is None, app.communicate()
        assert f"with data in {data_dir}" in log.read_text()
        assert (data_dir / "mysteryshop.db").exists()
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_opening_a_bundle_from_the_file_manager_imports_it(data_dir: Path,
                                                           tmp_path: Path) -> None:
    """What the desktop file runs for a double-clicked .mshop: `mysteryshop open FILE`."""
    leader = Laptop(tmp_path / "leader")
    session = leader.demo()
    bundle = leader.share(tmp_path / "from-ann.mshop", session.id).path
    leader.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "--no-crash-dialog",
         "open", str(bundle)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for_log(tmp_path / "mysteryshop" / "log" / "mysteryshop.log", "Starting", 20)
        deadline = time.monotonic() + 20
        imported: list[str] = []
        while time.monotonic() < deadline and not imported and app.poll() is None:
            time.sleep(0.2)
            # Read-only, so this test never takes a lock the import is waiting for.
            try:
                with closing(sqlite3.connect(f"file:{data_dir / 'mysteryshop.db'}?mode=ro",
                                             uri=True)) as db:
                    imported = [r[0] for r in db.execute("SELECT id FROM sessions")]
            except sqlite3.Error:  # not created or migrated yet
                continue
        log = (tmp_path / "mysteryshop" / "log" / "mysteryshop.log").read_text()
        assert imported == [session.id], log
    finally:
        app.terminate()
        app.wait(timeout=10)


def imported_ids(data_dir: Path) -> list[str]:
    """Read-only, so a test never takes a lock the import is waiting for."""
    try:
        with closing(sqlite3.connect(f"file:{data_dir / 'mysteryshop.db'}?mode=ro",
                                     uri=True)) as db:
            return [r[0] for r in db.execute("SELECT id FROM sessions")]
    except sqlite3.Error:  # not created or migrated yet
        return []


def test_a_bundle_opened_while_the_app_runs_goes_to_the_open_window(
        data_dir: Path, tmp_path: Path) -> None:
    """Double-clicking a .mshop with the app open: the second process hands the file to
    the window and leaves; the window imports it (no second writer behind its back)."""
    leader = Laptop(tmp_path / "leader")
    session = leader.demo()
    bundle = leader.share(tmp_path / "from-ann.mshop", session.id).path
    leader.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    command = [sys.executable, "main.py", "--data-dir", str(data_dir), "--no-crash-dialog"]
    app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    log = tmp_path / "mysteryshop" / "log" / "mysteryshop.log"
    try:
        assert wait_for_log(log, "Starting", 20)
        time.sleep(1.0)  # the window is up and listening
        second = subprocess.run([*command, "open", str(bundle)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not imported_ids(data_dir):
            time.sleep(0.2)
        assert imported_ids(data_dir) == [session.id], log.read_text()
        assert app.poll() is None  # the first window is still the one
        assert log.read_text().count("Starting") == 1  # no second window was started
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_window_geometry_is_remembered(qtbot: QtBot, services: AppServices) -> None:
    QSettings().remove("mainWindow")
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # inside the offscreen screen (800×600)
    first.close()
    second = MainWindow(services)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_menus_keep_to_each_systems_conventions(window: MainWindow) -> None:
    """No shortcut that a system takes for itself (Cmd+H hides an app on macOS); the
    system's own Preferences key; roles that move About, Settings, Quit to macOS's app menu."""
    from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

    actions = window.window_actions
    taken = [QKeySequence("Ctrl+H"), QKeySequence("Ctrl+M"), QKeySequence("Ctrl+Q")]
    for action in window.findChildren(QAction):
        if action is not actions.quit:
            assert not set(action.shortcuts()) & set(taken), action.text()
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert actions.settings.shortcuts() == (preferences or [QKeySequence("Ctrl+,")])
    assert actions.settings.menuRole() is QAction.MenuRole.PreferencesRole
    assert actions.about.menuRole() is QAction.MenuRole.AboutRole
    assert actions.quit.menuRole() is QAction.MenuRole.QuitRole
    assert QGuiApplication.desktopFileName() == "org.mysteryshop.MysteryShop"
    shortcuts = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()
                 if not s.isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a key"
