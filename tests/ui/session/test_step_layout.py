"""During a call, everything the leader needs is in view on a laptop screen, unscrolled."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from mysteryshop.model import MarkerKind
from tests.ui.pages import open_call_step
from ui.main_window import MainWindow


def _fully_in_view(widget: QWidget, scroll: QScrollArea) -> bool:
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_timer_markers_tally_measures_and_last_markers_fit_without_scrolling(
        qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None and page.markers is not None
    page.controller.set_prediction(page.key, 4)
    for kind in (MarkerKind.RING, MarkerKind.RING, MarkerKind.ANSWERED, MarkerKind.ON_HOLD):
        page.stamp(kind)  # the first marker starts the step
    qtbot.wait(50)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().value() == 0
    needed = [page.timer.toggle_button, page.timer.stop_button,
              *page.markers.buttons.values(), page.markers.list_view,
              page.markers._measures, page.markers._listening, page.prediction_lock]
    hidden = [w.objectName() or w.text() for w in needed  # type: ignore[attr-defined]
              if not _fully_in_view(w, scroll)]
    assert hidden == [], f"below the fold at {size}: {hidden}"
    assert page.feeling_box.isVisible()

    # The confirmation of a marker covers neither the key hints nor a button in use.
    toast = view._toast
    assert toast.isVisible()
    covered = [w for w in [view._hint, page.feeling_box, *page.markers.buttons.values(),
                           page.timer.toggle_button]
               if QRect(w.mapTo(view, QPoint(0, 0)), w.size()).intersects(toast.geometry())]
    assert covered == []


def test_the_marker_list_follows_the_newest_marker(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    view = open_call_step(window)
    page = view.current_step_page()
    assert page is not None and page.markers is not None
    for _ in range(25):
        page.stamp(MarkerKind.RING)
    markers = page.markers
    last = markers.model.index(markers.model.rowCount() - 1, 0)

    def newest_in_view() -> bool:
        rect = markers.list_view.visualRect(last)
        return markers.list_view.viewport().rect().contains(rect)

    qtbot.waitUntil(newest_in_view, timeout=2000)


def test_a_long_tracking_link_never_widens_the_step_page(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    window.resize(1366, 768)
    url = "https://acme.example/landing?utm_source=mail&utm_campaign=" + "x" * 300
    session = window.services.sessions.create("Ann", "Acme", "R1", website=url,
                                              phone="+1 555 0100 " + "9" * 200)
    view = window.open_session(session.id)
    assert view is not None
    for index in (0, 1):
        view.go_to(index)
        page = view.current_step_page()
        assert page is not None
        qtbot.wait(20)
        scroll = page.findChild(QScrollArea)
        assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0, index
        target = page.findChild(QLabel, "stepTarget")
        assert target is not None and target.toolTip() in (url, session.phone)
    view.go_to(0)
    first = view.current_step_page()
    assert first is not None
    link = first.findChild(QLabel, "stepTarget")
    # The whole link behind a shortened text.
    assert link is not None and f"href='{html.escape(url, quote=True)}'" in link.text()
