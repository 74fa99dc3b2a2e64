"""The start of a child process that drives the real window on its own, so a test can
kill it with SIGKILL mid-call and reopen the data folder (argv[1]) as the next start."""

from __future__ import annotations

# The window opened on a new session's call step; the caller's script goes on from here
# (`window`, `app`, `press(key)` are defined), prints a word and sleeps until killed.
ON_A_NEW_CALL = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from ui.app import create_application
from ui.main_window import MainWindow
app = create_application([])
window = MainWindow(AppServices.open(DataFolder(Path(sys.argv[1]))))
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
window.services.sessions.create("Ann", "Acme", "R1")
window.open_session(window.services.library.page()[0].id)
view = window.session_view
view.go_next()
press = lambda k: QTest.keyClick(QApplication.focusWidget(), k)
"""
