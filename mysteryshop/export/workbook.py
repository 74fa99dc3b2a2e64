"""Write the meeting workbook: Summary, Participation, Findings, Actions, Sessions, Steps,
Answers, Timeline and Meeting sheets.

Written in openpyxl's write-only mode (rows streamed, memory flat) to a temporary file
beside the target, then renamed over it: a failed or cancelled export leaves no
half-written file at the target.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Border, Font, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from mysteryshop import APP_NAME
from mysteryshop.atomic import atomic_write, shareable_mode
from mysteryshop.call_events import Redaction
from mysteryshop.errors import ExportCancelledError, ExportError
from mysteryshop.export.data_sheets import (
    ACTION_COLUMNS,
    ANSWER_COLUMNS,
    FINDING_COLUMNS,
    PERCEPTION_COLUMNS,
    POINT_COLUMNS,
    SESSIONS_COLUMNS,
    STEP_COLUMNS,
    TIMELINE_COLUMNS,
    action_rows,
    answer_rows,
    finding_rows,
    local,
    participation_columns,
    participation_rows,
    perception_rows,
    point_rows,
    session_rows,
    step_rows,
    timeline_rows,
)
from mysteryshop.export.dataset import (
    Figures,
    Headline,
    largest_gaps,
    lowest_felt,
    reach_lines,
)
from mysteryshop.export.output import MEETING_QUESTIONS, Progress, explain_write_error
from mysteryshop.export.paging import Block, paginate
from mysteryshop.export.sheets import (
    BOLD,
    CUT_CELLS,
    MEAN_FORMAT,
    Column,
    SheetWriter,
    color_points,
    legal_text,
    page_setup,
    set_widths,
)
from mysteryshop.export.tables import TableWriter
from mysteryshop.export.workbook_charts import emotion_curve, round_chart
from mysteryshop.loop import Action, Finding
from mysteryshop.model import Session, Target
from mysteryshop.participation import RoundProgress
from mysteryshop.perception import PerceptionOverview
from mysteryshop.templates import template_for
from mysteryshop.vocabulary import VERDICT_WORDS

logger = logging.getLogger(__name__)



SESSION_COLUMNS = (
    Column("Date", 16, "date"), Column("Round", 16), Column("Leader", 16),
    Column("Company", 18), Column("Predicted", 10, "points"), Column("Felt", 8, "points"),
    Column("Gap", 8, "points"), Column("Verdict", 13), Column("Total time", 10, "duration"),
)  # (recordings and reviewer are on the Sessions sheet: the Summary prints one page wide)
TOUCHPOINT_COLUMNS = (
    Column("Touchpoint", 24, "long"), Column("Sessions rated", 10, "number"),
    Column("Mean felt", 10, "mean"), Column("Min felt", 9, "points"),
    Column("Max felt", 9, "points"), Column("Mean predicted", 10, "mean"),
    Column("Mean gap", 10, "mean"), Column("Mean reviewer", 10, "mean"),
)
# Two tables share the Summary's columns: each as wide as the wider of the two needs.
SUMMARY_WIDTHS = (*(max(a, b, key=lambda c: c.width) for a, b in
                    zip(SESSION_COLUMNS, TOUCHPOINT_COLUMNS, strict=False)),
                  *SESSION_COLUMNS[len(TOUCHPOINT_COLUMNS):])
FIRST_SCREEN_ROWS = 21  # the headline figures and the emotion curve, before the tables
ROUND_CHART_ROWS = 20  # the rows a 10 cm chart is drawn over


def write_workbook(
    batches: Iterable[Sequence[Session]],
    out: Path,
    data_dir: Path,
    *,
    total: int,
    now: float,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    author: str = "",
    journal: Path | None = None,
    recordings: Mapping[str, str] | None = None,
    targets: Mapping[tuple[str, str], Target] | None = None,
    participation: Sequence[RoundProgress] = (),
    loop: tuple[Sequence[Finding], Sequence[Action]] = ((), ()),
    reach: Mapping[tuple[str, str], int] | None = None,
    perception: Sequence[PerceptionOverview] = (),
    redactions: Mapping[tuple[str, str], Sequence[Redaction]] | None = None,
) -> WrittenWorkbook:
    """Write the workbook for the `total` sessions that `batches` yields (a batch at a
    time, so memory does not grow with them) to `out`; raises ExportError, leaves no
    partial file.

    The data sheets grow together as the batches come; the Summary and the Meeting sheet,
    which need figures over every session, are written last from running totals (a
    write-only sheet is its own file until the workbook is saved, so the order of writing
    is free). Text that no cell can hold is written legally (see `legal_text`); how many
    texts had to be cut comes back with the path. `recordings` maps a recording's stored
    path to its copy beside the workbook (relative to it): those are linked; any other
    recording is named without a link, since the file would not be there on the
    meeting's laptop. `targets` (by round and step key) add the experience we want to
    the Steps sheet; `participation` (the exported rounds' progress) makes the
    Participation sheet and the Summary's "Leaders finished"; `loop` (findings and the
    actions answering them) the Findings and Actions sheets, when there are any; `reach`
    (customers a year by round and step key) the Steps sheet's column and the Summary's
    "Multiplied out over a year"; `perception` (the rounds' perception checks) the
    Perception sheet (the three groups and the mystery shop side by side) and the
    Perception points sheet.
    """
    if not total:
        raise ExportError("There are no sessions to export.")
    out = out.resolve()
    wb = Workbook(write_only=True)
    wb.properties.title = "Mystery Shop — customer experience"
    wb.properties.creator = author or APP_NAME
    wb.properties.created = wb.properties.modified = datetime.now()

    def step_done(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError("Export cancelled; nothing was written.")
        if progress is not None:
            progress(done, total)

    cuts: list[int] = []
    token = CUT_CELLS.set(cuts)
    try:
        summary = wb.create_sheet("Summary")
        if participation:
            _participation_sheet(wb.create_sheet("Participation"), participation)
        findings, actions = loop
        if findings or actions:
            _list_sheet(wb.create_sheet("Findings"), "Findings", FINDING_COLUMNS,
                        finding_rows(findings))
            _list_sheet(wb.create_sheet("Actions"), "Actions", ACTION_COLUMNS,
                        action_rows(actions, findings, datetime.fromtimestamp(now).date()))
        if any(view.responses for view in perception):
            _list_sheet(wb.create_sheet("Perception"), "Perception", PERCEPTION_COLUMNS,
                        perception_rows(perception))
            _list_sheet(wb.create_sheet("Perception points"), "PerceptionPoints",
                        POINT_COLUMNS, point_rows(perception))
        links = recordings if recordings is not None else {}  # may grow per batch
        sheets = [
            _DataSheet(wb.create_sheet("Sessions"), "SessionData", SESSIONS_COLUMNS,
                       lambda batch: session_rows(batch, now), color_scale=50),
            _DataSheet(wb.create_sheet("Steps"), "Steps", STEP_COLUMNS,
                       lambda batch: step_rows(batch, links, now, targets, reach,
                                               redactions)),
            _DataSheet(wb.create_sheet("Answers"), "Answers", ANSWER_COLUMNS, answer_rows),
            _DataSheet(wb.create_sheet("Timeline"), "Timeline", TIMELINE_COLUMNS,
                       timeline_rows),
        ]
        meeting = wb.create_sheet("Meeting")
        figures = Figures()
        lines: list[list[Any]] = []  # the Summary's row per session
        done = 0
        for batch in batches:
            for session in batch:
                step_done(done)
                figures.add((session,))
                lines.append(_summary_line(session, now))
                for sheet in sheets:
                    sheet.add((session,))
                done += 1
        for sheet in sheets:
            sheet.close()
        _summary_sheet(summary, figures, lines, participation, reach)
        _meeting_sheet(meeting, figures)
        step_done(total)
        _save(wb, out, journal)
    except BaseException:
        _discard(wb)
        raise
    finally:
        CUT_CELLS.reset(token)
    return WrittenWorkbook(out, len(cuts))


class WrittenWorkbook(NamedTuple):
    path: Path
    cut_cells: int  # texts longer than an Excel cell holds: cut, with a word in the cell


def _discard(wb: Any) -> None:
    """Close the sheets' temporary files of an export that did not finish."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # already closed by a save that failed half way
            logger.debug("Closing sheet %s of a failed export", ws.title)


# -- sheets ------------------------------------------------------------------------------

def _summary_line(session: Session, now: float) -> list[Any]:
    return [
        local(session.started_at), session.round, session.leader, session.company,
        session.predicted_total, session.felt_total, session.gap_total,
        VERDICT_WORDS.get(session.verdict) if session.verdict else None,
        timedelta(seconds=round(session.elapsed_total(now))),
    ]


def _summary_sheet(ws: WriteOnlyWorksheet, figures: Figures,
                   lines: Sequence[list[Any]], participation: Sequence[RoundProgress] = (),
                   reach: Mapping[tuple[str, str], int] | None = None) -> None:
    widths = SUMMARY_WIDTHS
    set_widths(ws, widths)
    rounds = sorted({line[1] for line in lines})
    page_setup(ws)
    title = WriteOnlyCell(ws, value="Mystery Shop — how our customers felt")
    title.font = Font(bold=True, size=16)
    ws.row_dimensions[1].height = 24  # the big title is not clipped at its row's top
    ws.append([title])
    ws.append([legal_text(f"{_count(len(lines), 'session')} · rounds: "
                          f"{', '.join(r or '–' for r in rounds)} · points from 10 down "
                          "(-10) to 10 up (+10); gap = felt − predicted")[0]])
    ws.append([])
    # The first screen (100 % on a 1366x768 laptop): the headline figures on the left, the
    # emotion curve beside them; the tables begin below.
    stats = figures.touchpoint_stats()
    written = 3  # title, subtitle, a blank row
    for row in _headline_rows(ws, figures.headline(stats), participation):
        ws.append(row)
        written += 1
    for _ in range(written, FIRST_SCREEN_ROWS):  # room for the chart before the tables
        ws.append([])
    sessions_header = FIRST_SCREEN_ROWS + 2
    ws.append([])
    _table(ws, "Sessions", SESSION_COLUMNS, sessions_header, lines)
    # Session totals add up five steps: colour them on a five times wider scale.
    color_points(ws, SESSION_COLUMNS, sessions_header, len(lines), scale=50)

    _section_label(ws, "Per touchpoint, across these sessions")
    touch_header = sessions_header + len(lines) + 3
    _table(ws, "Touchpoints", TOUCHPOINT_COLUMNS, touch_header, (
        [s.title, s.rated, s.mean_felt, s.min_felt, s.max_felt, s.mean_predicted, s.mean_gap,
         s.mean_reviewer]
        for s in stats))
    color_points(ws, TOUCHPOINT_COLUMNS, touch_header, len(stats))
    emotion_curve(ws, touch_header, len(stats),
                   reviewer=any(s.mean_reviewer is not None for s in stats))
    blocks = [Block(1, FIRST_SCREEN_ROWS, keep=True),
              Block(sessions_header, sessions_header + len(lines), head=1),
              Block(touch_header - 1, touch_header + len(stats))]
    last_row = touch_header + len(stats)

    means = figures.round_means()
    if len(means) > 1:
        keys = [key for key, _ in figures.touchpoints()]
        round_columns = (Column("Round", 18), Column("Sessions", 9, "number"),
                         *(Column(_short(key), 10, "mean") for key in keys))
        _section_label(ws, "Mean felt points per round")
        round_header = touch_header + len(stats) + 3
        _table(ws, "Rounds", round_columns, round_header, (
            [m.round or "–", m.sessions, *(m.mean_felt[key] for key in keys)] for m in means))
        color_points(ws, round_columns, round_header, len(means))
        blocks.append(Block(round_header - 1, round_header + len(means)))
        chart_row = round_header + len(means) + 2  # below its table: one page wide
        round_chart(ws, round_header, len(means), len(keys), f"A{chart_row}")
        blocks.append(Block(chart_row, chart_row + ROUND_CHART_ROWS, keep=True))
        last_row = chart_row + ROUND_CHART_ROWS
        for _ in range(round_header + len(means), last_row):  # the rows it is drawn over
            ws.append([])
    multiplied = reach_lines(figures, reach or {})
    if multiplied:  # the felt points multiplied out over a year
        _section_label(ws, "Multiplied out over a year")
        for line in multiplied:
            ws.append([legal_text(line)[0]])
        blocks.append(Block(last_row + 2, last_row + 2 + len(multiplied)))
        last_row += 2 + len(multiplied)
    paginate(ws, [c.width for c in widths], last_row, blocks)


def _headline_rows(ws: WriteOnlyWorksheet, head: Headline,
                   participation: Sequence[RoundProgress] = ()) -> Iterator[list[Any]]:
    """Label and figure, one per row: what a meeting reads first."""

    def pair(label: str, value: Any, number_format: str | None = None) -> list[Any]:
        name = WriteOnlyCell(ws, value=label)
        name.font = BOLD
        cell = WriteOnlyCell(ws, value=value)
        cell.font = Font(bold=True, size=13)
        if number_format:
            cell.number_format = number_format
        return [name, cell]

    share = (f"{head.build_trust} of {head.with_verdict} "
             f"({head.build_trust / head.with_verdict:.0%})" if head.with_verdict
             else "no verdict yet")
    yield pair("Sessions", head.sessions)
    yield pair("Say it builds trust", share)  # (fits column A: no label cut)
    yield pair("Mean felt", head.mean_felt, MEAN_FORMAT)
    yield pair("Mean gap", head.mean_gap, MEAN_FORMAT)
    lowest = head.lowest
    yield pair("Lowest touchpoint", f"{_short(lowest.key)} ({lowest.mean_felt:+.1f})"
               if lowest is not None and lowest.mean_felt is not None else "–")
    if participation:  # the round's progress at a glance (the latest, with several)
        last = participation[-1]
        round_name = f" ({last.round or '–'})" if len(participation) > 1 else ""
        yield pair("Leaders finished", legal_text(
            f"{last.finished} of {len(last.leaders)}{round_name}")[0])


def _participation_sheet(ws: WriteOnlyWorksheet, progresses: Sequence[RoundProgress]) -> None:
    """Who has done each round: a row per leader, the team's list included."""
    _list_sheet(ws, "Participation", participation_columns(progresses),
                participation_rows(progresses))


def _list_sheet(ws: WriteOnlyWorksheet, name: str, columns: Sequence[Column],
                rows: Iterable[list[Any]]) -> None:
    """A data sheet of rows that are not per session (written at once, not per batch)."""
    sheet = _DataSheet(ws, name, columns, lambda _sessions: ())
    sheet.table.add(rows)
    sheet.close()


class _DataSheet:
    """A sheet of one Excel Table, fed a batch of sessions at a time: widths, frozen
    header, the rows, its colours and its printed pages."""

    def __init__(self, ws: WriteOnlyWorksheet, name: str, columns: Sequence[Column],
                 rows: Callable[[Sequence[Session]], Iterable[list[Any]]],
                 color_scale: int = 10) -> None:
        set_widths(ws, columns)
        ws.freeze_panes = "A2"
        page_setup(ws, repeat_header=True)
        self.ws, self.columns, self.rows, self.color_scale = ws, columns, rows, color_scale
        self.table = TableWriter(ws, name, columns, forget_rows=True)

    def add(self, sessions: Sequence[Session]) -> None:
        self.table.add(self.rows(sessions))

    def close(self) -> None:
        count = self.table.close()
        color_points(self.ws, self.columns, 1, count, scale=self.color_scale)
        paginate(self.ws, [c.width for c in self.columns], count + 1,
                 [Block(1, count + 1, head=1)], data_sheet=True, height=self.table.height)


def _table(ws: WriteOnlyWorksheet, name: str, columns: Sequence[Column], header_row: int,
           rows: Iterable[list[Any]]) -> int:
    """Header and rows appended at `header_row`, made an Excel Table. Returns the row count."""
    table = TableWriter(ws, name, columns, header_row)
    table.add(rows)
    return table.close()


def _section_label(ws: WriteOnlyWorksheet, text: str) -> None:
    """A blank row, then a bold line naming the table below it."""
    ws.append([])
    label = WriteOnlyCell(ws, value=text)
    label.font = BOLD
    ws.append([label])


def _meeting_sheet(ws: WriteOnlyWorksheet, figures: Figures) -> None:
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 70
    page_setup(ws, one_page=True)  # the meeting's one sheet of paper
    title = WriteOnlyCell(ws, value="Leadership meeting: what did our customers feel?")
    title.font = Font(bold=True, size=16)
    ws.row_dimensions[1].height = 24
    ws.append([title])
    ws.append([f"{_count(figures.sessions, 'session')} · write the team's answers in the boxes"])
    ws.append([])
    for question in MEETING_QUESTIONS:
        cell = WriteOnlyCell(ws, value=question)
        cell.font = Font(bold=True, size=13)
        ws.append([cell])
        for line in range(WRITING_LINES):  # room to write: one box across A-C
            ws.append([_box_cell(ws, line, column) for column in range(3)])
        ws.append([])
    stats = figures.touchpoint_stats()
    for heading, rows, field in (
        ("Start with: the lowest felt touchpoints", lowest_felt(stats), "Mean felt"),
        ("…and the largest perception gaps (felt − predicted)", largest_gaps(stats), "Mean gap"),
    ):
        cell = WriteOnlyCell(ws, value=heading)
        cell.font = Font(bold=True, size=13)
        ws.append([cell])
        columns = (Column("Touchpoint", 40), Column(field, 14, "mean"))
        writer = SheetWriter(ws, columns)
        ws.append(writer.header_cells())
        for s in rows:
            value = s.mean_felt if field == "Mean felt" else s.mean_gap
            ws.append(writer.cells([s.title, value]))
        ws.append([])


WRITING_LINES = 5
BOX_SIDE = Side(style="thin", color="999999")
NO_SIDE = Side()


def _box_cell(ws: WriteOnlyWorksheet, line: int, column: int) -> Any:
    """One cell of a writing box spanning columns A to C: only the box's outline, so it
    prints as one box, not as cells with a gap between them."""
    cell = WriteOnlyCell(ws, value=None)
    cell.border = Border(left=BOX_SIDE if column == 0 else NO_SIDE,
                         right=BOX_SIDE if column == 2 else NO_SIDE,
                         top=BOX_SIDE if line == 0 else NO_SIDE,
                         bottom=BOX_SIDE if line == WRITING_LINES - 1 else NO_SIDE)
    return cell


# -- values ------------------------------------------------------------------------------

def _count(number: int, noun: str) -> str:
    """'1 session', '2 sessions': the workbook is read by people, not parsed."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _short(key: str) -> str:
    template = template_for(key)
    return template.short_title if template else key


# -- saving ------------------------------------------------------------------------------

def _save(wb: Any, out: Path, journal: Path | None) -> None:
    folder = out.parent
    if not folder.is_dir():
        raise ExportError("The folder {folder} does not exist.", folder=folder)
    try:
        # A workbook is a document to share: the user's usual mode, not a private file.
        with atomic_write(out, mode=shareable_mode(), journal=journal) as file:
            _write_archive(wb, file)
    except OSError as exc:
        raise ExportError(explain_write_error(exc, out)) from exc


def _write_archive(wb: Any, file: BinaryIO) -> None:
    """wb.save(), but a failed write (a full disk) closes its zip file before raising."""
    archive = ZipFile(file, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).write_data()
    finally:
        try:
            archive.close()
        except OSError:
            logger.debug("Closing the half-written workbook failed")
            raise
