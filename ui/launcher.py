"""The entry point: the command line, which starts the window when no command is given.

Here and not in `mysteryshop/`: the domain package never reaches up into the widgets,
so the one place that knows both is the program's entry (`main.py`, the console script).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def start_gui(data_dir: Path, *, crash_dialog: bool, import_file: Path | None,
              language: str | None = None) -> int:
    # Imported only now: `mysteryshop list` and friends never load Qt.
    from ui.app import run_gui

    return run_gui(data_dir, crash_dialog=crash_dialog, import_file=import_file,
                   language=language)


def main(argv: Sequence[str] | None = None) -> int:
    from mysteryshop.cli import main as cli_main

    return cli_main(argv, start_gui=start_gui)
