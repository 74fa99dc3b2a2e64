"""Sheet building blocks: typed cells, Excel tables, widths, the points colour scale."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

DATE_FORMAT = "yyyy-mm-dd hh:mm"
DURATION_FORMAT = "[h]:mm:ss"
POINTS_FORMAT = "+0;-0;0"
MEAN_FORMAT = "+0.0;-0.0;0.0"
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
BOLD = Font(bold=True)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, long (wrapped text), number, points, mean, date, duration, link


class SheetWriter:
    """Rows into a write-only sheet, each value typed by its column.

    User text is always written as a string cell: a note that begins with "=", "+", "-"
    or "@" shows exactly as typed and never runs as a formula.
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column],
                 first_column: int = 1) -> None:
        self.ws = ws
        self.columns = columns
        self.first_column = first_column

    def header_cells(self) -> list[Any]:
        cells = []
        for column in self.columns:
            cell = WriteOnlyCell(self.ws, value=column.header)
            cell.font = BOLD
            cells.append(cell)
        return cells

    def cells(self, values: Sequence[Any]) -> list[Any]:
        return [self.cell(column, value) for column, value in zip(self.columns, values,
                                                                   strict=True)]

    def cell(self, column: Column, value: Any) -> Any:
        if column.kind == "link":
            path, text = value if value else (None, None)
            cell = WriteOnlyCell(self.ws, value=text)
            if path:
                cell.data_type = "s"
                cell.hyperlink = path
                cell.style = "Hyperlink"
            return cell
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula
            cell.alignment = WRAP if column.kind == "long" else TOP
        elif isinstance(value, datetime):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, timedelta):
            cell.number_format = DURATION_FORMAT
        elif column.kind == "points" and value is not None:
            cell.number_format = POINTS_FORMAT
        elif column.kind == "mean" and value is not None:
            cell.number_format = MEAN_FORMAT
        return cell


def set_widths(ws: WriteOnlyWorksheet, columns: Sequence[Column], first_column: int = 1) -> None:
    for i, column in enumerate(columns, start=first_column):
        ws.column_dimensions[get_column_letter(i)].width = column.width


def fit_to_page_width(ws: WriteOnlyWorksheet) -> None:
    """Printed (or made a PDF): landscape, all columns on the page width."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


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


def color_points(ws: WriteOnlyWorksheet, columns: Sequence[Column], header_row: int,
                 rows: int, first_column: int = 1, scale: int = 10) -> None:
    """Red–white–green from -scale to +scale on every points column, live in Excel."""
    if rows == 0:
        return
    for i, column in enumerate(columns, start=first_column):
        if column.kind in ("points", "mean"):
            letter = get_column_letter(i)
            ws.conditional_formatting.add(
                f"{letter}{header_row + 1}:{letter}{header_row + rows}",
                ColorScaleRule(start_type="num", start_value=-scale, start_color="F8696B",
                               mid_type="num", mid_value=0, mid_color="FFFFFF",
                               end_type="num", end_value=scale, end_color="63BE7B"),
            )
