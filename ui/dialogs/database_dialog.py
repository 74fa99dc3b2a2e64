"""What to do when the database cannot be opened: name the file, never overwrite it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mysteryshop.errors import DatabaseLockedError, DatabaseUnreadableError, StorageError
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from ui.errors import error_text

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def open_services_interactive(folder: DataFolder,
                              parent: QWidget | None = None) -> AppServices | None:
    """Open the folder's database, asking the user what to do when that fails.

    Returns None when the user chooses to quit. A damaged file is only ever renamed
    aside (on "Start fresh"), never written to or deleted.
    """
    while True:
        try:
            return AppServices.open(folder)
        except DatabaseUnreadableError as exc:
            choice = _ask(parent, exc, fresh=True)
        except DatabaseLockedError as exc:
            choice = _ask(parent, exc, fresh=False)
        except StorageError as exc:
            choice = _ask(parent, exc, fresh=False)
        if choice == "quit":
            return None
        if choice == "fresh":
            try:
                moved = folder.set_aside_database()
            except StorageError as exc:
                QMessageBox.warning(parent, translate("database_dialog", "Mystery Shop"),
                                    error_text(exc))
                continue
            QMessageBox.information(
                parent,
                translate("database_dialog", "Mystery Shop"),
                translate("database_dialog", "The unreadable database was kept as {moved}. "
                               "A new, empty database is being created.").format(moved=moved),
            )
        elif choice == "other":
            chosen, _ = QFileDialog.getOpenFileName(
                parent, translate("database_dialog",
                                  "Open a Mystery Shop database"), str(folder.database.parent),
                translate("database_dialog", "Mystery Shop database (*.db);;All files (*)"),
            )
            if chosen:
                folder = folder.with_database(Path(chosen))


def _ask(parent: QWidget | None, exc: StorageError, *, fresh: bool) -> str:
    box = QMessageBox(parent)
    box.setObjectName("databaseErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("database_dialog", "Mystery Shop: database problem"))
    box.setText(error_text(exc))
    box.setInformativeText(
        translate("database_dialog",
                  "The file has not been changed. Open another database, or start "
                       "fresh: the file is kept under a new name and a new one is created.")
        if fresh
        else translate("database_dialog",
                       "Close the other program and try again, or open another database.")
    )
    buttons = {
        "other": box.addButton(translate("database_dialog", "Open another…"),
                               QMessageBox.ButtonRole.ActionRole),
    }
    if fresh:
        buttons["fresh"] = box.addButton(translate("database_dialog", "Start fresh"),
                                         QMessageBox.ButtonRole.DestructiveRole)
    else:
        buttons["retry"] = box.addButton(translate("database_dialog", "Try again"),
                                         QMessageBox.ButtonRole.AcceptRole)
    buttons["quit"] = box.addButton(translate("database_dialog", "Quit"),
                                    QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return next((name for name, button in buttons.items() if button is clicked), "quit")
