"""The vocabulary's words as the user reads them: translated in the "vocabulary" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mysteryshop.model import AnswerValue, MarkerKind, Verdict
from mysteryshop.vocabulary import (
    ANSWER_WORDS,
    CONTEXT,
    VERDICT_CHOICES,
    marker_word,
    verdict_words,
)


def word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def verdict_text(verdict: Verdict | None) -> str:
    return word(verdict_words(verdict))


def verdict_choice(verdict: Verdict) -> str:
    return word(VERDICT_CHOICES[verdict])


def answer_text(value: AnswerValue) -> str:
    return word(ANSWER_WORDS[value])


def marker_text(kind: MarkerKind, helped_label: str | None = None) -> str:
    return word(marker_word(kind, helped_label))
