"""What the window tells once, after something happened while nobody was looking: a
recording repaired after a crash, a damaged database, the last run's native crash."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mysteryshop.model import Session
from ui.widgets.plurals import PLURALS

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def _notice(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
            name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.open()
    return box


def recordings_recovered(parent: QWidget, findings: Sequence[str]) -> QMessageBox:
    return _notice(parent, QMessageBox.Icon.Information, translate("notices",
                                                                   "Recordings recovered"),
                   "\n".join(findings), "recoveryBox")


def database_damaged(parent: QWidget, database: Path, problems: Sequence[str]) -> QMessageBox:
    box = _notice(parent, QMessageBox.Icon.Critical, translate("notices",
                                                               "Mystery Shop: database problem"),
                  translate("notices", "The database {file} is damaged ({problems}).").format(
                      file=database, problems="; ".join(problems)), "databaseDamagedBox")
    box.setInformativeText(translate("notices",
        "What you can still see is safe to read, but new work may not be saved. Quit "
        "now, and keep a copy of the file: at the next start Mystery Shop offers to "
        "open another database or to start fresh, keeping the damaged file."))
    return box


def confirm_delete(parent: QWidget, session: Session) -> QMessageBox:
    """Delete or keep, with what goes named; Keep is the default (Enter keeps)."""
    recordings = sum(len(s.recordings) for s in session.steps)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("notices", "Delete session"),
                      translate("notices",
        "Delete the session of {leader} shopping {company} ({round}, {date})?").format(
            leader=session.leader, company=session.company,
            round=session.round or translate("notices", "no round"),
            date=f"{session.started_at.astimezone():%Y-%m-%d}"),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDeleteBox")
    goes = PLURALS.what_goes(recordings)
    box.setInformativeText(
        goes + " " + translate("notices", "Until you quit, Undo delete brings it back."))
    delete = box.addButton(translate("notices", "Delete"), QMessageBox.ButtonRole.AcceptRole)
    delete.setObjectName("deleteButton")
    keep = box.addButton(translate("notices", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.open()
    return box


def last_crash(parent: QWidget, details: Path) -> QMessageBox:
    """Once, at the start after a native crash: nothing typed was lost; where to look."""
    return _notice(parent, QMessageBox.Icon.Information, translate("notices", "Mystery Shop"),
                   translate("notices",
        "Mystery Shop stopped unexpectedly last time. Everything you entered before "
        "then is saved. Details for the developers are in {file}.").format(file=details),
        "lastCrashBox")
