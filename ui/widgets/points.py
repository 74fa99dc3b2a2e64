"""How -10..+10 points look: words, signs and a colour-blind-safe diverging palette."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from ui.widgets.plurals import PLURALS

# ColorBrewer RdBu (colour-blind safe): red-brown for "down", blue for "up".
_STOPS = tuple(
    QColor(c) for c in ("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac")
)

translate = QCoreApplication.translate  # lupdate reads translate(context, text)


def points_text(value: int | None) -> str:
    """`+3`, `-12`, `0`, or a dash for "not rated yet"."""
    if value is None:
        return "–"
    return f"{value:+d}" if value else "0"


def points_words(value: int | None) -> str:
    if value is None:
        return translate("points", "not rated yet")
    if value == 0:
        return translate("points", "neutral")
    if value > 0:
        return PLURALS.points_up(value)
    return PLURALS.points_down(-value)


def points_color(value: float | None) -> QColor:
    """Background colour for a value on -10..+10 (lighter near zero; grey when unset)."""
    if value is None:
        return QColor("#e0e0e0")
    t = max(-1.0, min(1.0, value / 10))
    pos = (t + 1) / 2 * (len(_STOPS) - 1)
    low = min(int(pos), len(_STOPS) - 2)
    frac = pos - low
    a, b = _STOPS[low], _STOPS[low + 1]
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * frac,
        a.greenF() + (b.greenF() - a.greenF()) * frac,
        a.blueF() + (b.blueF() - a.blueF()) * frac,
    )


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    return QColor("#000000") if background.lightnessF() > 0.55 else QColor("#ffffff")


def mean_text(value: float | None) -> str:
    """A mean on -10..+10 with one decimal and its sign; a dash when nothing is rated."""
    if value is None:
        return "–"
    return "0" if round(value, 1) == 0 else f"{value:+.1f}"


def mean_cell(value: float | None, role: int) -> Any:
    """A table cell showing a mean of points: its text, the palette's colour, centred."""
    if role == Qt.ItemDataRole.DisplayRole:
        return mean_text(value)
    if role == Qt.ItemDataRole.BackgroundRole and value is not None:
        return points_color(value)
    if role == Qt.ItemDataRole.ForegroundRole and value is not None:
        return text_color_on(points_color(value))
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    return None


def mean_words(value: float) -> str:
    """A mean on -10..+10 in words, one decimal: "4.5 points down", "neutral"."""
    if round(value, 1) == 0:
        return translate("points", "neutral")
    return (translate("points", "{n} points up") if value > 0 else
            translate("points", "{n} points down")).format(n=f"{abs(value):.1f}")


def count_text(count: int) -> str:
    """A count as the user's language writes it, thousands grouped (12,000 / 12.000)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "C" omits them
    return locale.toString(count)
