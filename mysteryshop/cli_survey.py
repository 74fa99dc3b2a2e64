"""The perception check on the command line: `survey import`, `survey list` and
`survey overview`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.cli_output import cut, echo, echo_json, signed
from mysteryshop.errors import MysteryShopError
from mysteryshop.perception import Group, Question
from mysteryshop.survey import EXCELLENT, IGNORE, OVERALL, RATING, SOURCE, Scale

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices

_FIELDS = (f"{', '.join(q.value for q in Question)} (a question's answers), {OVERALL}, "
           f"{EXCELLENT} (yes/no), {RATING}KEY (a touchpoint's rating), {SOURCE} "
           f"(the respondent's group or channel), {IGNORE}")


def add_survey_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    survey_cmd = commands.add_parser(
        "survey", help="the perception check: what leadership, staff and customers say")
    sub = survey_cmd.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import", help="a survey tool's CSV export: one response per row",
        description="Columns are matched to what they hold by their names and values; "
                    "the mapping used is remembered for the next file with the same "
                    "header row. Fields: " + _FIELDS + ".")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--round", dest="round_label", metavar="R", required=True)
    imp.add_argument("--group", required=True, choices=[g.value for g in Group])
    imp.add_argument("--source", default="", metavar="NAME",
                     help='e.g. "Customer survey, March" (default: the file name)')
    imp.add_argument("--map", dest="maps", action="append", default=[],
                     metavar="COLUMN=FIELD", help="what a column holds (repeat for more)")
    imp.add_argument("--encoding", metavar="ENC",
                     help="the file's text encoding when not UTF-8 (Excel's plain CSV: "
                          "cp1252)")
    imp.add_argument("--scale", metavar="LOW..HIGH",
                     help="the scale the file's ratings are on, e.g. 0..10 or 1..5, mapped "
                          "onto -10..+10 (default: as remembered, else -10..+10)")
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and show the mapping; import nothing")
    for name, what in (("list", "every response, oldest first"),
                       ("overview", "the three groups and the mystery shop side by side")):
        cmd = sub.add_parser(name, help=what)
        cmd.add_argument("--round", dest="round_label", metavar="R",
                         required=name == "overview")
        cmd.add_argument("--json", action="store_true", help="print JSON")


def run_survey(services: AppServices, args: argparse.Namespace) -> None:
    if args.survey_command == "import":
        _import(services, args)
    elif args.survey_command == "list":
        _list(services, args.round_label, as_json=args.json)
    else:
        _overview(services, args.round_label, as_json=args.json)


def _import(services: AppServices, args: argparse.Namespace) -> None:
    perception = services.perception
    table = perception.read_survey(Path(args.file), args.encoding)
    mapping, remembered = perception.survey_mapping(table, args.round_label)
    for item in args.maps:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise MysteryShopError("--map takes COLUMN=FIELD, not {item!r}.", item=item)
        mapping[column.strip()] = field.strip()
    echo(f"{table.path.name}: {len(table.rows)} row{'' if len(table.rows) == 1 else 's'}; "
         "columns "
         + ("as remembered for this header row" if remembered and not args.maps
            else "as matched") + ":")
    for header in table.headers:
        echo(f"  {cut(header, 48):<50}→ {mapping.get(header, IGNORE)}")
    scale = Scale.parse(args.scale) if args.scale else perception.survey_scale(table)
    echo(f"Ratings on the {scale} scale" + ("" if scale == Scale() else " (mapped onto "
                                              "-10..+10)") + ".")
    from mysteryshop.survey import check_mapping, responses_from

    keys = [k for k, _ in perception.touchpoints(args.round_label)]
    if not {v for v in mapping.values() if v not in (IGNORE, SOURCE)}:
        echo("Say what a column holds with --map COLUMN=FIELD (repeat for more); FIELD is "
             f"one of: {_FIELDS}; KEY is one of: {', '.join(keys)}.", file=sys.stderr)
    if args.dry_run:
        used = check_mapping(table, mapping, keys)
        made = responses_from(table, used, args.round_label, Group(args.group), args.source,
                              0.0, scale)
        echo(f"Would import {len(made.responses)} responses ({made.empty_rows} empty rows).")
        return
    result = perception.import_survey(table, mapping, args.round_label, Group(args.group),
                                      args.source, scale)
    echo(f"Imported {result.added} {args.group} responses into {args.round_label}"
         f" ({result.already_here} already here, {result.empty_rows} empty rows).")


def _list(services: AppServices, round_label: str | None, *, as_json: bool) -> None:
    from mysteryshop.serialize import response_to_dict

    responses = services.perception.responses(round_label)
    if as_json:
        echo_json([response_to_dict(r) for r in responses])
        return
    if not responses:
        echo("No perception responses yet.")
        return
    echo(f"{'ID':<9}{'ROUND':<14}{'GROUP':<12}{'OVERALL':<9}{'EXCELLENT':<11}{'POINTS':<8}"
         "SOURCE")
    for r in responses:
        excellent = "–" if r.excellent is None else ("yes" if r.excellent else "no")
        echo(f"{r.id[:8]:<9}{cut(r.round, 12):<14}{r.group.value:<12}"
             f"{signed(r.overall) if r.overall is not None else '–':<9}{excellent:<11}"
             f"{len(r.points):<8}{r.source or '–'}")


def _overview(services: AppServices, round_label: str, *, as_json: bool) -> None:
    from mysteryshop.serialize import overview_to_dict

    view = services.perception.overview(round_label)
    if as_json:
        echo_json(overview_to_dict(view))
        return
    if not view.responses:
        echo(f"No perception responses in {round_label} yet: `survey import` a CSV, or "
             "enter them in the app (View › Perception check…).")
    for group in Group:
        share = view.shares.get(group)
        mean = view.overall.get(group)
        said = ("–" if share is None or share.fraction is None else
                f"{share.fraction:.0%} of {share.asked} say excellent")
        echo(f"{group.value.capitalize():<12}overall {_num(mean):<7}{said}")
    echo(f"\n{'TOUCHPOINT':<14}{'LEADERSHIP':<12}{'STAFF':<8}{'CUSTOMERS':<11}{'FELT':<7}"
         "CUSTOMERS − LEADERSHIP")
    for t in view.touchpoints:
        echo(f"{cut(t.key, 12):<14}{_num(t.leadership):<12}{_num(t.staff):<8}"
             f"{_num(t.customers):<11}{_num(t.felt):<7}{_num(t.gap_to_customers)}")
    if view.themes:
        echo(f"\n{'THEME':<32}" + "".join(f"{g.value.upper():<12}" for g in Group))
        for theme in view.themes:
            echo(f"{cut(theme.name, 30):<32}"
                 + "".join(f"{theme.counts.get(g, 0) or '–'!s:<12}" for g in Group))


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"
