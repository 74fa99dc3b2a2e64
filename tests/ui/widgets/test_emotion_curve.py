"""The emotion curve's point numbers: never two on top of each other."""

from __future__ import annotations

from ui.widgets.emotion_curve import label_sides


def test_the_higher_number_goes_above_the_lower_below_a_third_to_the_left() -> None:
    predicted = [6, 2, 5, None, 4]
    felt = [2, 2, 8, -3, None]
    assert label_sides([predicted, felt]) == [
        ["above", "above", "below", "above", "above"],
        ["below", "below", "above", "above", "above"]]
    reviewer = [4, 2, 8, None, None]
    sides = label_sides([predicted, felt, reviewer])
    assert [s[0] for s in sides] == ["above", "below", "left"]
    assert [s[2] for s in sides] == ["below", "above", "left"]  # a tie: series order
