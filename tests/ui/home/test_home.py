"""Home: welcome on first start, the demo, the list model, reopening where one left off."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mysteryshop.demo import create_demo_session
from mysteryshop.model import SessionSummary, TimerState
from mysteryshop.services.app_services import AppServices
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.services.session_flow import SessionService
from mysteryshop.storage.repository import Repository
from tests.conftest import ROOT, FakeClock
from tests.ui.gui_child import ON_A_NEW_CALL
from ui.home.sessions_model import PageRequest, SessionsModel
from ui.main_window import MainWindow
from ui.review.review_steps_model import ReviewStepsModel
from ui.review.timeline_model import TimelineItem, TimelineModel
from ui.session.markers_model import MARKER_ID_ROLE, MarkersModel
from ui.session.summary_model import SummaryModel


def test_first_start_offers_a_session_and_a_demo(qtbot: QtBot, window: MainWindow) -> None:
    assert window.home.currentIndex() == 0
    qtbot.mouseClick(window.findChild(QPushButton, "loadDemoButton"), Qt.MouseButton.LeftButton)
    assert window.home.currentIndex() == 1
    assert window.home.model.rowCount() == 1
    assert window.home.selected_session_id() is not None
    _, felt = window.home.curve.series()
    assert felt == [2, -3, 5, -6, -8]


def test_enter_on_a_row_opens_the_session_at_its_page(qtbot: QtBot, window: MainWindow,
                                                      repository: Repository) -> None:
    session = create_demo_session(repository)
    window.refresh_home()
    window.home.select_session(session.id)
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.session_view is not None
    assert window.session_view.current_index() == len(session.steps)  # the summary
    window.show_home()
    assert window.session_view is None
    assert window.home.selected_session_id() == session.id


def test_round_filter_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.services.sessions.create("Ann", "A", "R1")
    window.services.sessions.create("Bob", "B", "R2")
    window.refresh_home()
    combo = window.home.round_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All rounds", "R2", "R1"]
    combo.setCurrentIndex(combo.findData("R1"))
    assert window.home.model.rowCount() == 1
    assert window.home.model.index(0, 1).data() == "Ann"


def test_models_follow_qt_rules(qtmodeltester: ModelTester, repository: Repository,
                                clock: FakeClock) -> None:
    session = create_demo_session(repository)
    sessions = SessionsModel()
    sessions.set_sessions(repository.list_sessions())
    qtmodeltester.check(sessions)
    summary = SummaryModel(clock)
    summary.set_session(session, {"call", "problem", "leader"})
    qtmodeltester.check(summary)
    markers = MarkersModel()
    markers.set_markers(session.step("call").markers, "Helped")
    qtmodeltester.check(markers)
    assert markers.index(3, 0).data() == "0:14   Answered"
    assert markers.index(3, 0).data(MARKER_ID_ROLE) == session.step("call").markers[3].id
    steps = ReviewStepsModel()
    steps.set_session(session)
    qtmodeltester.check(steps)
    assert steps.index(1, 0).data() == "② Call" and steps.row_of("buy") == 2  # no audio here
    timeline = TimelineModel()
    timeline.set_items([TimelineItem(9.0, "late"), TimelineItem(2.5, "early", 7)])
    qtmodeltester.check(timeline)
    assert [timeline.index(r, 0).data() for r in range(2)] == ["0:02   early", "0:09   late"]
    assert timeline.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "early"


def test_sessions_model_shows_felt_and_gap_per_touchpoint_on_the_charts_scale(
        repository: Repository) -> None:
    create_demo_session(repository)  # felt -10 and gap -40 over five touchpoints
    model = SessionsModel()
    model.set_sessions(repository.list_sessions())
    assert [model.index(0, c).data() for c in (4, 5, 6, 7)] == [
        "done", "-2.0", "-8.0", "erodes trust"]
    assert model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "-10 (10 points down) to +10" in model.headerData(
        5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_list_sorts_by_any_column_and_searches_every_session(
        qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    sessions = window.services.sessions
    made = {}
    for leader, company, felt, notes in (("Cy", "Zeta Ltd", 8, ""), ("Ann", "acme", -6, ""),
                                         ("Bo", "Moon Inc", 1, "hold music looped")):
        made[leader] = sessions.create(leader, company, "Round 1")
        sessions.set_points(made[leader], "website", felt)
        sessions.set_notes(made[leader], "call", notes)
        clock.advance(60)
    window.refresh_home()
    table, model = window.home.table, window.home.model

    def column(c: int) -> list[str]:
        return [model.index(r, c).data() for r in range(model.rowCount())]

    assert column(1) == ["Bo", "Ann", "Cy"]  # newest first
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2))
    assert column(2) in (["acme", "Moon Inc", "Zeta Ltd"], ["Zeta Ltd", "Moon Inc", "acme"])
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["Cy", "Bo", "Ann"]
    table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert column(1) == ["Ann", "Bo", "Cy"]

    qtbot.keyClicks(window.home.search, "music")  # a word in a step's notes
    qtbot.waitUntil(lambda: column(1) == ["Bo"], timeout=2000)
    window.home.search.setText("ACME")  # the company, whatever the case
    qtbot.waitUntil(lambda: column(1) == ["Ann"], timeout=2000)
    window.home.search.setText("100%")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=2000)
    assert window.home.currentIndex() == 1  # still the list (with its search), not welcome
    window.home.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)


def test_sorted_pages_continue_without_gaps_or_repeats(repository: Repository) -> None:
    service = SessionService(repository, FakeClock())
    for i in range(450):
        service.create(f"Leader {i:03d}", f"Company {(i * 37) % 450:03d}", "R1")
    model = SessionsModel()

    def load(request: PageRequest) -> list[SessionSummary]:
        return repository.list_sessions(limit=request.limit, after=request.after,
                                        offset=request.offset, sort=request.sort)

    model.set_loader(load)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    companies = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert companies == sorted(companies) and len(set(companies)) == 450


GUI_CHILD = ON_A_NEW_CALL + """
press(Qt.Key.Key_Space)  # start the call timer
press(Qt.Key.Key_A)
app.processEvents()
print("running", time.time(), flush=True)
time.sleep(60)
"""


def test_gui_killed_mid_step_reopens_there_with_the_timer_still_counting(
    qtbot: QtBot, data_dir: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", GUI_CHILD, str(data_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    word, started = child.stdout.readline().split()
    assert word == "running"
    child.kill()
    child.wait()
    time.sleep(1.2)
    window = MainWindow(AppServices.open(DataFolder(data_dir)))
    qtbot.addWidget(window)
    window.show()
    view = window.navigator.reopen_last()  # what start-up does: the leader was in it
    assert view is not None and view.current_index() == 1
    page = view.current_step_page()
    assert page is not None and page.step.timer_state is TimerState.RUNNING
    assert [m.kind.value for m in page.step.markers] == ["answered"]
    assert page.timer.is_ticking()
    now = time.time()
    minutes, seconds = page.timer.display_text().split(":")
    assert int(minutes) * 60 + float(seconds) >= 1.2  # the time it was dead counts
    # Shown as of its last tick: on a busy machine that can be most of a second ago.
    assert int(minutes) * 60 + float(seconds) >= now - float(started) - 1.0
    window.close()
    window.services.close()


def test_a_long_list_arrives_a_page_at_a_time_without_gaps(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    created = []
    with repository.atomic():
        for i in range(450):
            if i % 3 == 0:
                clock.advance(1)  # some sessions share a start time: ids break the tie
            created.append(window.services.sessions.create(f"Leader {i}", "Acme", "R1").id)
    window.refresh_home()
    model = window.home.model
    assert model.rowCount() == 200
    assert "450 sessions" in window._status.text()
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.session_id(row) for row in range(model.rowCount())]
    assert len(ids) == 450 and set(ids) == set(created)
    starts = [model.index(row, 0).data() for row in range(450)]
    assert starts == sorted(starts, reverse=True)


def test_selecting_an_old_session_fetches_until_it_is_shown(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, repository: Repository) -> None:
    oldest = window.services.sessions.create("First", "Acme", "R1")
    with repository.atomic():
        for i in range(300):
            clock.advance(1)
            window.services.sessions.create(f"Leader {i}", "Acme", "R1")
    window.refresh_home()
    window.home.select_session(oldest.id)
    assert window.home.selected_session_id() == oldest.id


def confirm_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "confirmDeleteBox")
    assert box is not None and box.isVisible()
    return box


def test_delete_key_asks_naming_what_goes_and_keep_keeps(qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.library.add_demo()
    window.refresh_home()
    window.home.select_session(session.id)
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Delete)
    box = confirm_box(window)
    assert "A. Rivera (demo)" in box.text() and "Acme North" in box.text()
    assert "3 recordings" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Keep is the default and the escape
    assert window.services.library.count() == 1


def test_deleting_from_the_list_removes_the_session_and_undo_brings_it_back(
        qtbot: QtBot, window: MainWindow) -> None:
    keep = window.services.library.add_demo()
    gone = window.services.library.add_demo()
    window.services.review.set_points(gone, "call", -2)
    files = [window.services.folder.root / r.path for s in gone.steps for r in s.recordings]
    before = window.services.library.get(gone.id)
    window.refresh_home()
    assert not window.window_actions.undo_delete.isEnabled()
    window.home.select_session(gone.id)
    window.home.delete_action.trigger()  # what the row's context menu and Delete run
    confirm_box(window).findChild(QPushButton, "deleteButton").click()
    assert [s.id for s in window.services.library.page()] == [keep.id]
    assert window.home.model.rowCount() == 1
    assert files and not any(f.exists() for f in files)
    undo = window.findChild(QPushButton, "undoDeleteButton")
    assert undo.isVisible() and window.window_actions.undo_delete.isEnabled()

    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.home.model.rowCount() == 2 and window.home.selected_session_id() == gone.id
    back = window.services.library.get(gone.id)
    assert all(f.exists() for f in files) and not undo.isVisible()
    assert back.step("call").review_points == -2
    assert [(len(s.markers), len(s.recordings), s.points, s.notes) for s in back.steps] == [
        (len(s.markers), len(s.recordings), s.points, s.notes) for s in before.steps]
    assert (back.edited_at, back.reviewed_at, back.felt_total) == (
        before.edited_at, before.reviewed_at, before.felt_total)


def test_deleted_sessions_are_gone_for_good_after_quitting(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.services.library.add_demo()
    window.refresh_home()
    window.deleter.delete([session.id])
    trash = window.services.folder.root / ".trash"
    assert any(trash.rglob("*.wav"))
    window.services.close()
    assert not trash.exists()


def test_the_demo_is_removed_in_one_action_and_stays_out_of_new_rounds(
        qtbot: QtBot, window: MainWindow) -> None:
    window.services.library.add_demo()
    window.services.library.add_demo()
    window.services.sessions.create("Ann", "Acme", "Round 1")
    window.refresh_home()
    assert window.window_actions.remove_demo.isEnabled()
    window.new_session()
    dialog = window._new_dialog
    assert [dialog.round.itemText(i) for i in range(dialog.round.count())] == ["Round 1"]
    dialog.reject()
    window.window_actions.remove_demo.trigger()
    assert window.home.model.rowCount() == 1
    assert not window.window_actions.remove_demo.isEnabled()


def test_with_no_sessions_the_actions_that_need_one_are_off_and_say_why(
        window: MainWindow) -> None:
    actions = window.window_actions
    for action in (actions.export, actions.share, actions.review, actions.compare):
        assert not action.isEnabled() and "No sessions yet" in action.toolTip()
    window.services.sessions.create("Ann", "Acme", "Round 1")
    window.refresh_home()
    assert all(a.isEnabled() for a in (actions.export, actions.review, actions.compare))
    # The toolbar shows icons with its words; the status bar counts, without a raw path.
    assert all(not a.icon().isNull() for a in (actions.home, actions.new, actions.review,
                                               actions.export))
    assert window._status.text() == "1 session"
    assert str(window.services.folder.root) in window._status.toolTip()


def test_a_quit_mid_session_reopens_it_at_its_step_and_the_list_stays_the_list(
        qtbot: QtBot, services: AppServices) -> None:
    session = services.sessions.create("Ann", "Acme", "R1")
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.open_session(session.id)
    assert first.session_view is not None
    first.session_view.go_to(3)
    first.close()  # a normal quit, on the step

    again = MainWindow(services)
    qtbot.addWidget(again)
    view = again.navigator.reopen_last()
    assert view is not None and view.session_id == session.id and view.current_index() == 3
    again.show_home()  # back to the list, then quit: the next start shows the list
    again.close()
    assert MainWindow(services).navigator.reopen_last() is None

    services.library.delete([session.id])
    again.open_session(services.sessions.create("Bo", "Acme", "R1").id)
    services.library.delete([again.navigator.open_session_id() or ""])
    assert MainWindow(services).navigator.reopen_last() is None  # deleted since: the list


def test_the_row_context_menu_opens_reviews_and_deletes(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    session = window.services.library.add_demo()
    window.refresh_home()
    window.home.select_session(session.id)
    actions = {a.text().replace("&", ""): a for a in window.home.table.actions()}
    assert {"Open session", "Review recordings", "Delete session…"} <= set(actions)
    actions["Review recordings"].trigger()
    assert window.review_view is not None and window.review_view.session_id == session.id
    window.show_home()
    actions["Open session"].trigger()
    assert window.session_view is not None and window.session_view.session_id == session.id
