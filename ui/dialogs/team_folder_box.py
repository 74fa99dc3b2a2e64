"""Settings › Team folder: a folder the team's sync service (OneDrive, Dropbox, Google
Drive, Syncthing, a network share) keeps in step between laptops. The choice is kept with
the data, where the command line's `team sync` finds it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import MysteryShopError
from ui.errors import error_text

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices


class TeamFolderBox(QGroupBox):
    """`save()` keeps the folder (empty: none) and whether recordings go there."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Team folder"), parent)
        self.setObjectName("teamFolderBox")
        self.services = services
        self.folder = QLineEdit(self)
        self.folder.setObjectName("teamFolder")
        self.folder.setPlaceholderText(self.tr("None: share by hand (File › Share sessions)"))
        self.folder.setClearButtonEnabled(True)
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setObjectName("chooseTeamFolder")
        self.choose.clicked.connect(self._choose)
        self.keep_audio = QCheckBox(self.tr("Leave the call recordings on this laptop"), self)
        self.keep_audio.setObjectName("teamKeepRecordings")
        self.keep_audio.setToolTip(self.tr(
            "For teams whose policy keeps call audio on the laptop that recorded it: the "
            "sessions, markers and reviews still travel."))
        self.about = QLabel(self.tr(
            "A folder your sync service keeps the same on every laptop. Each session is "
            "written there when it changes, and the others' sessions are read from it."),
            self)
        self.about.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.keep_audio)
        layout.addWidget(self.about)
        try:
            where, with_recordings = services.team_settings()
        except MysteryShopError as exc:
            self.about.setText(error_text(exc))
            where, with_recordings = "", True
        self.folder.setText(where)
        self.keep_audio.setChecked(not with_recordings)
        self.setEnabled(not services.read_only)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Team folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        """Keep the choice; False (said beside it) if it could not be kept."""
        if self.services.read_only:
            return True
        try:
            self.services.set_team_settings(self.folder.text().strip(),
                                            not self.keep_audio.isChecked())
        except MysteryShopError as exc:
            self.about.setText(error_text(exc))
            return False
        return True
