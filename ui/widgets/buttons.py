"""Big buttons: a nervous leader on the phone, one hand free, needs large targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget


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
