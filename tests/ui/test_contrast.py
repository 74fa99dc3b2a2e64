"""Every text on the main screens reads (WCAG 4.5:1) under a light and a dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mysteryshop.model import MarkerKind
from tests.ui.contrast import low_contrast_texts
from ui.home.compare_rounds import RoundsChart
from ui.main_window import MainWindow
from ui.review.waveform_view import WAVE_COLOR
from ui.widgets.paint_colors import tint

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Dark: "#777777",
    QPalette.ColorRole.Link: "#8ab4f8",
}


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    if request.param == "dark":
        dark = QPalette()
        for role, colour in DARK.items():
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
    yield str(request.param)
    app.setPalette(palette)
    app.setStyle(style)


def screens(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    services = window.services
    session = services.sessions.create("Ann Rivera", "Acme North", "Round 1")
    for key, points in (("website", 3), ("call", -4), ("buy", 6)):
        services.sessions.set_prediction(session, key, 5)
        services.sessions.set_points(session, key, points)
    demo = services.library.add_demo()
    window.resize(1366, 768)
    window.refresh_home()
    qtbot.wait(200)
    yield "home"
    view = window.open_session(session.id)
    assert view is not None
    view.go_to(1)
    page = view.current_step_page()
    assert page is not None
    page.toggle_timer()
    for kind in (MarkerKind.RING, MarkerKind.ANSWERED, MarkerKind.ON_HOLD):
        page.stamp(kind)
    qtbot.wait(200)
    yield "call step"
    view.go_to(0)
    qtbot.wait(100)
    yield "website step"
    view.go_to(len(session.steps))
    qtbot.wait(100)
    yield "summary"
    window.open_review(demo.id, "call")
    qtbot.wait(500)
    yield "review"


def painted_background(widget: QWidget) -> QColor:
    """The colour most of a painted widget's pixels have, as drawn."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32)
    values, counts = np.unique(pixels, return_counts=True)
    return QColor.fromRgb(int(values[counts.argmax()]) & 0xFFFFFF)


def test_painted_charts_take_the_palette(qtbot: QtBot, window: MainWindow, scheme: str) -> None:
    """The waveform and the rounds chart paint on the palette's surface (not a fixed
    light grey), and their text and lines read on it."""
    from ui.review.waveform_view import WaveformView

    demo = window.services.library.add_demo()
    review = window.open_review(demo.id, "call")
    assert review is not None
    qtbot.waitUntil(lambda: review.waveform._peaks is not None, timeout=10_000)
    base = window.palette().color(QPalette.ColorRole.Base)
    waveform = review.findChild(WaveformView)
    assert waveform is not None
    assert painted_background(waveform).name() in (
        base.name(), tint(waveform, WAVE_COLOR, 0.12).name())
    assert low_contrast_texts(window) == []
    window.show_home()
    window.compare_rounds()
    dialog = window._compare_dialog
    qtbot.waitExposed(dialog)
    chart = dialog.findChild(RoundsChart)
    assert chart is not None
    assert painted_background(chart).name() == base.name()
    dialog.close()


def test_every_text_on_the_main_screens_reads(qtbot: QtBot, window: MainWindow,
                                              scheme: str) -> None:
    failures = []
    for screen in screens(qtbot, window):
        failures += [f"{scheme} {screen}: {f}" for f in low_contrast_texts(window)]
    assert not failures, "\n".join(failures)
