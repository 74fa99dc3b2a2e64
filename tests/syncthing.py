"""Two Syncthing instances on the loopback interface, each syncing one folder with the
other: a real sync engine for the team-folder tests (Debian's `syncthing` package).

Nothing leaves 127.0.0.1: each instance gets its own home, listen and GUI addresses there,
knows the other by a static address, and starts with everything that reaches out turned
off (global and local discovery, relays, NAT traversal, usage and crash reporting,
upgrade checks). The tests start and stop the instances themselves.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "mysteryshop-team"
OFF = {
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
    "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1", "urSeen": "3",
    "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
    "startBrowser": "false", "announceLANAddresses": "false", "setLowPriority": "false",
    "reconnectionIntervalS": "1", "restartOnWakeup": "false",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str
    listen_port: int
    gui_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None

    def rest(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method,
            headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def scan(self) -> None:
        """Look at the folder now, rather than when the watcher next does."""
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def pause(self, other: Instance) -> None:
        self.rest("POST", f"/rest/system/pause?device={other.device_id}")

    def resume(self, other: Instance) -> None:
        self.rest("POST", f"/rest/system/resume?device={other.device_id}")


def _make(name: str, root: Path) -> Instance:
    home, folder = root / f"{name}-home", root / f"{name}-team"
    folder.mkdir(parents=True)
    (folder / ".stfolder").mkdir()
    subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder",
                    "--skip-port-probing"], check=True, capture_output=True)
    device = subprocess.run(["syncthing", "serve", f"--home={home}", "--device-id"],
                            check=True, capture_output=True, text=True).stdout.strip()
    return Instance(name, home, folder, device, _free_port(), _free_port(),
                    secrets.token_hex(16))


def _configure(me: Instance, other: Instance) -> None:
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for key, value in OFF.items():
        element = options.find(key)
        if element is None:
            element = ET.SubElement(options, key)
        element.text = value
    for element in options.findall("listenAddress"):
        options.remove(element)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{me.listen_port}"
    for element in options.findall("globalAnnounceServer"):
        element.text = ""
    gui = root.find("gui")
    assert gui is not None
    for key, value in (("address", f"127.0.0.1:{me.gui_port}"), ("apikey", me.api_key)):
        element = gui.find(key)
        assert element is not None
        element.text = value
    peer = ET.SubElement(root, "device", id=other.device_id, name=other.name,
                         compression="metadata", introducer="false")
    ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.listen_port}"
    ET.SubElement(peer, "autoAcceptFolders").text = "false"
    folder = ET.Element("folder", id=FOLDER_ID, label="Team", path=str(me.folder),
                        type="sendreceive", rescanIntervalS="2", fsWatcherEnabled="true",
                        fsWatcherDelayS="1")
    for device in (me.device_id, other.device_id):
        ET.SubElement(folder, "device", id=device)
    ET.SubElement(folder, "maxConflicts").text = "10"
    root.insert(0, folder)
    tree.write(path)


def _start(me: Instance) -> None:
    env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1",
           "HOME": str(me.home)}
    log = (me.home / "syncthing.log").open("wb")
    me.process = subprocess.Popen(
        ["syncthing", "serve", f"--home={me.home}", "--no-browser", "--no-restart",
         "--no-upgrade", f"--gui-address=127.0.0.1:{me.gui_port}",
         f"--gui-apikey={me.api_key}"], stdout=log, stderr=subprocess.STDOUT, env=env)
    wait_until(lambda: _answers(me), 30, f"{me.name} never answered on its GUI port")


def _answers(me: Instance) -> bool:
    try:
        me.rest("GET", "/rest/system/ping")
    except OSError:
        return False
    return True


def wait_until(condition: Callable[[], bool], seconds: float, failure: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(failure)


def connected(a: Instance, b: Instance) -> bool:
    found = a.rest("GET", "/rest/system/connections")
    assert isinstance(found, dict)
    return bool(found["connections"].get(b.device_id, {}).get("connected"))


@contextmanager
def two_instances(root: Path) -> Iterator[tuple[Instance, Instance]]:
    """A and B, connected, each syncing its own copy of the team folder."""
    a, b = _make("a", root), _make("b", root)
    _configure(a, b)
    _configure(b, a)
    try:
        _start(a)
        _start(b)
        wait_until(lambda: connected(a, b), 60, "the two instances never connected")
        yield a, b
    finally:
        for instance in (a, b):
            if instance.process is not None:
                instance.process.terminate()
                try:
                    instance.process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    instance.process.kill()


def available() -> bool:
    return shutil.which("syncthing") is not None
