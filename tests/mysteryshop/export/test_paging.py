"""Where printed sheets break: legible scale, fewest pages across, no rows left alone."""

from __future__ import annotations

from itertools import pairwise

import pytest

from mysteryshop.export.paging import (
    MIN_ROWS,
    MIN_SCALE,
    PAGE_HEIGHT_POINTS,
    PAGE_WIDTH_POINTS,
    Block,
    _pack,
    column_points,
    plan,
)


def flat(row: int) -> float:
    return 15.0


def pages_of(breaks: list[int], last_row: int) -> list[range]:
    starts = [1, *(b + 1 for b in breaks)]
    ends = [*breaks, last_row]
    return [range(s, e + 1) for s, e in zip(starts, ends, strict=True)]


def test_a_narrow_sheet_prints_at_full_size_on_one_page_across() -> None:
    page = plan([10, 20, 30], flat, 10)
    assert page.scale == 100 and page.column_breaks == [] and page.row_breaks == []


def test_a_wide_sheet_is_split_across_pages_at_a_legible_scale() -> None:
    widths = [12, 17, 16, 16, 18, 4, 30] + [10] * 14 + [50, 40, 30]  # the Steps sheet
    page = plan(widths, flat, 2, repeat_first_column=True)
    assert MIN_SCALE <= page.scale <= 100
    assert page.column_breaks, "it does not fit one page at a legible size"
    # Each page's columns (the first repeated after the first page) fit its width.
    room = PAGE_WIDTH_POINTS * 100 / page.scale
    edges = [0, *page.column_breaks, len(widths)]
    for i, (a, b) in enumerate(pairwise(edges)):
        used = sum(column_points(w) for w in widths[a:b])
        used += column_points(widths[0]) if i else 0
        assert used <= room + 1e-6
    # At a larger scale the same columns would need more pages across.
    if page.scale < 100:
        larger = PAGE_WIDTH_POINTS * 100 / (page.scale + 1)
        assert len(_pack([column_points(w) for w in widths], larger,
                         column_points(widths[0]))) > len(page.column_breaks)
    assert plan(widths[:8], flat, 2).column_breaks == []


@pytest.mark.parametrize("rows", [10, 29, 30, 31, 32, 33, 57, 58, 59, 60, 61, 200])
def test_the_last_page_of_a_table_never_holds_fewer_than_three_rows(rows: int) -> None:
    last = rows + 1  # a header row, then the rows
    page = plan([10] * 5, flat, last, [Block(1, last, head=1)], repeat_first_row=True)
    bands = pages_of(page.row_breaks, last)
    assert all(len(band) >= MIN_ROWS for band in bands[1:]), bands
    capacity = PAGE_HEIGHT_POINTS * 100 / page.scale
    assert all(15 * len(band) <= capacity + 15 for band in bands)


def test_a_chart_and_a_tables_head_are_never_cut() -> None:
    heights = {1: 24.0}
    blocks = [Block(1, 21, keep=True), Block(23, 23 + 25, head=1),
              Block(51, 51 + 5), Block(58, 78, keep=True)]
    page = plan([10] * 5, lambda r: heights.get(r, 15.0), 78, blocks)
    for cut in page.row_breaks:  # a break after row `cut`
        for block in blocks:
            if block.keep:
                assert not block.first <= cut < block.last, (cut, block)
            elif block.first <= cut < block.last:
                before = cut - (block.first + block.head) + 1
                after = block.last - cut
                assert before >= MIN_ROWS and after >= MIN_ROWS, (cut, block)


def test_tall_wrapped_rows_fill_a_page_sooner() -> None:
    tall = {row: 90.0 for row in range(2, 40)}
    short = plan([10] * 5, flat, 40, [Block(1, 40, head=1)])
    long = plan([10] * 5, lambda r: tall.get(r, 15.0), 40, [Block(1, 40, head=1)])
    assert len(long.row_breaks) > len(short.row_breaks)
    assert all(b2 - b1 <= PAGE_HEIGHT_POINTS // 90 + 1
               for b1, b2 in pairwise(long.row_breaks))
