"""The exercise's steps and guided questions, read from resources/steps.json."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from mysteryshop.errors import MysteryShopError, TemplateFileError
from mysteryshop.model import BUILT_IN_TEMPLATE, Session
from mysteryshop.paths import resource_path
from mysteryshop.template_file import (
    Question,
    StepTemplate,
    Template,
    template_from_text,
)

__all__ = ["BUILT_IN_ID", "Question", "StepTemplate", "Template", "built_in_template",
           "default_templates", "load_template", "load_templates", "remember",
           "step_template", "template_for", "template_of"]


BUILT_IN_ID = BUILT_IN_TEMPLATE  # the exercise as written; round 1 keeps it


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


# Templates this process knows besides the built-in one: a version once kept never
# changes, so they are remembered as they are read (services.templates does).
_remembered: dict[tuple[str, int], Template] = {}


def remember(templates: Iterable[Template], *, only: bool = False) -> None:
    """Add templates to those known; `only`: they are all there is (a data folder was
    opened: another folder's templates must not answer for this one's)."""
    if only:
        _remembered.clear()
    for template in templates:
        _remembered[(template.id, template.version)] = template


def template_of(template_id: str, version: int) -> Template:
    """A session's template by id and version (the built-in one if it is unknown here)."""
    if (template_id, version) == (BUILT_IN_ID, 1):
        return built_in_template()
    return _remembered.get((template_id, version)) or built_in_template()


def step_template(session: Session, key: str) -> StepTemplate | None:
    """What a session's step asks, as the template version it was run with asks it."""
    return (template_of(session.template_id, session.template_version).step(key)
            or template_for(key))


def template_for(key: str) -> StepTemplate | None:
    """A step by its key: the built-in one, else the newest template that has it (where
    no session says which; None if no template here has it)."""
    built_in = next((t for t in default_templates() if t.key == key), None)
    if built_in is not None:
        return built_in
    for _, template in sorted(_remembered.items(), reverse=True):
        step = template.step(key)
        if step is not None:
            return step
    return None
