"""The two timed lists under the waveform: the leader's markers, and the reviewer's notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.measures import format_duration
from ui.review.timeline_model import TimelineItem, TimelineModel
from ui.widgets.list_model import uniform_list_view


class TimelinesPanel(QWidget):
    """A click on an item asks to seek there; Enter or the button asks to add a note."""

    seek_requested = Signal(float)  # seconds into the recording
    note_requested = Signal()
    finding_requested = Signal()  # a finding of the team's, at the play position
    # A finding from a marker or a note: its moment (seconds into the recording), its text.
    finding_from_item = Signal(float, str)
    # A stretch from a marker or note to the next one (inf: to the recording's end).
    span_requested = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leader_model, self.leader_list = self._timeline("leaderTimeline")
        self.notes_model, self.notes_list = self._timeline("reviewerTimeline")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("reviewNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("What do you hear at this moment?"))
        self.note_edit.returnPressed.connect(self.note_requested)
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("addNoteButton")
        self.note_button.clicked.connect(self.note_requested)
        self.finding_button = QPushButton(self)
        self.finding_button.setObjectName("addFindingButton")
        self.finding_button.setToolTip(self.tr(
            "Record a finding for the team at this moment of the call (Findings and actions)"))
        self.finding_button.clicked.connect(self.finding_requested)
        leader_box = QGroupBox(self.tr("Leader's markers and notes"), self)
        QVBoxLayout(leader_box).addWidget(self.leader_list)
        notes_box = QGroupBox(self.tr("Your notes (stamped at the play position)"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes_list)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        notes_layout.addLayout(note_row)
        notes_layout.addWidget(self.finding_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(leader_box)
        layout.addWidget(notes_box)
        self.show_note_position(0.0)

    def _timeline(self, name: str) -> tuple[TimelineModel, QListView]:
        """A list of timed items; a click seeks to the item's moment."""
        model = TimelineModel(self)
        view = uniform_list_view(model, self)
        view.setObjectName(name)
        view.setAccessibleName(self.tr("The leader's markers and notes") if name == "leaderTimeline"
                               else self.tr("Your notes"))
        view.clicked.connect(
            lambda index: self.seek_requested.emit(model.item(index.row()).seconds))
        finding = QAction(self.tr("Make a &finding from this…"), view)
        finding.setObjectName(f"{name}Finding")
        finding.triggered.connect(lambda: self._finding_from(model, view))
        view.addAction(finding)
        select = QAction(self.tr("&Select from here to the next one"), view)
        select.setObjectName(f"{name}Select")
        select.triggered.connect(lambda: self._span_from(model, view))
        view.addAction(select)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return model, view

    def _finding_from(self, model: TimelineModel, view: QListView) -> None:
        index = view.currentIndex()
        if index.isValid():
            item = model.item(index.row())
            self.finding_from_item.emit(item.seconds, item.text)

    def _span_from(self, model: TimelineModel, view: QListView) -> None:
        row = view.currentIndex().row()
        if row >= 0:
            end = (model.item(row + 1).seconds if row + 1 < model.rowCount()
                   else float("inf"))
            self.span_requested.emit(model.item(row).seconds, end)

    def show_items(self, leader: list[TimelineItem], notes: list[TimelineItem]) -> None:
        self.leader_model.set_items(leader)
        self.notes_model.set_items(notes)

    def show_note_position(self, seconds: float) -> None:
        self.note_button.setText(self.tr("+ Note at {t}   Ctrl+Enter").format(
            t=format_duration(seconds)))
        self.finding_button.setText(self.tr("+ Finding at {t}…   Ctrl+Shift+Enter").format(
            t=format_duration(seconds)))

    def take_note_text(self) -> str:
        return self.note_edit.text().strip()
