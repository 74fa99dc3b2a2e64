"""A short, self-dismissing confirmation over a widget ("Answered at 0:14")."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

TOAST_MS = 1800


class Toast(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        # A click meant for the button under it reaches the button.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, top: int | None = None) -> None:
        """Centred, at `top` (a y in the parent, clear of what it must not hide, such as
        the buttons and key hints) or near the parent's bottom."""
        self.setText(text)
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            y = top + 8 if top is not None else parent.height() - self.height() - 24
            self.move((parent.width() - self.width()) // 2, y)
        self.raise_()
        self.show()
        self._timer.start(TOAST_MS)
