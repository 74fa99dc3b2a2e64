"""Colours for painted widgets (charts, the waveform), taken from the palette so they read
in light and dark: a surface, the ink on it, fainter ink, grid lines, and tints of a
data colour over the surface (a band, a panel), never a fixed light grey."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

Role = QPalette.ColorRole


def blend(over: QColor, under: QColor, amount: float) -> QColor:
    """`amount` of `over` on `under` (0: under, 1: over)."""
    return QColor.fromRgbF(*(amount * a + (1 - amount) * b for a, b in (
        (over.redF(), under.redF()), (over.greenF(), under.greenF()),
        (over.blueF(), under.blueF()))))


def surface(widget: QWidget, role: Role = Role.Base) -> QColor:
    return widget.palette().color(role)


def ink(widget: QWidget, role: Role = Role.Base) -> QColor:
    """The text colour that goes with the surface `role`."""
    text = Role.Text if role == Role.Base else Role.WindowText
    return widget.palette().color(text)


def faint_ink(widget: QWidget, role: Role = Role.Base) -> QColor:
    """Secondary text (axis numbers): a third of the way to the surface, still > 4.5:1."""
    return blend(ink(widget, role), surface(widget, role), 0.7)


def grid(widget: QWidget, role: Role = Role.Base) -> QColor:
    return blend(ink(widget, role), surface(widget, role), 0.4)


def tint(widget: QWidget, color: QColor, amount: float, role: Role = Role.Base) -> QColor:
    """A data colour laid faintly over the surface: pale on light, deep on dark."""
    return blend(color, surface(widget, role), amount)


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(widget: QWidget, color: QColor, role: Role = Role.Base,
             minimum: float = 4.5) -> QColor:
    """`color` (a series, a marker) made lighter on a dark surface or darker on a light
    one until it reads against it: the hue stays, so a legend still matches."""
    back = surface(widget, role)
    dark = _luminance(back) < 0.2
    result = QColor(color)
    for _ in range(12):
        if contrast(result, back) >= minimum:
            break
        result = result.lighter(115) if dark else result.darker(115)
    return result
