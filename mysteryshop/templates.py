"""The exercise's steps and guided questions, read from resources/steps.json."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mysteryshop.errors import MysteryShopError, TemplateFileError
from mysteryshop.paths import resource_path
from mysteryshop.template_file import (
    Question,
    StepTemplate,
    Template,
    template_from_text,
)

__all__ = ["BUILT_IN_ID", "Question", "StepTemplate", "Template", "built_in_template",
           "default_templates", "load_template", "load_templates", "template_for"]


BUILT_IN_ID = "five-steps"  # the exercise as written; round 1 keeps it


def load_template(path: Path | None = None) -> Template:
    """Read a steps file; a broken one is a clear error, not a KeyError deep in the UI."""
    path = path or resource_path("steps.json")
    try:
        return template_from_text(path.read_bytes(), BUILT_IN_ID)
    except OSError as exc:
        raise MysteryShopError("The step file {path} is unreadable: {reason}", path=path,
                               reason=exc.strerror or exc) from exc
    except TemplateFileError as exc:
        raise MysteryShopError("The step file {path} is unreadable: {reason}", path=path,
                               reason=exc) from exc


def load_templates(path: Path | None = None) -> tuple[StepTemplate, ...]:
    return load_template(path).steps


@cache
def built_in_template() -> Template:
    return load_template()


def default_templates() -> tuple[StepTemplate, ...]:
    return built_in_template().steps


def template_for(key: str) -> StepTemplate | None:
    """The template of a stored step, or None if a later step file dropped it."""
    return next((t for t in default_templates() if t.key == key), None)
