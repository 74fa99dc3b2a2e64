"""Guided questions answered Yes / Partly / No / N.A., each with an optional comment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from mysteryshop.model import Answer, AnswerValue
from mysteryshop.templates import Question
from ui.widgets.words import answer_text

CHOICES = tuple(AnswerValue)  # the columns; their words are read when a form is made


class QuestionsForm(QWidget):
    """A small fixed form (four or five questions a step), so one row of widgets each."""

    answer_changed = Signal(str, object)  # question id, AnswerValue
    comment_changed = Signal(str, str)  # question id, comment

    def __init__(self, questions: tuple[Question, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[str, QButtonGroup] = {}
        self._comments: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        words = [answer_text(value) for value in CHOICES]  # in the language of now
        for column, label in enumerate(words, start=1):
            grid.addWidget(QLabel(f"<b>{label}</b>", self), 0, column)
        row = 1
        for question in questions:
            text = QLabel(question.text, self)
            text.setWordWrap(True)
            text.setMinimumWidth(160)
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, (value, label) in enumerate(zip(CHOICES, words, strict=True), start=1):
                radio = QRadioButton(self)
                radio.setObjectName(f"answer_{question.id}_{value.value}")
                radio.setAccessibleName(f"{question.text} {label}")
                group.addButton(radio, column)
                grid.addWidget(radio, row, column)
            group.idClicked.connect(
                lambda button_id, qid=question.id: self.answer_changed.emit(
                    qid, CHOICES[button_id - 1]
                )
            )
            self._groups[question.id] = group
            comment = QLineEdit(self)
            comment.setObjectName(f"comment_{question.id}")
            comment.setAccessibleName(self.tr("Comment on: {question}").format(
                question=question.text))
            comment.setPlaceholderText(self.tr("Comment"))
            comment.textEdited.connect(
                lambda text, qid=question.id: self.comment_changed.emit(qid, text)
            )
            self._comments[question.id] = comment
            grid.addWidget(comment, row, len(CHOICES) + 1)
            row += 1
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(len(CHOICES) + 1, 2)

    def show_answers(self, answers: dict[str, Answer]) -> None:
        for qid, group in self._groups.items():
            answer = answers.get(qid)
            value = answer.value if answer else None
            group.setExclusive(False)  # an exclusive group cannot show "nothing chosen"
            for button_id, choice in enumerate(CHOICES, start=1):
                button = group.button(button_id)
                button.setChecked(choice == value)
            group.setExclusive(True)
            comment = self._comments[qid]
            text = answer.comment if answer else ""
            if comment.text() != text:
                comment.setText(text)
