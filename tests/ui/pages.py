"""Helpers that drive the real window as a user would, shared by several test modules."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mysteryshop.model import Recording
from ui.main_window import MainWindow
from ui.session.session_view import SessionView


def open_call_step(window: MainWindow) -> SessionView:
    session = window.services.sessions.create("Ann", "Acme North", "R1")
    window.open_session(session.id)
    view = window.session_view
    assert view is not None
    view.go_to(1)
    return view


def record_on_page(qtbot: QtBot, window: MainWindow, device: str, seconds: float) -> Recording:
    """Record `seconds` on the call step of a new session from `device`, as a user would."""
    QSettings().setValue("audio/inputDevice", device)
    try:
        page = open_call_step(window).current_step_page()
        assert page is not None
        window.recorder.service.give_consent(page.controller.session)
        with qtbot.waitSignal(window.recorder.started, timeout=3000):
            page.toggle_recording()
        qtbot.wait(int(seconds * 1000))
        with qtbot.waitSignal(window.recorder.finished, timeout=5000) as done:
            page.toggle_recording()
    finally:
        QSettings().remove("audio/inputDevice")
    recording: Recording = done.args[0]
    return recording
