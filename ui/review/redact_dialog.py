"""Asked before a stretch of a recording is replaced: with a bleep or with silence, and
why (the reason goes into the recording's redaction log, shown in the review and the
exports)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.call_events import RedactWith


class RedactDialog(QDialog):
    """`chosen` carries how and why; nothing is emitted when the user cancels."""

    chosen = Signal(object, str)  # RedactWith, the reason

    def __init__(self, span: str, why: str, keeps_original: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setWindowTitle(self.tr("Redact"))
        fate = (self.tr("The audio as recorded is kept on this computer only; shared copies "
                        "are redacted.") if keeps_original else
                self.tr("The audio is gone for good."))
        self.question = QLabel(self.tr(
            "Replace {span} of this recording with a bleep or with silence? {fate} Every "
            "marker and note keeps its time.").format(span=span, fate=fate), self)
        self.question.setWordWrap(True)
        self.why = QComboBox(self)
        self.why.setObjectName("redactWhy")
        self.why.setEditable(True)
        self.why.addItems([self.tr("Card number"), self.tr("Card security code"),
                           self.tr("Personal details (name, address, date of birth)"),
                           self.tr("Said off the record")])
        self.why.setCurrentText(why)
        line = self.why.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Why (kept in the redaction log)"))
        form = QFormLayout()
        form.addRow(self.tr("&Why"), self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.bleep = self._choice(buttons, self.tr("&Bleep"), RedactWith.BLEEP)
        self.silence = self._choice(buttons, self.tr("&Silence"), RedactWith.SILENCE)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # the audio goes for good: Enter alone never does it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _choice(self, buttons: QDialogButtonBox, text: str, how: RedactWith) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        assert button is not None
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(how))
        return button

    def _choose(self, how: RedactWith) -> None:
        self.accept()
        self.chosen.emit(how, self.why.currentText().strip())
