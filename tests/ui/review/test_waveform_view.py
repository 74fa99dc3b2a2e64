"""Marker labels above the waveform: readable, never drawn over each other."""

from __future__ import annotations

from itertools import pairwise

from ui.review.waveform_view import label_rows


def test_waveform_labels_never_overlap_and_crowded_ones_are_left_out() -> None:
    # Ring at 4 s, 8 s, answered at 12 s, 14 s: 10 px apart, labels 40 px wide.
    spans = [(100.0, 40.0), (110.0, 40.0), (120.0, 40.0), (130.0, 40.0), (200.0, 40.0)]
    rows = label_rows(spans, 2)
    assert rows == [0, 1, None, None, 0]
    for row in (0, 1):
        shown = [s for s, r in zip(spans, rows, strict=True) if r == row]
        assert all(a[0] + a[1] < b[0] for a, b in pairwise(shown))
