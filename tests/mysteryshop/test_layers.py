"""The domain layer never loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import mysteryshop
from tests.conftest import ROOT


def test_no_module_of_mysteryshop_imports_pyside6() -> None:
    modules = [m.name for m in pkgutil.walk_packages(mysteryshop.__path__, "mysteryshop.")]
    modules.remove("mysteryshop.__main__")  # importing it runs the CLI
    assert "mysteryshop.storage.repository" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"
