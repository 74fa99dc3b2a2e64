"""The waveform of a recording with its markers as labelled ticks, a playhead, click-to-seek."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mysteryshop.audio.waveform import Peaks
from mysteryshop.measures import format_duration
from mysteryshop.model import FeelingChange
from ui.widgets.feeling_trace import paint_trace
from ui.widgets.paint_colors import faint_ink, ink, readable, surface, tint

LEADER_COLOR = QColor("#5e3c99")
REVIEWER_COLOR = QColor("#e66101")
DETECTED_COLOR = QColor("#1b7837")
WAVE_COLOR = QColor("#4a7fb0")
PLAYHEAD_COLOR = QColor("#d7191c")
FEELING_LANE = 48  # pixels under the wave for the live feeling, when the step has one


@dataclass(frozen=True)
class Tick:
    seconds: float
    label: str
    reviewer: bool = False
    detected: bool = False  # found in the audio: drawn dashed, in its own colour


LABEL_ROWS = 2


def label_rows(xs: Sequence[float], width: Callable[[int], float],
               rows: int) -> list[int | None]:
    """For labels at `xs`, left to right: the first row where each fits after the label
    before it in that row, or None when none does (its tick is still drawn, and the list
    beside the waveform names it). `width(i)` is asked only for labels that are placed:
    measuring text is the cost, and of thousands of ticks only a few dozen fit."""
    ends = [float("-inf")] * rows
    placed: list[int | None] = []
    for i, x in enumerate(xs):
        row = next((r for r in range(rows) if x > ends[r]), None)
        if row is not None:
            ends[row] = x + width(i)
        placed.append(row)
    return placed


DRAG_PIXELS = 4  # a press that moves further selects a stretch instead of only seeking
SHORTEST_SELECTION = 0.05  # seconds; anything shorter is a click, not a selection


class WaveformView(QWidget):
    """A press seeks; a drag selects a stretch (to redact), which a plain click clears."""

    seek_requested = Signal(float)
    selection_changed = Signal()  # `selection()` says what is selected now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveformView")
        self.setMinimumHeight(124)  # two label rows and a wave: fits a 720-pixel screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # ←/→ and Space work from here
        self._peaks: Peaks | None = None
        self._duration = 0.0
        self._ticks: list[Tick] = []
        self._playhead = 0.0
        self._message = ""
        self._selection: tuple[float, float] | None = None
        self._anchor: float | None = None  # x of the press a drag starts from
        self._dragging = False
        # The leader's live feeling, in a lane under the wave on the same time scale (its
        # offsets are the step timer's; the recording started `_feeling_start` into it).
        self._feeling: list[FeelingChange] = []
        self._feeling_start = 0.0
        # Everything but the playhead, drawn once per change or size: a step may hold
        # thousands of ticks, and the playhead moves many times a second while playing.
        self._static: QPixmap | None = None
        self.setAccessibleName(self.tr("Recording waveform: click or ←/→ to move, Space plays"))
        self.setAccessibleDescription(self.tr("No recording"))

    def set_peaks(self, peaks: Peaks | None) -> None:
        self._peaks = peaks
        if peaks is not None:
            self._duration = peaks.seconds
            self._message = ""
        self._redraw()

    def set_message(self, text: str) -> None:
        self._message = text
        self._redraw()

    def set_duration(self, seconds: float) -> None:
        if seconds > 0:
            self._duration = seconds
            self._redraw()

    def show_timeline_only(self, seconds: float) -> None:
        """No audio: the ticks still spread over the step's own length (never all at 0)."""
        self._duration = max(seconds, 1.0)
        self._redraw()

    def set_ticks(self, ticks: list[Tick]) -> None:
        self._ticks = ticks
        self._redraw()

    def selection(self) -> tuple[float, float] | None:
        """The selected stretch, (start, end) seconds into the recording, or None."""
        return self._selection

    def set_selection(self, span: tuple[float, float] | None) -> None:
        """Select a stretch (clipped to the recording; too short is none)."""
        if span is not None:
            start, end = sorted(span)
            start, end = max(0.0, start), min(self._duration, end)
            span = (start, end) if end - start >= SHORTEST_SELECTION else None
        if span != self._selection:
            self._selection = span
            self._describe()
            self.update()
            self.selection_changed.emit()

    def set_feeling(self, trace: Sequence[FeelingChange], start: float) -> None:
        self._feeling = list(trace)
        self._feeling_start = start
        self._redraw()

    def _describe(self) -> None:
        """What the picture shows, for a screen reader (the lists beside it hold it all)."""
        leader = sum(not t.reviewer and not t.detected for t in self._ticks)
        detected = sum(t.detected for t in self._ticks)
        text = self.tr(
            "{length} long; {markers} leader's markers, {notes} reviewer's notes, "
            "{found} events found in the audio").format(
                length=format_duration(self._duration), markers=leader,
                notes=len(self._ticks) - leader - detected, found=detected)
        if self._selection is not None:
            text += "; " + self.tr("selected {start}–{end}").format(
                start=format_duration(self._selection[0]),
                end=format_duration(self._selection[1]))
        self.setAccessibleDescription(text)

    def set_playhead(self, seconds: float) -> None:
        """Repaints only the strips the playhead leaves and enters."""
        old, self._playhead = self.x_of(self._playhead), seconds
        new = self.x_of(seconds)
        if abs(new - old) >= 0.5:
            for x in (old, new):
                self.update(int(x) - 3, 0, 7, self.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._static = None
        super().changeEvent(event)

    def _redraw(self) -> None:
        self._static = None
        self._describe()
        self.update()

    def duration(self) -> float:
        return self._duration

    def _plot(self) -> QRectF:
        top = self.fontMetrics().height() * LABEL_ROWS + 6
        lane = FEELING_LANE + 4 if self._feeling else 0
        return QRectF(6, top, max(1, self.width() - 12),
                      max(1, self.height() - top - 6 - lane))

    def _lane(self) -> QRectF:
        """Where the live feeling is drawn: under the wave, as wide."""
        plot = self._plot()
        return QRectF(plot.left(), plot.bottom() + 4, plot.width(), FEELING_LANE)

    def x_of(self, seconds: float) -> float:
        plot = self._plot()
        if self._duration <= 0:
            return plot.left()
        return plot.left() + plot.width() * min(1.0, max(0.0, seconds / self._duration))

    def seconds_at(self, x: float) -> float:
        plot = self._plot()
        return max(0.0, min(1.0, (x - plot.left()) / plot.width())) * self._duration

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            self._anchor, self._dragging = event.position().x(), False
            self.seek_requested.emit(self.seconds_at(self._anchor))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        anchor, x = self._anchor, event.position().x()
        if anchor is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        self._dragging = self._dragging or abs(x - anchor) >= DRAG_PIXELS
        if self._dragging:
            self.set_selection((self.seconds_at(anchor), self.seconds_at(x)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._anchor is not None:
            if not self._dragging:
                self.set_selection(None)  # a click: seek, and forget the stretch
            self._anchor, self._dragging = None, False

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if self._static is None or self._static.size() != size:
            self._static = QPixmap(size)
            self._static.setDevicePixelRatio(ratio)
            self._paint_static(self._static)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static)
        if self._duration > 0:
            plot = self._plot()
            if self._selection is not None:
                left, right = (self.x_of(t) for t in self._selection)
                band = QRectF(left, plot.top(), max(1.0, right - left), plot.height())
                highlight = self.palette().color(QPalette.ColorRole.Highlight)
                see_through = QColor(highlight)
                see_through.setAlpha(70)  # the wave stays visible under it
                painter.fillRect(band, see_through)
                painter.setPen(QPen(highlight, 1))
                painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()))
                painter.drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()))
            x = self.x_of(self._playhead)
            bottom = self._lane().bottom() if self._feeling else plot.bottom()
            painter.setPen(QPen(PLAYHEAD_COLOR, 2))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))

    def _paint_static(self, device: QPixmap) -> None:
        painter = QPainter(device)
        painter.fillRect(self.rect(), surface(self))
        plot = self._plot()
        painter.fillRect(plot, tint(self, WAVE_COLOR, 0.12))
        if self._message:
            painter.setPen(ink(self))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._message)
        if self._peaks is not None:
            low, high = self._peaks.columns(int(plot.width()))
            middle, half = plot.center().y(), plot.height() / 2
            painter.setPen(QPen(WAVE_COLOR, 1))
            left = plot.left() + 0.5
            painter.drawLines([QLineF(left + i, middle - hi * half, left + i, middle - lo * half)
                               for i, (lo, hi) in enumerate(zip(low, high, strict=True))])
        metrics = self.fontMetrics()
        ticks = sorted(self._ticks, key=lambda t: t.seconds)
        scale = plot.width() / self._duration if self._duration > 0 else 0.0
        xs = [plot.left() + scale * min(self._duration, max(0.0, t.seconds)) for t in ticks]
        rows = label_rows(xs, lambda i: metrics.horizontalAdvance(ticks[i].label) + 4,
                          LABEL_ROWS)
        # Through the live feeling's lane too: what happened, and how it felt.
        bottom = self._lane().bottom() if self._feeling else plot.bottom()
        # One pen and one call per colour: thousands of ticks a step at most.
        for style, color, pen in (
                ((False, False), readable(self, LEADER_COLOR), Qt.PenStyle.SolidLine),
                ((True, False), readable(self, REVIEWER_COLOR), Qt.PenStyle.SolidLine),
                ((False, True), readable(self, DETECTED_COLOR), Qt.PenStyle.DashLine)):
            painter.setPen(QPen(color, 1.5, pen))
            painter.drawLines([QLineF(x, plot.top() - 4, x, bottom)
                               for tick, x in zip(ticks, xs, strict=True)
                               if (tick.reviewer, tick.detected) == style])
            for tick, x, row in zip(ticks, xs, rows, strict=True):
                if row is not None and (tick.reviewer, tick.detected) == style:
                    # Near the right end a label ends at its tick rather than off the edge.
                    left = min(x + 2, plot.right() - metrics.horizontalAdvance(tick.label))
                    painter.drawText(
                        QPointF(max(0.0, left), metrics.ascent() + 2 + row * metrics.height()),
                        tick.label)
        if self._feeling and self._duration > 0:
            lane = self._lane()
            start = self._feeling_start
            paint_trace(painter, self, lane, self._feeling, start, start + self._duration,
                        start + self._duration)
            painter.setPen(faint_ink(self))
            painter.drawText(lane.adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.tr("Live feeling"))
        if self._duration > 0:
            painter.setPen(faint_ink(self))
            painter.drawText(plot.adjusted(4, 0, -4, -2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "0:00")
            painter.drawText(plot.adjusted(4, 0, -4, -2),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             format_duration(self._duration))
        painter.end()
