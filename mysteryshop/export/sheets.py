"""Sheet building blocks: typed cells, Excel tables, widths, the points colour scale."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

DATE_FORMAT = "yyyy-mm-dd hh:mm"
DAY_FORMAT = "yyyy-mm-dd"
DURATION_FORMAT = "[h]:mm:ss"
POINTS_FORMAT = "+0;-0;0"
MEAN_FORMAT = "+0.0;-0.0;0.0"
# Wrapped text sits at the bottom of its row like the plain values beside it (styling
# every cell "top" would cost a style per value), so a row reads along one line.
WRAP = Alignment(wrap_text=True)
BOLD = Font(bold=True)


# What a cell of Excel can hold; longer text is cut with a word that says so.
CELL_LIMIT = 32_767
# Word's manual line break (\v) and page break (\f) are line breaks; the other control
# characters, which XML 1.0 cannot hold, are shown as their Unicode pictures (␇ for BEL);
# lone surrogates (half an emoji from a bad paste) as the replacement character.
_CONTROLS = {c: chr(0x2400 + c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20))}
_CONTROLS.update({0x0B: "\n", 0x0C: "\n"})
_CONTROLS.update({c: "\ufffd" for c in range(0xD800, 0xE000)})


# The texts an export had to cut (one entry each), for its report; set by write_workbook
# around the sheets it writes, so the sheet helpers need not pass a tally along.
CUT_CELLS: ContextVar[list[int] | None] = ContextVar("cut_cells", default=None)


def cut_note(total: int) -> str:
    return (f" … [cut: the text has {total:,} characters, more than an Excel cell holds; "
            "the whole text is in the app]")


def legal_text(text: str) -> tuple[str, bool]:
    """`text` as a cell can hold it, and whether it had to be cut.

    The database keeps what the leader typed; only the workbook's copy changes.
    """
    if not text.isprintable():  # (most text is: the check costs a tenth of translating)
        text = text.translate(_CONTROLS)
    if len(text) <= CELL_LIMIT:
        return text, False
    note = cut_note(len(text))
    return text[: CELL_LIMIT - len(note)] + note, True


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, long (wrapped text), number, points, mean, date, duration, link


class SheetWriter:
    """Rows into a write-only sheet, each value typed by its column.

    User text is always a string cell (openpyxl would take text that begins with "=" for
    a formula): it shows exactly as typed. Values that need no style go in raw,
    which openpyxl writes through one reused cell. A styled column has one cell of its
    own, styled once and given each row's value: a write-only sheet writes a row out as
    it is appended, so the cell is free again for the next row, and making and styling a
    cell for each of 400,000 values would cost seconds.
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.columns = columns
        self._styles: dict[str, StyleArray] = {}
        self._convert = [self._converter(column) for column in columns]
        # How many lines the last row's wrapped texts take at their columns' widths (a
        # character is about one unit of Excel's column width), so the row can be made
        # that tall: a printed page does not grow a row by itself, and the text would
        # run over the next row.
        self.lines = 1
        _take_cells_as_given(ws)

    def header_cells(self) -> list[Any]:
        return [self._styled("header", column.header) for column in self.columns]

    def cells(self, values: Sequence[Any]) -> list[Any]:
        """The row's cells; `lines` then says how many lines its wrapped text takes."""
        self.lines = 1
        return [None if value is None else convert(value)
                for convert, value in zip(self._convert, values, strict=True)]

    def _converter(self, column: Column) -> Callable[[Any], Any]:
        kind = column.kind
        own: dict[str, Any] = {}  # this column's reused cell per style

        def reused(style: str, value: Any, data_type: str) -> Any:
            """The column's cell for `style`, holding `value` (already of a type the
            cell takes, text already legal): set directly, since openpyxl's checks
            (a date-format pattern per date, an illegal-character search per text) would
            repeat, for every row, what the first value of the column proved."""
            cell = own.get(style)
            if cell is None:
                cell = own[style] = self._styled(style, value)
            else:
                cell._value = value
            cell.data_type = data_type
            return cell

        fits = max(8, int(column.width) - 2)  # characters on one line of the column

        def convert(value: Any) -> Any:
            if kind == "link":
                if isinstance(value, str):
                    return self._legal(value)  # a file not beside the workbook: no link
                path, text = value
                cell = reused("link", self._legal(text), "s")
                cell.hyperlink = path  # a new Hyperlink each row: the sheet keeps them
                return cell
            if isinstance(value, str):
                if not (value.isprintable() and len(value) <= CELL_LIMIT):  # (most is)
                    value = self._legal(value)
                if kind == "long" and (len(value) > fits or "\n" in value):
                    self.lines = max(self.lines, sum(max(1, -(-len(part) // fits))
                                                     for part in value.split("\n")))
                    return reused("long", value, "s")  # wrapped: only text that needs it
                return value  # (the sheet writes text as text: see below)
            if isinstance(value, (datetime, timedelta)):
                return reused("date" if isinstance(value, datetime) else "duration", value,
                              "d")
            if isinstance(value, date):  # a day with no time (an action's due date)
                return reused("day", value, "d")
            if kind in ("points", "mean") and isinstance(value, (int, float)):
                return reused(kind, value, "n")
            return value

        return convert

    @staticmethod
    def _legal(text: str) -> str:
        text, cut = legal_text(text)
        if cut and (counter := CUT_CELLS.get()) is not None:
            counter.append(1)
        return text

    def _styled(self, kind: str, value: Any) -> Any:
        cell = WriteOnlyCell(self.ws, value=value)
        style = self._styles.get(kind)
        if style is None:
            _STYLERS[kind](cell)
            style = self._styles[kind] = StyleArray(cell._style)
        cell._style = StyleArray(style)
        return cell


_UNSTYLED = (str, int, float)  # values openpyxl writes without giving the cell a style


def _take_cells_as_given(ws: WriteOnlyWorksheet) -> None:
    """Make the sheet take a cell we made as it is. openpyxl's write-only sheet first tries
    each value as a plain value (a cell fails only after a formatted error message) and
    then makes a fresh cell after every styled one: a third of the export's writing time.
    Text is always text: "=SUM(A1)" or "#N/A" typed by a leader is not made a formula or
    an error, and text that is printable (so legal) is not searched again. This does what
    it does, minus those steps; should openpyxl rename the method it
    calls (`_values_to_row`, 3.1), this is simply not used and the export is only slower.
    """
    def values_to_row(values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
        spare = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            kind = type(value)
            if kind is str and value.isprintable() and len(value) <= CELL_LIMIT:
                spare._value = value  # legal already: no second search for bad characters
                spare.data_type = "s"
                cell = spare
            elif kind is int or kind is float:
                spare._value = value
                spare.data_type = "n"
                cell = spare
            elif isinstance(value, Cell):
                cell = value
            else:
                spare.value = value  # a value no cell can hold raises ValueError, as before
                if spare.data_type in ("f", "e"):
                    spare.data_type = "s"  # "=2+2" or "#N/A" typed by a leader is text
                cell = spare
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            # A date or time given raw gave the spare a number format: use a fresh one.
            if cell is spare and not isinstance(value, _UNSTYLED) and spare.has_style:
                spare = WriteOnlyCell(ws)

    ws._values_to_row = values_to_row


def _style_header(cell: Any) -> None:
    cell.font = BOLD
    cell.alignment = WRAP  # a long header wraps (three lines at most) instead of being cut


def _style_long(cell: Any) -> None:
    cell.alignment = WRAP


def _style_link(cell: Any) -> None:
    cell.style = "Hyperlink"


def _number_format(text: str) -> Callable[[Any], None]:
    def apply(cell: Any) -> None:
        cell.number_format = text

    return apply


_STYLERS: dict[str, Callable[[Any], None]] = {
    "header": _style_header,
    "long": _style_long,
    "link": _style_link,
    "date": _number_format(DATE_FORMAT),
    "day": _number_format(DAY_FORMAT),
    "duration": _number_format(DURATION_FORMAT),
    "points": _number_format(POINTS_FORMAT),
    "mean": _number_format(MEAN_FORMAT),
}


def set_widths(ws: WriteOnlyWorksheet, columns: Sequence[Column], first_column: int = 1) -> None:
    for i, column in enumerate(columns, start=first_column):
        ws.column_dimensions[get_column_letter(i)].width = column.width


CONFIDENTIAL = "Confidential — contains customer call data"
LINE_POINTS = 15.0  # one line of 11-point text, in a row's height
PAPER_A4 = "9"  # the page size code Excel and LibreOffice use for A4


def page_setup(ws: WriteOnlyWorksheet, *, one_page: bool = False,
               repeat_header: bool = False) -> None:
    """Printed (or made a PDF): landscape, the sheet's name on top of each page and, below,
    the page of how many and that the pages are confidential; a data sheet repeats its
    header row on every page. `one_page` fits the sheet on one sheet of paper; the others
    get their scale and breaks from `paging` once their rows are known. (Call it before
    the first row: a write-only sheet writes the fit-to-page flag with its first row.)"""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4  # the breaks also hold on Letter (see paging)
    ws.sheet_properties.pageSetUpPr.fitToPage = one_page
    if one_page:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = "Mystery Shop"
    ws.oddFooter.left.text = "Exported &D"
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.right.text = CONFIDENTIAL
    if repeat_header:
        ws.print_title_rows = "1:1"


def add_table(ws: WriteOnlyWorksheet, name: str, columns: Sequence[Column], header_row: int,
              rows: int, first_column: int = 1) -> str | None:
    """Make rows header_row..header_row+rows an Excel Table (banded, filterable)."""
    if rows == 0:
        return None  # Excel refuses a table without a data row
    last_column = get_column_letter(first_column + len(columns) - 1)
    ref = f"{get_column_letter(first_column)}{header_row}:{last_column}{header_row + rows}"
    table = Table(displayName=name, ref=ref)
    # In write-only mode openpyxl cannot read the header back: name the columns here.
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, 1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():
        # openpyxl always warns in write-only mode that columns must be added by hand:
        # they were, just above.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)
    return ref


# The mid-tones of ColorBrewer RdBu (ui/widgets/points.py draws the same scale).
DOWN_COLOR, UP_COLOR = "EF8A62", "67A9CF"


def color_points(ws: WriteOnlyWorksheet, columns: Sequence[Column], header_row: int,
                 rows: int, first_column: int = 1, scale: int = 10) -> None:
    """The app's own colour-blind-safe scale (ColorBrewer RdBu, as on screen): red-brown
    for down, blue for up, from -scale to +scale on every points column, live in Excel;
    the number stays in the cell (light tints keep it readable, also printed in grey)."""
    if rows == 0:
        return
    for i, column in enumerate(columns, start=first_column):
        if column.kind in ("points", "mean"):
            letter = get_column_letter(i)
            ws.conditional_formatting.add(
                f"{letter}{header_row + 1}:{letter}{header_row + rows}",
                ColorScaleRule(start_type="num", start_value=-scale, start_color=DOWN_COLOR,
                               mid_type="num", mid_value=0, mid_color="F7F7F7",
                               end_type="num", end_value=scale, end_color=UP_COLOR),
            )
