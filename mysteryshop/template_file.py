"""Exercise templates as documents: the built-in steps file and the files teams export
and import have one shape, read strictly.

A template file may come from anywhere (an e-mail, a shared folder): it is read as data
only, within limits (size, counts, lengths), and every refusal names what is wrong and
where ("step 3 (chat): question 2 has no text"), so the person who made it can fix it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from mysteryshop.errors import TemplateFileError
from mysteryshop.model import StepKind

MAX_FILE_BYTES = 1_000_000
MAX_STEPS = 30
MAX_QUESTIONS = 20
MAX_WATCH_FOR = 12
MAX_TEXT = 2_000
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")  # what a step key or question id may be
FORMAT = "mysteryshop-template"


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


@dataclass(frozen=True)
class Template:
    """An exercise: its steps in order. `id` names it across versions; a change makes a
    new `version`, and sessions keep the version they were run with."""

    id: str
    version: int
    name: str
    steps: tuple[StepTemplate, ...]

    def step(self, key: str) -> StepTemplate | None:
        return next((s for s in self.steps if s.key == key), None)


def template_from_text(text: str | bytes, default_id: str = "") -> Template:
    """Read a template document (raises TemplateFileError saying what and where)."""
    if len(text) > MAX_FILE_BYTES:
        raise TemplateFileError("The template is larger than a template may be "
                                "({limit} kB).", limit=MAX_FILE_BYTES // 1000)
    try:
        raw = json.loads(text)
    except RecursionError as exc:  # nested deeper than any template is
        raise TemplateFileError("The template is not a template (nested too deep).") from exc
    except ValueError as exc:
        raise TemplateFileError("The template is not readable JSON: {reason}.",
                                reason=exc) from exc
    return template_from_dict(raw, default_id)


def template_from_dict(raw: Any, default_id: str = "") -> Template:
    reader = _Reader()
    if not isinstance(raw, dict):
        raise TemplateFileError("The template is not a template (no object at its top).")
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise TemplateFileError("The template has no steps.")
    if len(steps_raw) > MAX_STEPS:
        raise TemplateFileError("The template has {count} steps; at most {limit} are "
                                "allowed.", count=len(steps_raw), limit=MAX_STEPS)
    steps = tuple(reader.step(s, i) for i, s in enumerate(steps_raw, start=1))
    keys = [s.key for s in steps]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    if doubled:
        raise TemplateFileError("Two steps have the key {key}: each needs its own.",
                                key=doubled[0])
    template_id = raw.get("id", default_id)
    if not isinstance(template_id, str) or not KEY.match(template_id):
        raise TemplateFileError("The template's id must be lower-case letters, digits and "
                                "dashes (found {id!r}).", id=template_id)
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 10**6:
        raise TemplateFileError("The template's version must be a whole number from 1.")
    return Template(template_id, version, reader.text(raw, "name", "The template"), steps)


def template_to_dict(template: Template) -> dict[str, Any]:
    """The document `template_from_dict` reads back as the same template."""
    return {
        "format": FORMAT, "id": template.id, "version": template.version,
        "name": template.name,
        "steps": [{
            "key": s.key, "short_title": s.short_title, "title": s.title,
            "kind": s.kind.value, "instruction": s.instruction,
            "watch_for": list(s.watch_for), "prediction_prompt": s.prediction_prompt,
            "feeling_prompt": s.feeling_prompt, "helped_label": s.helped_label,
            "questions": [{"id": q.id, "text": q.text, "yes_is_good": q.yes_is_good}
                          for q in s.questions],
        } for s in template.steps],
    }


def template_to_text(template: Template) -> str:
    return json.dumps(template_to_dict(template), indent=2, ensure_ascii=False) + "\n"


class _Reader:
    """Reads fields with a place to name in every error."""

    def text(self, raw: dict[str, Any], name: str, where: str, *,
             required: bool = True, default: str = "") -> str:
        value = raw.get(name, None if required else default)
        if not isinstance(value, str) or (required and not value.strip()):
            raise TemplateFileError("{where}: “{field}” must be a text.", where=where,
                                    field=name)
        if len(value) > MAX_TEXT:
            raise TemplateFileError("{where}: “{field}” is longer than {limit} characters.",
                                    where=where, field=name, limit=MAX_TEXT)
        return value.strip()

    def step(self, raw: Any, number: int) -> StepTemplate:
        where = f"Step {number}"
        if not isinstance(raw, dict):
            raise TemplateFileError("{where} is not a step.", where=where)
        key = raw.get("key")
        if not isinstance(key, str) or not KEY.match(key):
            raise TemplateFileError("{where}: its key must be lower-case letters, digits and "
                                    "dashes, up to 40 (found {key!r}).", where=where, key=key)
        where = f"Step {number} ({key})"
        kind = _kind(raw, where)
        watch = raw.get("watch_for", [])
        if not isinstance(watch, list) or len(watch) > MAX_WATCH_FOR or not all(
                isinstance(w, str) and 0 < len(w) <= MAX_TEXT for w in watch):
            raise TemplateFileError("{where}: “watch_for” must be a list of up to {limit} "
                                    "texts.", where=where, limit=MAX_WATCH_FOR)
        questions = raw.get("questions", [])
        if not isinstance(questions, list) or len(questions) > MAX_QUESTIONS:
            raise TemplateFileError("{where}: “questions” must be a list of up to {limit}.",
                                    where=where, limit=MAX_QUESTIONS)
        read = tuple(self.question(q, i, where) for i, q in enumerate(questions, start=1))
        ids = [q.id for q in read]
        if len(set(ids)) != len(ids):
            raise TemplateFileError("{where}: two questions have the same id.", where=where)
        title = self.text(raw, "title", where)
        return StepTemplate(
            key=key, short_title=self.text(raw, "short_title", where, required=False,
                                           default=title[:24]),
            title=title, kind=kind,
            instruction=self.text(raw, "instruction", where, required=False),
            watch_for=tuple(w.strip() for w in watch),
            prediction_prompt=self.text(raw, "prediction_prompt", where, required=False),
            feeling_prompt=self.text(raw, "feeling_prompt", where, required=False,
                                     default="How did it make me FEEL?"),
            questions=read,
            helped_label=self.text(raw, "helped_label", where, required=False,
                                   default="Helped"))

    def question(self, raw: Any, number: int, where: str) -> Question:
        place = f"{where}, question {number}"
        if not isinstance(raw, dict):
            raise TemplateFileError("{where} is not a question.", where=place)
        qid = raw.get("id")
        if not isinstance(qid, str) or not KEY.match(qid):
            raise TemplateFileError("{where}: its id must be lower-case letters, digits and "
                                    "dashes (found {id!r}).", where=place, id=qid)
        good = raw.get("yes_is_good", True)
        if not isinstance(good, bool):
            raise TemplateFileError("{where}: “yes_is_good” must be true or false.",
                                    where=place)
        return Question(qid, self.text(raw, "text", place), good)


def _kind(raw: dict[str, Any], where: str) -> StepKind:
    """The step's kind; files from before kinds existed said only whether it was a call."""
    if "kind" not in raw:
        return StepKind.CALL if raw.get("is_call") else StepKind.WEBSITE
    try:
        return StepKind(str(raw["kind"]))
    except ValueError:
        known = ", ".join(k.value for k in StepKind)
        raise TemplateFileError("{where}: unknown kind {kind!r} (known: {known}).",
                                where=where, kind=raw["kind"], known=known) from None
