"""Which sessions (all, one round, the selected one) and which file: for export and sharing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.remembered import remember_geometry


@dataclass(frozen=True)
class OutputFile:
    """The kind of file a scope dialog writes (texts already translated)."""

    title: str
    button: str
    suffix: str  # ".xlsx"
    file_filter: str  # "Excel workbook (*.xlsx)"
    stem: str  # the default name before the date
    folder_setting: str  # QSettings key remembering the last folder


class ScopeDialog(QDialog):
    def __init__(self, kind: OutputFile, total: int, rounds: list[str],
                 selected: tuple[str, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(kind.title)
        self.all = QRadioButton(self.tr("All sessions ({n})").format(n=total), self)
        self.round = QRadioButton(self.tr("One round:"), self)
        self.rounds = QComboBox(self)
        for label in rounds:
            self.rounds.addItem(label or self.tr("(no round)"), label)
        self.selected = QRadioButton(self)
        self.selected_id = selected[0] if selected else None
        self.selected.setText(self.tr("The selected session: {what}").format(
            what=selected[1]) if selected else self.tr("The selected session (none selected)"))
        self.selected.setEnabled(selected is not None)
        self.round.setEnabled(bool(rounds))
        scope = QButtonGroup(self)
        for button in (self.all, self.round, self.selected):
            scope.addButton(button)
        (self.selected if selected else self.all).setChecked(True)
        self.rounds.currentIndexChanged.connect(lambda _i: self.round.setChecked(True))
        folder = str(QSettings().value(kind.folder_setting, str(Path.home())))
        self.path = QLineEdit(str(Path(folder) / f"{kind.stem}-{date.today():%Y-%m-%d}"
                                                 f"{kind.suffix}"), self)
        self.path.setObjectName("outputPath")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        round_row = QHBoxLayout()
        round_row.addWidget(self.round)
        round_row.addWidget(self.rounds, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(kind.button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all)
        layout.addLayout(round_row)
        layout.addWidget(self.selected)
        layout.addLayout(path_row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        remember_geometry(self, "scope")

    def out(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        suffix = self.kind.suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def scope(self) -> tuple[str | None, list[str] | None]:
        """(round label, session ids): both None for all sessions."""
        if self.round.isChecked():
            return str(self.rounds.currentData()), None
        if self.selected.isChecked() and self.selected_id:
            return None, [self.selected_id]
        return None, None

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.kind.title, self.path.text(),
                                                self.kind.file_filter)
        if chosen:
            self.path.setText(chosen)

    def remember_folder(self) -> None:
        QSettings().setValue(self.kind.folder_setting, str(self.out().parent))
