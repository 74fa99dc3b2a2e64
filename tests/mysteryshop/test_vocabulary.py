"""One place for the words: every fixed choice has them, and every reader uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mysteryshop.errors import MysteryShopError
from mysteryshop.model import AnswerValue, MarkerKind, StepKind, Verdict
from mysteryshop.paths import resource_path
from mysteryshop.templates import load_templates
from mysteryshop.vocabulary import (
    ANSWER_WORDS,
    MARKER_KEYS,
    MARKER_WORDS,
    STEP_KIND_WORDS,
    VERDICT_CHOICES,
    VERDICT_WORDS,
    marker_word,
)


def test_every_choice_has_its_words_and_every_marker_one_key() -> None:
    assert set(VERDICT_WORDS) == set(VERDICT_CHOICES) == set(Verdict)
    assert set(ANSWER_WORDS) == set(AnswerValue)
    assert set(MARKER_WORDS) == set(MARKER_KEYS) == set(MarkerKind)
    assert set(STEP_KIND_WORDS) == set(StepKind)
    keys = list(MARKER_KEYS.values())
    assert len(set(keys)) == len(keys) and all(len(k) == 1 and k.isupper() for k in keys)


def test_a_step_names_its_helped_marker() -> None:
    assert marker_word(MarkerKind.HELPED) == "Helped"
    assert marker_word(MarkerKind.HELPED, "Reached a leader") == "Reached a leader"
    assert marker_word(MarkerKind.RING, "Reached a leader") == "Ring"


def test_the_built_in_steps_have_kinds() -> None:
    kinds = {t.key: t.kind for t in load_templates()}
    assert kinds == {"website": StepKind.WEBSITE, "call": StepKind.CALL,
                     "buy": StepKind.PURCHASE, "problem": StepKind.CALL,
                     "leader": StepKind.CALL}


def test_a_step_file_from_before_kinds_still_loads(tmp_path: Path) -> None:
    raw = json.loads(resource_path("steps.json").read_text(encoding="utf-8"))
    for step in raw["steps"]:
        step["is_call"] = step.pop("kind") == "call"
    old = tmp_path / "steps.json"
    old.write_text(json.dumps(raw), encoding="utf-8")
    assert [t.is_call for t in load_templates(old)] == [False, True, False, True, True]


def test_an_unknown_kind_is_refused_by_name(tmp_path: Path) -> None:
    raw = json.loads(resource_path("steps.json").read_text(encoding="utf-8"))
    raw["steps"][0]["kind"] = "carrier-pigeon"
    broken = tmp_path / "steps.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(MysteryShopError,
                       match=r"Step 1 \(website\): unknown kind 'carrier-pigeon'"):
        load_templates(broken)
