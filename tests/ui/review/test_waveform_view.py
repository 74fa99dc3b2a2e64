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
