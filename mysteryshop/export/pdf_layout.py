"""The meeting pack's layout pieces: its paragraph styles, tables in the pack's own font
with columns sized to their words, and typed text made safe as paragraph markup."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mysteryshop.export.pdf_fonts import FontFamily

# Control characters but tab and newline: a PDF string may hold them, a reader shows junk.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pdf_styles(font: FontFamily) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font.body, fontSize=9.5, leading=12.5,
                          alignment=TA_LEFT, allowWidows=0, allowOrphans=0)
    return {
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11,
                                textColor=colors.Color(.25, .25, .25)),
        "label": ParagraphStyle("label", base, fontName=font.heading, fontSize=8,
                                leading=10),
        "figure": ParagraphStyle("figure", base, fontName=font.heading, fontSize=15,
                                 leading=18),
        "heading": ParagraphStyle("heading", base, fontName=font.heading, fontSize=11,
                                  leading=14, spaceBefore=4, spaceAfter=3,
                                  keepWithNext=1),
        "title": ParagraphStyle("title", base, fontName=font.heading, fontSize=17,
                                leading=21, spaceAfter=2),
    }


def fitted_widths(rows: list[list[Any]], head: Sequence[str], width: float,
                   st: dict[str, ParagraphStyle], *, stretch: int) -> list[float]:
    """Each column as wide as its longest word in the header (which wraps between words,
    never inside one) or its widest plain value; column `stretch` takes what is left, so
    no font or language breaks "Transfers" into "Transfer / s"."""
    label, cell = st["label"], st["cell"]
    padding = 2 * 6 + 2  # a table's default padding each side, and the grid's lines

    def need(column: int) -> float:
        words = [stringWidth(w, label.fontName, label.fontSize) for w in head[column].split()]
        values = [stringWidth(v, cell.fontName, 8.5) for r in rows[1:]
                  if isinstance(v := r[column], str)]
        return max([*words, *values]) + padding

    widths = [need(c) for c in range(len(head))]
    widths[stretch] = max(width - (sum(widths) - widths[stretch]), width * .15)
    return widths


def layout_table(rows: list[list[Any]], widths: Sequence[float], st: dict[str, ParagraphStyle],
           commands: Sequence[tuple[Any, ...]], *, grid: bool = False, **options: Any) -> Table:
    """A left-aligned table in the pack's font (a table's own default is Helvetica, which
    the PDF would not embed); `grid` draws the lines of a table of figures."""
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style += [("GRID", (0, 0), (-1, -1), 0.4, colors.Color(.6, .6, .6)),
                  ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                  ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.93, .93, .93))]
    return Table(rows, colWidths=list(widths), style=TableStyle([*style, *commands]),
                 hAlign="LEFT", **options)


def paragraphs(text: str, style: ParagraphStyle, lead: str = "") -> list[Flowable]:
    """Text as typed, one paragraph per blank-line block (a lone newline is kept), each
    splittable across pages; a `lead` starts the first, in bold."""
    blocks = [b for b in re.split(r"\n\s*\n", legal(text).strip()) if b.strip()] or [""]
    out: list[Flowable] = []
    for index, block in enumerate(blocks):
        shown = escape(block).replace("\n", "<br/>")
        if index == 0 and lead:
            shown = f"<b>{markup(lead)}:</b> {shown}"
        out.append(Paragraph(shown, style))
    return out


def legal(text: str) -> str:
    return _CONTROLS.sub(" ", text)


def markup(text: str) -> str:
    """Plain text as paragraph markup."""
    return escape(legal(text))
