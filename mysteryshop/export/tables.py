"""An Excel Table written as its rows arrive: header first, a batch of rows at a time.

An export walks the sessions a batch at a time and feeds the four data sheets together, so
each sheet's table grows while the others do. What the printed pages need of each row (its
height) is kept as one number, not as openpyxl's row object, so memory stays flat however
many rows there are.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from mysteryshop.export.paging import DEFAULT_ROW_POINTS
from mysteryshop.export.sheets import (
    LINE_POINTS,
    Column,
    SheetWriter,
    add_table,
)

MAX_ROW_POINTS = 409.0  # the tallest row Excel allows


class TableWriter:
    def __init__(self, ws: WriteOnlyWorksheet, name: str, columns: Sequence[Column],
                 header_row: int = 1, *, forget_rows: bool = False) -> None:
        """Append the header at `header_row` (the sheet's next row). With `forget_rows`
        a row's height is dropped from the sheet once the row is written (a data sheet of
        100,000 answers); the Summary keeps them for its page plan."""
        self.ws, self.name, self.columns = ws, name, columns
        self.header_row = header_row
        self.forget_rows = forget_rows
        self.writer = SheetWriter(ws, columns)
        self.count = 0
        self.heights = array("f")  # each data row's height, for the page breaks
        self.header_height = LINE_POINTS * min(3, max(
            -(-len(c.header) // max(4, int(c.width) - 1)) for c in columns))
        ws.row_dimensions[header_row].height = self.header_height
        ws.append(self.writer.header_cells())

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        ws = self.ws
        for row in rows:
            cells = self.writer.cells(row)
            lines = self.writer.lines
            number = self.header_row + 1 + self.count
            height = min(MAX_ROW_POINTS, LINE_POINTS * lines) if lines > 1 \
                else DEFAULT_ROW_POINTS
            if lines > 1 and self.forget_rows:
                # Only for the row's writing: the attributes openpyxl writes for a row
                # height, without a RowDimension object (40 times slower to make).
                ws.row_dimensions[number] = {"ht": f"{height:g}", "customHeight": "1"}
                ws.append(cells)
                del ws.row_dimensions[number]  # written with the row already
            else:
                if lines > 1:
                    ws.row_dimensions[number].height = height
                ws.append(cells)
            self.heights.append(height)
            self.count += 1

    def close(self) -> int:
        """Make the rows an Excel Table; returns how many rows it has."""
        add_table(self.ws, self.name, self.columns, self.header_row, self.count)
        return self.count

    @property
    def last_row(self) -> int:
        return self.header_row + self.count

    def height(self, row: int) -> float:
        """A sheet row's height, for rows of this table."""
        if row == self.header_row:
            return self.header_height
        index = row - self.header_row - 1
        return self.heights[index] if 0 <= index < self.count else DEFAULT_ROW_POINTS
