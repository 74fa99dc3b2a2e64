"""Command line: start the app, or script it (demo, list, show, export, report, bundle,
round, findings, actions, check)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from mysteryshop import APP_ID, __version__
from mysteryshop.cli_analyze import add_analyze_parser, run_analyze
from mysteryshop.cli_output import cut, echo, echo_json, signed
from mysteryshop.cli_plan import print_actions, print_findings, run_round
from mysteryshop.cli_survey import add_survey_parser, run_survey
from mysteryshop.cli_team import add_team_parser, run_team
from mysteryshop.cli_template import add_template_parser, run_template
from mysteryshop.errors import MysteryShopError
from mysteryshop.loop import ActionStatus
from mysteryshop.paths import data_dir, log_dir

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

logger = logging.getLogger(__name__)


class StartGui(Protocol):
    """Starts the window (given by the entry point: this package never imports ui/)."""

    def __call__(self, data_dir: Path, *, crash_dialog: bool,
                 import_file: Path | None, language: str | None) -> int: ...


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Mystery Shop: be a customer of your own company. "
        "Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help="folder holding the database (default: $MYSTERYSHOP_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--lang", metavar="LANG",
        help="the window's language, e.g. de or en (default: the system's)",
    )
    parser.add_argument(
        "--no-crash-dialog", action="store_true",
        help="log unexpected errors without showing a dialog (for tests and scripts)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    open_cmd = commands.add_parser(
        "open", help="start the app; with a .mshop file, import it (what a file manager runs)")
    open_cmd.add_argument("bundle", metavar="FILE.mshop", nargs="?",
                          help="a shared bundle to import once the app is up")
    commands.add_parser("demo", help="create one completed demo session (marked as a demo: "
                                     "left out of exports unless asked for)")
    list_cmd = commands.add_parser("list", help="the sessions, newest first")
    list_cmd.add_argument("--json", action="store_true", help="print JSON")
    show_cmd = commands.add_parser("show", help="one session")
    show_cmd.add_argument("id", help="a session id, or the start of one as `list` prints it")
    show_cmd.add_argument("--json", action="store_true", help="print JSON")
    export_cmd = commands.add_parser("export", help="the Excel workbook for the meeting")
    export_cmd.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    _add_selection(export_cmd)
    export_cmd.add_argument("--with-recordings", action="store_true",
                            help="copy the call recordings into a folder beside the workbook, "
                            "so its links open on any laptop")
    report_cmd = commands.add_parser(
        "report", help="the PDF meeting pack: the round at a glance, a page per session, "
                       "the meeting's questions")
    report_cmd.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    _add_selection(report_cmd)
    report_cmd.add_argument("--paper", choices=("a4", "letter"), default="a4",
                            help="landscape A4 (the default) or US Letter")
    bundle_cmd = commands.add_parser(
        "bundle", help="share sessions with another laptop (.mshop files), or import them")
    bundle_commands = bundle_cmd.add_subparsers(dest="bundle_command", metavar="ACTION",
                                                required=True)
    share_cmd = bundle_commands.add_parser(
        "export", help="write sessions, their reviews and recordings to one .mshop file")
    share_cmd.add_argument("out", metavar="OUT.mshop", help="the bundle to write")
    share_cmd.add_argument("ids", metavar="ID", nargs="*",
                           help="session ids (or their start, as `list` prints them)")
    share_cmd.add_argument("--round", dest="round_label", metavar="R",
                           help="every session of round R")
    receive_cmd = bundle_commands.add_parser(
        "import", help="merge a .mshop file into this computer's sessions")
    receive_cmd.add_argument("bundle", metavar="FILE.mshop", help="the bundle to import")
    delete_cmd = commands.add_parser(
        "delete", help="delete sessions with their recordings (cannot be undone)")
    delete_cmd.add_argument("ids", metavar="ID", nargs="*",
                            help="session ids (or their start, as `list` prints them)")
    delete_cmd.add_argument("--demo", action="store_true", help="every demo session")
    round_cmd = commands.add_parser("round", help="a round's plan and who has done it")
    round_commands = round_cmd.add_subparsers(dest="round_command", metavar="ACTION",
                                              required=True)
    status_cmd = round_commands.add_parser(
        "status", help="each leader's progress in the round: touchpoints done, finished or not")
    status_cmd.add_argument("round_label", metavar="ROUND", nargs="?",
                            help="the round (default: the one used last)")
    status_cmd.add_argument("--json", action="store_true", help="print JSON")
    target_cmd = round_commands.add_parser(
        "target", help="set the feeling the team wants at a touchpoint in a round")
    target_cmd.add_argument("round_label", metavar="ROUND")
    target_cmd.add_argument("key", metavar="TOUCHPOINT",
                            help="the step's key as `show --json` prints it (e.g. call)")
    target_cmd.add_argument("points", metavar="POINTS", nargs="?", type=int,
                            help="-10..+10; leave out with --clear")
    target_cmd.add_argument("experience", metavar="SENTENCE", nargs="?", default="",
                            help="what that experience is, in one sentence")
    target_cmd.add_argument("--clear", action="store_true", help="remove the target")
    findings_cmd = commands.add_parser("findings", help="what the team found")
    findings_sub = findings_cmd.add_subparsers(dest="findings_command", metavar="ACTION",
                                               required=True)
    findings_list = findings_sub.add_parser("list", help="every finding, oldest first")
    findings_list.add_argument("--round", dest="round_label", metavar="R",
                               help="only round R's")
    findings_list.add_argument("--json", action="store_true", help="print JSON")
    actions_cmd = commands.add_parser("actions", help="what the team will change")
    actions_sub = actions_cmd.add_subparsers(dest="actions_command", metavar="ACTION",
                                             required=True)
    actions_list = actions_sub.add_parser("list", help="every action, oldest first")
    actions_list.add_argument("--status", choices=[s.value for s in ActionStatus],
                              help="only actions in this state")
    actions_list.add_argument("--overdue", action="store_true",
                              help="only those past their due date and not done")
    actions_list.add_argument("--json", action="store_true", help="print JSON")
    add_survey_parser(commands)
    add_analyze_parser(commands)
    commands.add_parser("devices", help="list the input devices for recording (* marks the "
                                        "default)")
    commands.add_parser(
        "check", help="verify the database and recordings, repair interrupted recordings"
    )
    add_team_parser(commands)
    add_template_parser(commands)
    return parser


def _add_selection(command: argparse.ArgumentParser) -> None:
    """Which sessions an export or a pack holds: all (not the demo), a round's, or some."""
    command.add_argument("--round", dest="round_label", metavar="R",
                         help="only the sessions of round R")
    command.add_argument("--session", dest="sessions", metavar="ID", action="append",
                         help="only this session (repeat for more)")
    command.add_argument("--include-demo", action="store_true",
                         help="also the demo sessions (left out of a whole export)")


