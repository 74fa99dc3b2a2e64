"""Guards against PySide6 releases whose bugs would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(str)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def on_changed(self, _key: str) -> None:
        self.calls += 1


def test_delivering_signals_keeps_references_to_true_and_none() -> None:
    """PySide6 6.12.0 dropped a reference to True per delivered signal: on Python 3.11 the
    interpreter then aborts ("bool_dealloc") after a few thousand clicks or at exit."""
    sender, receiver = _Sender(), _Receiver()
    sender.changed.connect(receiver.on_changed)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        sender.changed.emit("call")
    assert receiver.calls == 200
    assert sys.getrefcount(True) - true_before > -50
    assert sys.getrefcount(None) - none_before > -50
