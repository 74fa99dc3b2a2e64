"""Where a printed sheet breaks: its scale, its pages across, and rows kept together.

Excel's "fit to one page wide" prints a 25-column sheet at a third of its size, and it
ignores manual breaks, so a table can end with two rows alone on a page. Instead we choose
a scale no smaller than a legible one, split the columns over as few pages across as that
allows (the first column, the session id, repeated on each), and place every row break
ourselves: a table keeps its title and header with at least three of its rows, leaves no
fewer than three rows alone at the top of a page, and a chart's rows are never cut.

The page is the smaller of A4 and US Letter landscape, so the breaks hold on both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break

# Printable area of a landscape page inside openpyxl's default margins (0.75 in at the
# sides, 1 in at top and bottom): width from Letter (11 in), height from A4 (210 mm),
# with a little room for how differently Excel and LibreOffice measure.
PAGE_WIDTH_POINTS = (792 - 2 * 54) * 0.96
PAGE_HEIGHT_POINTS = (595 - 2 * 72) * 0.95
MIN_SCALE = 65  # % : 11-point text prints at 7 points, still read without a lens
MIN_ROWS = 3  # a table's rows a page break leaves on either side, at least
DEFAULT_ROW_POINTS = 15.0


@dataclass(frozen=True)
class Block:
    """Rows that belong together: a table (its label and header first) or a chart."""

    first: int  # sheet rows, 1-based, inclusive
    last: int
    head: int = 2  # rows at its top (label, header) that go with its first rows
    keep: bool = False  # never broken inside (the rows a chart is drawn over)


@dataclass(frozen=True)
class PagePlan:
    scale: int
    column_breaks: list[int]  # break after these columns (1-based)
    row_breaks: list[int]  # break after these rows


def column_points(width: float) -> float:
    """A column's printed width in points, as LibreOffice prints it: 7.3 points a unit of
    width, less 1.5 (measured: 26 columns of width 4, 10 of 10 and 5 of 20 fill a landscape
    A4 page). Excel prints narrower ((7 px a unit + 5 px) at 96 dpi, 5.25 points a unit),
    so a plan that fits LibreOffice's page fits Excel's."""
    return max(width * 7.3 - 1.5, (width * 7 + 5) * 0.75)


def plan(widths: Sequence[float], height: Callable[[int], float], last_row: int,
         blocks: Sequence[Block] = (), *, repeat_first_column: bool = False,
         repeat_first_row: bool = False) -> PagePlan:
    """The largest scale (≤ 100 %) on the fewest pages across, and the breaks at it;
    `height` gives a sheet row's height in points."""
    points = [column_points(w) for w in widths]
    repeated = points[0] if repeat_first_column and len(points) > 1 else 0.0
    scale, column_breaks = 100, _pack(points, PAGE_WIDTH_POINTS, repeated)
    for across in range(1, len(points) + 1):
        fitting = [s for s in range(100, MIN_SCALE - 1, -1)
                   if len(_pack(points, PAGE_WIDTH_POINTS * 100 / s, repeated)) < across]
        if fitting:
            scale = fitting[0]
            column_breaks = _pack(points, PAGE_WIDTH_POINTS * 100 / scale, repeated)
            break
    else:  # wider than any legible number of pages: as small as legible
        scale = MIN_SCALE
        column_breaks = _pack(points, PAGE_WIDTH_POINTS * 100 / scale, repeated)
    capacity = PAGE_HEIGHT_POINTS * 100 / scale
    header = height(1) if repeat_first_row else 0.0
    return PagePlan(scale, column_breaks,
                    _row_breaks(height, last_row, blocks, capacity, header))


def paginate(ws: WriteOnlyWorksheet, widths: Sequence[float], last_row: int,
             blocks: Sequence[Block] = (), *, data_sheet: bool = False,
             height: Callable[[int], float] | None = None) -> PagePlan:
    """Plan the sheet's pages and set the plan; rows are as tall as `height` says, or as
    set on the sheet. A data sheet repeats its header row on every page and its first
    column (the session id) on every page across."""
    if height is None:
        dimensions = ws.row_dimensions

        def height(row: int) -> float:
            dimension = dimensions.get(row)
            return dimension.height if dimension and dimension.height \
                else DEFAULT_ROW_POINTS

    page = plan(widths, height, last_row, blocks, repeat_first_column=data_sheet,
                repeat_first_row=data_sheet)
    apply(ws, page, repeat_first_column=data_sheet, repeat_first_row=data_sheet)
    return page


def apply(ws: WriteOnlyWorksheet, page: PagePlan, *, repeat_first_column: bool = False,
          repeat_first_row: bool = False) -> None:
    """Set the plan on the sheet (made without fit-to-page, which would drop it)."""
    ws.page_setup.scale = page.scale
    ws.page_setup.pageOrder = "overThenDown"  # a band of rows is read across, then down
    for column in page.column_breaks:
        ws.col_breaks.append(Break(id=column))
    for row in page.row_breaks:
        ws.row_breaks.append(Break(id=row))
    if repeat_first_column and page.column_breaks:
        ws.print_title_cols = "A:A"
    if repeat_first_row:
        ws.print_title_rows = "1:1"


def _pack(points: Sequence[float], page: float, repeated: float) -> list[int]:
    """Columns in order onto pages of `page` points (the repeated one on each after the
    first): the columns after which each page ends."""
    breaks, used = [], 0.0
    for index, width in enumerate(points):
        if used and used + width > page:
            breaks.append(index)  # after column `index` (1-based): the one before this
            used = repeated
        used += width
    return breaks


def _row_breaks(height: Callable[[int], float], last_row: int, blocks: Sequence[Block],
                capacity: float, header: float) -> list[int]:
    breaks: list[int] = []
    start, used = 1, 0.0
    row = 1
    while row <= last_row:
        used += height(row)
        if used <= capacity or row == start:
            row += 1
            continue
        cut = _adjust(row, start, blocks)  # the first row of the next page
        breaks.append(cut - 1)
        start, row = cut, cut
        used = header
    return breaks


def _adjust(cut: int, start: int, blocks: Sequence[Block]) -> int:
    """Move a break that would split a block badly to where it does not, if the page
    keeps something; a page that holds nothing else must break where it is full."""
    for block in blocks:
        if not block.first < cut <= block.last:
            continue
        body_first = block.first + block.head
        if block.keep or cut < body_first + MIN_ROWS:
            better = block.first  # the whole block (or its head and first rows) moves on
        elif block.last - cut + 1 < MIN_ROWS:
            better = block.last - MIN_ROWS + 1  # no rows left alone on the next page
            if better < body_first + MIN_ROWS:
                better = block.first
        else:
            better = cut
        if better > start:
            return better
    return cut
