"""The summary: leader and reviewer side by side, with their agreement."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mysteryshop.demo import create_demo_session
from mysteryshop.services.review import ReviewService
from mysteryshop.storage.repository import Repository
from ui.main_window import MainWindow
from ui.session.summary_model import COLUMNS


def test_summary_shows_the_reviewer_beside_the_leader(qtbot: QtBot,
                                                      window: MainWindow,
                                                      repository: Repository) -> None:
    session = create_demo_session(repository)
    reviews = ReviewService(window.services.sessions)
    reviews.set_reviewer(session, "Rae")
    reviews.set_points(session, "call", -6)  # leader felt -3
    reviews.confirm_blind(session, "call")
    reviews.set_points(session, "call", -3)  # after the reveal: the blind -6 still counts
    reviews.set_points(session, "leader", -7)  # leader felt -8
    window.open_session(session.id)
    view = window.session_view
    assert view is not None
    model = view.summary.model
    reviewer, difference = COLUMNS.index("Reviewer"), COLUMNS.index("Reviewer − felt")
    call_row = 1
    assert model.index(call_row, reviewer).data() == "-3"
    assert model.index(call_row, difference).data() == "-3"  # from the blind -6
    assert model.index(0, reviewer).data() == "–"  # not reviewed
    total = model.rowCount() - 1
    assert model.index(total, reviewer).data() == "-10"
    assert model.index(total, difference).data() == "-2"
    assert "Rae reviewed 2 steps: on average 2.0 points from your rating." in (
        view.summary.guidance.text())
    lowest = view.summary.lowest.text()  # each call's lowest moment, and what led there
    assert "<b>Call with a problem, a return or a question</b>: -9 at 3:50 · after " \
        "“On hold” at 2:30" in lowest
    assert lowest.count("<b>") == 3 and "Check out the website" not in lowest


def test_every_row_of_the_summary_table_is_in_view_at_laptop_sizes(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.library.add_demo()
    for size in ((1366, 768), (1280, 720)):
        window.resize(*size)
        view = window.open_session(session.id)
        assert view is not None
        view.go_to(len(session.steps))
        qtbot.wait(20)
        table = view.summary.table
        rows = table.model().rowCount()
        last = rows - 1
        bottom = table.rowViewportPosition(last) + table.rowHeight(last)
        assert rows == 6 and table.rowViewportPosition(0) == 0
        assert bottom <= table.viewport().height(), size
        assert view.summary.surprised.height() >= 60, size
