"""Big one-key marker buttons for a call, the live call measures and the marker list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.model import CallMeasures, Marker, MarkerKind
from ui.session.markers import listening_text, marker_buttons, measures_text, tally_buttons
from ui.session.markers_model import MarkersModel
from ui.widgets.list_model import uniform_list_view


class MarkersPanel(QWidget):
    """Emits what the leader pressed; the step page turns that into stored markers."""

    marker_requested = Signal(object)  # MarkerKind
    delete_requested = Signal(int)  # marker id
    note_text_entered = Signal(int, str)  # marker id, text

    def __init__(self, helped_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._helped_label = helped_label
        self.buttons: dict[MarkerKind, QPushButton] = {}
        grid = QGridLayout()
        for i, spec in enumerate(marker_buttons(helped_label)):
            button = self._make_button(spec.kind, f"{spec.key}  {spec.label}")
            grid.addWidget(button, i // 4, i % 4)
        self._tally: dict[MarkerKind, tuple[QPushButton, str]] = {}
        tallies = QHBoxLayout()
        for spec in tally_buttons():
            label = f"{spec.key}  {spec.label}"
            button = self._make_button(spec.kind, label)
            button.setProperty("tally", spec.kind.value)
            self._tally[spec.kind] = (button, label)
            tallies.addWidget(button)
        self._measures = QLabel(self)
        self._measures.setObjectName("callMeasures")
        self._measures.setWordWrap(True)
        self._listening = QLabel(self)
        self._listening.setObjectName("listeningRatio")
        self._note_label = QLabel(self)
        self._note_edit = QLineEdit(self)
        self._note_edit.setObjectName("markerNoteEdit")
        self._note_edit.setPlaceholderText(self.tr("Type the note, then Enter"))
        self._note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self._note_marker_id: int | None = None
        note_row = QHBoxLayout()
        note_row.addWidget(self._note_label)
        note_row.addWidget(self._note_edit, 1)
        self._show_note_row(False)
        # The call so far: a widget of its own, which the step page places where it stays
        # in view during the call.
        self.log_panel = QWidget(self)
        self.log_panel.setObjectName("callLog")
        self._measures.setParent(self.log_panel)
        self._listening.setParent(self.log_panel)
        self.model = MarkersModel(self)
        self.list_view = uniform_list_view(self.model, self.log_panel)
        self.list_view.setObjectName("markerList")
        self.list_view.setAccessibleName(self.tr("Markers of this call, oldest first"))
        self.list_view.setMinimumHeight(90)
        # Its height is what the page has left (from 90 px up), not Qt's default 192 px
        # that would push it under the fold on a 768-pixel screen.
        self.list_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list_view.setToolTip(self.tr("Select a marker and press Delete to remove it"))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(note_row)
        layout.addLayout(tallies)
        log = QVBoxLayout(self.log_panel)
        log.setContentsMargins(0, 0, 0, 0)
        log.addWidget(self._measures)
        log.addWidget(self._listening)
        log.addWidget(self.list_view, 1)

    def _make_button(self, kind: MarkerKind, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"marker_{kind.value}")
        button.setMinimumHeight(44)  # a large target (44 px, as touch guidelines ask)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.marker_requested.emit(kind))
        self.buttons[kind] = button
        return button

    def show_state(self, markers: list[Marker], measures: CallMeasures) -> None:
        self.model.set_markers(markers, self._helped_label)
        # After the view has laid out the new rows: the newest marker in view.
        QTimer.singleShot(0, self.list_view, self.list_view.scrollToBottom)
        self.show_measures(measures)

    def show_measures(self, measures: CallMeasures) -> None:
        self._measures.setText(measures_text(measures, self._helped_label))
        self._listening.setText(listening_text(measures))
        counts = {MarkerKind.ASKED_NEED: measures.asked_need, MarkerKind.PITCHED: measures.pitched}
        for kind, (button, label) in self._tally.items():
            button.setText(f"{label} · {counts[kind]}")

    def ask_note(self, marker: Marker, stamp: str) -> None:
        """Show the inline note field for a just-stamped note marker."""
        self._note_marker_id = marker.id
        self._note_label.setText(self.tr("Note at {t}:").format(t=stamp))
        self._note_edit.clear()
        self._show_note_row(True)
        self._note_edit.setFocus()

    def _show_note_row(self, visible: bool) -> None:
        self._note_label.setVisible(visible)
        self._note_edit.setVisible(visible)

    def _on_note_edit_return_pressed(self) -> None:
        if self._note_marker_id is not None:
            self.note_text_entered.emit(self._note_marker_id, self._note_edit.text().strip())
        self._note_marker_id = None
        self._show_note_row(False)

    def _on_delete_activated(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self.delete_requested.emit(self.model.marker(index.row()).id)
