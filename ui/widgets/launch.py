"""Opening a file, a folder or a web page with the desktop's own program, and saying so
when there is none (QDesktopServices only returns False; the reason is in Qt's log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def open_path(parent: QWidget, path: Path) -> bool:
    return open_url(parent, QUrl.fromLocalFile(str(path)))


def open_url(parent: QWidget, url: QUrl) -> bool:
    """Open `url`; when nothing can, tell where it is and offer to copy it."""
    if QDesktopServices.openUrl(url):
        return True
    where = url.toLocalFile() if url.isLocalFile() else url.toString()
    box = QMessageBox(QMessageBox.Icon.Warning, translate("launch", "Could not open it"),
                      translate("launch",
        "No program on this computer is set to open this. You can open it yourself: "
        "it is at\n\n{where}").format(where=where), QMessageBox.StandardButton.Close, parent)
    box.setObjectName("cannotOpenBox")
    copy = box.addButton(translate("launch", "Copy the location"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # copying must not close the box
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(where))
    box.open()
    return False
