"""Big buttons: a nervous leader on the phone, one hand free, needs large targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget


def big_button(text: str, name: str, height: int,
               clicked: Callable[..., Any] | SignalInstance,
               parent: QWidget, tooltip: str = "") -> QPushButton:
    """A push button `height` pixels tall at least, named for tests and style sheets."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    if tooltip:
        button.setToolTip(tooltip)
    button.clicked.connect(clicked)
    return button


def space_presses_buttons(container: QWidget, action: Callable[[], None]) -> Callable[[], None]:
    """For a Space shortcut over a whole view (the timer, play): on a focused button
    inside `container`, Space presses that button, as it does everywhere else (an answer,
    a verdict, Confirm), instead of the shortcut taking the key from it."""

    def on_space() -> None:
        focused = QApplication.focusWidget()
        if (isinstance(focused, QAbstractButton) and focused.isEnabled()
                and container.isAncestorOf(focused)):
            focused.click()
        else:
            action()

    return on_space
