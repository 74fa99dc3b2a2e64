"""The `mysteryshop` command of an installed app (a wheel, `pip install .`, `pipx install .`).

A wheel installs the widgets and the data files under this package's name
(`mysteryshop_app/ui`, `mysteryshop_app/resources`), never as top-level `ui` and
`resources` in a user's site-packages, where they would overwrite another project's files
of the same name. The code imports them as `ui`, as it does in the repository (where
`main.py` starts the same app): this puts their folder first on the import path of this
process only, then starts the command line, which opens the window when no command is
given.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path


def app_folder() -> Path:
    """The folder that holds `ui/` and `resources/`: this package's folder when installed,
    the repository in an editable install."""
    spec = find_spec(f"{__name__}.ui")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("mysteryshop: the app's widgets are missing from this install")
    return Path(next(iter(spec.submodule_search_locations))).parent


def main() -> int:
    folder = str(app_folder())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    from ui.launcher import main as launch

    return launch()
