"""Each kind of step gets its parts: call tools on calls, the link on the website."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mysteryshop.model import StepKind
from ui.main_window import MainWindow
from ui.session.step_parts import PARTS


def test_every_kind_has_its_parts() -> None:
    assert set(PARTS) == set(StepKind)
    assert [k for k, p in PARTS.items() if p.call_tools] == [StepKind.CALL]


def test_pages_are_built_from_their_kind(qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.sessions.create("Ann", "Acme", "R1", website="acme.example",
                                              phone="+1 555 0100")
    view = window.open_session(session.id)
    assert view is not None
    pages = {p.key: p for p in (view.step_page(i) for i in range(5))}
    assert {k for k, p in pages.items() if p.markers is not None} == {"call", "problem",
                                                                      "leader"}
    assert {k for k, p in pages.items() if p.recording is not None} == {"call", "problem",
                                                                        "leader"}
    website = pages["website"].findChild(QLabel, "stepTarget")
    assert website is not None and "https://acme.example" in website.text()
    call = pages["call"].findChild(QLabel, "stepTarget")
    assert call is not None and "+1 555 0100" in call.text()
    assert pages["buy"].findChild(QLabel, "stepTarget") is None


def test_a_team_templates_own_step_gets_a_page_of_its_kind(
        qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QCheckBox, QPushButton

    from mysteryshop.template_file import Question, StepTemplate
    from mysteryshop.templates import built_in_template

    services = window.services
    services.sessions.create("Ann", "Acme", "Round 1")  # round 1 has begun
    chat = StepTemplate("chat", "Chat", "Ask in the live chat", StepKind.MESSAGE,
                        "Ask what you would ask.", ("How long until a person answered?",),
                        "I expect the chat to…", "How did the chat make me FEEL?",
                        (Question("chat-person", "Did a person answer within two minutes?"),))
    template = services.templates.save(replace(built_in_template(), id="acme", name="Acme",
                                               steps=(*built_in_template().steps[:2], chat)))
    services.templates.set_for_round("Round 2", template)
    session = services.sessions.create("Ben", "Acme", "Round 2",
                                       template=services.templates.for_round("Round 2"))
    view = window.open_session(session.id)
    assert view is not None
    page = view.step_page(2)
    assert page.key == "chat" and page.markers is None and page.recording is None
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("Ask in the live chat" in t for t in texts)
    assert any("Did a person answer within two minutes?" in t for t in texts + [
        b.text() for b in page.findChildren(QPushButton)] + [
        c.text() for c in page.findChildren(QCheckBox)])
    assert "Chat" in view._nav.button(2).text()
