"""The window's file work: export to Excel, the meeting pack, share sessions, import a
bundle.

Each asks what and where, then runs off the UI thread (see JobFlow). Kept out of the
main window, which only wires menus to these and reacts to `imported`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mysteryshop.bundle.report import ImportReport
from mysteryshop.errors import MysteryShopError
from mysteryshop.model import Recording
from mysteryshop.services.app_services import AppServices
from ui.errors import show_error

if TYPE_CHECKING:
    from ui.jobs.bundle_flows import ImportFlow, ShareFlow
    from ui.jobs.export_dialog import ExportFlow
    from ui.jobs.job_flow import JobFlow
    from ui.jobs.job_runner import JobRunner
    from ui.jobs.report_flow import ReportFlow
    from ui.jobs.scope_dialog import ScopeDialog

    # The dialog's arguments: session count, rounds, the session on screen, parent.
    MakeDialog = Callable[[int, list[str], tuple[str, str] | None, QWidget], ScopeDialog]
    Start = Callable[[Path, str | None, list[str] | None], JobFlow | None]

IMPORT_FOLDER_SETTING = "import/lastFolder"
logger = logging.getLogger(__name__)


class FileJobs(QObject):
    imported = Signal(ImportReport)  # once a bundle is in

    def __init__(self, window: QWidget, services: AppServices,
                 on_screen: Callable[[], str | None]) -> None:
        """`on_screen` names the session the user is looking at, if any."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.on_screen = on_screen
        self.dialog: ScopeDialog | None = None
        self.flow: JobFlow | None = None  # the latest; kept alive while it runs
        self.listening: JobRunner | None = None  # the recordings heard before a share

    # -- Excel and sharing: which sessions, where, then the job --------------------

    def export_to_excel(self, session_id: str | None = None) -> None:
        from ui.jobs.export_dialog import ExportDialog

        def start(out: Path, round_label: str | None = None,
                  session_ids: list[str] | None = None) -> ExportFlow:
            dialog = self.dialog
            copy = isinstance(dialog, ExportDialog) and dialog.with_recordings.isChecked()
            return self.start_export(out, round_label, session_ids, with_recordings=copy)

        self._ask(ExportDialog, start, session_id)

    def meeting_pack(self, session_id: str | None = None) -> None:
        from ui.jobs.report_flow import MeetingPackDialog

        def start(out: Path, round_label: str | None = None,
                  session_ids: list[str] | None = None) -> ReportFlow:
            dialog = self.dialog
            paper = (dialog.paper.currentData() if isinstance(dialog, MeetingPackDialog)
                     else "a4")
            return self.start_report(out, round_label, session_ids, paper)

        self._ask(MeetingPackDialog, start, session_id,
                  nothing=self.tr("There are no sessions for a meeting pack yet."))

    def start_report(self, out: Path, round_label: str | None = None,
                     session_ids: list[str] | None = None, paper: str = "a4") -> ReportFlow:
        from ui.jobs.report_flow import ReportFlow

        flow = ReportFlow(self.services.exports, self.window)
        self.flow = flow
        flow.start(out, round_label, session_ids, paper)
        return flow

    def share_sessions(self, session_id: str | None = None) -> None:
        from ui.jobs.bundle_flows import ShareDialog

        self._ask(ShareDialog, self.start_share, session_id,
                  nothing=self.tr("There are no sessions to share yet."))

    def start_export(self, out: Path, round_label: str | None = None,
                     session_ids: list[str] | None = None,
                     with_recordings: bool = False) -> ExportFlow:
        from ui.jobs.export_dialog import ExportFlow
        from ui.jobs.export_runner import ExportRunner

        flow = ExportFlow(ExportRunner(self.services.exports, self), self.window)
        self.flow = flow
        flow.start(out, round_label, session_ids, with_recordings)
        return flow

    def start_share(self, out: Path, round_label: str | None = None,
                    session_ids: list[str] | None = None) -> ShareFlow | None:
        """Share, after offering to bleep any keypad tones found in the recordings (card
        data must not leave in audio); None when the leader cancels."""
        from ui.jobs.bundle_flows import ShareFlow
        from ui.recording_settings import redactor

        try:
            unheard = self.services.call_events.unanalysed(round_label, session_ids)
            if unheard:  # listened to first (a worker thread), then asked again
                self._listen_first(unheard, lambda: self.start_share(out, round_label,
                                                                     session_ids))
                return None
            keys = self.services.call_events.unredacted_keys(round_label, session_ids)
        except MysteryShopError as exc:
            show_error(self.window, exc)
            return None
        first: list[tuple[Recording, float, float]] = []
        if keys:
            choice = self._ask_redaction(len(keys))
            if choice is None:
                return None
            if choice:
                first = [(r, e.offset_seconds, e.end_seconds or e.offset_seconds)
                         for r, e in keys]
        flow = ShareFlow(self.services.sharing, self.window)
        self.flow = flow
        flow.start(out, round_label, session_ids, redact_first=first,
                   redact=redactor(self.services))
        return flow

    def _listen_first(self, recordings: list[Recording], then: Callable[[], object]) -> None:
        """Find the call events of recordings never listened to, with a cancellable
        progress dialog; `then` when done. A file that cannot be read has nothing to
        find and does not stop the share."""
        from PySide6.QtWidgets import QProgressDialog

        from mysteryshop.errors import AudioError, BundleCancelledError
        from ui.jobs.job_runner import Cancelled, JobRunner, Progress

        analyze = self.services.analyze_recording
        runner = JobRunner("listen-before-share", self)
        progress = QProgressDialog(self.tr(
            "Listening to %n recording(s) for keypad tones before sharing…", "",
            len(recordings)), self.tr("Cancel"), 0, len(recordings), self.window)
        progress.setObjectName("listenProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.canceled.connect(runner.cancel)
        runner.progress.connect(lambda done, _total: progress.setValue(done))

        def job(report: Progress, cancelled: Cancelled) -> object:
            for done, recording in enumerate(recordings, start=1):
                if cancelled():
                    raise BundleCancelledError("Sharing was cancelled; nothing was written.")
                try:
                    analyze(recording)
                except AudioError as exc:
                    logger.info("Not listened to before sharing: %s", exc)
                report(done, len(recordings))
            return None

        def finished(_result: object) -> None:
            progress.close()
            then()

        def failed(error: MysteryShopError) -> None:
            progress.close()
            if not isinstance(error, BundleCancelledError):
                show_error(self.window, error)

        runner.finished.connect(finished)
        runner.failed.connect(failed)
        self.listening = runner  # kept alive while it runs
        runner.run(job)

    def _ask_redaction(self, count: int) -> bool | None:
        """Bleep the keypad tones first (True), share as they are (False), or not (None)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Keypad tones in the recordings"),
                          self.tr("%n stretch(es) of keypad tones (a card number, perhaps) "
                                  "is/are in the recordings you are about to share.", "",
                                  count),
                          parent=self.window)
        box.setObjectName("redactBeforeShare")
        box.setInformativeText(self.tr("Bleep them first? The audio is replaced on this "
                                       "computer too; markers and notes keep their times."))
        bleep = box.addButton(self.tr("&Bleep, then share"), QMessageBox.ButtonRole.AcceptRole)
        as_is = box.addButton(self.tr("Share &as they are"),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(bleep)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is bleep else False if clicked is as_is else None

    def _ask(self, make_dialog: MakeDialog, start: Start, session_id: str | None,
             nothing: str | None = None) -> None:
        """The scope dialog offers all sessions, one round, or the session on screen."""
        session_id = session_id or self.on_screen()
        library = self.services.library
        try:
            total = library.count(include_demo=False)  # "all sessions" leaves demos out
            rounds = library.rounds()
            selected = None
            if session_id:
                session = library.get(session_id)
                selected = (session.id, f"{session.company} · {session.leader} · "
                                        f"{session.started_at.astimezone():%Y-%m-%d}")
        except MysteryShopError as exc:
            show_error(self.window, exc)
            return
        if total == 0 and selected is None and nothing:
            show_error(self.window, MysteryShopError(nothing))
            return
        dialog = make_dialog(total, rounds, selected, self.window)
        dialog.accepted.connect(dialog.remember_folder)
        dialog.accepted.connect(lambda: start(dialog.out(), *dialog.scope()))
        self.dialog = dialog
        dialog.open()

    # -- importing -------------------------------------------------------------------

    def choose_bundle_to_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.jobs.bundle_flows import bundle_filter

        folder = str(QSettings().value(IMPORT_FOLDER_SETTING, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import sessions"), folder,
                                                bundle_filter(self))
        if chosen:
            QSettings().setValue(IMPORT_FOLDER_SETTING, str(Path(chosen).parent))
            self.import_bundle(Path(chosen))

    def import_bundle(self, bundle: Path) -> ImportFlow:
        """Check and merge `bundle` off the UI thread; `imported` follows when it is in."""
        from ui.jobs.bundle_flows import ImportFlow

        flow = ImportFlow(self.services.sharing, self.window)
        flow.runner.finished.connect(self._on_import_finished)
        self.flow = flow
        flow.start(bundle)
        return flow

    def _on_import_finished(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self.imported.emit(report)

    @staticmethod
    def bundle_in(data: QMimeData) -> Path | None:
        """The one .mshop file being dragged, if that is what `data` holds."""
        from ui.jobs.bundle_flows import is_bundle

        urls = data.urls()
        if len(urls) == 1 and urls[0].isLocalFile() and is_bundle(urls[0].toLocalFile()):
            return Path(urls[0].toLocalFile())
        return None
