"""Marker buttons as the leader sees them (key and words), and what a call adds up to."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mysteryshop.measures import format_duration
from mysteryshop.model import CallMeasures, MarkerKind
from mysteryshop.vocabulary import CALL_MARKERS, MARKER_KEYS, TALLY
from ui.widgets.plurals import PLURALS
from ui.widgets.words import marker_text

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


@dataclass(frozen=True)
class MarkerButton:
    kind: MarkerKind
    key: str
    label: str



def marker_buttons(helped_label: str | None = None) -> list[MarkerButton]:
    """The call markers in the order a call happens; each key is one letter."""
    buttons = [MarkerButton(k, MARKER_KEYS[k], marker_text(k, helped_label))
               for k in CALL_MARKERS]
    # The note asks for its text once stamped.
    return [MarkerButton(b.kind, b.key, b.label + "…") if b.kind is MarkerKind.NOTE else b
            for b in buttons]


def tally_buttons() -> list[MarkerButton]:
    """Listening vs selling: they asked about my need, they pitched me something."""
    return [MarkerButton(k, MARKER_KEYS[k], marker_text(k)) for k in TALLY]


def measures_text(m: CallMeasures, helped_label: str) -> str:
    """One line of what the call has added up to so far."""
    parts = [
        PLURALS.rings(m.rings),
        translate("markers", "answered after {t}").format(t=format_duration(m.answer_seconds))
        if m.answer_seconds is not None
        else translate("markers", "not answered yet"),
    ]
    if m.holds:
        parts.append(
            translate("markers", "on hold {total} (longest {longest})").format(
                total=format_duration(m.hold_total_seconds),
                longest=format_duration(m.hold_longest_seconds),
            )
        )
    parts.append(PLURALS.transfers(m.transfers))
    if m.helped_seconds is not None:
        parts.append(
            translate("markers", "{what} at {t}").format(what=helped_label,
                                                         t=format_duration(m.helped_seconds))
        )
    return " · ".join(parts)


def listening_text(m: CallMeasures) -> str:
    share = m.listening_share
    if share is None:
        return translate("markers", "Listening vs selling: nothing stamped yet")
    return translate("markers", "Listening {listen} : {sell} selling ({pct:.0%} listening)").format(
        listen=m.asked_need, sell=m.pitched, pct=share
    )
