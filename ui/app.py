"""Start the GUI: application object, logging, crash hook, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from mysteryshop import APP_NAME, __version__
from mysteryshop.crashlog import enable_native_crash_log
from mysteryshop.errors import StorageError
from mysteryshop.logsetup import configure_logging
from mysteryshop.paths import log_dir, resource_path
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.warm_up import warm_up_in_background
from ui.errors import CrashHook, log_qt_messages
from ui.main_window import MainWindow

logger = logging.getLogger(__name__)
ORGANIZATION = "MysteryShop"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
WARM_UP_DELAY_MS = 300
WARM_UI_DELAY_MS = 1500  # after the modules: each piece here is a short stall of its own
BASE_POINT_SIZE = 11.0
# Loaded on first use otherwise: the session and review screens and QtMultimedia.
UI_MODULES = ("ui.session.session_view", "ui.session.recording_controller",
              "ui.review.review_view", "PySide6.QtMultimedia", "ui.review.player",
              "ui.home.new_session_dialog")


def create_application(argv: list[str] | None = None,
                       language: str | None = None) -> QApplication:
    """The application, once: names, icon, font, style sheet and the user's language
    (`language`, e.g. "de", else the system's)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    from ui.translations import install_translators

    install_translators(app, language)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    # Wayland docks and task bars find the icon and name by the desktop file's name.
    QGuiApplication.setDesktopFileName("org.mysteryshop.MysteryShop")
    QCoreApplication.setApplicationVersion(__version__)
    icon = QIcon()
    for size in ICON_SIZES:  # QIcon loads each file only when a size is asked for
        icon.addFile(str(resource_path("icons", f"mysteryshop-{size}.png")))
    app.setWindowIcon(icon)
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    if app.findChild(StyleFollowsPalette) is None:
        StyleFollowsPalette(app)
    return app


class StyleFollowsPalette(QObject):
    """The system switched between light and dark while the app runs: Qt hands the app a
    new palette, but with an application style sheet the widgets already shown keep the
    old colours (black text on the new dark background). Setting the same style sheet
    again makes every widget take the new palette."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self._app.setStyleSheet(self._app.styleSheet())
        return False


def open_services(folder: DataFolder) -> AppServices | None:
    """Open the database; only when that fails load the dialogs that ask what to do."""
    try:
        return AppServices.open(folder)
    except StorageError:
        from ui.dialogs.database_dialog import open_services_interactive

        return open_services_interactive(folder)


def start_gui(data_dir: Path, crash_dialog: bool = True,
              import_file: Path | None = None) -> MainWindow | None:
    """Everything up to the home window shown with its list filled (None: user quit).

    `import_file`: a bundle the user opened from their file manager, imported once the
    window is up.
    """
    create_application()
    logs = log_dir()
    log_file = configure_logging(logs)
    CrashHook(log_file, show_dialog=crash_dialog).install()
    last_crash = enable_native_crash_log(logs)
    log_qt_messages()
    logger.info("Starting %s %s with data in %s (language %s)", APP_NAME, __version__,
                data_dir, QLocale().name())
    services = open_services(DataFolder(data_dir))
    if services is None:
        return None
    window = MainWindow(services)
    window.show()
    if import_file is None:  # a bundle opened from the file manager shows the list
        window.navigator.reopen_last()
    if last_crash is not None:
        QTimer.singleShot(0, lambda: window.tell_last_crash(last_crash))
    # Once the home list is painted and the leader is reading it: the first session or
    # review then opens without loading modules on the UI thread.
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: warm_up_in_background(UI_MODULES))
    QTimer.singleShot(WARM_UI_DELAY_MS, lambda: warm_up_ui(window))
    if import_file is not None:
        QTimer.singleShot(0, lambda: window.jobs.import_bundle(import_file))
    return window


def warm_up_ui(window: MainWindow) -> None:
    """What only the UI thread can prepare, a piece per event-loop turn while idle: the
    style's enums (PySide makes ~600 on first use of a style), the first review's player."""

    def style() -> None:
        QApplication.style().standardPalette()

    QTimer.singleShot(0, style)
    QTimer.singleShot(100, window.navigator.prepare_player)


def run_gui(data_dir: Path, crash_dialog: bool = True, import_file: Path | None = None,
            language: str | None = None) -> int:
    from ui.file_open import FileOpenEvents
    from ui.single_instance import InstanceServer, hand_over

    app = create_application(language=language)
    opened = FileOpenEvents(app)  # before the window: macOS may hand a file at launch
    if hand_over(data_dir, import_file):
        return 0  # the window already open on this folder took it
    window = start_gui(data_dir, crash_dialog, import_file)
    if window is None:
        return 1
    server = InstanceServer(data_dir, window)
    server.import_requested.connect(window.jobs.import_bundle)
    server.raise_requested.connect(window.bring_to_front)
    server.import_requested.connect(lambda _path: window.bring_to_front())
    opened.deliver_to(window.open_file)
    try:
        return QApplication.exec()
    finally:
        window.services.close()
