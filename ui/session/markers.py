"""Marker kinds as the leader sees them: button text, one-key shortcut, toast words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mysteryshop.measures import format_duration
from mysteryshop.model import CallMeasures, MarkerKind


@dataclass(frozen=True)
class MarkerButton:
    kind: MarkerKind
    key: str
    label: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("markers", text)


def marker_buttons(helped_label: str) -> list[MarkerButton]:
    """The call markers in the order a call happens; each key is one letter."""
    return [
        MarkerButton(MarkerKind.RING, "R", _tr("Ring")),
        MarkerButton(MarkerKind.ANSWERED, "A", _tr("Answered")),
        MarkerButton(MarkerKind.ON_HOLD, "H", _tr("On hold")),
        MarkerButton(MarkerKind.OFF_HOLD, "O", _tr("Off hold")),
        MarkerButton(MarkerKind.TRANSFERRED, "T", _tr("Transferred")),
        MarkerButton(MarkerKind.HELPED, "P", helped_label),
        MarkerButton(MarkerKind.NOTE, "N", _tr("Note…")),
    ]


TALLY_BUTTONS = [
    MarkerButton(MarkerKind.ASKED_NEED, "L", "They asked about my need"),
    MarkerButton(MarkerKind.PITCHED, "S", "They pitched me something"),
]


def marker_label(kind: MarkerKind, helped_label: str = "Helped") -> str:
    for button in [*marker_buttons(helped_label), *TALLY_BUTTONS]:
        if button.kind is kind:
            return _tr(button.label).rstrip("…")
    return kind.value


def measures_text(m: CallMeasures, helped_label: str) -> str:
    """One line of what the call has added up to so far."""
    parts = [
        _tr("{n} rings").format(n=m.rings) if m.rings != 1 else _tr("1 ring"),
        _tr("answered after {t}").format(t=format_duration(m.answer_seconds))
        if m.answer_seconds is not None
        else _tr("not answered yet"),
    ]
    if m.holds:
        parts.append(
            _tr("on hold {total} (longest {longest})").format(
                total=format_duration(m.hold_total_seconds),
                longest=format_duration(m.hold_longest_seconds),
            )
        )
    parts.append(_tr("{n} transfers").format(n=m.transfers) if m.transfers != 1
                 else _tr("1 transfer"))
    if m.helped_seconds is not None:
        parts.append(
            _tr("{what} at {t}").format(what=helped_label, t=format_duration(m.helped_seconds))
        )
    return " · ".join(parts)


def listening_text(m: CallMeasures) -> str:
    share = m.listening_share
    if share is None:
        return _tr("Listening vs selling: nothing stamped yet")
    return _tr("Listening {listen} : {sell} selling ({pct:.0%} listening)").format(
        listen=m.asked_need, sell=m.pitched, pct=share
    )
