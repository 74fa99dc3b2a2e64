"""The main window: the pages, the status bar, and what the window does for its actions."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from mysteryshop import APP_NAME, __version__
from mysteryshop.errors import MysteryShopError
from mysteryshop.model import Recording, RecordingStatus, SessionSummary
from mysteryshop.services.app_services import AppServices
from ui.actions import Slots, WindowActions
from ui.errors import show_error
from ui.home.deleting import SessionDeleter
from ui.home.home_page import HomePage
from ui.home.sessions_model import PageRequest
from ui.jobs.file_jobs import FileJobs
from ui.jobs.job_runner import JobRunner
from ui.navigation import MakePlayer, Navigator
from ui.team_dialogs import TeamDialogs
from ui.team_sync import TeamSync

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from mysteryshop.bundle.report import ImportReport
    from ui.audio_inputs import AudioInputsWatcher
    from ui.home.new_session_dialog import NewSessionValues
    from ui.review.player import Player
    from ui.review.review_view import ReviewView
    from ui.session.recording_controller import RecordingController
    from ui.session.session_controller import SessionController
    from ui.session.session_view import SessionView

DEFAULT_SIZE = (1200, 820)
# Past the first paint and the warm-up's imports: the check reads the whole file (0.8 s
# at 20,000 sessions) on a thread, and start-up should not share the machine with it.
INTEGRITY_CHECK_DELAY_MS = 2000


class MainWindow(TeamDialogs):
    def __init__(self, services: AppServices, parent: QWidget | None = None,
                 make_player: MakePlayer | None = None) -> None:
        """`make_player`: how a review plays recordings (default: QtMultimedia)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.services = services
        self._round_filter: str | None = None
        self._recorder: RecordingController | None = None
        self._analyses: set[JobRunner] = set()  # call analyses running

        self.home = HomePage(self)
        self.home.new_requested.connect(self.new_session)
        self.home.demo_requested.connect(self.load_demo)
        self.home.open_requested.connect(self.open_session)
        self.home.delete_requested.connect(self.delete_session)
        self.home.review_requested.connect(lambda session_id: self.open_review(session_id))
        self.deleter = SessionDeleter(self, services)
        self.deleter.changed.connect(self._on_deleter_changed)
        self.deleter.add_undo_shortcut(self.home)
        self.home.selection_changed.connect(self._on_home_selection_changed)
        self.home.round_changed.connect(self._on_home_round_changed)
        self.home.plan_requested.connect(self.round_plan)
        self.navigator = Navigator(services, self.home, lambda: self.recorder,
                                   make_player or _media_player, self)
        self.navigator.title_changed.connect(self.setWindowTitle)
        self.navigator.error.connect(self._show_error)
        self.navigator.home_shown.connect(self.refresh_home)
        self.navigator.session_opened.connect(self._on_session_opened)
        # On the list, Ctrl+Z brings back deleted sessions (deleting.py), not a session's
        # edit: no active stack there, so the two never claim the key at once.
        self._nothing_to_undo = QUndoStack(self)
        self.navigator.home_shown.connect(self._on_home_shown)
        self.setCentralWidget(self.navigator.pages)
        self.jobs = FileJobs(self, services, self.navigator.session_on_screen)
        self.jobs.imported.connect(self._on_bundle_imported)
        self.navigator.export_requested.connect(self.jobs.export_to_excel)
        self.navigator.share_requested.connect(self.jobs.share_sessions)
        self.window_actions = WindowActions(self, Slots(
            new_session=self.new_session, open_selected=self._open_selected,
            load_demo=self.load_demo, remove_demo=self.deleter.remove_demo,
            undo_delete=self.deleter.undo, export=self.jobs.export_to_excel,
            meeting_pack=self.jobs.meeting_pack,
            share=self.jobs.share_sessions, import_bundle=self.jobs.choose_bundle_to_import,
            review=self.review_current, compare=self.compare_rounds,
            round_plan=lambda: self.round_plan(None), loop=self.findings_and_actions,
            perception=self.perception_check,
            templates=self.template_editor,
            home=self.show_home,
            settings=self.show_settings, quit=self.close, open_data_folder=self.open_data_folder,
            about=self._show_about))
        self.window_actions.undo_group.addStack(self._nothing_to_undo)
        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        if services.read_only:
            self._show_read_only()
        self._fit_default_size()
        self.setAcceptDrops(True)  # a .mshop bundle dropped on the window is imported
        self._restore_state()
        self.refresh_home()
        # After the first paint: a crash may have left a recording to repair, and the
        # database's integrity is checked off the UI thread.
        QTimer.singleShot(0, self.recover_recordings)
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self.check_database)
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self.apply_retention)
        self.audio_inputs: AudioInputsWatcher | None = None
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self._watch_audio_inputs)
        self.team_sync = TeamSync(self.services, self, busy=lambda: bool(
            self._recorder is not None and self._recorder.active is not None))
        self.team_sync.changed.connect(self.refresh_home)
        self.team_sync.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self.team_sync.restart)

    def _show_read_only(self) -> None:
        """Say at once that nothing can be changed, and offer nothing that would."""
        actions = self.window_actions
        for action in (actions.new, actions.demo, actions.remove_demo, actions.undo_delete,
                       actions.import_):
            action.setEnabled(False)
        label = QLabel(self.tr("Read-only"), self)
        label.setObjectName("readOnlyNotice")
        label.setToolTip(self.tr(
            "{file} can only be read (a read-only file, folder or disk): sessions can be "
            "looked at, exported and shared, not changed.").format(
                file=self.services.folder.database))
        self.statusBar().addPermanentWidget(label)
        self.statusBar().showMessage(self.tr(
            "This database is read-only: you can look, export and share, not change."))

    # -- the pages (the navigator owns them) -------------------------------------------

    @property
    def session_view(self) -> SessionView | None:
        return self.navigator.session_view

    @property
    def review_view(self) -> ReviewView | None:
        return self.navigator.review_view

    def open_session(self, session_id: str) -> SessionView | None:
        return self.navigator.open_session(session_id)

    def open_review(self, session_id: str, step_key: str | None = None) -> ReviewView | None:
        return self.navigator.open_review(session_id, step_key)

    def review_current(self) -> None:
        self.navigator.review_current()

    def show_home(self) -> None:
        self.navigator.show_home()

    @property
    def recorder(self) -> RecordingController:
        """Recording, created on first use: it loads numpy and the audio modules."""
        if self._recorder is None:
            from ui.session.recording_controller import RecordingController

            self._recorder = RecordingController(self.services.recording, self)
            self._recorder.error.connect(self._show_error)
            self._recorder.finished.connect(self._analyze_recording)
        return self._recorder

    def _analyze_recording(self, recording: Recording) -> None:
        """Listen to a call just recorded for rings, holds and keypad tones, on a worker
        thread; the review shows what was found as suggestions."""
        if recording.status is not RecordingStatus.COMPLETE or self.services.read_only:
            return
        runner = JobRunner("analyze-call", self)
        self._analyses.add(runner)
        listening = self.tr("Listening to the call for rings, holds and keypad tones…")
        self.statusBar().showMessage(listening)

        def done(found: object) -> None:
            self._analyses.discard(runner)
            if self.statusBar().currentMessage() == listening:
                self.statusBar().clearMessage()
            if isinstance(found, int) and found:
                self.statusBar().showMessage(self.tr(
                    "Found %n call event(s) in the recording: Review recordings to accept "
                    "or reject them.", "", found), 8000)

        def failed(error: MysteryShopError) -> None:
            self._analyses.discard(runner)
            logger.warning("Could not analyse %s: %s", recording.path, error)

        runner.finished.connect(done)
        runner.failed.connect(failed)
        runner.run(lambda _p, _c: self.services.analyze_recording(recording))

    def recover_recordings(self) -> list[str]:
        """Repair recordings a crash interrupted and say what was recovered."""
        from ui.recording_settings import remove_stale_route

        remove_stale_route()
        if not self._try(self.services.library.has_interrupted_recordings):
            return []
        findings = self._try(self.recorder.service.recover_interrupted) or []
        if findings:
            from ui.dialogs import notices

            notices.recordings_recovered(self, findings)
            self.statusBar().showMessage(findings[0], 10000)
        return findings

    def check_database(self) -> None:
        """SQLite's integrity check on a worker thread; a damaged file is told at once."""
        from ui.jobs.job_runner import JobRunner

        runner = JobRunner("integrity-check", self)
        runner.finished.connect(self._on_integrity_checked)
        runner.run(lambda _progress, _cancelled: self.services.check_integrity())
        self._integrity_check = runner

    def apply_retention(self) -> JobRunner | None:
        """The retention setting (Settings): delete the audio of sessions finished more
        than the days set, on a worker thread; off by default."""
        from ui.recording_settings import keep_days

        days = keep_days()
        if days <= 0 or self.services.read_only:
            return None
        runner = JobRunner("retention", self)

        def done(count: object) -> None:
            if isinstance(count, int) and count:
                self.statusBar().showMessage(self.tr(
                    "Deleted %n recording(s) of sessions finished more than {days} days "
                    "ago (Settings).", "", count).format(days=days), 8000)

        runner.finished.connect(done)
        runner.failed.connect(self._show_error)
        runner.run(lambda _p, _c: self.services.apply_retention(days))
        self._retention = runner
        return runner

    def _on_integrity_checked(self, problems: object) -> None:
        if not problems or not isinstance(problems, list):
            return
        from ui.dialogs import notices

        notices.database_damaged(self, self.services.folder.database, [str(p) for p in problems])
        self.statusBar().showMessage(self.tr("The database is damaged: quit and start "
                                             "again to choose what to do."))

    # -- home --------------------------------------------------------------------------

    def refresh_home(self) -> None:
        round_label = self._round_filter
        library = self.services.library

        def load(request: PageRequest) -> list[SessionSummary]:
            return library.page(round_label, limit=request.limit, after=request.after,
                                offset=request.offset, sort=request.sort,
                                search=request.search)

        def show() -> int:
            self.home.set_sessions(load, library.rounds(include_demo=True), round_label)
            self._update_actions(library.count(), bool(library.demo_ids()))
            # The round in view, or the newest session's: its progress at a glance.
            self.home.show_round_headline(self.services.rounds.headline(round_label))
            return library.count(round_label)

        count = self._try(show)
        if count is None:
            return
        # The count, not a raw path: the folder is one click away (Help > Open data folder).
        self._status.setText(self.tr("%n session(s)", "", count))
        self._status.setToolTip(self.tr("Saved in {folder}").format(
            folder=self.services.folder.root))

    def _update_actions(self, sessions: int, demos: bool) -> None:
        """Actions that cannot act are off, and say why where the leader looks."""
        actions = self.window_actions
        actions.undo_delete.setEnabled(self.deleter.can_undo())
        actions.remove_demo.setEnabled(demos)
        reason = self.tr("No sessions yet: start one with New session, or load the demo")
        for action, tip in ((actions.export, self.tr("Export to Excel (Ctrl+E)")),
                            (actions.meeting_pack, self.tr("Meeting pack (Ctrl+Shift+E)")),
                            (actions.share, self.tr("Share sessions (Ctrl+Shift+S)")),
                            (actions.review, self.tr("Review recordings (Ctrl+R)")),
                            (actions.compare, self.tr("Compare rounds (Ctrl+Shift+C)")),
                            (actions.round_plan, self.tr("Round plan (Ctrl+Shift+P)"))):
            action.setEnabled(sessions > 0)
            action.setToolTip(tip if sessions else reason)

    def _on_home_round_changed(self, label: str | None) -> None:
        self._round_filter = label
        self.refresh_home()

    def _on_home_selection_changed(self, session_id: str | None) -> None:
        if session_id is None:
            self.home.show_detail(None)
            return
        session = self._try(lambda: self.services.library.get(session_id))
        if session is not None:
            self.home.show_detail(session)

    def _open_selected(self) -> None:
        session_id = self.home.selected_session_id()
        if session_id and self.navigator.showing_home():
            self.open_session(session_id)

    def new_session(self) -> None:
        from ui.home.new_session_dialog import NewSessionDialog

        rounds = self._try(self.services.library.rounds)
        leaders = self._try(self.services.rounds.leaders)
        if rounds is None or leaders is None:
            return
        templates = self._try(self.services.templates.latest) or []
        dialog = NewSessionDialog(rounds, str(QSettings().value("lastLeader", "")), self,
                                  leaders, [(t.id, t.name) for t in templates],
                                  lambda r: self.services.templates.for_round(r).id)
        self._new_dialog = dialog
        dialog.accepted.connect(lambda: self._create_session(dialog.values()))
        dialog.open()

    def _create_session(self, values: NewSessionValues) -> None:
        services = self.services
        if values.template_id and values.template_id != services.templates.for_round(
                values.round_label).id:  # a round starting with this session: its steps
            def choose() -> bool:
                template = services.templates.get(values.template_id)
                services.templates.set_for_round(values.round_label.strip(), template)
                return True

            if not self._try(choose):
                return  # refused (round 1 keeps the five steps): said, nothing created
        session = self._try(lambda: services.sessions.create(
            values.leader, values.company, values.round_label, values.website, values.phone,
            services.templates.for_round(values.round_label.strip())))
        if session is None:
            return
        QSettings().setValue("lastLeader", session.leader)
        self.refresh_home()
        self.open_session(session.id)

    def load_demo(self) -> None:
        session = self._try(self.services.library.add_demo)
        if session is None:
            return
        self.refresh_home()
        self.home.select_session(session.id)
        self.statusBar().showMessage(self.tr("Demo session added."), 4000)

    def delete_session(self, session_id: str) -> None:
        """Ask, naming what goes; deleted, it can be undone until the app quits."""
        self.deleter.ask(session_id)

    def _on_deleter_changed(self, session_id: str | None) -> None:
        self.refresh_home()
        if session_id:
            self.home.select_session(session_id)

    # -- importing ---------------------------------------------------------------------

    def _on_bundle_imported(self, report: ImportReport) -> None:
        """Show what came in; a session open on screen is reloaded if it changed."""
        recording = self._recorder is not None and self._recorder.active is not None
        self.navigator.reload(report.changed_ids(), recording)
        self.refresh_home()
        added = report.added_ids()
        if added and self.navigator.showing_home():
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

    # -- window state ------------------------------------------------------------------

    def _fit_default_size(self) -> None:
        """The default size, never larger than the screen's free area (a 768-pixel laptop)."""
        width, height = DEFAULT_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            frame = 40  # the title bar and borders the window manager adds
            width, height = min(width, free.width()), min(height, free.height() - frame)
        self.resize(width, height)

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

    # -- small things ------------------------------------------------------------------

    def open_file(self, path: Path) -> None:
        """A file the system handed to the app (a double-clicked bundle): import it, in
        front of the user."""
        self.bring_to_front()
        self.jobs.import_bundle(path)

    def bring_to_front(self) -> None:
        """Another start on this folder asked for the window (see ui/single_instance)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def tell_last_crash(self, details: Path) -> None:
        from ui.dialogs import notices

        notices.last_crash(self, details)

    def _show_error(self, exc: MysteryShopError) -> None:
        show_error(self, exc)

    def open_data_folder(self) -> None:
        from ui.widgets.launch import open_path

        open_path(self, self.services.folder.root)

    def _on_home_shown(self) -> None:
        # Undo is off: on the list Ctrl+Z is the list's.
        self.window_actions.undo_group.setActiveStack(self._nothing_to_undo)

    def _on_session_opened(self, controller: SessionController) -> None:
        """Edit › Undo and Redo now act on this session's edits."""
        group = self.window_actions.undo_group
        group.addStack(controller.undo_stack)
        group.setActiveStack(controller.undo_stack)

    def _watch_audio_inputs(self) -> None:
        """A microphone plugged in while the app runs can be chosen (QtMultimedia is
        loaded by then: after the first paint)."""
        from ui.audio_inputs import AudioInputsWatcher

        if self.audio_inputs is None:
            self.audio_inputs = AudioInputsWatcher(self)

    def show_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        self._watch_audio_inputs()
        dialog = SettingsDialog(self, self.audio_inputs, self.services)
        dialog.accepted.connect(self.team_sync.restart)
        dialog.open()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Mystery Shop"), self.tr(
            "<b>Mystery Shop {version}</b><p>Be a customer of your own company and "
            "record, honestly, what it feels like.</p><p>Data folder: {folder}</p>"
            "<p>Built on Qt, FFmpeg, PortAudio, libsndfile, Python and the packages "
            "listed under Licences, each under its own licence.</p>")
            .format(version=__version__, folder=self.services.folder.root),
            QMessageBox.StandardButton.Close, self)
        box.setObjectName("aboutBox")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        licences = box.addButton(self.tr("Licences…"), QMessageBox.ButtonRole.ActionRole)
        licences.setObjectName("licencesButton")
        licences.clicked.connect(self.show_licences)  # (the box closes, the list opens)
        box.open()

    def show_licences(self) -> None:
        from ui.dialogs.licences_dialog import LicencesDialog

        dialog = LicencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _media_player() -> Player:
    from ui.review.player import MediaPlayer  # QtMultimedia: loaded for the first review

    return MediaPlayer()
