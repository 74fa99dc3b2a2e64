"""Repair the header of a WAV whose writer died: every byte on disk becomes playable.

A killed libsndfile writer leaves RIFF and data sizes at their initial values, so most
players see an empty or broken file (see shared/notes/recording-crash-facts.md). The fix
is to set the data chunk to the whole frames after its header and RIFF to file size - 8.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from mysteryshop.errors import AudioError


@dataclass(frozen=True)
class WavInfo:
    samplerate: int
    channels: int
    block_align: int
    data_offset: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0


def repair_wav(path: Path) -> WavInfo:
    """Make the header of `path` match the audio bytes on disk; returns what it holds."""
    try:
        with path.open("r+b") as f:
            info = _scan(f.read(64 * 1024), path, os.fstat(f.fileno()).st_size)
            data_bytes = info.frames * info.block_align
            end = info.data_offset + data_bytes
            f.truncate(end)  # a partly written last frame is not audio
            f.seek(4)
            f.write(struct.pack("<I", end - 8))
            f.seek(info.data_offset - 4)
            f.write(struct.pack("<I", data_bytes))
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        raise AudioError("Cannot repair the recording {path}: {reason}", path=path,
                         reason=exc.strerror or exc) from exc
    return info


def read_wav_info(path: Path) -> WavInfo:
    """The layout of a WAV's audio data, without changing the file."""
    try:
        with path.open("rb") as f:
            return _scan(f.read(64 * 1024), path, os.fstat(f.fileno()).st_size,
                         trust_header=True)
    except OSError as exc:
        raise AudioError("Cannot read the recording {path}: {reason}", path=path,
                         reason=exc.strerror or exc) from exc


def _scan(head: bytes, path: Path, size: int, trust_header: bool = False) -> WavInfo:
    """Find the format and the audio data; `trust_header` believes a plausible data size
    (a healthy file may carry chunks after its audio), else all bytes to the end count."""
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise AudioError("The recording {path} is not a WAV file.", path=path)
    pos = 12
    fmt: tuple[int, int, int] | None = None
    while pos + 8 <= len(head):
        chunk_id = head[pos:pos + 4]
        chunk_size = struct.unpack_from("<I", head, pos + 4)[0]
        body = pos + 8
        if chunk_id == b"fmt " and body + 16 <= len(head):
            _, channels, samplerate, _, block_align = struct.unpack_from("<HHIIH", head, body)
            fmt = (samplerate, channels, block_align)
        elif chunk_id == b"data":
            if fmt is None or fmt[2] == 0:
                break
            samplerate, channels, block_align = fmt
            available = max(0, size - body)
            if trust_header and 0 < chunk_size <= available:
                available = chunk_size
            frames = available // block_align
            return WavInfo(samplerate, channels, block_align, body, frames)
        pos = body + chunk_size + (chunk_size & 1)
    raise AudioError("The recording {path} has no readable audio header.", path=path)
