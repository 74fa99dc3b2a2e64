"""One way to show an expected failure, and one crash path for every thread.

Uncaught exceptions on the UI thread (`sys.excepthook`) and on any worker thread
(`threading.excepthook`) reach the same handler: the traceback goes to the log, then one
dialog with the details, shown on the UI thread. Native crashes go to a file through
`faulthandler` (mysteryshop/crashlog.py); Qt's own warnings go to the log.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from mysteryshop.crashlog import install_thread_hook
from mysteryshop.errors import MysteryShopError

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def error_text(exc: BaseException) -> str:
    """The error in the user's language: its template translated (context "errors"), its
    values filled in, a value that is itself an error translated the same way."""
    if not isinstance(exc, MysteryShopError) or not exc.template:
        return str(exc)
    template = QApplication.translate("errors", exc.template)
    values = {key: error_text(value) if isinstance(value, MysteryShopError) else value
              for key, value in exc.values.items()}
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        logger.warning("The translation of %r does not fit its values", exc.template)
        return str(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong in their terms; nothing they did is lost."""
    from PySide6.QtWidgets import QMessageBox  # ~5 ms at start-up that most runs never need

    logger.warning("Shown to the user: %s", exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("errors", "Mystery Shop"))
    box.setText(error_text(exc))
    box.open()


def write_stderr(text: str) -> None:
    """A windowed build on Windows has no stderr (sys.stderr is None): then only the log."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


class _ToUiThread(QObject):
    """Carries a report from a worker thread to the UI thread.

    Lives on the UI thread, and its slot is its own method, so Qt queues a report emitted
    on another thread and `show` runs on the UI thread.
    """

    report = Signal(str, str)  # the error in one line, the traceback

    def __init__(self, show: Callable[[str, str], None]) -> None:
        super().__init__()
        self._show = show
        self.report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    @Slot(str, str)
    def _on_report(self, summary: str, details: str) -> None:
        self._show(summary, details)


class CrashHook:
    """Unexpected exceptions from any thread: log the traceback, then show one dialog.

    The dialog can be turned off (`--no-crash-dialog`, tests); logging always happens.
    Create and install it on the UI thread.
    """

    def __init__(self, log_file: Path | None, show_dialog: bool) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._previous = sys.excepthook
        self._uninstall_thread_hook: Callable[[], None] | None = None
        self._relay = _ToUiThread(self._show_dialog)
        self.dialogs = 0  # how many were shown (tests and the log read it)
        self.box: QWidget | None = None

    def install(self) -> None:
        sys.excepthook = self
        self._uninstall_thread_hook = install_thread_hook(self.on_thread_exception)

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        if self._uninstall_thread_hook is not None:
            self._uninstall_thread_hook()
            self._uninstall_thread_hook = None

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle(kind, exc, tb, "the UI thread")

    def on_thread_exception(self, kind: type[BaseException], exc: BaseException,
                            tb: TracebackType | None, thread: str) -> None:
        self.handle(kind, exc, tb, thread)

    def handle(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None,
               where: str) -> None:
        if isinstance(exc, MysteryShopError):
            # An expected error that escaped its slot: still show it plainly.
            logger.warning("Unhandled expected error in %s: %s", where, exc)
            self._report(str(exc), "")
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        logger.critical("Unexpected error in %s\n%s", where, details)
        write_stderr(details)
        self._report(f"{kind.__name__}: {exc}", details)

    def _report(self, summary: str, details: str) -> None:
        if not self.show_dialog or QApplication.instance() is None:
            return
        if threading.current_thread() is threading.main_thread():
            self._show_dialog(summary, details)
        else:
            self._relay.report.emit(summary, details)  # queued to the UI thread

    def _show_dialog(self, summary: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.dialogs += 1
        parent = QApplication.activeWindow()
        if not details:
            show_error(parent, MysteryShopError(summary))
            return
        box = QMessageBox(parent)
        box.setObjectName("crashBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("errors", "Mystery Shop: unexpected error"))
        where = (
            QApplication.translate("errors", "The details are in {file}.").format(
                file=self.log_file)
            if self.log_file else ""
        )
        box.setText(
            QApplication.translate(
                "errors",
                "Something went wrong that we did not expect. Everything you entered "
                "before this moment is saved.",
            )
            + " " + where
        )
        box.setDetailedText(details)
        self.box = box  # without a parent window, only this reference keeps it alive
        box.open()


def log_qt_messages() -> None:
    """Qt's warnings (a failed plugin, a bad stylesheet) into our log, not lost on stderr."""
    previous: list[Callable[[QtMsgType, QMessageLogContext, str], object]] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_logger.log(QT_LEVELS.get(kind, logging.WARNING), "%s", message)
        for chained in previous:  # e.g. pytest-qt's, which fails tests on warnings
            chained(kind, context, message)

    installed = qInstallMessageHandler(handler)
    if installed is not None:
        previous.append(installed)
