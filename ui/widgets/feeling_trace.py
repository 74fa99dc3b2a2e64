"""The live feeling drawn over time: one painter for the step page and the review.

A step line (the feeling holds until the leader moves it), tinted blue above neutral and
red-brown below it with the app's diverging palette, so "10 points down" reads at a glance
in light and dark palettes and without telling red from green.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from mysteryshop.measures import feeling_corners
from mysteryshop.model import POINTS_MAX, FeelingChange
from ui.widgets.paint_colors import faint_ink, grid, ink, readable, surface, tint
from ui.widgets.points import points_color, points_text


def paint_trace(painter: QPainter, widget: QWidget, area: QRectF,
                trace: Sequence[FeelingChange], start: float, end: float,
                until: float) -> None:
    """Draw the trace's seconds `start`..`end` across `area` (points -10..+10 up the
    height), as far as `until` seconds (a running timer's now, or the step's end)."""
    span = max(end - start, 1e-6)

    def x(seconds: float) -> float:
        return area.left() + (seconds - start) / span * area.width()

    def y(points: float) -> float:
        return area.center().y() - points / POINTS_MAX * area.height() / 2

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for level in (-10, -5, 0, 5, 10):
        pen = QPen(grid(widget) if level else faint_ink(widget), 1,
                   Qt.PenStyle.SolidLine if level == 0 else Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), y(level)), QPointF(area.right(), y(level)))
    corners = [QPointF(x(s), y(p)) for s, p in feeling_corners(trace, until)]
    painter.setClipRect(area)
    if len(corners) > 1:
        zero = y(0)
        fill = QPolygonF([QPointF(corners[0].x(), zero), *corners,
                          QPointF(corners[-1].x(), zero)])
        for value, half in ((5, QRectF(area.left(), area.top(), area.width(),
                                       zero - area.top())),
                            (-5, QRectF(area.left(), zero, area.width(),
                                        area.bottom() - zero))):
            painter.save()
            painter.setClipRect(half.intersected(area))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(tint(widget, points_color(value * 2), 0.45)))
            painter.drawPolygon(fill)
            painter.restore()
        path = QPainterPath(corners[0])
        for corner in corners[1:]:
            path.lineTo(corner)
        painter.setPen(QPen(ink(widget), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


class FeelingTraceView(QWidget):
    """The trace of one step so far, with the scale's ends named at the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feelingTrace")
        self.setMinimumSize(160, 56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._trace: list[FeelingChange] = []
        self._until = 0.0
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        """Words over the empty chart (what to do, or why it does not move)."""
        self._placeholder = text
        self.update()

    def show_trace(self, trace: Sequence[FeelingChange], until: float) -> None:
        self._trace = list(trace)
        self._until = until
        self.update()

    def extend_to(self, until: float) -> None:
        self._until = until
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), surface(self))
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        label_width = painter.fontMetrics().horizontalAdvance("+10") + 6
        area = QRectF(self.rect()).adjusted(label_width, 6, -4, -6)
        painter.setPen(readable(self, faint_ink(self)))
        for level in (10, 0, -10):
            top = area.center().y() - level / POINTS_MAX * area.height() / 2
            painter.drawText(QRectF(0, top - 8, label_width - 4, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             points_text(level))
        # A minute at least, so the first nudges do not fill the width.
        end = max(60.0, self._until)
        paint_trace(painter, self, area, self._trace, 0.0, end, self._until)
        if self._placeholder:
            painter.setPen(ink(self))
            painter.drawText(area.adjusted(8, 0, -8, 0),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self._placeholder)
        painter.end()
