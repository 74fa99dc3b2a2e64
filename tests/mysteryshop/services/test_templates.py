"""Templates a team makes from the built-in exercise: versioned, kept in the database,
exported and imported as files, and chosen per round (round 1 keeps the five steps)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mysteryshop.errors import NotFoundError, TemplateFileError
from mysteryshop.model import StepKind
from mysteryshop.services.session_flow import SessionService
from mysteryshop.services.templates import TemplateService
from mysteryshop.storage.repository import Repository
from mysteryshop.template_file import Question, StepTemplate, template_to_text
from mysteryshop.templates import BUILT_IN_ID, built_in_template

CHAT = StepTemplate("chat", "Chat", "Ask a question in the live chat", StepKind.MESSAGE,
                    "Open the chat on the website and ask what you would ask.",
                    ("How long until a person answered?",), "I expect the chat to…",
                    "How did the chat make me FEEL?",
                    (Question("chat-person", "Did a person answer within two minutes?"),))


@pytest.fixture
def templates(repository: Repository) -> TemplateService:
    return TemplateService(repository, lambda: 1_767_225_600.0)


def test_a_changed_template_is_a_new_version_and_the_old_one_stays(
        templates: TemplateService) -> None:
    mine = templates.copy(built_in_template(), "acme-round-2", "Acme, round 2")
    assert (mine.id, mine.version, len(mine.steps)) == ("acme-round-2", 1, 5)
    assert templates.save(mine) == mine  # nothing changed: no new version
    grown = templates.save(replace(mine, steps=(*mine.steps, CHAT)))
    assert grown.version == 2 and grown.steps[-1].key == "chat"
    assert templates.get("acme-round-2", 1).steps == built_in_template().steps
    assert templates.get("acme-round-2") == grown
    assert [(t.id, t.version) for t in templates.latest()] == [(BUILT_IN_ID, 1),
                                                                ("acme-round-2", 2)]
    with pytest.raises(TemplateFileError, match="built-in exercise stays as it is"):
        templates.save(replace(built_in_template(), name="Changed"))
    with pytest.raises(TemplateFileError, match="There is a template 'acme-round-2'"):
        templates.copy(built_in_template(), "acme-round-2", "Again")
    with pytest.raises(NotFoundError, match="no template 'nope'"):
        templates.get("nope")


def test_templates_travel_as_files_and_never_overwrite_a_kept_version(
        templates: TemplateService, tmp_path: Path) -> None:
    mine = templates.save(replace(built_in_template(), id="acme", name="Acme",
                                  steps=(*built_in_template().steps, CHAT)))
    out = templates.export(mine, tmp_path / "acme.json")
    assert templates.import_file(out) == mine  # the same again: nothing new
    theirs = out.read_text(encoding="utf-8").replace("Ask a question in the live chat",
                                                     "Ask in the chat")
    changed = tmp_path / "theirs.json"
    changed.write_text(theirs, encoding="utf-8")
    arrived = templates.import_file(changed)
    assert arrived.version == 2 and arrived.step("chat").title == "Ask in the chat"
    assert templates.get("acme", 1) == mine  # ours as it was

    hostile = tmp_path / "hostile.json"
    hostile.write_text('{"id": "x", "name": "x", "steps": [{"key": "a/../../b"}]}')
    with pytest.raises(TemplateFileError, match="Step 1: its key must be lower-case"):
        templates.import_file(hostile)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 2_000_000)
    with pytest.raises(TemplateFileError, match="larger than a template may be"):
        templates.import_file(huge)
    fake = tmp_path / "fake.json"
    fake.write_text(template_to_text(replace(built_in_template(), name="Our five")))
    with pytest.raises(TemplateFileError, match="calls itself the built-in exercise"):
        templates.import_file(fake)
    assert [t.id for t in templates.latest()] == [BUILT_IN_ID, "acme"]


def test_round_1_keeps_the_five_steps_and_later_rounds_choose(
        templates: TemplateService, repository: Repository) -> None:
    sessions = SessionService(repository)
    mine = templates.save(replace(built_in_template(), id="acme", name="Acme",
                                  steps=(*built_in_template().steps, CHAT)))
    assert templates.for_round("Round 1") == built_in_template()
    with pytest.raises(TemplateFileError) as refused:
        templates.set_for_round("Round 1", mine)  # no round yet: this is the first
    assert str(refused.value).startswith("In round 1, do every step and add none")
    sessions.create("Ann", "Acme", "Round 1")
    templates.set_for_round("Round 2", mine)
    assert templates.for_round("Round 2") == mine
    with pytest.raises(TemplateFileError):
        templates.set_for_round("Round 1", mine)
    templates.set_for_round("Round 1", built_in_template())  # the built-in one is fine


def test_a_session_keeps_the_version_it_was_run_with(
        templates: TemplateService, repository: Repository) -> None:
    from mysteryshop.serialize import session_to_dict
    from mysteryshop.templates import step_template

    sessions = SessionService(repository)
    sessions.create("Ann", "Acme", "Round 1")
    v1 = templates.save(replace(built_in_template(), id="acme", name="Acme",
                                steps=(*built_in_template().steps, CHAT)))
    templates.set_for_round("Round 2", v1)
    session = sessions.create("Ben", "Acme", "Round 2", template=templates.for_round("Round 2"))
    assert [s.key for s in session.steps][-1] == "chat"
    asked = replace(CHAT, title="Ask in the chat, then wait")
    v2 = templates.save(replace(v1, steps=(*built_in_template().steps, asked)))
    assert v2.version == 2
    again = sessions.open(session.id)
    assert (again.template_id, again.template_version) == ("acme", 1)
    step = step_template(again, "chat")
    assert step is not None and step.title == CHAT.title  # as run, not as changed since
    assert session_to_dict(again, 0.0)["template"] == {"id": "acme", "version": 1}
    older = sessions.open(sessions.create("Cy", "Acme", "Round 1").id)
    assert (older.template_id, older.template_version) == (BUILT_IN_ID, 1)


def test_only_the_open_data_folders_templates_answer_for_a_step(tmp_path: Path) -> None:
    """Two folders each with their own "acme" version 1: the one opened last answers."""
    from mysteryshop.templates import template_for

    answers = []
    for n, title in enumerate(("Chat one", "Chat two")):
        repository = Repository.open(tmp_path / f"{n}.db")
        service = TemplateService(repository)
        service.save(replace(built_in_template(), id="acme", name="Acme",
                             steps=(*built_in_template().steps, replace(CHAT, title=title))))
        answers.append(template_for("chat"))
        repository.close()
    assert [a.title if a else None for a in answers] == ["Chat one", "Chat two"]
    TemplateService(Repository.open(tmp_path / "empty.db"))  # a folder without them
    assert template_for("chat") is None
