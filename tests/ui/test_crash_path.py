"""One crash path: bugs on any thread reach the log and one dialog; native crashes are
kept in a file and told about at the next start; nothing needs a stderr."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mysteryshop.crashlog import NATIVE_CRASH_NAME
from tests.conftest import ROOT, wait_for_log
from ui.errors import CrashHook
from ui.main_window import MainWindow


@pytest.fixture
def hook(tmp_path: Path) -> Iterator[CrashHook]:
    crash_hook = CrashHook(tmp_path / "mysteryshop.log", show_dialog=True)
    crash_hook.install()
    yield crash_hook
    crash_hook.uninstall()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


def crash_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "crashBox"
                 and w.isVisible()), None)


def test_a_bug_in_a_worker_thread_reaches_the_log_and_a_dialog_on_the_ui_thread(
    qtbot: QtBot, hook: CrashHook, caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise KeyError("lost in a worker")

    with caplog.at_level(logging.CRITICAL):
        worker = threading.Thread(target=work, name="exporter")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: crash_box() is not None, timeout=3000)
    box = crash_box()
    assert box is not None and "KeyError: 'lost in a worker'" in box.detailedText()
    assert "Unexpected error in exporter" in caplog.text and "Traceback" in caplog.text
    assert hook.dialogs == 1


def test_a_broken_waveform_loader_says_so_instead_of_drawing_for_ever(
    qtbot: QtBot, hook: CrashHook, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug injected into the loader's thread: the review shows it, the crash path logs it."""
    import ui.review.waveform_loader as loader

    def broken(path: Path, cache_dir: Path) -> None:
        raise ZeroDivisionError("peaks of nothing")

    monkeypatch.setattr(loader, "cached_peaks", broken)
    session = window.services.library.add_demo()
    view = window.navigator.open_review(session.id, "call")
    assert view is not None
    qtbot.waitUntil(lambda: "could not be drawn" in view.waveform._message, timeout=5000)
    qtbot.waitUntil(lambda: crash_box() is not None, timeout=3000)


def test_the_hooks_work_without_stdout_or_stderr(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed build on Windows runs with sys.stdout and sys.stderr set to None."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    crash_hook = CrashHook(tmp_path / "x.log", show_dialog=False)
    crash_hook.install()
    try:
        with caplog.at_level(logging.CRITICAL):
            try:
                raise ValueError("no console here")
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            worker = threading.Thread(target=lambda: 1 / 0, name="worker")
            worker.start()
            worker.join()
    finally:
        crash_hook.uninstall()
    assert "no console here" in caplog.text and "ZeroDivisionError" in caplog.text


CRASH = """
import faulthandler, sys
from pathlib import Path
from mysteryshop.crashlog import enable_native_crash_log
enable_native_crash_log(Path(sys.argv[1]))
faulthandler._sigsegv()
"""


def test_a_native_crash_is_kept_and_the_next_start_says_so(data_dir: Path,
                                                           tmp_path: Path) -> None:
    logs = tmp_path / "mysteryshop" / "log"
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(logs)], cwd=ROOT,
                             capture_output=True, text=True)
    assert crashed.returncode != 0
    assert "Fatal Python error" in (logs / NATIVE_CRASH_NAME).read_text()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir),
                            "--no-crash-dialog"], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        log = logs / "mysteryshop.log"
        assert wait_for_log(log, "Starting", 20), log.read_text() if log.exists() else ""
        assert "The last run stopped with a native crash" in log.read_text()
    finally:
        app.terminate()
        app.wait(timeout=10)
    kept = list(logs.glob("native-crash-*.log"))
    assert len(kept) == 1 and "Fatal Python error" in kept[0].read_text()
    assert (logs / NATIVE_CRASH_NAME).read_text() == ""  # told once, not at every start


def test_the_window_tells_of_the_last_crash_once(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    window.tell_last_crash(tmp_path / "native-crash-1.log")
    box = window.findChild(QMessageBox, "lastCrashBox")
    assert box is not None and box.isVisible()
    assert "stopped unexpectedly last time" in box.text() and "native-crash-1.log" in box.text()
    box.close()
