"""Compare rounds: per touchpoint, each round's mean felt points and mean perception gap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.loop import FollowUp
from mysteryshop.measures import about
from mysteryshop.model import RoundTouchpoint, Target
from ui.widgets.paint_colors import faint_ink, grid, ink, surface
from ui.widgets.points import count_text, mean_cell, mean_words
from ui.widgets.remembered import remember_geometry
from ui.widgets.step_words import template_for
from ui.widgets.table_model import ColumnsTableModel, fit_table_height

# Okabe–Ito: told apart with any kind of colour vision; the numbers are printed too.
ROUND_COLORS = [QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                    "#D55E00")]


def _short(key: str, title: str) -> str:
    template = template_for(key)
    return template.short_title if template else title


class Comparison:
    """The rows of `Repository.round_comparison`, arranged by round and touchpoint."""

    def __init__(self, rows: list[RoundTouchpoint],
                 targets: dict[tuple[str, str], Target] | None = None,
                 follow_up: dict[str, FollowUp] | None = None) -> None:
        self.rounds: list[str] = list(dict.fromkeys(r.round for r in rows))
        self._targets = targets or {}
        self.follow_up = follow_up or {}
        seen: dict[str, tuple[int, str]] = {}
        for r in rows:
            seen.setdefault(r.key, (r.position, _short(r.key, r.title)))
        self.touchpoints = [(k, name) for k, (_, name) in sorted(seen.items(),
                                                                 key=lambda kv: kv[1][0])]
        self._cells = {(r.round, r.key): r for r in rows}

    def cell(self, round_label: str, key: str) -> RoundTouchpoint | None:
        return self._cells.get((round_label, key))

    def target(self, round_label: str, key: str) -> Target | None:
        return self._targets.get((round_label, key))

    def to_target(self, round_label: str, key: str) -> float | None:
        """Mean felt minus the round's target: how far from the experience we want."""
        cell, target = self.cell(round_label, key), self.target(round_label, key)
        if cell is None or cell.mean_felt is None or target is None:
            return None
        return round(cell.mean_felt - target.points, 2)

    @property
    def has_targets(self) -> bool:
        return bool(self._targets)


