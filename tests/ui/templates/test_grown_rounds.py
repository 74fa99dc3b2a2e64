"""Rounds that grew: a touchpoint only round 2 has is compared, summed up and exported
beside the ones both rounds have, never as a gap in round 1."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from mysteryshop.model import StepKind
from mysteryshop.template_file import Question, StepTemplate
from mysteryshop.templates import built_in_template
from ui.main_window import MainWindow


def test_a_touchpoint_only_round_2_has_is_compared_summed_up_and_exported(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    from ui.home.compare_rounds import CompareRoundsDialog

    services = window.services
    first = services.sessions.create("Ann", "Acme", "Round 1")
    for key, points in (("website", 2), ("call", -4)):
        services.sessions.set_points(first, key, points)
    chat = StepTemplate("chat", "Chat", "Ask in the live chat", StepKind.MESSAGE, "", (), "",
                        "", (Question("chat-person", "Did a person answer?"),))
    grown = services.templates.save(replace(built_in_template(), id="acme", name="Acme",
                                            steps=(*built_in_template().steps, chat)))
    services.templates.set_for_round("Round 2", grown)
    second = services.sessions.create("Ben", "Acme", "Round 2",
                                      template=services.templates.for_round("Round 2"))
    for key, points in (("website", 4), ("call", 1), ("chat", -6)):
        services.sessions.set_points(second, key, points)

    rows = services.library.compare_rounds()
    assert {(r.round, r.key) for r in rows if r.key == "chat"} == {("Round 2", "chat")}
    assert next(r for r in rows if r.key == "chat").mean_felt == -6
    window.compare_rounds()
    dialog = window.findChild(CompareRoundsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    view = window.open_session(second.id)
    assert view is not None
    model = view.summary.model
    cells = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("Ask in the live chat" in str(c) or "Chat" in str(c) for c in cells), cells

    result = services.exports.export(tmp_path / "rounds.xlsx")
    book = openpyxl.load_workbook(result.path)
    steps = book["Steps"]
    head = [c.value for c in steps[1]]
    touchpoint = head.index("Touchpoint")
    named = [row[touchpoint].value for row in steps.iter_rows(min_row=2)]
    assert named.count("Ask in the live chat") == 1  # round 2's session only
    import subprocess

    pack = services.exports.report(tmp_path / "pack.pdf").path
    text = subprocess.run(["pdftotext", "-layout", str(pack), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Ask in the live chat" in " ".join(text.split())
