"""The exercise's own words (resources/steps.json) in the user's language.

The step texts are data, not code: packaging/translations.py hands each of them to
lupdate in the context "steps", and here every template is read through the installed
translation (a text with none stays as written). A step's title stored with a session is
the template's English title, so it is translated the same way.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from mysteryshop.model import Session, Step
from mysteryshop.templates import StepTemplate
from mysteryshop.templates import step_template as english_step_template
from mysteryshop.templates import template_for as english_template_for

CONTEXT = "steps"


def step_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def localized(template: StepTemplate) -> StepTemplate:
    return replace(
        template,
        short_title=step_text(template.short_title), title=step_text(template.title),
        instruction=step_text(template.instruction),
        watch_for=tuple(step_text(w) for w in template.watch_for),
        prediction_prompt=step_text(template.prediction_prompt),
        feeling_prompt=step_text(template.feeling_prompt),
        questions=tuple(replace(q, text=step_text(q.text)) for q in template.questions),
        helped_label=step_text(template.helped_label),
    )


def template_for(key: str) -> StepTemplate | None:
    template = english_template_for(key)
    return localized(template) if template is not None else None


def session_step_template(session: Session, key: str) -> StepTemplate | None:
    """A session's step as the template version it was run with asks it, translated."""
    template = english_step_template(session, key)
    return localized(template) if template is not None else None


def step_title(step: Step) -> str:
    return step_text(step.title)
