"""The round's plan and the loop on the command line: `round status|target`, `findings
list`, `actions list`."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from mysteryshop.cli_output import cut, echo, echo_json, signed
from mysteryshop.errors import MysteryShopError
from mysteryshop.loop import ActionStatus

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices


def run_round(services: AppServices, args: argparse.Namespace) -> None:
    if args.round_command == "target":
        target = services.rounds.set_target(args.round_label, args.key, args.points,
                                            args.experience)
        echo(f"Cleared the target of {args.key} in {args.round_label or 'no round'}."
             if target is None else
             f"Target of {args.key} in {args.round_label or 'no round'}: "
             f"{signed(target.points)}" + (f" – {target.experience}"
                                           if target.experience else ""))
        return
    print_round_status(services, args.round_label, as_json=args.json)


def print_round_status(services: AppServices, round_label: str | None, *,
                        as_json: bool) -> None:
    from mysteryshop.participation import TouchpointState
    from mysteryshop.serialize import progress_to_dict
    from mysteryshop.templates import template_for

    if round_label is None:
        rounds = services.library.rounds()
        if not rounds:
            raise MysteryShopError("No rounds yet: a round begins with its first session.")
        round_label = rounds[0]
    progress = services.rounds.progress(round_label)
    if as_json:
        echo_json(progress_to_dict(progress))
        return
    echo(f"{progress.round or 'No round'}: {len(progress.leaders)} leaders · "
         f"{progress.finished} finished · {progress.in_progress} in progress · "
         f"{progress.not_started} not started")
    names = []
    for key, title in progress.touchpoints:
        template = template_for(key)
        names.append(cut(template.short_title if template else title, 10))
    marks = {TouchpointState.DONE: "done", TouchpointState.STARTED: "started",
             TouchpointState.NOT_STARTED: "–"}
    echo(f"\n{'LEADER':<22}" + "".join(f"{n.upper():<12}" for n in names)
         + f"{'DONE':<6}{'FINISHED':<10}LAST ACTIVITY")
    for p in progress.leaders:
        last = ("–" if p.last_activity is None else
                time.strftime("%Y-%m-%d %H:%M", time.localtime(p.last_activity)))
        echo(f"{cut(p.leader, 20):<22}"
             + "".join(f"{marks[p.state(key)]:<12}" for key, _ in progress.touchpoints)
             + f"{p.done}/{len(progress.touchpoints):<4}{'yes' if p.finished else 'no':<10}"
             + last)


def print_findings(services: AppServices, round_label: str | None, *, as_json: bool
                    ) -> None:
    from mysteryshop.serialize import finding_to_dict

    findings = services.loop.findings(round_label)
    if as_json:
        echo_json([finding_to_dict(f) for f in findings])
        return
    if not findings:
        echo("No findings yet.")
        return
    echo(f"{'ID':<9}{'ROUND':<18}{'TOUCHPOINT':<12}{'FACTOR':<12}{'SEVERITY':<10}"
         f"{'TRUST':<8}FINDING")
    for f in findings:
        echo(f"{f.id[:8]:<9}{cut(f.round or '–', 16):<18}{f.touchpoint or '–':<12}"
             f"{f.factor.value if f.factor else '–':<12}{f.severity.value:<10}"
             f"{f.trust.value if f.trust else '–':<8}{f.text}")


def print_actions(services: AppServices, status: str | None, *, overdue: bool,
                   as_json: bool) -> None:
    from datetime import date

    from mysteryshop.loop import ActionFilter
    from mysteryshop.serialize import action_to_dict

    today = date.today()
    actions = services.loop.actions(ActionFilter(
        status=ActionStatus(status) if status else None,
        overdue_on=today if overdue else None))
    if as_json:
        echo_json([action_to_dict(a, today) for a in actions])
        return
    if not actions:
        echo("No actions yet." if status is None and not overdue else "No such actions.")
        return
    echo(f"{'ID':<9}{'STATUS':<13}{'DUE':<12}{'OWNER':<20}{'FIX':<10}ACTION")
    for a in actions:
        due = (a.due.isoformat() if a.due else "–") + (" !" if a.overdue(today) else "")
        echo(f"{a.id[:8]:<9}{a.status.value:<13}{due:<12}{cut(a.owner or '–', 18):<20}"
             f"{a.fix.value:<10}{a.text}")
