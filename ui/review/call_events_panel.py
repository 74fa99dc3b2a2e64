"""What the analysis found in the recording: rings, the answer, holds and keypad tones,
each a suggestion to accept or reject (one by one, or all at once), and the call's
measures from the accepted ones, said to come from the audio."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.call_events import AudioMeasures, CallEvent, EventKind, EventStatus
from mysteryshop.measures import format_duration
from mysteryshop.model import MarkerKind
from mysteryshop.vocabulary import ENDED_WORD, EVENT_STATUS_WORDS, KEYS_WORD
from ui.widgets.list_model import RecordsListModel, uniform_list_view
from ui.widgets.words import marker_text, word


def event_text(event: CallEvent) -> str:
    """"Ring" / "On hold" / "Keypad tones" in the user's language."""
    if event.kind is EventKind.KEYS:
        return word(KEYS_WORD)
    if event.kind is EventKind.ENDED:
        return word(ENDED_WORD)
    return marker_text(MarkerKind(event.kind.value))



class CallEventsModel(RecordsListModel[CallEvent]):
    """One event a row, its time on the recording (`start` is the recording's place on
    the step's timeline), what it is, and what was decided."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.start = 0.0

    def detail(self, event: CallEvent) -> str:
        """"(2/3 · US)", "(16 digits)", or ""."""
        if event.kind is EventKind.KEYS and event.detail.isdigit():
            return " (" + self.tr("%n digit(s)", "", int(event.detail)) + ")"
        return f" ({event.detail})" if event.detail else ""

    def display(self, event: CallEvent, row: int) -> str:
        status = word(EVENT_STATUS_WORDS[event.status])
        return (f"{format_duration(event.offset_seconds - self.start)}   "
                f"{event_text(event)}{self.detail(event)} · {status}")

    def role_data(self, event: CallEvent, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and event.status is EventStatus.REJECTED:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and event.status is EventStatus.SUGGESTED:
            font = QGuiApplication.font()
            font.setItalic(True)
            return font
        return None


class CallEventsPanel(QGroupBox):
    analyze_requested = Signal()
    decided = Signal(list, bool)  # the events, accepted?
    redact_requested = Signal(object)  # the event whose stretch to bleep or silence
    seek_requested = Signal(float)  # seconds into the recording
    span_selected = Signal(float, float)  # one event with a length chosen: its stretch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Found in the audio"), parent)
        self.setObjectName("callEventsPanel")
        self.model = CallEventsModel(self)
        self.list = uniform_list_view(self.model, self)
        self.list.setObjectName("callEventsList")
        self.list.setAccessibleName(self.tr("Call events found in the audio"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(3 * self.list.fontMetrics().height() + 8)
        self.list.clicked.connect(lambda index: self.seek_requested.emit(
            self.model.record(index.row()).offset_seconds - self.model.start))
        self.status = QLabel(self)
        self.status.setObjectName("callEventsStatus")
        self.status.setWordWrap(True)
        self.measures = QLabel(self)
        self.measures.setObjectName("audioMeasures")
        self.measures.setWordWrap(True)
        self.measures.setVisible(False)
        self.accept = self._button(self.tr("&Accept"), "acceptEvents",
                                   lambda: self._decide(True, selected=True))
        self.reject = self._button(self.tr("Re&ject"), "rejectEvents",
                                   lambda: self._decide(False, selected=True))
        self.accept_all = self._button(self.tr("Accept a&ll"), "acceptAllEvents",
                                       lambda: self._decide(True, selected=False))
        self.analyze = self._button(self.tr("Find a&gain"), "analyzeButton",
                                    self.analyze_requested.emit)
        self.redact = self._button(self.tr("Re&dact…"), "redactButton", self._redact)
        self.redact.setToolTip(self.tr("Bleep or silence the selected stretch (keypad tones: "
                                       "a card number) in the recording, for good"))
        self.redact.setEnabled(False)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.analyze.setToolTip(self.tr("Look through the recording again (what was "
                                        "accepted or rejected stays)"))
        buttons = QHBoxLayout()
        for button in (self.accept, self.reject, self.accept_all):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.redact)
        more.addStretch(1)
        more.addWidget(self.analyze)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(more)
        # `measures` is placed by the view (beside the step's title, where there is room).

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _selected(self) -> list[CallEvent]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        return [self.model.record(r) for r in rows]

    def _selection(self) -> None:
        chosen = self._selected()
        spanned = len(chosen) == 1 and chosen[0].end_seconds is not None
        self.redact.setEnabled(spanned)
        if spanned:
            event = chosen[0]
            self.span_selected.emit(event.offset_seconds - self.model.start,
                                    (event.end_seconds or 0.0) - self.model.start)

    def _redact(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1 and chosen[0].end_seconds is not None:
            self.redact_requested.emit(chosen[0])

    def _decide(self, accepted: bool, *, selected: bool) -> None:
        if selected:
            events = self._selected()
        else:
            events = [e for e in self.model.records() if e.status is EventStatus.SUGGESTED]
        if events:
            self.decided.emit(events, accepted)

    def show_events(self, events: list[CallEvent], start: float) -> None:
        self.model.start = start
        self.model.set_records(events)
        pending = sum(e.status is EventStatus.SUGGESTED for e in events)
        self.accept_all.setEnabled(pending > 0)
        self.accept.setEnabled(bool(events))
        self.reject.setEnabled(bool(events))
        self.status.setText(
            self.tr("Nothing found: no ringing, hold or keypad tones.") if not events else
            self.tr("%n suggestion(s) to accept or reject.", "", pending) if pending else
            self.tr("All decided."))

    def show_working(self, text: str) -> None:
        self.status.setText(text)
        self.analyze.setEnabled(False)

    def show_done(self) -> None:
        self.analyze.setEnabled(True)

    def show_measures(self, m: AudioMeasures) -> None:
        parts = []
        if m.rings is not None:
            parts.append(self.tr("rang %n time(s)", "", m.rings))
        if m.answer_seconds is not None:
            parts.append(self.tr("answered after {t}").format(t=format_duration(
                m.answer_seconds)))
        if m.hold_total:
            parts.append(self.tr("on hold {t}").format(t=format_duration(m.hold_total)))
        if m.talk_share_them is not None:
            parts.append(self.tr("they talked {share:.0%}").format(share=m.talk_share_them))
        if m.longest_monologue is not None:
            parts.append(self.tr("longest monologue {t}").format(
                t=format_duration(m.longest_monologue)))
        if m.interruptions:
            parts.append(self.tr("%n interruption(s)", "", m.interruptions))
        self.measures.setText(self.tr("From the audio: {measures}").format(
            measures=" · ".join(parts)) if parts else "")
        self.measures.setVisible(bool(parts))

