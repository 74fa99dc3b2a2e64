"""Share sessions as a .mshop bundle, and import one: dialogs, worker jobs, and results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from mysteryshop.bundle import SUFFIX
from mysteryshop.bundle.report import ImportReport
from mysteryshop.call_events import RedactWith
from mysteryshop.model import Recording
from mysteryshop.services.sharing import SharingService
from ui.jobs.export_dialog import open_buttons
from ui.jobs.job_flow import JobFlow
from ui.jobs.job_runner import Cancelled, JobRunner, Progress
from ui.jobs.scope_dialog import OutputFile, ScopeDialog
from ui.widgets.plurals import PLURALS

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


MAX_LINES_SHOWN = 12  # missing recordings named in the share result



# (recording, start, end, how, why, who) -> seconds replaced: run on the share's thread
Redact = Callable[[Recording, float, float, RedactWith, str, str], float]

class ShareDialog(ScopeDialog):
    """Which sessions go into the bundle, and where it is written."""

    def __init__(self, total: int, rounds: list[str], selected: tuple[str, str] | None,
                 parent: QWidget | None = None) -> None:
        output = OutputFile(translate("BundleFlows", "Share sessions"),
                            translate("BundleFlows", "Share"), SUFFIX,
                            translate("BundleFlows", "Mystery Shop bundle (*.mshop)"),
                            "mystery-shop-sessions", "share/lastFolder")
        super().__init__(output, total, rounds, selected, parent)
        self.setObjectName("shareDialog")
        note = QLabel(translate("BundleFlows",
            "One file with the sessions, their reviews and their call recordings. Send it to "
            "the reviewer or a colleague: they open it with File › Import sessions…, and "
            "sending it again later only brings what is new."), self)
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
        self.resize(560, self.sizeHint().height())


class ShareFlow(JobFlow):
    def __init__(self, sharing: SharingService, parent: QWidget) -> None:
        super().__init__(JobRunner("share-sessions", parent),
                         translate("BundleFlows", "Writing the bundle…"), parent)
        self.sharing = sharing

    def start(self, out: Path, round_label: str | None, ids: list[str] | None,
              redact_first: Sequence[tuple[Recording, float, float]] = (),
              redact: Redact | None = None) -> None:
        """Write the bundle; `redact_first` stretches (bleeped with `redact`) before."""
        def job(progress: Progress, cancelled: Cancelled) -> object:
            if redact is not None:
                for recording, start, end in redact_first:
                    redact(recording, start, end, RedactWith.BLEEP,
                           translate("BundleFlows", "keypad tones, before sharing"), "")
            return self.sharing.share(out, round_label=round_label, session_ids=ids,
                                      progress=progress, cancelled=cancelled)

        self.runner.run(job)

    def result_box(self, result: object) -> QMessageBox:
        from mysteryshop.bundle.writer import BundleWritten

        assert isinstance(result, BundleWritten)
        sessions = PLURALS.sessions(result.sessions)
        recordings = PLURALS.recordings(result.recordings)
        box = QMessageBox(QMessageBox.Icon.Information, translate("BundleFlows", "Share sessions"),
                          translate("BundleFlows",
                                    "Wrote {path} ({sessions}, {recordings}).").format(
                              path=result.path, sessions=sessions, recordings=recordings),
                          QMessageBox.StandardButton.Close, self.parent)
        box.setObjectName("shareDone")
        if result.missing:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(translate("BundleFlows",
                "These recordings were missing on this computer and are not in the bundle:\n"
                "{files}").format(files="\n".join(result.missing[:MAX_LINES_SHOWN])))
        open_buttons(box, result.path, open_file=False)
        return box


class ImportFlow(JobFlow):
    """Checks and merges a bundle off the UI thread; `runner.finished` carries the report."""

    def __init__(self, sharing: SharingService, parent: QWidget) -> None:
        super().__init__(JobRunner("import-sessions", parent), translate("BundleFlows",
                                                                         "Importing sessions…"),
                         parent)
        self.sharing = sharing

    def start(self, bundle: Path) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> object:
            return self.sharing.import_bundle(bundle, progress=progress, cancelled=cancelled)

        self.runner.run(job)

    def result_box(self, result: object) -> QDialog:
        from ui.jobs.import_report import ImportReportDialog

        assert isinstance(result, ImportReport)
        return ImportReportDialog(result, self.parent)


def is_bundle(path: str | Path) -> bool:
    return Path(path).suffix.lower() == SUFFIX


def bundle_filter(context: QObject) -> str:
    return translate("BundleFlows", "Mystery Shop bundle (*.mshop);;All files (*)")
