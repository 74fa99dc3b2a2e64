"""The window opens on a real X server with Qt's xcb platform, as on a leader's desktop.

Offscreen proves the widgets; only xcb proves that every library Qt's xcb plugin loads is
installed (the README names them, tests/run installs them) and that the window maps and
fits a 1366x768 screen.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, wait_for_log

pytestmark = pytest.mark.xserver


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        pytest.skip("Xvfb or xwininfo is not installed (tests/run installs them as root)")
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            why = server.stderr.read().decode() if server.stderr else ""
            pytest.skip(f"Xvfb did not start: {why}")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window_geometry(display: str, title: str) -> tuple[int, int, int, int] | None:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True).stdout
    for line in tree.splitlines():
        if f'"{title}' in line:
            found = re.search(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)", line)
            if found and int(found.group(1)) > 200:
                w, h, x, y = (int(g) for g in found.groups())
                return x, y, w, h
    return None


def test_the_window_maps_on_a_real_x_server_and_fits_the_screen(display: str, data_dir: Path,
                                                                  tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_STATE_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir),
                            "--no-crash-dialog"], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        log = tmp_path / "mysteryshop" / "log" / "mysteryshop.log"
        started = wait_for_log(log, "Starting", 30)
        geometry = None
        deadline = time.monotonic() + 20
        while geometry is None and time.monotonic() < deadline and app.poll() is None:
            geometry = _window_geometry(display, "Mystery Shop")
            time.sleep(0.2)
        assert app.poll() is None, app.communicate()
        assert started and geometry is not None, "no Mystery Shop window on the X server"
        x, y, w, h = geometry
        assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, geometry
    finally:
        app.terminate()
        app.wait(timeout=10)
