"""Exercise templates on the command line: `template list|export|import|use`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop.cli_output import echo, echo_json

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices


def add_template_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]
                        ) -> None:
    cmd = commands.add_parser(
        "template", help="the exercise's templates: the built-in five steps and the team's")
    sub = cmd.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    listed = sub.add_parser("list", help="each template at its newest version")
    listed.add_argument("--json", action="store_true")
    out = sub.add_parser("export", help="write a template to a file to share")
    out.add_argument("id", metavar="ID")
    out.add_argument("file", metavar="OUT.json")
    out.add_argument("--version", type=int, metavar="N", help="(default: the newest)")
    imp = sub.add_parser("import", help="keep a template from a file (checked first)")
    imp.add_argument("file", metavar="FILE.json")
    use = sub.add_parser("use", help="the template a round uses (round 1 keeps the "
                                     "built-in five steps)")
    use.add_argument("round_label", metavar="ROUND")
    use.add_argument("id", metavar="ID")
    use.add_argument("--version", type=int, metavar="N", help="(default: the newest)")


def run_template(services: AppServices, args: argparse.Namespace) -> None:
    from mysteryshop.template_file import template_to_dict

    templates = services.templates
    if args.template_command == "list":
        latest = templates.latest()
        if args.json:
            echo_json([template_to_dict(t) for t in latest])
            return
        for t in latest:
            echo(f"{t.id} v{t.version}: {t.name} ({len(t.steps)} steps: "
                 f"{', '.join(s.short_title for s in t.steps)})")
    elif args.template_command == "export":
        chosen = templates.get(args.id, args.version)
        written = templates.export(chosen, Path(args.file))
        echo(f"Wrote {written} ({chosen.id} v{chosen.version}).")
    elif args.template_command == "import":
        kept = templates.import_file(Path(args.file))
        echo(f"Kept {kept.id} v{kept.version}: {kept.name} ({len(kept.steps)} steps).")
    else:
        chosen = templates.get(args.id, args.version)
        templates.set_for_round(args.round_label, chosen)
        echo(f"{args.round_label} uses {chosen.id} v{chosen.version}.")
