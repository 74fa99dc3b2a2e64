"""One way to show an expected failure, and one crash hook for everything else."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from mysteryshop.errors import MysteryShopError

logger = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong in their terms; nothing they did is lost."""
    from PySide6.QtWidgets import QMessageBox  # ~5 ms at start-up that most runs never need

    logger.warning("Shown to the user: %s", exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("errors", "Mystery Shop"))
    box.setText(str(exc))
    box.open()


class CrashHook:
    """Unexpected exceptions: log the traceback to a file and show it in a dialog.

    The dialog can be turned off (`--no-crash-dialog`, tests); logging always happens.
    """

    def __init__(self, log_file: Path | None, show_dialog: bool) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, MysteryShopError):
            # An expected error that escaped its slot: still show it plainly.
            logger.warning("Unhandled expected error: %s", exc)
            if self.show_dialog:
                show_error(QApplication.activeWindow(), exc)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        logger.critical("Unexpected error\n%s", details)
        sys.stderr.write(details)
        if not self.show_dialog or QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("errors", "Mystery Shop: unexpected error"))
        where = (
            QApplication.translate("errors", "The details are in {file}.").format(
                file=self.log_file
            )
            if self.log_file
            else ""
        )
        box.setText(
            QApplication.translate(
                "errors",
                "Something went wrong that we did not expect. Everything you entered "
                "before this moment is saved.",
            )
            + " "
            + where
        )
        box.setDetailedText(details)
        box.exec()
