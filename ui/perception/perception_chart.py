"""The perception chart: per touchpoint, leadership's prediction, staff's and customers'
ratings and what the mystery shop felt, as bars on the -10..+10 scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mysteryshop.perception import Group, PerceptionOverview
from mysteryshop.vocabulary import GROUP_WORDS
from ui.loop.loop_models import touchpoint_name
from ui.widgets.paint_colors import faint_ink, grid, ink, surface
from ui.widgets.words import word

# Okabe–Ito colours, told apart with any colour vision: leadership, staff, customers, felt.
SERIES_COLORS = [QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7")]


class PerceptionChart(QWidget):
    """Bars per touchpoint (the experience as a whole first); a number on every bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perceptionChart")
        self.setAccessibleName(self.tr("Three perceptions and the mystery shop"))
        self.setMinimumSize(560, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows: list[tuple[str, list[float | None]]] = []

    def series_names(self) -> list[str]:
        return [self.tr("Leadership (predicted)"), word(GROUP_WORDS[Group.STAFF]),
                word(GROUP_WORDS[Group.CUSTOMERS]), self.tr("Mystery shop (felt)")]

    def set_overview(self, view: PerceptionOverview) -> None:
        self._rows = [(self.tr("Overall"), [view.overall.get(Group.LEADERSHIP),
                                            view.overall.get(Group.STAFF),
                                            view.overall.get(Group.CUSTOMERS), None])]
        self._rows += [(touchpoint_name(t.key) or t.title,
                        [t.leadership, t.staff, t.customers, t.felt])
                       for t in view.touchpoints]
        self.setAccessibleDescription(self.in_words())
        self.update()

    def in_words(self) -> str:
        """The chart as text, for a screen reader and a tooltip."""
        names = self.series_names()
        parts = []
        for title, values in self._rows:
            said = [f"{n} {v:+.1f}" for n, v in zip(names, values, strict=True)
                    if v is not None]
            if said:
                parts.append(f"{title}: " + ", ".join(said))
        return ". ".join(parts) or self.tr("Nothing rated yet")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), surface(self))
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_top = self.height() - line - 6
        plot = QRectF(44, line, self.width() - 54, legend_top - 3 * line - 8)

        def y_of(value: float) -> float:
            value = max(-10.0, min(10.0, value))
            return plot.bottom() - (value + 10) / 20 * plot.height()

        painter.setPen(faint_ink(self))
        for tick in (-10.0, -5.0, 0.0, 5.0, 10.0):
            y = y_of(tick)
            painter.drawText(QRectF(0, y - line / 2, 38, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{tick:+.0f}" if tick else "0")
        painter.setPen(QPen(grid(self), 1))
        painter.drawLine(int(plot.left()), int(y_of(0)), int(plot.right()), int(y_of(0)))
        if self._rows:
            group = plot.width() / len(self._rows)
            bar = group * 0.84 / 4
            for i, (title, values) in enumerate(self._rows):
                left = plot.left() + i * group + group * 0.08
                painter.setPen(ink(self))
                label = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(group - 4))
                painter.drawText(QRectF(plot.left() + i * group, plot.bottom() + line + 4,
                                        group, line), Qt.AlignmentFlag.AlignHCenter, label)
                for j, value in enumerate(values):
                    if value is None:
                        continue
                    top, bottom = sorted((y_of(value), y_of(0)))
                    rect = QRectF(left + j * bar, top, bar - 2, max(1.0, bottom - top))
                    painter.fillRect(rect, SERIES_COLORS[j])
                    text_y = top - line if value >= 0 else bottom
                    painter.setPen(ink(self))
                    painter.drawText(QRectF(rect.left() - 8, text_y, rect.width() + 16, line),
                                     Qt.AlignmentFlag.AlignHCenter, f"{value:+.1f}")
        x = 10.0
        for color, name in zip(SERIES_COLORS, self.series_names(), strict=True):
            painter.fillRect(QRectF(x, legend_top + 2, 14, line - 4), color)
            painter.setPen(ink(self))
            painter.drawText(int(x + 18), int(legend_top + metrics.ascent()), name)
            x += 34 + metrics.horizontalAdvance(name)
