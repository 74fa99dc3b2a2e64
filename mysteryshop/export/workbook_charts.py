"""The workbook's native Excel charts: the round's emotion curve and the rounds compared
(live charts over the Summary's tables, so a pivot or an edit redraws them)."""

from __future__ import annotations

from typing import Any

from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

CURVE_ANCHOR = "C4"  # beside the headline figures, on the first screen


def emotion_curve(ws: WriteOnlyWorksheet, header: int, rows: int, *, reviewer: bool) -> None:
    """The app's signature picture, for the round: predicted and felt (and the reviewer's
    view where there is one) per touchpoint, beside the headline figures."""
    chart = LineChart()
    chart.title = "Emotion curve: predicted vs felt, per touchpoint"
    chart.y_axis.title = "Mean points (-10 down … +10 up)"
    chart.y_axis.scaling.min = -10
    chart.y_axis.scaling.max = 10
    columns = [6, 3] + ([8] if reviewer else [])  # mean predicted, felt, reviewer
    for column in columns:
        chart.add_data(Reference(ws, min_col=column, min_row=header, max_row=header + rows),
                       titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=header + rows))
    chart.series[0].graphicalProperties.line.dashStyle = "dash"  # predicted, as on screen
    _axes_visible(chart)
    chart.width, chart.height = 17, 8.5  # within the first screen, beside the figures
    ws.add_chart(chart, CURVE_ANCHOR)


def _axes_visible(chart: Any) -> None:
    """Category labels below the plot (bars go below zero); both axes shown in Excel."""
    chart.width, chart.height = 22, 10
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def round_chart(ws: WriteOnlyWorksheet, header: int, rows: int, series: int,
                 anchor: str) -> None:
    chart = LineChart()
    chart.title = "Mean felt points per round"
    chart.y_axis.title = "Mean felt points"
    chart.y_axis.scaling.min = -10
    chart.y_axis.scaling.max = 10
    data = Reference(ws, min_col=3, max_col=2 + series, min_row=header, max_row=header + rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=header + rows))
    _axes_visible(chart)
    ws.add_chart(chart, anchor)
