"""The exercise's steps and guided questions, read from resources/steps.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import StepKind
from mysteryshop.paths import resource_path


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    # Whether "Yes" is the good answer. Most questions ask after something good; a few
    # ("Was most of the page about the company rather than about me?") after something
    # bad, and the workbook must count their answers the other way round.
    yes_is_good: bool = True


@dataclass(frozen=True)
class StepTemplate:
    """What a step asks of the leader; sessions keep their own copy of key and title."""

    key: str
    short_title: str
    title: str
    kind: StepKind
    instruction: str
    watch_for: tuple[str, ...]
    prediction_prompt: str
    feeling_prompt: str
    questions: tuple[Question, ...]
    helped_label: str = "Helped"

    @property
    def is_call(self) -> bool:
        return self.kind.is_call


def load_templates(path: Path | None = None) -> tuple[StepTemplate, ...]:
    """Parse a step file; a broken file is a clear error, not a KeyError deep in the UI."""
    path = path or resource_path("steps.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        steps = tuple(
            StepTemplate(
                key=s["key"],
                short_title=s["short_title"],
                title=s["title"],
                kind=_kind(s),
                instruction=s["instruction"],
                watch_for=tuple(s["watch_for"]),
                prediction_prompt=s["prediction_prompt"],
                feeling_prompt=s["feeling_prompt"],
                questions=tuple(Question(q["id"], q["text"], bool(q.get("yes_is_good", True)))
                                for q in s["questions"]),
                helped_label=s.get("helped_label", "Helped"),
            )
            for s in raw["steps"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise MysteryShopError("The step file {path} is unreadable: {reason}", path=path,
                               reason=exc) from exc
    keys = [s.key for s in steps]
    if not steps or len(set(keys)) != len(keys):
        raise MysteryShopError("The step file {path} needs steps with unique keys.", path=path)
    return steps


def _kind(raw: dict[str, object]) -> StepKind:
    """The step's kind; files from before kinds existed said only whether it was a call."""
    if "kind" not in raw:
        return StepKind.CALL if raw["is_call"] else StepKind.WEBSITE
    try:
        return StepKind(str(raw["kind"]))
    except ValueError:
        known = ", ".join(k.value for k in StepKind)
        raise ValueError(f"unknown step kind {raw['kind']!r} (known: {known})") from None


@cache
def default_templates() -> tuple[StepTemplate, ...]:
    return load_templates()


def template_for(key: str) -> StepTemplate | None:
    """The template of a stored step, or None if a later step file dropped it."""
    return next((t for t in default_templates() if t.key == key), None)
