"""Shared fixtures: a fresh data folder and database per test, a clock the test moves."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Before Qt loads: no screen here, and nothing a test does may touch the user's own
# settings, logs or data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="mysteryshop-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ["MYSTERYSHOP_DATA_DIR"] = str(_SANDBOX / "data")

import pytest  # noqa: E402

from mysteryshop.services.app_services import AppServices  # noqa: E402
from mysteryshop.services.data_folder import DataFolder  # noqa: E402
from mysteryshop.services.session_flow import SessionService  # noqa: E402
from mysteryshop.storage.repository import Repository  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
START = 1_764_000_000.0  # a fixed instant, so times in assertions are exact


class FakeClock:
    """Epoch seconds that move only when the test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@contextmanager
def small_disk(folder: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A real small filesystem (tmpfs) at `folder`: a disk that fills up, or refuses writes.

    Mounting needs root (as in CI); elsewhere the test is skipped.
    """
    folder.mkdir(exist_ok=True)
    options = ("ro," if read_only else "") + f"size={size}"
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def wait_for_log(log: Path, text: str, timeout: float) -> bool:
    """Wait until the app's log file holds `text` (a started app says "Starting")."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "mysteryshop.db"


@pytest.fixture
def repository(db_path: Path) -> Iterator[Repository]:
    repo = Repository.open(db_path)
    yield repo
    repo.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service(repository: Repository, clock: FakeClock) -> SessionService:
    return SessionService(repository, clock)


@pytest.fixture
def folder(data_dir: Path) -> DataFolder:
    return DataFolder(data_dir)


@pytest.fixture
def services(folder: DataFolder, repository: Repository, clock: FakeClock) -> AppServices:
    """Every service over the test's database, as the window gets them."""
    return AppServices(folder, repository, clock)


@pytest.fixture
def python() -> str:
    return sys.executable


@pytest.fixture(scope="session")
def audio_input() -> str:
    """The PulseAudio input that tests/run sets up (the null sink's monitor)."""
    from mysteryshop.audio.devices import input_devices
    from mysteryshop.errors import AudioError

    try:
        names = [d.name for d in input_devices()]
    except AudioError as exc:
        pytest.skip(str(exc))
    if "pulse" not in names:
        pytest.skip("no PulseAudio input device: run the tests with `bash tests/run`")
    if shutil.which("paplay") is None:
        pytest.skip("paplay (pulseaudio-utils) is missing")
    return "pulse"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs Qt `gui` (it uses qtbot, or lives under tests/ui/), so
    `pytest -m "not gui"` runs the domain alone."""
    ui_tests = ROOT / "tests" / "ui"
    for item in items:
        uses_qt = "qtbot" in getattr(item, "fixturenames", ())
        if uses_qt or ui_tests in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI an audio, LibreOffice or X server test that skips has proved nothing: count it
    failed."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    needs = [m for m in ("audio", "libreoffice", "xserver", "syncthing")
             if item.get_closest_marker(m)]
    if report.skipped and os.environ.get("CI") and needs:
        report.outcome = "failed"
        report.longrepr = f"{needs[0]} test skipped in CI: {report.longrepr}"


def assert_window_starts(command: list[str], data: Path, state: Path,
                         cwd: Path | None = None) -> None:
    """Start the app's window offscreen with `command`: it logs its start, keeps running
    and makes its database; then it is closed. Its log holds no traceback."""
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    app = subprocess.Popen([*command, "--data-dir", str(data), "--no-crash-dialog"], cwd=cwd,
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = state / "mysteryshop" / "log" / "mysteryshop.log"
    try:
        assert wait_for_log(log, "Starting", 60), "the window never started"
        time.sleep(1.5)
        assert app.poll() is None, app.communicate()
        assert (data / "mysteryshop.db").exists()
    finally:
        app.terminate()
        app.wait(timeout=20)
    assert "Traceback" not in log.read_text()


@pytest.fixture
def two_inputs(audio_input: str) -> Iterator[tuple[str, str]]:
    """A microphone and a call's sound as two separate inputs of the sound server, fed
    from one stereo sink so a test can sound both at the same instant: "test_me" is its
    left channel (a mono source, like a headset), "test_them" its right (the monitor of
    a stereo output, like a softphone's)."""
    def pactl(*args: str) -> str:
        return subprocess.run(["pactl", *args], capture_output=True, text=True,
                              check=True).stdout.strip()

    modules = [pactl("load-module", "module-null-sink", "sink_name=stim", "rate=48000",
                     "channels=2"),
               pactl("load-module", "module-remap-source", "master=stim.monitor",
                     "source_name=test_me", "channels=1", "master_channel_map=front-left",
                     "channel_map=mono", "remix=no"),
               pactl("load-module", "module-remap-source", "master=stim.monitor",
                     "source_name=test_them", "channels=2",
                     "master_channel_map=front-right,front-right",
                     "channel_map=front-left,front-right", "remix=no")]
    keep = subprocess.Popen(["pacat", "--playback", "-d", "stim", "--rate=48000",
                             "--channels=2", "--format=s16le"], stdin=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        yield "test_me", "test_them"
    finally:
        keep.kill()
        for module in reversed(modules):
            subprocess.run(["pactl", "unload-module", module])


def loaded_routes() -> list[str]:
    """The sound-server modules of the app's call route now loaded (none between calls)."""
    from mysteryshop.audio.call_routing import ROUTE_SINK

    modules = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True,
                             text=True, check=True).stdout
    return [line for line in modules.splitlines() if ROUTE_SINK in line]
