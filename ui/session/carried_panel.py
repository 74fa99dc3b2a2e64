"""What earlier rounds found at this touchpoint, and what was done about it; after the
step, the leader says whether the fix held. Hidden in a first round."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from mysteryshop.loop import ActionStatus, CarriedFinding
from mysteryshop.vocabulary import ACTION_STATUS_WORDS
from ui.widgets.words import word


class CarriedPanel(QGroupBox):
    held_changed = Signal(str, object)  # finding id, True / False / None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Earlier rounds found here"), parent)
        self.setObjectName("carriedPanel")
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 1)
        self.buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.hide()

    def show_carried(self, carried: list[CarriedFinding], can_say: bool) -> None:
        """`can_say`: the step has been done (timed or rated), so the leader can say
        whether each fix held."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        self.setVisible(bool(carried))
        for row, c in enumerate(carried):
            label = QLabel(self._describe(c), self)
            label.setWordWrap(True)
            label.setObjectName(f"carried_{c.finding.id[:8]}")
            held = QPushButton(self.tr("✓ Held"), self)
            held.setObjectName("heldButton")
            not_held = QPushButton(self.tr("✗ Not held"), self)
            not_held.setObjectName("notHeldButton")
            group = QButtonGroup(label)
            group.setExclusive(False)  # a second press takes the word back
            for button, value in ((held, True), (not_held, False)):
                button.setCheckable(True)
                button.setChecked(c.held is value)
                button.setEnabled(can_say)
                button.setToolTip("" if can_say else self.tr(
                    "After the step: did the fix hold?"))
                button.setAccessibleName(f"{button.text()}: {c.finding.text}")
                button.clicked.connect(
                    lambda on, f=c.finding.id, v=value: self.held_changed.emit(
                        f, v if on else None))
                group.addButton(button)
            self.buttons[c.finding.id] = (held, not_held)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(held, row, 1)
            self._grid.addWidget(not_held, row, 2)

    def _describe(self, c: CarriedFinding) -> str:
        f = c.finding
        text = self.tr("<b>{round} found:</b> {finding}").format(
            round=html.escape(f.round or self.tr("An earlier round")),
            finding=html.escape(f.text))
        for action in c.actions:
            status = word(ACTION_STATUS_WORDS[action.status])
            if action.status is ActionStatus.DONE and action.done_at is not None:
                status = self.tr("done on {day}").format(
                    day=datetime.fromtimestamp(action.done_at).strftime("%Y-%m-%d"))
            owner = f" ({html.escape(action.owner)})" if action.owner else ""
            text += "<br>" + self.tr("Action: {action}{owner} · {status}").format(
                action=html.escape(action.text), owner=owner, status=html.escape(status))
        if not c.actions:
            text += "<br>" + self.tr("No action was taken.")
        return text
