"""The meeting pack as a PDF: the round at a glance, a page per session, the questions.

Drawn with reportlab, not Qt's QPdfWriter, so the command line can write it on a machine
with no display and `mysteryshop/` stays free of Qt; reportlab embeds the fonts (see
`pdf_fonts`), keeps text as text (searchable, copyable) and draws the charts as vectors.
Everything is black on white with dashes and marker shapes that survive a black-and-white
printer; the colour in points cells is a light tint behind a printed number.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from mysteryshop.atomic import atomic_write, shareable_mode
from mysteryshop.errors import ExportCancelledError, ExportError
from mysteryshop.export.data_sheets import lowest_moment_text
from mysteryshop.export.dataset import (
    TouchpointStats,
    headline,
    largest_gaps,
    lowest_felt,
    step_title,
    touchpoint_stats,
    touchpoints,
)
from mysteryshop.export.output import MEETING_QUESTIONS, Progress, explain_write_error
from mysteryshop.export.pdf_charts import Series, emotion_curve, feeling_trace_chart
from mysteryshop.export.pdf_fonts import font_for
from mysteryshop.export.pdf_layout import (
    fitted_widths,
    layout_table,
    legal,
    markup,
    paragraphs,
    pdf_styles,
)
from mysteryshop.export.recording_notes import Redactions, recordings_summary
from mysteryshop.export.report_cells import mean_text, points_text, stats_table, tint
from mysteryshop.export.report_perception import perception_page
from mysteryshop.loop import Action, Finding
from mysteryshop.measures import format_duration, reviewer_agreement
from mysteryshop.model import Session, Step, Target, gap_to_target
from mysteryshop.perception import PerceptionOverview
from mysteryshop.templates import template_for
from mysteryshop.vocabulary import (
    ACTION_STATUS_WORDS,
    FACTOR_WORDS,
    FIX_WORDS,
    SEVERITY_WORDS,
    VERDICT_WORDS,
    verdict_words,
)

logger = logging.getLogger(__name__)

PAPER = {"a4": landscape(A4), "letter": landscape(letter)}
MARGIN = 36.0
CONFIDENTIAL = "Confidential — contains customer call data"
# Light tints of the app's blue-orange scale: a printed number stays readable on them.


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int


def write_report(sessions: Sequence[Session], out: Path, *, now: float, paper: str = "a4",
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 journal: Path | None = None,
                 targets: Mapping[tuple[str, str], Target] | None = None,
                 loop: tuple[Sequence[Finding], Sequence[Action]] = ((), ()),
                 perception: Sequence[PerceptionOverview] = (),
                 redactions: Redactions | None = None) -> WrittenReport:
    """Write the pack for `sessions` to `out` (atomically); raises ExportError.
    `targets`: each round's target feelings by (round, step key); `loop`: the findings
    and actions, on a page of their own before the meeting's questions; `perception`:
    the rounds' perception checks, on a page after them; `redactions`: what was cut from
    the recordings, summed up on each session's page with the recordings' consent."""
    if not sessions:
        raise ExportError("There are no sessions to put in a meeting pack.")
    out = out.resolve()
    if not out.parent.is_dir():
        raise ExportError("The folder {folder} does not exist.", folder=out.parent)
    pack = _Pack(sessions, now, paper, progress, cancelled, targets or {}, loop, perception,
                 redactions or {})
    try:
        with atomic_write(out, mode=shareable_mode(), journal=journal) as file:
            pack.build(file)
    except OSError as exc:
        raise ExportError(explain_write_error(exc, out)) from exc
    return WrittenReport(out, pack.pages)


class _SessionDone(Flowable):
    """Takes no room; tells the document a session's page is laid out (progress, cancel)."""

    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        return None


