"""The response form: one group's answers after a workshop, typed fast. Each question is
a box where every line is a point; Tab moves on, Ctrl+Enter saves."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.perception import Group, PerceptionResponse, Question
from mysteryshop.vocabulary import GROUP_WORDS, QUESTION_WORDS
from ui.loop.loop_editors import SavingForm, ok_cancel, suggesting
from ui.loop.loop_models import touchpoint_name
from ui.widgets.remembered import remember_geometry
from ui.widgets.words import word

NOT_GIVEN = -11  # a rating box's "–": below the scale


def _rating_box(parent: QWidget, value: int | None, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(NOT_GIVEN, 10)
    box.setSpecialValueText("–")
    box.setValue(NOT_GIVEN if value is None else value)
    box.setMinimumWidth(72)
    return box


def _rating(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_GIVEN else box.value()


@dataclass(frozen=True)
class ResponseValues:
    group: Group
    source: str
    overall: int | None
    excellent: bool | None
    ratings: dict[str, int]
    questions: dict[Question, str]  # each question's box, a point a line


class ResponseDialog(SavingForm):
    """New or edited response; `values()` gives what the form holds."""

    def __init__(self, touchpoints: list[str], sources: list[str],
                 response: PerceptionResponse | None = None, group: Group = Group.STAFF,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseDialog")
        self.setWindowTitle(self.tr("Perception response") if response
                            else self.tr("New perception response"))
        r = response
        self.group = QComboBox(self)
        self.group.setObjectName("responseGroup")
        for g in Group:
            self.group.addItem(word(GROUP_WORDS[g]), g.value)
        self.group.setCurrentIndex(self.group.findData((r.group if r else group).value))
        self.source = QLineEdit(r.source if r else "", self)
        self.source.setObjectName("responseSource")
        self.source.setPlaceholderText(self.tr("e.g. Staff group 3 — warehouse"))
        suggesting(self.source, sources)
        self.overall = _rating_box(self, r.overall if r else None, "responseOverall")
        self.excellent = QComboBox(self)
        self.excellent.setObjectName("responseExcellent")
        for text, value in ((self.tr("Not asked"), None), (self.tr("Yes"), True),
                            (self.tr("No"), False)):
            self.excellent.addItem(text, value)
        self.excellent.setCurrentIndex(0 if r is None or r.excellent is None
                                       else 1 if r.excellent else 2)
        form = QFormLayout()
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&Overall rating"), self.overall)
        form.addRow(self.tr("Do we deliver &excellent service?"), self.excellent)
        ratings = QGroupBox(self.tr("Rating per touchpoint (optional)"), self)
        grid = QFormLayout(ratings)
        self.ratings: dict[str, QSpinBox] = {}
        for key in touchpoints:
            box = _rating_box(ratings, r.ratings.get(key) if r else None, f"rating_{key}")
            self.ratings[key] = box
            grid.addRow(touchpoint_name(key), box)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(ratings)
        left.addStretch(1)
        questions = QGridLayout()
        self.questions: dict[Question, QPlainTextEdit] = {}
        for i, question in enumerate(Question):
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"question_{question.value}")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("One point a line"))
            if r:
                edit.setPlainText("\n".join(p.text for p in r.points_for(question)))
            label = QLabel(f"&{i + 1} " + word(QUESTION_WORDS[question]), self)
            label.setWordWrap(True)
            label.setBuddy(edit)
            self.questions[question] = edit
            questions.addWidget(label, (i // 2) * 2, i % 2)
            questions.addWidget(edit, (i // 2) * 2 + 1, i % 2)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(questions, 1)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.resize(1000, 600)
        remember_geometry(self, "responseDialog")

    def values(self) -> ResponseValues:
        excellent = self.excellent.currentData()
        return ResponseValues(
            Group(self.group.currentData()), self.source.text(), _rating(self.overall),
            None if excellent is None else bool(excellent),
            {k: v for k, box in self.ratings.items() if (v := _rating(box)) is not None},
            {q: edit.toPlainText() for q, edit in self.questions.items()})