class RoundsModel(ColumnsTableModel):
    """Rows: touchpoints. Columns: what came of its findings (actions done, fix held), then
    felt, gap and (with targets) felt − target for each round (the round's name over the
    measure: two short lines, not one long)."""

    def __init__(self, comparison: Comparison, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        rounds = comparison.rounds
        self.columns = (self.tr("Touchpoint"),
                        # What came of the findings here (not per round): first, in view.
                        *((self.tr("Actions\ndone"), self.tr("Fix held\n(later sessions)"))
                          if comparison.follow_up else ()),
                        *(self.tr("{round}\nfelt").format(round=r or "–") for r in rounds),
                        *(self.tr("{round}\ngap").format(round=r or "–") for r in rounds),
                        *(self.tr("{round}\nto target").format(round=r or "–")
                          for r in (rounds if comparison.has_targets else [])))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comparison.touchpoints)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key, name = self.comparison.touchpoints[index.row()]
        column = index.column()
        if column == 0:
            return name if role == Qt.ItemDataRole.DisplayRole else None
        rounds = self.comparison.rounds
        if self.comparison.follow_up:
            if column <= 2:  # what came of the findings here: not per round
                return self._follow_up(self.comparison.follow_up.get(key, FollowUp()),
                                       column, role)
            column -= 2
        part, which = divmod(column - 1, len(rounds))  # felt, gap, to target
        label = rounds[which]
        if part == 2:
            return mean_cell(self.comparison.to_target(label, key), role)
        cell = self.comparison.cell(label, key)
        value = None if cell is None else cell.mean_gap if part == 1 else cell.mean_felt
        return mean_cell(value, role)


    def _follow_up(self, follow: FollowUp, which: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if which == 1:
            return str(follow.actions_done)
        share = follow.held_share
        return "–" if share is None else self.tr("{held} of {said} ({share:.0%})").format(
            held=follow.held, said=follow.held + follow.not_held, share=share)


class RoundsChart(QWidget):
    """Two panels, felt and gap: for each touchpoint one bar per round, numbers on bars."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsChart")
        self.comparison = comparison
        self.setAccessibleName(self.tr("Rounds compared"))
        self.setAccessibleDescription(self._in_words())
        self.setMinimumSize(640, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _in_words(self) -> str:
        """The chart as text: per touchpoint, each round's mean felt points and gap."""
        parts = []
        for key, name in self.comparison.touchpoints:
            rounds = []
            for label in self.comparison.rounds:
                cell = self.comparison.cell(label, key)
                if cell is not None and cell.mean_felt is not None:
                    gap = "–" if cell.mean_gap is None else f"{cell.mean_gap:+.1f}"
                    text = self.tr("{round}: felt {felt}, gap {gap}").format(
                        round=label or "–", felt=f"{cell.mean_felt:+.1f}", gap=gap)
                    to_target = self.comparison.to_target(label, key)
                    if to_target is not None:
                        text += ", " + self.tr("{d} to target").format(d=f"{to_target:+.1f}")
                    rounds.append(text)
            if rounds:
                parts.append(f"{name} — " + "; ".join(rounds))
        return ". ".join(parts) or self.tr("No rated steps")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), surface(self))
        metrics = painter.fontMetrics()
        legend_height = metrics.height() + 8
        panel_height = (self.height() - legend_height) / 2
        for i, (title, gap) in enumerate(((self.tr("Mean felt points"), False),
                                          (self.tr("Mean perception gap (felt − predicted)"),
                                           True))):
            self._panel(painter, QRectF(0, i * panel_height, self.width(), panel_height),
                        title, gap)
        x = 10.0
        y = self.height() - legend_height + 4
        for j, label in enumerate(self.comparison.rounds):
            color = ROUND_COLORS[j % len(ROUND_COLORS)]
            painter.fillRect(QRectF(x, y + 2, 14, metrics.height() - 4), color)
            painter.setPen(ink(self))
            painter.drawText(int(x + 18), int(y + metrics.ascent()), label or "–")
            x += 40 + metrics.horizontalAdvance(label or "–")
        if self.comparison.has_targets:
            painter.setPen(QPen(ink(self), 2, Qt.PenStyle.DashLine))
            middle = int(y + metrics.height() / 2)
            painter.drawLine(int(x), middle, int(x + 14), middle)
            painter.setPen(ink(self))
            painter.drawText(int(x + 18), int(y + metrics.ascent()), self.tr("target"))

    def _panel(self, painter: QPainter, area: QRectF, title: str, gap: bool) -> None:
        metrics = painter.fontMetrics()
        painter.setPen(ink(self))
        painter.drawText(QRectF(area.left() + 8, area.top() + 2, area.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, title)
        plot = QRectF(area.left() + 40, area.top() + metrics.height() + 6,
                      area.width() - 50, area.height() - 2 * metrics.height() - 14)
        lowest, highest = (-20.0, 20.0) if gap else (-10.0, 10.0)

        def y_of(value: float) -> float:
            value = max(lowest, min(highest, value))
            return plot.bottom() - (value - lowest) / (highest - lowest) * plot.height()

        painter.setPen(QPen(grid(self), 1))
        painter.drawLine(int(plot.left()), int(y_of(0)), int(plot.right()), int(y_of(0)))
        painter.setPen(faint_ink(self))
        for tick in (lowest, 0.0, highest):
            painter.drawText(QRectF(area.left(), y_of(tick) - 8, 36, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{tick:+.0f}" if tick else "0")
        touchpoints, rounds = self.comparison.touchpoints, self.comparison.rounds
        if not touchpoints or not rounds:
            return
        group = plot.width() / len(touchpoints)
        bar = group * 0.8 / len(rounds)
        for i, (key, name) in enumerate(touchpoints):
            left = plot.left() + i * group + group * 0.1
            painter.setPen(ink(self))
            painter.drawText(QRectF(plot.left() + i * group, plot.bottom() + 2, group,
                                    metrics.height()), Qt.AlignmentFlag.AlignHCenter, name)
            for j, label in enumerate(rounds):
                cell = self.comparison.cell(label, key)
                value = None if cell is None else cell.mean_gap if gap else cell.mean_felt
                if value is None:
                    continue
                top, bottom = sorted((y_of(value), y_of(0)))
                rect = QRectF(left + j * bar, top, bar - 2, max(1.0, bottom - top))
                painter.fillRect(rect, ROUND_COLORS[j % len(ROUND_COLORS)])
                target = None if gap else self.comparison.target(label, key)
                if target is not None:  # the experience we want: a line across the bar
                    painter.setPen(QPen(ink(self), 2, Qt.PenStyle.DashLine))
                    y = y_of(target.points)
                    painter.drawLine(int(rect.left() - 2), int(y), int(rect.right() + 2), int(y))
                painter.setPen(ink(self))
                text_y = top - metrics.height() if value >= 0 else bottom
                painter.drawText(QRectF(rect.left() - 6, text_y, rect.width() + 12,
                                        metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                                 f"{value:+.1f}")


class CompareRoundsDialog(QDialog):
    def __init__(self, rows: list[RoundTouchpoint], parent: QWidget | None = None,
                 targets: dict[tuple[str, str], Target] | None = None,
                 follow_up: dict[str, FollowUp] | None = None,
                 reach: dict[tuple[str, str], int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareRoundsDialog")
        self.setWindowTitle(self.tr("Compare rounds"))
        self.comparison = Comparison(rows, targets, follow_up)
        text = self.tr("Did a later round fix what the first one found? Bars above zero "
                       "left customers up; a gap below zero means they felt worse than we "
                       "expected.")
        if self.comparison.has_targets:
            text += " " + self.tr("A dashed line marks the experience we want (the round's "
                                  "target).")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.chart = RoundsChart(self.comparison, self)
        self.model = RoundsModel(self.comparison, self)
        table = QTableView(self)
        table.setTabKeyNavigation(False)
        table.setObjectName("roundsTable")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(self._empty_text(), self)
        self.empty.setObjectName("compareEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(bool(self.empty.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty, 1 if not rows else 0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(table)
        self.reach_line = QLabel(self._reach_text(reach or {}), self)
        self.reach_line.setObjectName("compareReach")
        self.reach_line.setWordWrap(True)
        self.reach_line.setVisible(bool(self.reach_line.text()))
        layout.addWidget(self.reach_line)
        layout.addWidget(buttons)
        self.chart.setVisible(bool(rows))  # no empty axes: the reason instead
        table.setVisible(bool(rows))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(720, screen.height() - 80))
        remember_geometry(self, "compareRounds")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_table_height(self.table)  # every touchpoint in view; the chart takes the rest

    def _reach_text(self, reach: dict[tuple[str, str], int]) -> str:
        """The latest round multiplied out: customers a year, and where it leaves them."""
        if not self.comparison.rounds:
            return ""
        latest = self.comparison.rounds[-1]
        parts = []
        for key, name in self.comparison.touchpoints:
            cell, customers = self.comparison.cell(latest, key), reach.get((latest, key))
            if customers and cell is not None and cell.mean_felt is not None:
                parts.append(self.tr("about {n} customers a year go through {touchpoint}, "
                                     "and it leaves them {how}").format(
                    n=count_text(about(customers)), touchpoint=name,
                    how=mean_words(cell.mean_felt)))
        return (self.tr("{round}: ").format(round=latest or "–") + "; ".join(parts) + "."
                if parts else "")

    def _empty_text(self) -> str:
        rounds = len(self.comparison.rounds)
        if rounds == 0:
            return self.tr("Nothing to compare yet: there are no sessions (demo sessions are "
                           "left out). Shop a round, then come back after the next one to "
                           "see whether the fixes held.")
        if rounds == 1:
            return self.tr("One round so far ({name}). After the next round, this shows "
                           "whether what it found was fixed.").format(
                name=self.comparison.rounds[0] or self.tr("no round"))
        return ""