def main(argv: Sequence[str] | None = None, start_gui: StartGui | None = None) -> int:
    """Run a command; without one (or `open`), start the window with `start_gui`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "bundle" and args.bundle_command == "export" and not (
            args.ids or args.round_label is not None):
        parser.error("bundle export: name the sessions (ID ...) or a round (--round R)")
    if args.command == "round" and args.round_command == "target" and (
            args.clear == (args.points is not None)):
        parser.error("round target: give POINTS, or --clear")
    if args.command == "delete" and not (args.ids or args.demo):
        parser.error("delete: name the sessions (ID ...) or give --demo")
    folder = data_dir(args.data_dir)
    if args.command in (None, "open") and start_gui is None:
        parser.error("this runs commands only; start the app with `mysteryshop` "
                     "or `python main.py`")
    from mysteryshop.services.data_folder import private_temp

    with private_temp(folder):
        return _run(args, folder, start_gui)


def _run(args: argparse.Namespace, folder: Path, start_gui: StartGui | None) -> int:
    if args.command in (None, "open"):
        assert start_gui is not None  # main() refused that
        bundle = getattr(args, "bundle", None)
        return start_gui(folder, crash_dialog=not args.no_crash_dialog,
                         import_file=Path(bundle).resolve() if bundle else None,
                         language=args.lang)
    from mysteryshop.logsetup import configure_logging

    log_file = configure_logging(log_dir())
    try:
        return _run_command(args, folder)
    except MysteryShopError as exc:
        echo(f"{APP_ID}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `mysteryshop list | head`: the reader left; that is not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception as exc:  # the CLI promises one line, never a traceback
        logger.exception("Unexpected error in %s", args.command)
        where = f" (details in {log_file})" if log_file else ""
        echo(f"{APP_ID}: unexpected error: {exc}{where}", file=sys.stderr)
        return 1


def _run_command(args: argparse.Namespace, root: Path) -> int:
    from mysteryshop.services.app_services import AppServices
    from mysteryshop.services.data_folder import DataFolder

    folder = DataFolder(root)
    if args.command == "analyze":
        return run_analyze(args)
    if args.command == "devices":
        return _print_devices()
    if args.command == "export":
        return _export(args, folder)
    if args.command == "report":
        return _report(args, folder)
    if args.command == "bundle":
        return _bundle(args, folder)
    if args.command == "team":
        return run_team(args, folder)

    services = AppServices.open(folder)
    try:
        if args.command == "demo":
            session = services.library.add_demo()
            echo(f"Created demo session {session.id[:8]} ({session.company}) with "
                  f"{sum(len(s.recordings) for s in session.steps)} call recordings.")
        elif args.command == "list":
            _print_list(services, as_json=args.json)
        elif args.command == "show":
            _print_session(services, args.id, as_json=args.json)
        elif args.command == "check":
            return _check(services)
        elif args.command == "delete":
            _delete(services, args.ids, args.demo)
        elif args.command == "round":
            run_round(services, args)
        elif args.command == "findings":
            print_findings(services, args.round_label, as_json=args.json)
        elif args.command == "actions":
            print_actions(services, args.status, overdue=args.overdue, as_json=args.json)
        elif args.command == "survey":
            run_survey(services, args)
        elif args.command == "template":
            run_template(services, args)
    finally:
        services.close()
    return 0


def _export(args: argparse.Namespace, folder: DataFolder) -> int:
    """Progress goes to stderr, once the export has taken more than a second."""
    from mysteryshop.services.exporting import ExportService

    progress = _Progress("exporting")
    out = _output_path(Path(args.out), ".xlsx")
    result = ExportService(folder).export(out, round_label=args.round_label,
                                          session_ids=args.sessions,
                                          include_demo=args.include_demo,
                                          with_recordings=args.with_recordings,
                                          progress=progress)
    progress.end()
    echo(f"Wrote {result.path} ({_sessions(result.sessions)}).")
    if result.recordings is not None:
        echo(f"Copied {result.copied} recordings to {result.recordings}.")
    if result.cut_cells:
        echo(f"warning: {result.cut_words()}", file=sys.stderr)
    return 0


def _report(args: argparse.Namespace, folder: DataFolder) -> int:
    from mysteryshop.services.exporting import ExportService

    progress = _Progress("laying out")
    result = ExportService(folder).report(
        _output_path(Path(args.out), ".pdf", "meeting-pack"), round_label=args.round_label,
        session_ids=args.sessions, include_demo=args.include_demo, paper=args.paper,
        progress=progress)
    progress.end()
    echo(f"Wrote {result.path} ({_sessions(result.sessions)}, {result.pages} pages).")
    return 0


def _output_path(out: Path, suffix: str, stem: str = "mystery-shop") -> Path:
    """A folder given: the file goes in it, named as the app names it; a name without
    the suffix gains it."""
    if out.is_dir():
        return out / f"{stem}-{time.strftime('%Y-%m-%d')}{suffix}"
    if out.suffix.lower() != suffix:
        return out.with_suffix(out.suffix + suffix) if out.suffix else out.with_suffix(suffix)
    return out


class _Progress:
    """A progress line on stderr, shown only once the work has taken over a second."""

    def __init__(self, verb: str, unit: str = "sessions", scale: float = 1.0) -> None:
        self.started = time.monotonic()
        self.verb, self.unit, self.scale = verb, unit, scale

    def __call__(self, done: int, total: int) -> None:
        if self.shown:
            print(f"\r{self.verb}: {done / self.scale:.0f}/{total / self.scale:.0f} {self.unit}",
                  end="", file=sys.stderr, flush=True)

    @property
    def shown(self) -> bool:
        return time.monotonic() - self.started > 1.0

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def _bundle(args: argparse.Namespace, folder: DataFolder) -> int:
    from mysteryshop.bundle import SUFFIX
    from mysteryshop.services.sharing import SharingService

    sharing = SharingService(folder)
    progress = _Progress("copying", "MB", 1e6)
    if args.bundle_command == "import":
        report = sharing.import_bundle(Path(args.bundle), progress=progress)
        progress.end()
        echo("\n".join(report.lines()))
        return 0
    out = Path(args.out)
    if out.suffix.lower() != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    written = sharing.share(out, round_label=args.round_label, session_ids=args.ids or None,
                            progress=progress)
    progress.end()
    for path in written.missing:
        echo(f"warning: a recording is missing and was shared without its audio: {path}",
              file=sys.stderr)
    recordings = "1 recording" if written.recordings == 1 else f"{written.recordings} recordings"
    echo(f"Wrote {written.path} ({_sessions(written.sessions)}, {recordings}).")
    return 0


def _delete(services: AppServices, prefixes: list[str], demo: bool) -> None:
    """Every id is resolved before anything is deleted: a typo deletes nothing."""
    ids = list(dict.fromkeys([*(services.library.resolve_id(p) for p in prefixes),
                              *(services.library.demo_ids() if demo else [])]))
    if not ids:
        echo("No demo sessions to delete.")
        return
    sessions = [services.library.get(i) for i in ids]
    services.library.delete(ids)
    for s in sessions:
        recordings = sum(len(step.recordings) for step in s.steps)
        echo(f"deleted: {s.id[:8]} {s.company} · {s.leader} · {s.round or 'no round'} "
              f"({recordings} recording{'' if recordings == 1 else 's'})")


def _print_devices() -> int:
    from mysteryshop.audio.devices import input_devices

    devices = input_devices()
    if not devices:
        echo("No input device found.", file=sys.stderr)
        return 1
    for device in devices:
        mark = "*" if device.is_default else " "
        echo(f"{mark} {device.index:>3}  {device.name}  "
              f"({device.channels} ch, {device.samplerate:.0f} Hz)")
    return 0


def _check(services: AppServices) -> int:
    """One line per finding; exit 0 when all is well (repairs count as well)."""
    problems = services.check_integrity()
    if problems:
        echo(f"problem: the database {services.folder.database} is damaged: "
              f"{'; '.join(problems)}. Keep a copy of it before anything else; the app "
              "offers to start fresh and keeps the damaged file.")
        return 1
    count = services.library.count()
    echo(f"ok: database {services.folder.database} ({_sessions(count)})")
    findings = services.recording.check()
    recordings = services.recording.count()
    for fine, text in findings:
        echo(f"{'repaired' if fine else 'problem'}: {text}")
    if not any(not fine for fine, _ in findings):
        echo(f"ok: {recordings} recordings")
    return 0 if all(fine for fine, _ in findings) else 1


def _print_list(services: AppServices, *, as_json: bool) -> None:
    from mysteryshop.serialize import summary_to_dict

    sessions = services.library.page()
    if as_json:
        echo_json([summary_to_dict(s) for s in sessions])
        return
    if not sessions:
        echo("No sessions yet. Start the app, or run `mysteryshop demo`.")
        return
    echo(f"{'ID':<9}{'DATE':<12}{'LEADER':<22}{'COMPANY':<22}{'ROUND':<18}"
          f"{'STATUS':<8}{'FELT':>5}{'GAP':>5}  VERDICT")
    for s in sessions:
        echo(
            f"{s.id[:8]:<9}{s.started_at.astimezone():%Y-%m-%d}  {cut(s.leader, 20):<22}"
            f"{cut(s.company, 20):<22}{cut(s.round, 16):<18}{s.status.value:<8}"
            f"{signed(s.felt_total):>5}{signed(s.gap_total):>5}  "
            f"{s.verdict.value if s.verdict else '–'}{'  [demo]' if s.demo else ''}"
        )


def _print_session(services: AppServices, id_prefix: str, *, as_json: bool) -> None:
    from mysteryshop.measures import format_duration
    from mysteryshop.serialize import session_to_dict
    from mysteryshop.templates import template_for
    from mysteryshop.vocabulary import ANSWER_WORDS, marker_word, verdict_words

    session = services.library.get(services.library.resolve_id(id_prefix))
    now = time.time()
    targets = services.rounds.targets(session.round)
    if as_json:
        echo_json(session_to_dict(session, now, targets,
                                  services.loop.findings(session_id=session.id)))
        return
    echo(f"Session {session.id}" + ("  (demo)" if session.demo else ""))
    echo(f"  {session.leader} shopping {session.company} · {session.round or 'no round'}")
    echo(f"  started {session.started_at.astimezone():%Y-%m-%d %H:%M} · {session.status.value}"
          f" · verdict: {verdict_words(session.verdict)}")
    echo(f"  felt {signed(session.felt_total)} · predicted {signed(session.predicted_total)}"
          f" · gap {signed(session.gap_total)}")
    for step in session.steps:
        template = template_for(step.key)
        echo(f"\n{step.position + 1}. {step.title}  [{format_duration(step.elapsed(now))}]"
              f"  predicted {signed(step.predicted_points)} · felt {signed(step.points)}"
              f" · gap {signed(step.gap)}")
        target = targets.get(step.key)
        if target is not None:
            echo(f"   Target {signed(target.points)}"
                 + (f" – {target.experience}" if target.experience else ""))
        for marker in step.markers:
            kind = marker_word(marker.kind, template.helped_label if template else None)
            text = f" – {marker.text}" if marker.text else ""
            echo(f"     {format_duration(marker.offset_seconds)}  {kind}{text}")
        questions = {q.id: q.text for q in template.questions} if template else {}
        for answer in step.answers.values():
            if answer.value is None and not answer.comment:
                continue
            value = ANSWER_WORDS.get(answer.value, "–") if answer.value else "–"
            comment = f" ({answer.comment})" if answer.comment else ""
            echo(f"   Q: {questions.get(answer.question_id, answer.question_id)} "
                  f"→ {value}{comment}")
        if step.notes:
            echo(f"   Notes: {step.notes}")
    if session.surprised:
        echo(f"\nWhat surprised me: {session.surprised}")


def _sessions(count: int) -> str:
    return "1 session" if count == 1 else f"{count} sessions"
