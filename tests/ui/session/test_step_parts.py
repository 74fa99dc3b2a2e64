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
