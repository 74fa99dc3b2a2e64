"""Template documents: what is written reads back the same, and a hostile or broken file
is refused with what is wrong and where."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from mysteryshop.errors import TemplateFileError
from mysteryshop.template_file import (
    MAX_FILE_BYTES,
    template_from_dict,
    template_from_text,
    template_to_dict,
    template_to_text,
)
from mysteryshop.templates import BUILT_IN_ID, built_in_template


def test_the_built_in_exercise_round_trips_through_a_file() -> None:
    built_in = built_in_template()
    assert built_in.id == BUILT_IN_ID and built_in.version == 1
    assert [s.key for s in built_in.steps] == ["website", "call", "buy", "problem", "leader"]
    assert template_from_text(template_to_text(built_in)) == built_in
    assert built_in.step("call") is built_in.steps[1] and built_in.step("chat") is None


def _broken(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(template_to_dict(built_in_template()))
    change(raw)
    return raw


@pytest.mark.parametrize(("change", "said"), [
    (lambda r: r.update(steps=[]), "The template has no steps."),
    (lambda r: r.update(steps=r["steps"] * 7), "The template has 35 steps; at most 30"),
    (lambda r: r["steps"][1].update(key="website"), "Two steps have the key website"),
    (lambda r: r["steps"][2].update(key="Buy Now!"), "Step 3: its key must be lower-case"),
    (lambda r: r["steps"][2].update(kind="telepathy"), "Step 3 (buy): unknown kind 'telepathy'"),
    (lambda r: r["steps"][1].pop("title"), "Step 2 (call): “title” must be a text."),
    (lambda r: r["steps"][1].update(title="x" * 2001), "Step 2 (call): “title” is longer"),
    (lambda r: r["steps"][0]["questions"][1].update(text=""),
     "Step 1 (website), question 2: “text” must be a text."),
    (lambda r: r["steps"][0]["questions"][1].update(id="../../etc"),
     "Step 1 (website), question 2: its id must be lower-case"),
    (lambda r: r["steps"][0]["questions"][0].update(yes_is_good="sometimes"),
     "“yes_is_good” must be true or false"),
    (lambda r: r["steps"][0]["questions"].append(r["steps"][0]["questions"][0]),
     "Step 1 (website): two questions have the same id."),
    (lambda r: r["steps"][0].update(watch_for="read it all"), "“watch_for” must be a list"),
    (lambda r: r["steps"][4].update(questions=[{"id": f"q{i}", "text": "?"}
                                               for i in range(21)]),
     "Step 5 (leader): “questions” must be a list of up to 20."),
    (lambda r: r.update(version=True), "version must be a whole number"),
    (lambda r: r.update(id="<script>"), "The template's id must be lower-case"),
    (lambda r: r.update(name=None), "The template: “name” must be a text."),
    (lambda r: r["steps"].__setitem__(3, "call me"), "Step 4 is not a step."),
])
def test_a_broken_template_is_refused_saying_what_and_where(change: Any, said: str) -> None:
    with pytest.raises(TemplateFileError) as refused:
        template_from_dict(_broken(change))
    assert said in str(refused.value)


def test_what_is_not_a_template_at_all_is_refused_plainly() -> None:
    for text, said in (("", "not readable JSON"), ("[1, 2]", "no object at its top"),
                       ('{"steps": "all of them"}', "has no steps"),
                       (" " * (MAX_FILE_BYTES + 1), "larger than a template may be")):
        with pytest.raises(TemplateFileError, match=said):
            template_from_text(text)
    deep = "[" * 100_000 + "]" * 100_000  # nesting that would exhaust a naive reader
    with pytest.raises(TemplateFileError):
        template_from_text(deep)
    raw = template_to_dict(built_in_template())
    raw["steps"][0]["extra"] = {"ignored": True}  # unknown fields are left alone
    assert template_from_text(json.dumps(raw)).steps[0].key == "website"
