"""The main window: home list and the open session, with menus, toolbar and status bar."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from mysteryshop import APP_NAME, __version__
from mysteryshop.errors import MysteryShopError
from mysteryshop.model import RecordingStatus, SessionSummary
from mysteryshop.session_service import Clock, SessionService
from mysteryshop.storage.repository import Repository
from ui.errors import show_error
from ui.file_jobs import FileJobs
from ui.home_page import HomePage

if TYPE_CHECKING:
    from mysteryshop.bundle.service import ImportReport
    from mysteryshop.recording_service import RecorderFactory
    from ui.new_session_dialog import NewSessionValues
    from ui.recording_controller import RecordingController
    from ui.review_view import ReviewView
    from ui.session_view import SessionView


class MainWindow(QMainWindow):
    def __init__(self, repository: Repository, data_dir: Path,
                 clock: Clock = time.time, parent: QWidget | None = None,
                 recorder_factory: RecorderFactory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.repository = repository
        self.data_dir = data_dir
        self.service = SessionService(repository, clock)
        self.session_view: SessionView | None = None
        self.review_view: ReviewView | None = None
        self._round_filter: str | None = None
        self._recorder: RecordingController | None = None
        self._recorder_factory = recorder_factory

        self.pages = QStackedWidget(self)
        self.home = HomePage(self.pages)
        self.home.new_requested.connect(self.new_session)
        self.home.demo_requested.connect(self.load_demo)
        self.home.open_requested.connect(self.open_session)
        self.home.selection_changed.connect(self._on_home_selection_changed)
        self.home.round_changed.connect(self._on_home_round_changed)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        self.jobs = FileJobs(self, repository, data_dir, self.session_on_screen)
        self.jobs.imported.connect(self._on_bundle_imported)
        self._make_actions()
        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        self.resize(1200, 820)
        self.setAcceptDrops(True)  # a .mshop bundle dropped on the window is imported
        self._restore_state()
        self.refresh_home()
        # After the first paint: a crash may have left a recording to repair.
        QTimer.singleShot(0, self.recover_recordings)

    @property
    def recorder(self) -> RecordingController:
        """Recording, created on first use: it loads numpy and the audio modules."""
        if self._recorder is None:
            from mysteryshop.recording_service import RecordingService
            from ui.recording_controller import RecordingController

            service = (RecordingService(self.service, self.data_dir, self._recorder_factory)
                       if self._recorder_factory else
                       RecordingService(self.service, self.data_dir))
            self._recorder = RecordingController(service, self)
            self._recorder.error.connect(lambda exc: show_error(self, exc))
        return self._recorder

    def recover_recordings(self) -> list[str]:
        """Repair recordings a crash interrupted and say what was recovered."""
        try:
            if not self.repository.recordings(RecordingStatus.RECORDING):
                return []
            findings = self.recorder.service.recover_interrupted()
        except MysteryShopError as exc:
            show_error(self, exc)
            return []
        if findings:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recordings recovered"),
                              "\n".join(findings), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("recoveryBox")
            box.open()
            self.statusBar().showMessage(findings[0], 10000)
        return findings

    # -- actions, menus, toolbar -------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New session…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_session)
        self.open_action = QAction(self.tr("&Open selected session"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self._open_selected)
        self.demo_action = QAction(self.tr("Load a &demo session"), self)
        self.demo_action.triggered.connect(self.load_demo)
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.jobs.export_to_excel())
        self.share_action = QAction(self.tr("&Share sessions…"), self)
        self.share_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.share_action.setStatusTip(self.tr(
            "Write sessions, reviews and recordings to one file for another computer"))
        self.share_action.triggered.connect(lambda: self.jobs.share_sessions())
        self.import_action = QAction(self.tr("&Import sessions…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Merge a shared .mshop file into this computer"))
        self.import_action.triggered.connect(self.jobs.choose_bundle_to_import)
        self.review_action = QAction(self.tr("&Review recordings"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action.triggered.connect(self.review_current)
        self.compare_action = QAction(self.tr("&Compare rounds"), self)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.triggered.connect(self.compare_rounds)
        self.home_action = QAction(self.tr("&All sessions"), self)
        self.home_action.setShortcut(QKeySequence("Ctrl+H"))
        self.home_action.triggered.connect(self.show_home)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        about = QAction(self.tr("&About Mystery Shop"), self)
        about.triggered.connect(self._show_about)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.export_action, self.share_action, self.import_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.home_action)
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.compare_action)
        open_folder = QAction(self.tr("Open &data folder"), self)
        open_folder.triggered.connect(self.open_data_folder)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(open_folder)
        help_menu.addAction(about)
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.home_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.review_action)
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    # -- home --------------------------------------------------------------------------

    def refresh_home(self) -> None:
        round_label = self._round_filter

        def load(after: SessionSummary | None, limit: int) -> list[SessionSummary]:
            return self.repository.list_sessions(round_label, limit=limit, after=after)

        try:
            rounds = self.repository.rounds()
            self.home.set_sessions(load, rounds, round_label)
            count = self.repository.count_sessions(round_label)
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        self._status.setText(
            (self.tr("Data: {folder} · 1 session") if count == 1 else
             self.tr("Data: {folder} · {n} sessions")).format(folder=self.data_dir, n=count)
        )

    def show_home(self) -> None:
        current = (self.session_view.controller.session.id if self.session_view
                   else self.review_view.session.id if self.review_view else None)
        self._close_session_view()
        self.setWindowTitle(APP_NAME)
        self.refresh_home()
        self.pages.setCurrentWidget(self.home)
        if current:
            self.home.select_session(current)
        self.home.table.setFocus()

    def _on_home_round_changed(self, label: str | None) -> None:
        self._round_filter = label
        self.refresh_home()

    def _on_home_selection_changed(self, session_id: str | None) -> None:
        if session_id is None:
            self.home.show_detail(None)
            return
        try:
            self.home.show_detail(self.repository.get_session(session_id))
        except MysteryShopError as exc:
            show_error(self, exc)

    def _open_selected(self) -> None:
        session_id = self.home.selected_session_id()
        if session_id and self.pages.currentWidget() is self.home:
            self.open_session(session_id)

    # -- sessions ----------------------------------------------------------------------

    def new_session(self) -> None:
        from ui.new_session_dialog import NewSessionDialog

        settings = QSettings()
        dialog = NewSessionDialog(self.repository.rounds(),
                                  str(settings.value("lastLeader", "")), self)
        self._new_dialog = dialog
        dialog.accepted.connect(lambda: self._create_session(dialog.values()))
        dialog.open()

    def _create_session(self, values: NewSessionValues) -> None:
        try:
            session = self.service.create(
                values.leader, values.company, values.round_label, values.website, values.phone
            )
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        QSettings().setValue("lastLeader", session.leader)
        self.refresh_home()
        self.open_session(session.id)

    def load_demo(self) -> None:
        from mysteryshop.demo import create_demo_session

        try:
            session = create_demo_session(self.repository, self.data_dir)
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        self.refresh_home()
        self.home.select_session(session.id)
        self.statusBar().showMessage(self.tr("Demo session added."), 4000)

    def open_session(self, session_id: str) -> None:
        # The session pages are not needed to show the home list: loaded on first use.
        from ui.session_controller import SessionController
        from ui.session_view import SessionView

        try:
            session = self.service.open(session_id)
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        self._close_session_view()
        controller = SessionController(self.service, session, self)
        controller.error.connect(self._on_controller_error)
        self.session_view = SessionView(controller, self.recorder, self.pages)
        self.session_view.finished.connect(self.show_home)
        self.session_view.export_requested.connect(lambda: self.jobs.export_to_excel(session_id))
        self.session_view.share_requested.connect(lambda: self.jobs.share_sessions(session_id))
        self.pages.addWidget(self.session_view)
        self.pages.setCurrentWidget(self.session_view)
        self.setWindowTitle(
            self.tr("Session: {company} · {leader} — {app}").format(
                company=session.company, leader=session.leader, app=APP_NAME
            )
        )
        page = self.session_view.current_step_page()
        if page:
            page.focus_default()

    # -- after an import --------------------------------------------------------------

    def session_on_screen(self) -> str | None:
        """The open session or review, else the one selected on the home list."""
        on_screen = self.pages.currentWidget()
        if self.session_view is not None and on_screen is self.session_view:
            return self.session_view.controller.session.id
        if self.review_view is not None and on_screen is self.review_view:
            return self.review_view.session.id
        return self.home.selected_session_id()

    def _on_bundle_imported(self, report: ImportReport) -> None:
        """Show what came in; a session open on screen is reloaded if it changed."""
        from mysteryshop.bundle.merge import Outcome

        changed = {m.incoming.id for m in report.sessions if m.outcome is not Outcome.SKIPPED}
        on_screen = self.pages.currentWidget()
        recording = self._recorder is not None and self._recorder.active is not None
        if not recording and self.session_view is not None and on_screen is self.session_view \
                and self.session_view.controller.session.id in changed:
            self.open_session(self.session_view.controller.session.id)
        elif self.review_view is not None and on_screen is self.review_view \
                and self.review_view.session.id in changed:
            self.open_review(self.review_view.session.id)
        self.refresh_home()
        added = [m.incoming.id for m in report.sessions if m.outcome is Outcome.ADDED]
        if added and self.pages.currentWidget() is self.home:
            self.home.select_session(added[0])
        self.statusBar().showMessage(report.counts(), 8000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if FileJobs.bundle_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        bundle = FileJobs.bundle_in(event.mimeData())
        if bundle is not None:
            event.acceptProposedAction()
            self.jobs.import_bundle(bundle)

    def compare_rounds(self) -> None:
        from ui.compare_rounds import CompareRoundsDialog

        try:
            rows = self.repository.round_comparison()
        except MysteryShopError as exc:
            show_error(self, exc)
            return
        dialog = CompareRoundsDialog(rows, self)
        self._compare_dialog = dialog
        dialog.open()

    def review_current(self) -> None:
        """Review the open session, or the one selected on the home list."""
        if self.session_view is not None and self.pages.currentWidget() is self.session_view:
            page = self.session_view.current_step_page()
            self.open_review(self.session_view.controller.session.id, page.key if page else None)
        elif (session_id := self.home.selected_session_id()) is not None:
            self.open_review(session_id)

    def open_review(self, session_id: str, step_key: str | None = None) -> ReviewView | None:
        from mysteryshop.review_service import ReviewService
        from ui.review_view import ReviewView

        try:
            session = self.service.open(session_id)
        except MysteryShopError as exc:
            show_error(self, exc)
            return None
        self._close_session_view()
        view = ReviewView(session, ReviewService(self.service), self.data_dir, self.pages)
        view.error.connect(lambda exc: show_error(self, exc))
        if step_key is not None:
            view.select_step(step_key)
        self.review_view = view
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self.setWindowTitle(self.tr("Review: {company} · {leader} — {app}").format(
            company=session.company, leader=session.leader, app=APP_NAME))
        view.steps.setFocus()
        return view

    def _close_session_view(self) -> None:
        if self.review_view is not None:
            review, self.review_view = self.review_view, None
            review.player.pause()
            self.pages.removeWidget(review)
            review.deleteLater()
        if self.session_view is not None:
            view = self.session_view
            self.session_view = None
            self.pages.removeWidget(view)
            view.controller.deleteLater()
            view.deleteLater()

    def _on_controller_error(self, exc: MysteryShopError) -> None:
        show_error(self, exc)
        if self.session_view:
            # Show what is really stored, not what failed to save.
            view = self.session_view
            try:
                view.controller.session = self.service.open(view.controller.session.id)
            except MysteryShopError:
                return
            for page in view.step_pages:
                page.refresh()
            view.summary.refresh()

    # -- window state ------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._recorder is not None:
            self._recorder.finish_now()
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        super().closeEvent(event)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.open()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Mystery Shop"),
            self.tr("<b>Mystery Shop {version}</b><p>Be a customer of your own company and "
                    "record, honestly, what it feels like.</p><p>Data folder: {folder}</p>")
            .format(version=__version__, folder=self.data_dir),
        )
