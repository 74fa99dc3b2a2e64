"""The experience we want: per touchpoint of a round, a target feeling and one sentence."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from mysteryshop.model import EXPERIENCE_MAX, POINTS_MAX, POINTS_MIN, Target
from ui.widgets.step_words import template_for

NO_TARGET = POINTS_MIN - 1  # the spin box's "No target", below the scale


class TargetSpin(QSpinBox):
    """-10..+10 with its sign, and "No target" below -10."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_TARGET, POINTS_MAX)
        self.setSpecialValueText(self.tr("No target"))
        self.setValue(NO_TARGET)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("No target")) + 48)

    def textFromValue(self, value: int) -> str:
        return f"{value:+d}" if value else "0"

    def points(self) -> int | None:
        return None if self.value() == NO_TARGET else self.value()


class TargetsEditor(QWidget):
    """A row per touchpoint; each change is asked to be saved at once (`changed`)."""

    changed = Signal(str, object, str)  # key, points or None, the sentence
    reach_changed = Signal(str, object)  # key, customers a year or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsEditor")
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self._grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("m") * 18)
        self.spins: dict[str, TargetSpin] = {}
        self.sentences: dict[str, QLineEdit] = {}
        self.reach: dict[str, QSpinBox] = {}

    def set_targets(self, touchpoints: list[tuple[str, str]], targets: dict[str, Target],
                    reach: dict[str, int] | None = None) -> None:
        """`reach`: customers a year by step key."""
        reach = reach or {}
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins, self.sentences, self.reach = {}, {}, {}
        self._grid.addWidget(QLabel(self.tr("<b>Touchpoint</b>"), self), 0, 0)
        self._grid.addWidget(QLabel(self.tr("<b>Target</b>"), self), 0, 1)
        self._grid.addWidget(QLabel(self.tr("<b>What that experience is, in one sentence"
                                            "</b>"), self), 0, 2)
        self._grid.addWidget(QLabel(self.tr("<b>Customers a year</b>"), self), 0, 3)
        for row, (key, stored_title) in enumerate(touchpoints, start=1):
            template = template_for(key)  # in the user's language
            title = template.title if template else stored_title
            target = targets.get(key)
            label = QLabel(title, self)
            label.setWordWrap(True)
            spin = TargetSpin(self)
            spin.setObjectName(f"target_{key}")
            spin.setAccessibleName(self.tr("Target feeling: {touchpoint}").format(
                touchpoint=title))
            if target is not None:
                spin.setValue(target.points)
            sentence = QLineEdit(target.experience if target else "", self)
            sentence.setObjectName(f"experience_{key}")
            sentence.setMaxLength(EXPERIENCE_MAX)
            sentence.setAccessibleName(self.tr("What that experience is: {touchpoint}").format(
                touchpoint=title))
            sentence.setPlaceholderText(self.tr(
                "What the customer should get here, e.g. a person answers within three rings"))
            sentence.setEnabled(target is not None)  # the points first, then what they mean
            label.setBuddy(spin)
            spin.valueChanged.connect(lambda _v, k=key: self._save(k))
            sentence.editingFinished.connect(lambda k=key: self._save(k))
            customers = QSpinBox(self)
            customers.setObjectName(f"reach_{key}")
            customers.setRange(0, 1_000_000_000)
            customers.setSingleStep(1000)
            customers.setGroupSeparatorShown(True)
            customers.setSpecialValueText(self.tr("Not known"))
            customers.setValue(reach.get(key, 0))
            customers.setAccessibleName(self.tr("Customers a year: {touchpoint}").format(
                touchpoint=title))
            customers.setToolTip(self.tr("How many customers go through this touchpoint in a "
                                         "year: the summary multiplies the feeling out"))
            customers.editingFinished.connect(
                lambda k=key, c=customers: self.reach_changed.emit(k, c.value() or None))
            self.spins[key], self.sentences[key], self.reach[key] = spin, sentence, customers
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(spin, row, 1)
            self._grid.addWidget(sentence, row, 2)
            self._grid.addWidget(customers, row, 3)
        self._grid.setRowStretch(len(touchpoints) + 1, 1)

    def _save(self, key: str) -> None:
        spin, sentence = self.spins[key], self.sentences[key]
        sentence.setEnabled(spin.points() is not None)
        self.changed.emit(key, spin.points(), sentence.text())
