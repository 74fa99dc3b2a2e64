"""Input devices through sounddevice (PortAudio), imported only when asked for."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import ModuleType
from typing import Any, cast

from mysteryshop.errors import AudioError


def sounddevice_module() -> ModuleType:
    """`import sounddevice`, or an AudioError that says what is missing."""
    try:
        import sounddevice
    except OSError as exc:  # the Python package is there, the PortAudio library is not
        raise AudioError(
            "Recording is not available: the PortAudio library is missing "
            "(on Debian/Ubuntu: sudo apt-get install libportaudio2)."
        ) from exc
    except ImportError as exc:
        raise AudioError("Recording is not available: sounddevice is not installed.") from exc
    return cast(ModuleType, sounddevice)


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    samplerate: float
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device that can record, the system default marked."""
    sd = sounddevice_module()
    try:
        devices = sd.query_devices()
        default = sd.default.device[0]
    except Exception as exc:  # PortAudio raises its own error types
        raise AudioError("Cannot list audio devices: {reason}", reason=exc) from exc
    if default is None or default < 0:
        default = None
    return [
        InputDevice(i, str(d["name"]), int(d["max_input_channels"]),
                    float(d["default_samplerate"]), i == default)
        for i, d in enumerate(devices)
        if d["max_input_channels"] > 0
    ]


def resolve_device(name: str | None) -> InputDevice:
    """The device called `name` (as chosen in Settings), else the default input."""
    devices = input_devices()
    if not devices:
        raise AudioError("No microphone found: connect one, or choose another in Settings.")
    if name:
        for device in devices:
            if device.name == name:
                return device
    for device in devices:
        if device.is_default:
            return device
    return devices[0]


def server_input() -> int | None:
    """The input that records from the sound server's chosen source (PortAudio's "pulse"
    device on Linux; else the default, which is the server where there is one)."""
    return next((d.index for d in input_devices() if d.name == "pulse"), None)


# PortAudio reads the list of devices once, when it starts: a headset plugged in later is
# not in it until PortAudio starts again, which would end every stream it has open. So
# the streams this app opens are counted, and a rescan waits until none is open.
_streams_open = 0
_lock = threading.Lock()


class TrackedStream:
    """An input stream counted as open from creation until `close()`."""

    def __init__(self, stream: Any) -> None:
        global _streams_open
        self._stream = stream
        self._closed = False
        with _lock:
            _streams_open += 1

    def start(self) -> None:
        self._stream.start()

    def stop(self) -> None:
        self._stream.stop()

    def close(self) -> None:
        global _streams_open
        try:
            self._stream.close()
        finally:
            with _lock:
                if not self._closed:
                    self._closed = True
                    _streams_open -= 1


def streams_open() -> int:
    return _streams_open


def rescan_devices() -> bool:
    """Read the devices again (a microphone plugged in or out since the last reading);
    False, doing nothing, while a stream is open: ask again once it has closed."""
    sd = sounddevice_module()
    with _lock:
        if _streams_open:
            return False
        try:
            sd._terminate()
            sd._initialize()
        except Exception as exc:  # PortAudio's own error types
            raise AudioError("Cannot list audio devices: {reason}", reason=exc) from exc
    return True
