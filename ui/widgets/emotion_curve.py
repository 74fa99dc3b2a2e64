"""The emotion curve across the steps: predicted dashed, felt solid, as journey maps draw it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mysteryshop.model import POINTS_MAX, POINTS_MIN, Session
from ui.widgets.paint_colors import faint_ink, grid, readable, tint
from ui.widgets.points import points_color, points_text
from ui.widgets.step_words import template_for

FELT_COLOR = QColor("#2166ac")
REVIEWER_COLOR = QColor("#e66101")


class EmotionCurve(QWidget):
    """Two lines over a -10..+10 band; every dot also prints its number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionCurve")
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._labels: list[str] = []
        self._predicted: list[int | None] = []
        self._felt: list[int | None] = []
        self._reviewer: list[int | None] = []
        self.setAccessibleName(self.tr("Emotion curve"))
        self._describe()

    def set_series(
        self, labels: list[str], predicted: list[int | None], felt: list[int | None],
        reviewer: list[int | None] | None = None,
    ) -> None:
        self._labels, self._predicted, self._felt = labels, predicted, felt
        self._reviewer = reviewer or []
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The curve in words, for a screen reader: each step's predicted and felt points."""
        if not self._labels:
            self.setAccessibleDescription(self.tr("No steps"))
            return
        parts = []
        for i, label in enumerate(self._labels):
            predicted = self._predicted[i] if i < len(self._predicted) else None
            felt = self._felt[i] if i < len(self._felt) else None
            parts.append(self.tr("{step}: predicted {predicted}, felt {felt}").format(
                step=label, predicted=points_text(predicted), felt=points_text(felt)))
        self.setAccessibleDescription("; ".join(parts))

    def show_session(self, session: Session) -> None:
        """The session's steps by short name, predicted and felt."""
        labels = []
        for step in session.steps:
            template = template_for(step.key)
            labels.append(template.short_title if template else str(step.position + 1))
        self.set_series(labels, [s.predicted_points for s in session.steps],
                        [s.points for s in session.steps],
                        [s.review_points for s in session.steps])

    def series(self) -> tuple[list[int | None], list[int | None]]:
        return self._predicted, self._felt

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        left, top = metrics.horizontalAdvance("+10 ") + 6, metrics.height() + 6
        bottom = metrics.height() * 2 + 6
        plot = QRectF(left, top, self.width() - left - 12, self.height() - top - bottom)
        if plot.width() < 20 or plot.height() < 20:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - POINTS_MIN) / (POINTS_MAX - POINTS_MIN) * plot.height()

        # Bands: down (below zero) and up (above zero), faintly coloured.
        window = QPalette.ColorRole.Window
        painter.fillRect(QRectF(plot.left(), y_of(POINTS_MAX), plot.width(), y_of(0) - y_of(10)),
                         tint(self, points_color(6), 0.25, window))
        painter.fillRect(QRectF(plot.left(), y_of(0), plot.width(), y_of(POINTS_MIN) - y_of(0)),
                         tint(self, points_color(-6), 0.25, window))
        painter.setPen(QPen(grid(self, window), 1))
        painter.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))
        painter.setPen(faint_ink(self, window))
        for value, text in ((POINTS_MAX, "+10"), (0, "0"), (POINTS_MIN, "-10")):
            painter.drawText(QRectF(0, y_of(value) - 10, left - 4, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        count = len(self._labels)
        if not count:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No steps"))
            return
        step_width = plot.width() / count

        def x_of(i: int) -> float:
            return plot.left() + step_width * (i + 0.5)

        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))  # light or dark
        # Too narrow for one name: number all the steps, so the axis reads one way.
        numbered = any(metrics.horizontalAdvance(label) > step_width - 4
                       for label in self._labels)
        for i, label in enumerate(self._labels):
            if numbered:
                label = str(i + 1)
            painter.drawText(QRectF(x_of(i) - step_width / 2, plot.bottom() + 4, step_width,
                                    metrics.height()), Qt.AlignmentFlag.AlignHCenter, label)
        has_reviewer = any(v is not None for v in self._reviewer)
        window = QPalette.ColorRole.Window
        # The lines carry their values as text: 4.5:1 against the window, light or dark.
        predicted = faint_ink(self, window)
        felt = readable(self, FELT_COLOR, window)
        reviewer = readable(self, REVIEWER_COLOR, window)
        series = [(self._predicted, predicted, Qt.PenStyle.DashLine),
                  (self._felt, felt, Qt.PenStyle.SolidLine)]
        if has_reviewer:
            series.append((self._reviewer, reviewer, Qt.PenStyle.DotLine))
        sides = label_sides([values for values, _, _ in series])
        for (values, color, style), where in zip(series, sides, strict=True):
            self._draw_line(painter, values, x_of, y_of, color, style, where)
        legend_y = self.height() - metrics.height() - 2
        self._legend(painter, 8, legend_y, predicted, Qt.PenStyle.DashLine,
                     self.tr("predicted"))
        x = 8 + 40 + metrics.horizontalAdvance(self.tr("predicted")) + 20
        self._legend(painter, x, legend_y, felt, Qt.PenStyle.SolidLine, self.tr("felt"))
        if has_reviewer:
            x += 40 + metrics.horizontalAdvance(self.tr("felt")) + 20
            self._legend(painter, x, legend_y, reviewer, Qt.PenStyle.DotLine,
                         self.tr("reviewer"))

    @staticmethod
    def _draw_line(painter: QPainter, values: list[int | None], x_of: Callable[[int], float],
                   y_of: Callable[[float], float], color: QColor, style: Qt.PenStyle,
                   sides: list[str]) -> None:
        path = QPainterPath()
        started = False
        points = [(x_of(i), y_of(v), v, sides[i]) for i, v in enumerate(values) if v is not None]
        for x, y, _, _ in points:
            if started:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                started = True
        painter.setPen(QPen(color, 2.5, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(color)
        for x, y, v, side in points:
            painter.setPen(QPen(color, 1))
            painter.drawEllipse(QPointF(x, y), 4.5, 4.5)
            painter.setPen(color)  # readable on the window already (see paintEvent)
            box = {"above": QRectF(x - 20, y - 22, 40, 16),
                   "below": QRectF(x - 20, y + 6, 40, 16),
                   "left": QRectF(x - 48, y - 8, 40, 16)}[side]
            align = Qt.AlignmentFlag.AlignRight if side == "left" else Qt.AlignmentFlag.AlignHCenter
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, points_text(v))

    def _legend(self, painter: QPainter, x: float, y: float, color: QColor, style: Qt.PenStyle,
                text: str) -> None:
        painter.setPen(QPen(color, 2.5, style))
        painter.drawLine(QPointF(x, y + 8), QPointF(x + 32, y + 8))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(x + 38, y + 12), text)


def label_sides(series: list[list[int | None]]) -> list[list[str]]:
    """Where each point's number goes so the numbers of one step never overlap: the
    highest value's above its point, the lowest's below, a third one's to the left
    (ties keep the series order: predicted first)."""
    sides = [["above"] * len(values) for values in series]
    for i in range(max((len(v) for v in series), default=0)):
        present = sorted((s for s, values in enumerate(series)
                          if i < len(values) and values[i] is not None),
                         key=lambda s: (-(series[s][i] or 0), s))
        for rank, s in enumerate(present):
            last = rank == len(present) - 1
            sides[s][i] = "above" if rank == 0 else "below" if last else "left"
    return sides
