"""The app as a user installs it: a wheel built from the tree, installed non-editable.

An editable install (the README's, the tests') hides a package the wheel forgets, and
would hide a file installed in the wrong place. Here the wheel goes into a fresh virtual
environment outside the repository, and every command a user meets runs from there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, assert_window_starts

pytestmark = [pytest.mark.slow, pytest.mark.gui]  # the real app, in a child process

SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                              ".mypy_cache", ".ruff_cache", ".pytest_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the tree, so the build leaves nothing in the repository."""
    work = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, work / "src", ignore=SKIP)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(work / "dist"), str(work / "src")],
                   check=True, timeout=300, cwd=work)
    [built] = (work / "dist").glob("mysteryshop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed; the dependencies (PySide6 and the
    rest, hundreds of MB) are borrowed from the test environment by a path entry."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps",
                    "--no-index", "--disable-pip-version-check", str(wheel)],
                   check=True, timeout=300)
    site = subprocess.run([str(bin_dir / "python"), "-c",
                           "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # Only a path: the .pth files there (our editable install's finder) are not run.
    (Path(site) / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"])
    return bin_dir


def test_the_wheel_holds_every_package_and_no_generic_top_level_name(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"mysteryshop", "mysteryshop_app"}  # never `ui` or `resources`
    for source, installed_as in (("mysteryshop", "mysteryshop"), ("ui", "mysteryshop_app/ui")):
        expected = {str(p.relative_to(ROOT / source)) for p in (ROOT / source).rglob("*.py")}
        shipped = {n[len(installed_as) + 1:] for n in names
                   if n.startswith(installed_as + "/") and n.endswith(".py")}
        assert expected == shipped, expected ^ shipped
    for data in ("steps.json", "style.qss", "icons/mysteryshop-256.png", "licenses/NOTICE.txt",
                 "translations/mysteryshop_de.qm"):
        assert f"mysteryshop_app/resources/{data}" in names


def run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(bin_dir / "mysteryshop"), *args], cwd=cwd, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def test_every_command_works_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    assert "Created demo session" in run(installed, "--data-dir", str(data), "demo",
                                         cwd=tmp_path).stdout
    assert "Acme North" in run(installed, "--data-dir", str(data), "list", cwd=tmp_path).stdout
    run(installed, "--data-dir", str(data), "export", "--include-demo",
        str(tmp_path / "pack.xlsx"), cwd=tmp_path)
    assert zipfile.is_zipfile(tmp_path / "pack.xlsx")
    shared = run(installed, "--data-dir", str(data), "bundle", "export",
                 str(tmp_path / "s.mshop"), "--round", "Round 1 — demo", cwd=tmp_path)
    assert "3 recordings" in shared.stdout
    received = run(installed, "--data-dir", str(other), "bundle", "import",
                   str(tmp_path / "s.mshop"), cwd=tmp_path)
    assert received.stdout.endswith("1 added, 0 updated, 0 skipped\n")
    # `python -m mysteryshop` (the command line alone) finds the step texts too.
    listed = subprocess.run([str(installed / "python"), "-m", "mysteryshop", "--data-dir",
                             str(other), "list"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert listed.returncode == 0 and "Acme North" in listed.stdout, listed.stderr


def test_the_installed_window_starts_offscreen(installed: Path, tmp_path: Path) -> None:
    assert_window_starts([str(installed / "mysteryshop")], tmp_path / "data", tmp_path,
                         cwd=tmp_path)
