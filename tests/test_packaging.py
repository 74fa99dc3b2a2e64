"""The Linux one-folder bundle builds, finds its resources when frozen, and starts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, assert_window_starts

pytestmark = [pytest.mark.slow, pytest.mark.gui]  # the real app, in a child process


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.skip("PyInstaller is not installed (the test extra brings it)")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "mysteryshop.spec")],
        cwd=ROOT, check=True, timeout=900,
    )
    return work / "dist" / "mysteryshop"


def test_the_frozen_cli_finds_its_step_file(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / "mysteryshop"
    demo = subprocess.run([str(exe), "--data-dir", str(tmp_path), "demo"], capture_output=True,
                          text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    shown = subprocess.run([str(exe), "--data-dir", str(tmp_path), "list"],
                           capture_output=True, text=True, timeout=60)
    assert "Acme North" in shown.stdout
    assert not list(bundle.rglob("*QtWebEngine*")), "unused Qt modules were bundled"
    assert list(bundle.rglob("resources/licenses/LGPL-3.0.txt")), "the licences are missing"
    assert list(bundle.rglob("resources/translations/mysteryshop_de.qm")), "German is missing"
    # Sharing works frozen too: a round trip into a second data folder.
    shared = subprocess.run([str(exe), "--data-dir", str(tmp_path), "bundle", "export",
                             str(tmp_path / "s.mshop"), "--round", "Round 1 — demo"],
                            capture_output=True, text=True, timeout=60)
    assert shared.returncode == 0 and "3 recordings" in shared.stdout, shared.stderr
    received = subprocess.run([str(exe), "--data-dir", str(tmp_path / "other"), "bundle",
                               "import", str(tmp_path / "s.mshop")],
                              capture_output=True, text=True, timeout=60)
    assert received.stdout.endswith("1 added, 0 updated, 0 skipped\n"), received.stderr
    # The meeting pack finds the fonts it embeds.
    pack = subprocess.run([str(exe), "--data-dir", str(tmp_path), "report", "--include-demo",
                           str(tmp_path / "pack.pdf")], capture_output=True, text=True,
                          timeout=60)
    assert pack.returncode == 0 and "3 pages" in pack.stdout, pack.stderr


def test_the_frozen_app_starts_offscreen_and_keeps_running(bundle: Path, tmp_path: Path) -> None:
    assert_window_starts([str(bundle / "mysteryshop")], tmp_path / "data", tmp_path)
