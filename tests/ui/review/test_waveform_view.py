"""Marker labels above the waveform: readable, never drawn over each other."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.review.waveform_view import label_rows


def test_waveform_labels_never_overlap_and_crowded_ones_are_left_out() -> None:
    # Ring at 4 s, 8 s, answered at 12 s, 14 s: 10 px apart, labels 40 px wide.
    spans = [(100.0, 40.0), (110.0, 40.0), (120.0, 40.0), (130.0, 40.0), (200.0, 40.0)]
    measured: list[int] = []

    def width(i: int) -> float:
        measured.append(i)
        return spans[i][1]

    rows = label_rows([x for x, _ in spans], width, 2)
    assert rows == [0, 1, None, None, 0]
    assert measured == [0, 1, 4]  # only the labels drawn are measured
    for row in (0, 1):
        shown = [s for s, r in zip(spans, rows, strict=True) if r == row]
        assert all(a[0] + a[1] < b[0] for a, b in pairwise(shown))


def test_a_review_closed_while_its_waveform_is_drawn_is_no_crash(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The worker finishes after its loader is gone: nothing may reach the crash hook."""
    import threading

    import numpy as np
    import soundfile

    from ui.review.waveform_loader import WaveformLoader

    errors: list[threading.ExceptHookArgs] = []
    previous = threading.excepthook
    threading.excepthook = errors.append
    try:
        wav = tmp_path / "call.wav"
        soundfile.write(wav, np.zeros(8000 * 600, dtype=np.int16), 8000)  # 10 minutes
        loader = WaveformLoader(tmp_path / "cache")
        loader.load(wav)
        loader.deleteLater()
        qtbot.wait(1)  # deleted now, while the worker still reads the file
        qtbot.waitUntil(lambda: not any(t.name == "waveform" for t in threading.enumerate()),
                        timeout=10000)
    finally:
        threading.excepthook = previous
    assert errors == []


def test_a_small_wobble_is_a_click_and_a_drag_selects_what_is_painted(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPalette

    from ui.review.waveform_view import WaveformView

    view = WaveformView()
    qtbot.addWidget(view)
    view.resize(612, 200)
    view.show_timeline_only(60.0)
    seeks: list[float] = []
    view.seek_requested.connect(seeks.append)
    y = 120
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(206, y))
    qtbot.mouseMove(view, QPoint(208, y))  # a hand on a touchpad, not a drag
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(208, y))
    assert view.selection() is None and seeks == [20.0]

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(306, y))
    qtbot.mouseMove(view, QPoint(256, y))
    qtbot.mouseMove(view, QPoint(106, y))  # dragged leftwards: still start < end
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(106, y))
    assert view.selection() == (10.0, 30.0)
    image = view.grab().toImage()
    inside, outside = image.pixelColor(206, y), image.pixelColor(406, y)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)

    def distance(a: object, b: object) -> int:
        from PySide6.QtGui import QColor
        assert isinstance(a, QColor) and isinstance(b, QColor)
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    assert distance(inside, highlight) < distance(outside, highlight)  # shaded
    view.set_selection((59.0, 90.0))  # clipped to the recording
    assert view.selection() == (59.0, 60.0)
    view.set_selection((5.0, 5.01))  # too short to mean a stretch
    assert view.selection() is None
