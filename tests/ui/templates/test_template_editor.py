"""The template editor, driven as a team would: copy the built-in exercise, add a
touchpoint, reorder, save a version, choose it for a later round, share it as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mysteryshop.model import StepKind
from ui.main_window import MainWindow
from ui.templates.template_editor import TemplateEditor


def test_a_team_grows_the_exercise_for_round_2(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    services = window.services
    services.sessions.create("Ann", "Acme", "Round 1")
    window.window_actions.templates.trigger()
    editor = window.findChild(TemplateEditor)
    assert editor is not None and editor.isVisible()
    assert editor.choice.count() == 1 and not editor.add_button.isEnabled()  # built-in
    assert "In round 1, do every step and add none" in editor.about.text()
    assert editor.form.title.isReadOnly()

    copy = editor.make_copy("Acme, round 2")
    assert copy is not None and copy.version == 1 and editor.add_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = editor.form
    form.title.setText("Ask in the live chat")
    form.kind.setCurrentIndex(form.kind.findData(StepKind.MESSAGE))
    form.instruction.setPlainText("Open the chat and ask what you would ask.")
    form.watch_for.setPlainText("How long until a person answered?\nDid they use my name?")
    form.questions.setPlainText("Did a person answer within two minutes?\n"
                                "- Was I sent to a help page instead?")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # before "leader"
    editor.name.setText("Acme, round 2")
    saved = editor.save()
    assert saved is not None and saved.version == 2
    assert [s.key for s in saved.steps] == ["website", "call", "buy", "problem",
                                            "ask-in-the-live-chat", "leader"]
    chat = saved.steps[4]
    assert (chat.title, chat.short_title, chat.kind) == (
        "Ask in the live chat", "Ask in the live chat", StepKind.MESSAGE)
    assert [(q.text, q.yes_is_good) for q in chat.questions] == [
        ("Did a person answer within two minutes?", True),
        ("Was I sent to a help page instead?", False)]
    assert chat.watch_for == ("How long until a person answered?", "Did they use my name?")
    assert editor.status.text() == "Saved Acme, round 2, version 2."

    editor.round.setEditText("Round 1")
    assert not editor.use_for_round()
    assert editor.status.text().startswith("In round 1, do every step and add none")
    editor.round.setEditText("Round 2")
    assert editor.use_for_round()
    session = services.sessions.create("Ben", "Acme", "Round 2",
                                       template=services.templates.for_round("Round 2"))
    assert [s.key for s in session.steps][4] == "ask-in-the-live-chat"

    out = editor.export_file(tmp_path / "acme.json")
    assert out is not None and out.exists()
    other = tmp_path / "other.json"
    other.write_text(out.read_text(encoding="utf-8").replace("Ask in the live chat",
                                                             "Chat with us"))
    kept = editor.import_file(other)
    assert kept is not None and kept.version == 3
    assert editor.choice.currentText() == "Acme, round 2 (version 3)"
    hostile = tmp_path / "hostile.json"
    hostile.write_text('{"id": "x", "name": "x", "steps": [{"key": "../x"}]}')
    assert editor.import_file(hostile) is None
    assert "Step 1: its key must be lower-case" in editor.status.text()
    editor.close()


def test_a_new_round_chooses_its_steps_when_its_first_session_starts(
        qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from mysteryshop.template_file import Question, StepTemplate
    from mysteryshop.templates import BUILT_IN_ID, built_in_template

    services = window.services
    services.sessions.create("Ann", "Acme", "Round 1")
    chat = StepTemplate("chat", "Chat", "Ask in the live chat", StepKind.MESSAGE, "", (), "",
                        "", (Question("chat-person", "Did a person answer?"),))
    services.templates.save(replace(built_in_template(), id="acme", name="Acme grown",
                                    steps=(*built_in_template().steps, chat)))
    window.new_session()
    dialog = window._new_dialog
    assert dialog is not None
    assert dialog.template.currentData() == BUILT_IN_ID
    assert not dialog.template.isEnabled()  # round 1 has sessions: it keeps its steps
    dialog.leader.setText("Ben")
    dialog.company.setText("Acme")
    dialog.round.setEditText("Round 2")
    assert dialog.template.isEnabled()
    dialog.template.setCurrentIndex(dialog.template.findData("acme"))
    dialog.accept()
    view = window.session_view
    assert view is not None
    session = view.controller.session
    assert (session.round, session.template_id) == ("Round 2", "acme")
    assert [s.key for s in session.steps][-1] == "chat"
    assert services.templates.for_round("Round 2").id == "acme"
