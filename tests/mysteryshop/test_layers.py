"""Data flows one way: ui/ → services → repository → SQLite; the domain never loads Qt."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import mysteryshop
from tests.conftest import ROOT


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_importing_every_module_of_mysteryshop_loads_neither_qt_nor_ui() -> None:
    modules = [m.name for m in pkgutil.walk_packages(mysteryshop.__path__, "mysteryshop.")]
    modules.remove("mysteryshop.__main__")  # importing it runs the CLI
    assert "mysteryshop.storage.repository" in modules
    assert "mysteryshop.services.app_services" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_file_of_mysteryshop_names_pyside6_or_ui() -> None:
    """Also imports inside functions, which importing the modules does not run."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(bad)
        for path in (ROOT / "mysteryshop").rglob("*.py")
        if (bad := {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "ui")})
    }
    assert offenders == {}


def test_ui_never_reaches_the_repository() -> None:
    """Widgets talk to services; only services open the database."""
    files = list((ROOT / "ui").rglob("*.py"))
    assert len(files) > 30
    offenders = {
        str(path.relative_to(ROOT)): sorted(bad)
        for path in files
        if (bad := {n for n in _imports(path) if n.startswith("mysteryshop.storage")})
    }
    assert offenders == {}
