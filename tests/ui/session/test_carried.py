"""A later round's step shows what earlier rounds found there; after the step the leader
says whether the fix held."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mysteryshop.loop import ActionStatus
from tests.conftest import FakeClock
from ui.main_window import MainWindow


def test_earlier_findings_and_their_actions_are_in_front_of_the_leader(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    services = window.services
    first = services.sessions.create("Ana Rivera", "Acme", "Round 1")
    hold = services.loop.add_finding("Round 1", "Put on hold without asking",
                                     touchpoint="call")
    fix = services.loop.add_action("Ask before holding", (hold.id,), owner="Ben Okafor")
    services.loop.update_action(fix, status=ActionStatus.DONE)
    clock.advance(86400 * 60)
    later = services.sessions.create("Ana Rivera", "Acme", "Round 2")
    view = window.open_session(later.id)
    assert view is not None
    view.go_to(1)
    page = view.current_step_page()
    assert page is not None and page.key == "call"
    panel = page.carried
    assert panel.isVisible()
    labels = [w.text() for w in panel.findChildren(type(page.wanted))]
    assert any("Round 1 found:" in t and "Put on hold without asking" in t
               and "Ask before holding (Ben Okafor)" in t and "done on" in t for t in labels)
    held, not_held = panel.buttons[hold.id]
    assert not held.isEnabled() and not not_held.isEnabled()  # after the step, not before
    page.toggle_timer()
    clock.advance(90)
    page.stop_timer()
    held, not_held = page.carried.buttons[hold.id]
    assert not_held.isEnabled()
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)
    assert services.loop.carried(later, "call")[0].held is False
    held, not_held = page.carried.buttons[hold.id]
    assert not_held.isChecked() and not held.isChecked()
    qtbot.mouseClick(not_held, Qt.MouseButton.LeftButton)  # pressed again: taken back
    assert services.loop.carried(later, "call")[0].held is None
    view.go_to(0)
    website = view.current_step_page()
    assert website is not None and not website.carried.isVisible()  # nothing found there
    window.show_home()
    first_view = window.open_session(first.id)
    assert first_view is not None
    first_view.go_to(1)
    call = first_view.current_step_page()
    assert call is not None and not call.carried.isVisible()  # round 1 has no past