class _Pack:
    def __init__(self, sessions: Sequence[Session], now: float, paper: str,
                 progress: Progress | None, cancelled: Callable[[], bool] | None,
                 targets: Mapping[tuple[str, str], Target],
                 loop: tuple[Sequence[Finding], Sequence[Action]] = ((), ()),
                 perception: Sequence[PerceptionOverview] = (),
                 redactions: Redactions | None = None) -> None:
        self.sessions = sorted(sessions, key=lambda s: (s.round, s.started_at))
        self.targets = targets
        self.findings, self.actions = loop
        self.perception = [v for v in perception if v.responses]
        self.redactions = redactions or {}
        self.now = now
        self.size = PAPER[paper]
        self.progress = progress
        self.cancelled = cancelled
        self.font = font_for([*_texts(self.sessions), *(f.text for f in self.findings),
                              *(f"{a.text} {a.owner}" for a in self.actions),
                              *(t.name for v in self.perception for t in v.themes),
                              *(v.round for v in self.perception),
                              *(r.reason for rs in self.redactions.values() for r in rs)])
        self.styles = pdf_styles(self.font)
        self.exported = datetime.fromtimestamp(now).strftime("%Y-%m-%d %H:%M")
        rounds = sorted({s.round for s in self.sessions})
        self.rounds = ", ".join(rounds)
        self.pages = 0

    # -- the document --------------------------------------------------------------------

    def build(self, file: Any) -> None:
        width, height = self.size
        doc = BaseDocTemplate(
            file, pagesize=self.size, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + 6, bottomMargin=MARGIN + 4,
            title=f"Meeting pack — {self.rounds}", author="Mystery Shop",
            subject="How our customers felt: the round at a glance, each session, "
                    "the questions for the meeting",
            creator="Mystery Shop", invariant=False)
        frame = Frame(MARGIN, MARGIN + 4, width - 2 * MARGIN, height - 2 * MARGIN - 10,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame])])
        doc.afterFlowable = self._after  # type: ignore[method-assign]
        doc.build(list(self._story()), canvasmaker=self._canvas_maker())

    def _after(self, flowable: Flowable) -> None:
        if isinstance(flowable, _SessionDone):
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelledError("Meeting pack cancelled; nothing was written.")
            if self.progress is not None:
                self.progress(flowable.done, len(self.sessions))

    def _canvas_maker(self) -> Callable[..., Canvas]:
        pack = self

        class NumberedCanvas(Canvas):
            """Holds each page until the end, so the footer can say "of N"."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                # Not Helvetica: a font the PDF does not embed is one the reader swaps.
                kwargs.update(initialFontName=pack.font.body, initialFontSize=9)
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()  # type: ignore[attr-defined]  # (not in the stub)

            def save(self) -> None:
                pack.pages = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    pack._decorate(self, len(self._pages))
                    super().showPage()
                super().save()

        return NumberedCanvas

    def _decorate(self, canvas: Canvas, total: int) -> None:
        width, height = self.size
        canvas.saveState()
        canvas.setFont(self.font.body, 8)
        canvas.setFillColor(colors.Color(.25, .25, .25))
        canvas.drawString(MARGIN, height - MARGIN + 8, f"Mystery Shop · meeting pack · "
                                                       f"{legal(self.rounds)}")
        canvas.drawString(MARGIN, MARGIN - 14, f"Exported {self.exported}")
        canvas.drawCentredString(width / 2, MARGIN - 14,
                                 f"Page {canvas.getPageNumber()} of {total}")
        canvas.drawRightString(width - MARGIN, MARGIN - 14, CONFIDENTIAL)
        canvas.restoreState()

    def _story(self) -> Iterator[Flowable]:
        yield from self._overview()
        for done, session in enumerate(self.sessions):
            yield PageBreak()
            yield from self._session_page(session)
            yield _SessionDone(done + 1)
        if self.findings or self.actions:
            yield PageBreak()
            yield from self._loop_page()
        if self.perception:
            yield PageBreak()
            yield from perception_page(self.perception, self.styles,
                                       self.size[0] - 2 * MARGIN)
        yield PageBreak()
        yield from self._questions()

    # -- what we found, and what we will change ------------------------------------------

    def _loop_page(self) -> Iterator[Flowable]:
        st = self.styles
        width = self.size[0] - 2 * MARGIN
        today = datetime.fromtimestamp(self.now).date()
        yield Paragraph("What we found, and what we will change", st["title"])
        if self.findings:
            yield Paragraph("Findings", st["heading"])
            head = ["Round", "Touchpoint", "Finding", "Factor", "Trust", "Severity"]
            rows: list[list[Any]] = [[Paragraph(h, st["label"]) for h in head]]
            for f in self.findings:
                template = template_for(f.touchpoint) if f.touchpoint else None
                rows.append([
                    legal(f.round or "–"),
                    template.short_title if template else (f.touchpoint or "Whole experience"),
                    Paragraph(markup(f.text), st["cell"]),
                    FACTOR_WORDS[f.factor] if f.factor else "–",
                    VERDICT_WORDS[f.trust] if f.trust else "–", SEVERITY_WORDS[f.severity]])
            yield layout_table(rows, fitted_widths(rows, head, width, st, stretch=2), st, [],
                         grid=True, repeatRows=1)
        if self.actions:
            yield Spacer(0, 8)
            yield Paragraph("Actions", st["heading"])
            head = ["Action", "Owner", "Due", "Status", "Fix"]
            rows = [[Paragraph(h, st["label"]) for h in head]]
            for a in self.actions:
                due = a.due.isoformat() if a.due else "–"
                rows.append([Paragraph(markup(a.text), st["cell"]), legal(a.owner or "–"),
                             due + (" (overdue)" if a.overdue(today) else ""),
                             ACTION_STATUS_WORDS[a.status], FIX_WORDS[a.fix]])
            yield layout_table(rows, fitted_widths(rows, head, width, st, stretch=0), st, [],
                         grid=True, repeatRows=1)

    # -- page 1: the round at a glance ---------------------------------------------------

    def _overview(self) -> Iterator[Flowable]:
        st = self.styles
        stats = touchpoint_stats(self.sessions)
        head = headline(self.sessions, stats)
        companies = sorted({s.company for s in self.sessions if s.company})
        yield Paragraph("How our customers felt: the round at a glance", st["title"])
        yield Paragraph(markup(" · ".join(filter(None, [
            ", ".join(companies), f"round: {self.rounds}",
            _count(head.sessions, "session"), f"exported {self.exported}"]))), st["small"])
        yield Spacer(0, 8)
        share = (f"{head.build_trust} of {head.with_verdict}"
                 f" ({round(100 * head.build_trust / head.with_verdict)} %)"
                 if head.with_verdict else "no verdict yet")
        figures = [("Sessions", str(head.sessions)),
                   ("Say our experience builds trust", share),
                   ("Mean felt per touchpoint", mean_text(head.mean_felt)),
                   ("Mean gap (felt − predicted)", mean_text(head.mean_gap)),
                   ("Lowest touchpoint", f"{head.lowest.title} ({mean_text(head.lowest.mean_felt)})"
                    if head.lowest else "–")]
        width = self.size[0] - 2 * MARGIN
        cells = [[Paragraph(markup(label), st["label"]) for label, _ in figures],
                 [Paragraph(markup(value), st["figure"]) for _, value in figures]]
        yield layout_table(cells, [width * w for w in (.12, .22, .16, .18, .32)], st, [
            ("BOX", (0, 0), (-1, -1), 0.6, colors.Color(.5, .5, .5)),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.Color(.75, .75, .75)),
            ("TOPPADDING", (0, 0), (-1, -1), 5)])
        yield Spacer(0, 10)
        chart = self._round_curve(stats, width * .6, 300)
        side = [Paragraph("Lowest felt touchpoints", st["heading"]),
                stats_table(lowest_felt(stats), "mean_felt", "Mean felt", st, width * .36),
                Spacer(0, 10),
                Paragraph("Largest perception gaps (felt − predicted)", st["heading"]),
                stats_table(largest_gaps(stats), "mean_gap", "Mean gap", st, width * .36),
                Spacer(0, 10),
                Paragraph(markup(
                    "A gap below zero: the customer felt worse than we expected. Each thin "
                    "grey line is one session; the black line is their mean."), st["small"])]
        yield layout_table([[chart, side]], [width * .62, width * .38], st,
                     [("LEFTPADDING", (0, 0), (-1, -1), 0)])

    def _round_curve(self, stats: Sequence[TouchpointStats], width: float,
                     height: float) -> Flowable:
        keys = [s.key for s in stats]
        series = [Series("", [_points(session, key) for key in keys],
                         colors.Color(.62, .62, .62), 0.7, marker=None, in_legend=False)
                  for session in self.sessions]
        series.append(Series("Each session", [], colors.Color(.62, .62, .62), 0.7,
                             marker=None))
        series.append(Series("Predicted (mean)", [s.mean_predicted for s in stats],
                             colors.black, 1.2, (4, 3), "square"))
        if any(s.mean_reviewer is not None for s in stats):
            series.append(Series("Reviewers (mean)", [s.mean_reviewer for s in stats],
                                 colors.Color(.35, .35, .35), 1.2, (1, 2), "triangle"))
        series.append(Series("Felt (mean)", [s.mean_felt for s in stats], colors.black,
                             2.2))
        return emotion_curve(width, height, [s.title for s in stats], series,
                             self.font.body)

    # -- one page per session ------------------------------------------------------------

    def _session_page(self, session: Session) -> Iterator[Flowable]:
        st = self.styles
        width = self.size[0] - 2 * MARGIN
        who = " — ".join(filter(None, [session.company, session.leader])) or "(unnamed)"
        yield Paragraph(markup(who), st["title"])
        agreement = reviewer_agreement(session)
        facts = [
            f"round {session.round}",
            session.started_at.strftime("%Y-%m-%d %H:%M"),
            f"id {session.id[:8]}",
            f"verdict: our experience {verdict_words(session.verdict)}",
            f"status: {session.status.value}",
            ("reviewer agreement: within "
             f"{agreement.mean_absolute:.1f} points on average "
             f"({len(agreement.differences)} steps)")
            if agreement.mean_absolute is not None else "not reviewed",
            recordings_summary(session, self.redactions),
        ]
        yield Paragraph(markup(" · ".join(filter(None, facts))), st["small"])
        yield Spacer(0, 6)
        keys = [key for key, _ in touchpoints([session])]
        steps = {s.key: s for s in session.steps}
        reviewer = [_reviewer(steps[k]) for k in keys]
        series = [Series("Predicted", [steps[k].predicted_points for k in keys],
                         colors.black, 1.2, (4, 3), "square")]
        if any(v is not None for v in reviewer):
            series.append(Series("Reviewer", reviewer, colors.Color(.35, .35, .35), 1.2,
                                 (1, 2), "triangle"))
        series.append(Series("Felt", [steps[k].points for k in keys], colors.black, 2.2))
        chart = emotion_curve(width * .42, 210, [step_title(steps[k]) for k in keys],
                              series, self.font.body)
        totals = layout_table(
            [[Paragraph("Total", st["label"]), Paragraph("Points", st["label"])],
             *[[Paragraph(label, st["cell"]), points_text(value)] for label, value in (
                 ("Predicted", session.predicted_total), ("Felt", session.felt_total),
                 ("Gap (felt − predicted)", session.gap_total))]],
            [width * .2, width * .08], st, [], grid=True)
        surprised = [Paragraph("What surprised me", st["heading"]),
                     *paragraphs(session.surprised or "(nothing written)", st["body"])]
        yield layout_table([[chart, [totals, Spacer(0, 10), *surprised,
                               *self._feeling_traces(session, width * .55)]]],
                     [width * .45, width * .55], st, [("LEFTPADDING", (0, 0), (-1, -1), 0)])
        yield Spacer(0, 8)
        yield self._step_table(session, width)
        noted = [s for s in session.steps if s.notes.strip()]
        if noted:
            yield CondPageBreak(60)
            yield Paragraph("The leader's notes", st["heading"])
            for step in noted:  # (no orphan lines: the styles allow none)
                yield from paragraphs(step.notes, st["body"], lead=step_title(step))

    def _feeling_traces(self, session: Session, width: float) -> Iterator[Flowable]:
        """Each call's live feeling, side by side in `width` (beside the session's curve,
        so the session keeps its one page), captioned with its lowest moment."""
        st = self.styles
        traced = [s for s in session.steps if s.feeling_trace]
        if not traced:
            return
        yield Spacer(0, 8)
        yield Paragraph("The live feeling through each call", st["heading"])
        columns = max(3, len(traced))
        cell = width / columns
        cells: list[list[Flowable]] = []
        for step in traced:
            chart = feeling_trace_chart(cell - 8, 52, step.feeling_trace,
                                        step.elapsed(self.now), self.font.body,
                                        step.lowest_feeling)
            caption = lowest_moment_text(step)
            cells.append([Paragraph(markup(step_title(step)), st["label"]), chart,
                          Paragraph(markup(f"Lowest: {caption}") if caption else "",
                                    st["small"])])
        cells += [[] for _ in range(columns - len(cells))]
        yield layout_table([cells], [cell] * columns, st,
                     [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def _step_table(self, session: Session, width: float) -> Flowable:
        st = self.styles
        head = ["#", "Touchpoint", "Predicted", "Felt", "Gap", "Target", "Felt − target",
                "Reviewer", "Time", "Rings", "Answered after", "On hold (longest)",
                "Transfers", "Help reached"]
        rows: list[list[Any]] = [[Paragraph(h, st["label"]) for h in head]]
        shades: list[tuple[Any, ...]] = []
        for row, step in enumerate(session.steps, start=1):
            call = bool((template := template_for(step.key)) and template.is_call)
            m = step.measures
            target = self.targets.get((session.round, step.key))
            values = [step.predicted_points, step.points, step.gap,
                      target.points if target else None, gap_to_target(step.points, target),
                      _reviewer(step)]
            rows.append([
                str(step.position + 1), Paragraph(markup(step_title(step)), st["cell"]),
                *[points_text(v) for v in values],
                format_duration(step.elapsed(self.now)),
                str(m.rings) if call else "",
                format_duration(m.answer_seconds) if call else "",
                (f"{format_duration(m.hold_total_seconds)} "
                 f"({format_duration(m.hold_longest_seconds)})") if m.holds else "",
                str(m.transfers) if call else "",
                format_duration(m.helped_seconds) if m.helped_seconds is not None else "",
            ])
            for column, value in enumerate(values, start=2):
                if value is not None:
                    shades.append(("BACKGROUND", (column, row), (column, row),
                                   tint(value)))
        return layout_table(rows, fitted_widths(rows, head, width, st, stretch=1), st,
                      [("ALIGN", (2, 1), (-1, -1), "RIGHT"), *shades], grid=True,
                      repeatRows=1)

    # -- last page: the meeting's questions ----------------------------------------------

    def _questions(self) -> Iterator[Flowable]:
        st = self.styles
        width = self.size[0] - 2 * MARGIN
        yield Paragraph("For the meeting: the team's answers", st["title"])
        yield Paragraph(markup(f"{_count(len(self.sessions), 'session')} · round: "
                              f"{self.rounds}"), st["small"])
        room = (self.size[1] - 2 * MARGIN - 80) / len(MEETING_QUESTIONS) - 26
        for question in MEETING_QUESTIONS:
            yield KeepTogether([
                Spacer(0, 8), Paragraph(markup(question), st["heading"]),
                layout_table([[""]], [width], st, [("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
                       rowHeights=[room])])


# -- helpers -----------------------------------------------------------------------------

def _texts(sessions: Sequence[Session]) -> Iterator[str]:
    """Every text the pack prints that people typed: what decides the font."""
    for session in sessions:
        yield from (session.leader, session.company, session.round, session.surprised)
        for step in session.steps:
            yield from (step.title, step.notes)
    yield from MEETING_QUESTIONS


def _points(session: Session, key: str) -> int | None:
    return next((s.points for s in session.steps if s.key == key), None)


def _reviewer(step: Step) -> int | None:
    return step.blind_review_points if step.blind_review_points is not None \
        else step.review_points


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
