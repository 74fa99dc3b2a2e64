"""The licences of everything the app ships (resources/licenses, see
packaging/collect_licenses.py): the list on the left, the chosen text on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.paths import resource_path
from ui.widgets.remembered import remember_geometry, remember_splitter

NOTICE = "NOTICE.txt"


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences of the parts of Mystery Shop"))
        folder = resource_path("licenses")
        names = sorted((p.name for p in folder.iterdir() if p.is_file()),
                       key=lambda n: (n != NOTICE, n.lower())) if folder.is_dir() else []
        self.files = QListWidget(self)
        self.files.setObjectName("licenceFiles")
        self.files.setAccessibleName(self.tr("Licence texts"))
        self.files.addItems(names)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.files.currentTextChanged.connect(
            lambda name: self.text.setPlainText(
                (folder / name).read_text(encoding="utf-8", errors="replace") if name else ""))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.files)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        remember_geometry(self, "licences")
        remember_splitter(splitter, "licences")
        if names:
            self.files.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("The licence texts are missing from this install."))
