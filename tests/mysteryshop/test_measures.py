"""Markers → call measures."""

from __future__ import annotations

from mysteryshop.measures import derive_measures, format_duration
from mysteryshop.model import Marker, MarkerKind

K = MarkerKind


def markers(*stamps: tuple[float, MarkerKind]) -> list[Marker]:
    return [Marker(i, kind, offset, 0.0) for i, (offset, kind) in enumerate(stamps)]


def test_rings_and_time_to_answer() -> None:
    m = derive_measures(markers((3, K.RING), (7, K.RING), (11, K.RING), (14, K.ANSWERED)), 20)
    assert m.rings == 3
    assert m.answer_seconds == 14


def test_total_and_longest_hold_over_several_holds() -> None:
    m = derive_measures(
        markers((10, K.ON_HOLD), (40, K.OFF_HOLD), (60, K.ON_HOLD), (105, K.OFF_HOLD)), 200
    )
    assert m.holds == 2
    assert m.hold_total_seconds == 75
    assert m.hold_longest_seconds == 45


def test_open_hold_counts_up_to_now() -> None:
    m = derive_measures(markers((30, K.ON_HOLD)), elapsed_now=100)
    assert m.hold_total_seconds == 70


def test_repeated_hold_presses_are_not_double_counted() -> None:
    m = derive_measures(
        markers((10, K.ON_HOLD), (12, K.ON_HOLD), (20, K.OFF_HOLD), (25, K.OFF_HOLD)), 30
    )
    assert (m.holds, m.hold_total_seconds) == (1, 10)


def test_a_transfer_or_being_helped_ends_a_hold_the_leader_forgot_to_end() -> None:
    m = derive_measures(markers((10, K.ON_HOLD), (40, K.TRANSFERRED), (90, K.RING)), 300)
    assert (m.holds, m.hold_total_seconds, m.transfers) == (1, 30, 1)
    m = derive_measures(markers((10, K.ON_HOLD), (25, K.HELPED), (50, K.OFF_HOLD)), 300)
    assert (m.holds, m.hold_total_seconds, m.helped_seconds) == (1, 15, 25)
    # On hold again after the transfer: a second hold, ended by the next press.
    m = derive_measures(markers((10, K.ON_HOLD), (40, K.TRANSFERRED), (45, K.ON_HOLD),
                                (65, K.OFF_HOLD)), 300)
    assert (m.holds, m.hold_total_seconds, m.hold_longest_seconds) == (2, 50, 30)


def test_transfers_help_and_listening_share() -> None:
    m = derive_measures(
        markers((5, K.TRANSFERRED), (9, K.ASKED_NEED), (12, K.PITCHED), (13, K.ASKED_NEED),
                (15, K.TRANSFERRED), (80, K.HELPED), (90, K.HELPED), (95, K.ASKED_NEED)),
        100,
    )
    assert m.transfers == 2
    assert m.helped_seconds == 80  # the first time help was reached
    assert (m.asked_need, m.pitched) == (3, 1)
    assert m.listening_share == 0.75


def test_no_markers_means_nothing_happened() -> None:
    m = derive_measures([], 50)
    assert m.answer_seconds is None and m.helped_seconds is None
    assert m.listening_share is None


def test_format_duration() -> None:
    assert format_duration(None) == "–"
    assert format_duration(252.37, tenths=True) == "4:12.3"
    assert format_duration(3725) == "1:02:05"


def test_the_lowest_moment_names_what_was_happening_then() -> None:
    from mysteryshop.measures import lowest_moment
    from mysteryshop.model import FeelingChange, ReviewNote, Step

    step = Step("call", 1, "Call")
    assert lowest_moment(step) is None
    step.feeling_trace = [FeelingChange(10, -1, 0), FeelingChange(75, -6, 0),
                          FeelingChange(90, -3, 0), FeelingChange(130, -6, 0)]
    step.markers = [Marker(1, MarkerKind.ANSWERED, 14, 0), Marker(2, MarkerKind.ON_HOLD, 70, 0),
                    Marker(3, MarkerKind.OFF_HOLD, 80, 0)]
    moment = lowest_moment(step)
    assert moment is not None and (moment.offset_seconds, moment.points) == (75, -6)
    assert moment.nearest == (70, MarkerKind.ON_HOLD, "")  # what led there, not what came after
    step.review_notes = [ReviewNote(1, 73, "Hold music too loud", 0)]
    moment = lowest_moment(step)
    assert moment is not None and moment.nearest == (73, None, "Hold music too loud")
    step.markers, step.review_notes = [Marker(4, MarkerKind.TRANSFERRED, 140, 0)], []
    moment = lowest_moment(step)  # nothing before: the first thing after
    assert moment is not None and moment.nearest == (140, MarkerKind.TRANSFERRED, "")
