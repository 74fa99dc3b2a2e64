"""Small cells of the meeting pack: signed points and means, a tint by points, and the
table of touchpoints by one measure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from mysteryshop.export.dataset import TouchpointStats
from mysteryshop.export.pdf_layout import layout_table, markup

_DOWN, _MIDDLE, _UP = (colors.HexColor(c) for c in ("#F4B89A", "#F7F7F7", "#A9CDE3"))


def points_text(value: int | None) -> str:
    return "–" if value is None else f"{value:+d}" if value else "0"


def mean_text(value: float | None) -> str:
    """"+1.4", "0.0" (never "-0.0"), or "–" for none."""
    return "–" if value is None else f"{value:+.1f}" if round(value, 1) else "0.0"


def tint(points: int) -> colors.Color:
    """The app's diverging scale, light enough for black text, by how far from zero."""
    share = min(1.0, abs(points) / 10)
    end = _UP if points > 0 else _DOWN
    return colors.linearlyInterpolatedColor(_MIDDLE, end, 0, 1, share)


def stats_table(stats: Sequence[TouchpointStats], field: str, label: str,
                 st: dict[str, ParagraphStyle], width: float) -> Flowable:
    rows: list[list[Any]] = [[Paragraph("Touchpoint", st["label"]),
                              Paragraph(label, st["label"])]]
    for s in stats:
        value = getattr(s, field)
        rows.append([Paragraph(markup(s.title), st["cell"]), mean_text(value)])
    if len(rows) == 1:
        rows.append([Paragraph("(none rated yet)", st["cell"]), ""])
    return layout_table(rows, [width * .75, width * .25], st, [("ALIGN", (1, 1), (1, -1), "RIGHT")],
                  grid=True)
