"""`team set FOLDER` and `team sync [FOLDER]`: the team folder from the command line (a
scheduled task can sync a laptop that is not running the app)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysteryshop.cli_output import echo
from mysteryshop.errors import MysteryShopError
from mysteryshop.services.data_folder import DataFolder


def add_team_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team_cmd = commands.add_parser(
        "team", help="the team folder a sync service keeps in step between laptops")
    sub = team_cmd.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    set_cmd = sub.add_parser("set", help="use FOLDER as the team folder (the app too)")
    set_cmd.add_argument("folder", metavar="FOLDER")
    set_cmd.add_argument("--without-recordings", action="store_true",
                         help="leave the call recordings on this laptop")
    sync_cmd = sub.add_parser(
        "sync", help="one pass: publish this laptop's changed sessions, then read the "
                     "others'; prints what moved")
    sync_cmd.add_argument("folder", metavar="FOLDER", nargs="?",
                          help="this folder instead of the one set")


def run_team(args: argparse.Namespace, folder: DataFolder) -> int:
    from mysteryshop.services.team_folder import TeamFolder

    with folder.connection() as repository:
        if args.team_command == "set":
            chosen = Path(args.folder).expanduser().resolve()
            if not chosen.is_dir():
                raise MysteryShopError(f"{chosen} is not a folder.")
            repository.set_team_settings(str(chosen), not args.without_recordings)
            echo(f"The team folder is {chosen}" + (" (recordings stay on this laptop)."
                                                   if args.without_recordings else "."))
            return 0
        kept, with_recordings = repository.team_settings()
    where = args.folder or kept
    if not where:
        raise MysteryShopError("No team folder is set: give one (team sync FOLDER), or set "
                               "it with `team set FOLDER` or in the app's Settings.")
    report = TeamFolder(folder, Path(where).expanduser(),
                        with_recordings=with_recordings).sync()
    for line in report.lines():
        echo(line)
    return 1 if report.problem else 0
