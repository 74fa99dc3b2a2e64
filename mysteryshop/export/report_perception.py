"""The meeting pack's perception page: per round, what leadership, staff and customers
say beside what the mystery shop felt, "excellent service?" per group, and the themes
each group raised (where they agree, where they differ)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from mysteryshop.export.pdf_layout import fitted_widths, layout_table, legal, markup
from mysteryshop.export.report_cells import mean_text
from mysteryshop.perception import Group, PerceptionOverview
from mysteryshop.templates import template_for
from mysteryshop.vocabulary import GROUP_WORDS

BENCHMARK = ("Across companies, 80 % believe they deliver excellent service; 8 % of their "
             "customers agree.")


def perception_page(views: Sequence[PerceptionOverview], st: dict[str, ParagraphStyle],
                    width: float) -> Iterator[Flowable]:
    yield Paragraph("What leadership, staff and customers say", st["title"])
    yield Paragraph(markup(BENCHMARK), st["small"])
    for view in views:
        yield Spacer(0, 8)
        yield Paragraph(markup(f"Round: {view.round or '–'}"), st["heading"])
        said = [f"{GROUP_WORDS[g]} {share.fraction:.0%} ({share.yes} of {share.asked})"
                for g in Group if (share := view.shares.get(g)) and share.fraction is not None]
        yield Paragraph(markup("“Do we deliver excellent service?” Yes: "
                               + (" · ".join(said) if said else "nobody was asked")),
                        st["cell"])
        yield Spacer(0, 4)
        head = ["Touchpoint", "Leadership (predicted)", "Staff", "Customers",
                "Mystery shop (felt)", "Customers − leadership"]
        rows: list[list[Any]] = [[Paragraph(h, st["label"]) for h in head]]
        overall = [view.overall.get(g) for g in Group]
        gap = None if overall[0] is None or overall[2] is None else overall[2] - overall[0]
        rows.append(["Overall", *(mean_text(v) for v in overall), "–", mean_text(gap)])
        for t in view.touchpoints:
            if all(v is None for v in (t.leadership, t.staff, t.customers, t.felt)):
                continue
            template = template_for(t.key)
            rows.append([template.short_title if template else legal(t.title),
                         mean_text(t.leadership), mean_text(t.staff), mean_text(t.customers),
                         mean_text(t.felt), mean_text(t.gap_to_customers)])
        yield layout_table(rows, fitted_widths(rows, head, width, st, stretch=0), st, [],
                           grid=True, repeatRows=1)
        if view.themes:
            yield Spacer(0, 6)
            head = ["Theme", *(GROUP_WORDS[g] for g in Group), "Raised by"]
            rows = [[Paragraph(h, st["label"]) for h in head]]
            for theme in view.themes:
                raised = ("every group: they agree" if theme.agreed(view.groups) else
                          "only " + ", ".join(GROUP_WORDS[g] for g in Group
                                              if theme.counts.get(g)) + ": they differ")
                rows.append([Paragraph(markup(theme.name), st["cell"]),
                             *(str(theme.counts.get(g, 0) or "–") for g in Group), raised])
            yield layout_table(rows, fitted_widths(rows, head, width, st, stretch=0), st, [],
                               grid=True, repeatRows=1)
