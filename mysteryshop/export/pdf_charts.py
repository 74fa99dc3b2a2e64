"""The emotion curve as a vector drawing: touchpoints across, -10..+10 up the side.

Drawn with reportlab's shapes rather than its chart classes so every line's dash and
marker is ours to choose: the pack is often printed in black and white, where colour
cannot tell predicted from felt but a dashed line and a hollow square can.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from mysteryshop.measures import feeling_corners, format_duration
from mysteryshop.model import FeelingChange

SCALE = 10  # the feeling scale runs from -SCALE to +SCALE
LABEL_SIZE = 7.5


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per touchpoint; None where not rated
    color: colors.Color = colors.black
    width: float = 2.0
    dash: tuple[float, ...] | None = None
    marker: str | None = "circle"  # circle (filled), square (hollow), triangle, or None
    in_legend: bool = True


def emotion_curve(width: float, height: float, labels: Sequence[str],
                  series: Sequence[Series], font: str) -> Drawing:
    """`labels` name the touchpoints left to right; a series breaks where it has None."""
    drawing = Drawing(width, height)
    # Else its first state names Helvetica, which the PDF does not embed.
    drawing.initialFontName = font  # type: ignore[attr-defined]  # (not in the stub)
    left, right, top = 62.0, 10.0, 22.0
    label_lines = [_wrap(label, font, max(40.0, (width - left - right) / max(1, len(labels))
                                          - 6)) for label in labels]
    bottom = 8 + (LABEL_SIZE + 1.5) * max((len(lines) for lines in label_lines), default=1)
    plot_w, plot_h = width - left - right, height - top - bottom

    def y_at(points: float) -> float:
        return bottom + (points + SCALE) / (2 * SCALE) * plot_h

    def x_at(index: int) -> float:
        step = plot_w / max(1, len(labels))
        return left + step * (index + 0.5)

    drawing.add(_rect(left, bottom, plot_w, plot_h, stroke=colors.Color(.6, .6, .6),
                      fill=None, line=0.5))
    for points in range(-SCALE, SCALE + 1, 5):
        y = y_at(points)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.Color(.2, .2, .2)
                         if points == 0 else colors.Color(.85, .85, .85),
                         strokeWidth=0.8 if points == 0 else 0.4))
        drawing.add(String(left - 4, y - 2.5, f"{points:+d}" if points else "0",
                           fontName=font, fontSize=LABEL_SIZE, textAnchor="end"))
    drawing.add(String(left - 26, y_at(SCALE) - 2.5, "up", fontName=font,
                       fontSize=LABEL_SIZE, textAnchor="end"))
    drawing.add(String(left - 26, y_at(-SCALE) - 2.5, "down", fontName=font,
                       fontSize=LABEL_SIZE, textAnchor="end"))
    for index, lines in enumerate(label_lines):
        for row, line in enumerate(lines):
            drawing.add(String(x_at(index), bottom - 10 - row * (LABEL_SIZE + 1.5), line,
                               fontName=font, fontSize=LABEL_SIZE, textAnchor="middle"))
    for s in series:
        run: list[float] = []
        for index, value in enumerate([*s.values, None]):
            if value is None:
                if len(run) >= 4:
                    curve = PolyLine(run, strokeColor=s.color, strokeWidth=s.width,
                                     strokeLineJoin=1)
                    if s.dash:
                        curve.strokeDashArray = s.dash
                    drawing.add(curve)
                run = []
                continue
            x, y = x_at(index), y_at(max(-SCALE, min(SCALE, value)))
            run += [x, y]
            _marker(drawing, s, x, y)
    _legend(drawing, [s for s in series if s.in_legend], left, height - 12, font)
    return drawing


def _marker(drawing: Drawing, s: Series, x: float, y: float) -> None:
    size = 2.2 + s.width
    if s.marker == "circle":
        drawing.add(Circle(x, y, size, fillColor=s.color, strokeColor=s.color))
    elif s.marker == "square":
        drawing.add(_rect(x - size, y - size, 2 * size, 2 * size, stroke=s.color,
                          fill=colors.white, line=1.2))
    elif s.marker == "triangle":
        drawing.add(Polygon([x - size, y - size, x + size, y - size, x, y + size],
                            fillColor=colors.white, strokeColor=s.color, strokeWidth=1.2))


def _rect(x: float, y: float, width: float, height: float, *, stroke: colors.Color,
          fill: colors.Color | None, line: float) -> Rect:
    rect = Rect(x, y, width, height)  # (its stub types the style keywords wrongly)
    rect.strokeColor, rect.fillColor, rect.strokeWidth = stroke, fill, line
    return rect


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float,
            font: str) -> None:
    for s in series:
        sample = Line(x, y + 3, x + 22, y + 3, strokeColor=s.color, strokeWidth=s.width)
        if s.dash:
            sample.strokeDashArray = s.dash
        drawing.add(sample)
        _marker(drawing, s, x + 11, y + 3)
        drawing.add(String(x + 27, y, s.name, fontName=font, fontSize=LABEL_SIZE + 0.5))
        x += 40 + stringWidth(s.name, font, LABEL_SIZE + 0.5)


def _wrap(text: str, font: str, width: float, max_lines: int = 3) -> list[str]:
    """Words in lines no wider than `width`; the last line ends in … when cut."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, LABEL_SIZE) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(",;") + "…"
    return lines or [""]


def feeling_trace_chart(width: float, height: float, trace: Sequence[FeelingChange],
                        until: float, font: str,
                        lowest: FeelingChange | None = None) -> Drawing:
    """A call's live feeling over its time: a step line from neutral at 0:00 to `until`
    seconds, the lowest moment ringed."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # type: ignore[attr-defined]  # (not in the stub)
    left, right, top, bottom = 26.0, 6.0, 4.0, 14.0
    plot_w, plot_h = width - left - right, height - top - bottom
    span = max(until, trace[-1].offset_seconds if trace else 0.0, 1.0)

    def x_at(seconds: float) -> float:
        return left + seconds / span * plot_w

    def y_at(points: float) -> float:
        return bottom + (points + SCALE) / (2 * SCALE) * plot_h

    drawing.add(_rect(left, bottom, plot_w, plot_h, stroke=colors.Color(.6, .6, .6),
                      fill=None, line=0.5))
    for points in (-SCALE, 0, SCALE):
        y = y_at(points)
        if points == 0:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.Color(.2, .2, .2),
                             strokeWidth=0.6))
        drawing.add(String(left - 3, y - 2.5, f"{points:+d}" if points else "0",
                           fontName=font, fontSize=LABEL_SIZE - 1, textAnchor="end"))
    drawing.add(String(x_at(0), 3, "0:00", fontName=font, fontSize=LABEL_SIZE - 1,
                       textAnchor="start"))
    drawing.add(String(x_at(span), 3, format_duration(span), fontName=font,
                       fontSize=LABEL_SIZE - 1, textAnchor="end"))
    corners = [v for seconds, points in feeling_corners(trace, span)
               for v in (x_at(seconds), y_at(points))]
    drawing.add(PolyLine(corners, strokeColor=colors.black, strokeWidth=1.4,
                         strokeLineJoin=0))
    if lowest is not None:
        drawing.add(Circle(x_at(lowest.offset_seconds), y_at(lowest.points), 3.2, fillColor=None,
                           strokeColor=colors.black, strokeWidth=1.2))
    return drawing
