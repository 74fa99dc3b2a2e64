"""The forge workflow (Windows, macOS, Linux) cannot run here: it is checked against
GitHub's published workflow schema, and against what it calls in this repository."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def test_the_workflow_is_valid_for_github() -> None:
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert checker is not None, "check-jsonschema comes with the test extra"
    result = subprocess.run([checker, "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_runs_what_exists_and_covers_every_system() -> None:
    text = WORKFLOW.read_text()
    for system in ("ubuntu", "windows", "macos"):
        assert f"{system}-" in text
    for path in re.findall(r"(?:bash|run:) ((?:\.ci|packaging)/[\w./-]+)", text):
        assert (ROOT / path).exists(), path
    assert "packaging/mysteryshop.spec" in text and "smoke-test.sh" in text
