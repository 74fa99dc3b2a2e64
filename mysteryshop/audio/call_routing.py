"""Both sides of a call from two inputs, joined by the sound server into one two-channel
input: channel 1 the leader's microphone ("me"), channel 2 the call's sound ("them", the
monitor of the output a softphone plays into). PulseAudio, or PipeWire's pulse layer, on
Linux: `pactl` loads a two-channel null sink and one loopback from each input into it.

Why the server and not two streams of our own: two PortAudio streams were measured up to
40 ms apart, drifting 14 ms in 9 s; one stream whose channels the server fills stays
within 0.2 ms (../shared/notes/call-audio-facts.md). The route is open only while a call
is recorded or tested (a loopback keeps the microphone busy), and one left behind by a
crash is removed the next time a route opens.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from mysteryshop.errors import AudioError

logger = logging.getLogger(__name__)

ROUTE_SINK = "mysteryshop_call"
RATE = 48_000
LATENCY_MS = 30  # each loopback's; both sides get the same, so they stay aligned
PACTL_TIMEOUT = 5.0


@dataclass(frozen=True)
class SoundSource:
    """An input the sound server offers: a microphone, or the monitor of an output."""

    name: str
    description: str
    monitor: bool  # the sound an output plays (a softphone's far end), not a microphone


def _pactl(*args: str) -> str:
    try:
        done = subprocess.run(["pactl", *args], capture_output=True, text=True,
                              timeout=PACTL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AudioError("The sound server does not answer: {reason}", reason=exc) from exc
    if done.returncode != 0:
        raise AudioError("The sound server refused “pactl {what}”: {reason}",
                         what=" ".join(args[:2]), reason=done.stderr.strip() or done.returncode)
    return done.stdout


def routing_available() -> bool:
    """Whether this system can join two inputs (pactl is there and its server answers)."""
    if shutil.which("pactl") is None:
        return False
    try:
        _pactl("info")
    except AudioError:
        return False
    return True


def sound_sources() -> list[SoundSource]:
    """The server's inputs, microphones first, our own route left out."""
    try:
        listed = json.loads(_pactl("--format=json", "list", "sources"))
        found = [SoundSource(str(s["name"]), str(s.get("description") or s["name"]),
                             _is_monitor(s)) for s in listed]
    except (AudioError, ValueError, KeyError, TypeError):  # a pactl before 16: no JSON
        found = [SoundSource(line.split("\t")[1], line.split("\t")[1],
                             line.split("\t")[1].endswith(".monitor"))
                 for line in _pactl("list", "short", "sources").splitlines()
                 if line.count("\t") >= 1]
    found = [s for s in found if not s.name.startswith(ROUTE_SINK)]
    return sorted(found, key=lambda s: s.monitor)


def _is_monitor(source: dict[str, object]) -> bool:
    """pactl names the sink a monitor listens to ("monitor_source" in its JSON, oddly);
    the device class says so too."""
    properties = source.get("properties")
    kind = properties.get("device.class") if isinstance(properties, dict) else None
    return kind == "monitor" or source.get("monitor_source") not in (None, "", "n/a")


def remove_stale_routes() -> int:
    """Unload routes a crashed run left loaded (they would keep the microphone busy);
    how many modules went."""
    stale = []
    for line in _pactl("list", "short", "modules").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and (f"sink_name={ROUTE_SINK}" in fields[2]
                                 or f"sink={ROUTE_SINK}" in fields[2]):
            stale.append(fields[0])
    for module in reversed(stale):  # the loopbacks (loaded after their sink) first
        _pactl("unload-module", module)
    if stale:
        logger.info("Removed %d sound-server modules left by an earlier run", len(stale))
    return len(stale)


class CallRoute:
    """The joined input while it is open: record `source` with two channels.

    A new route's input delivers its first frame about 2 s after it opens (measured on
    PulseAudio 16 null sinks; 0.07 s once it has run for 3 s): open it ahead, while the
    leader confirms consent, so the call's first seconds are not lost."""

    source = f"{ROUTE_SINK}.monitor"

    def __init__(self, me: str, them: str) -> None:
        self.me, self.them = me, them
        self._modules: list[str] = []

    def open(self) -> None:
        """Load the sink and both loopbacks (once: opened ahead, it stays as it is); an
        AudioError names an input that is gone (and nothing stays loaded)."""
        if self.is_open:
            return
        remove_stale_routes()
        names = {s.name for s in sound_sources()}
        if self.me not in names:
            raise AudioError("Your microphone ({name}) is not there: connect it, or choose "
                             "another in Settings.", name=self.me)
        if self.them not in names:
            raise AudioError("The input chosen for the call's sound ({name}) is not there: "
                             "choose it again in Settings.", name=self.them)
        try:
            self._load("module-null-sink", f"sink_name={ROUTE_SINK}", f"rate={RATE}",
                       "channels=2", "channel_map=front-left,front-right",
                       "sink_properties=device.description=Mystery-Shop-call")
            for name, position in ((self.me, "front-left"), (self.them, "front-right")):
                self._load("module-loopback", f"source={name}", f"sink={ROUTE_SINK}",
                           "channels=1", f"channel_map={position}", f"rate={RATE}",
                           f"latency_msec={LATENCY_MS}", "source_dont_move=true",
                           "sink_dont_move=true")
        except AudioError:
            self.close()
            raise
        logger.info("Joined %s (me) and %s (them) into %s", self.me, self.them, self.source)

    def _load(self, *args: str) -> None:
        self._modules.append(_pactl("load-module", *args).strip())

    def close(self) -> None:
        while self._modules:
            module = self._modules.pop()
            try:
                _pactl("unload-module", module)
            except AudioError as exc:  # the server went away: nothing is left loaded
                logger.info("%s", exc)

    @property
    def is_open(self) -> bool:
        return bool(self._modules)


_environment = threading.Lock()


@contextmanager
def recording_from(source: str | None) -> Iterator[None]:
    """Streams opened inside record from the server's input `source` (PulseAudio's
    client library reads PULSE_SOURCE when a stream connects), for this process only:
    the system's default input, which the softphone uses, stays as it is."""
    if source is None:
        yield
        return
    with _environment:
        before = os.environ.get("PULSE_SOURCE")
        os.environ["PULSE_SOURCE"] = source
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("PULSE_SOURCE", None)
            else:
                os.environ["PULSE_SOURCE"] = before
