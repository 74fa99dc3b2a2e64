"""What a bundle may hold: one set of limits, checked by the writer and the reader alike.

What we write, we read: the writer refuses (with the reason, before writing anything)
what the reader would refuse, so a leader never sends a bundle the reviewer cannot open.
Beyond these a bundle is a zip bomb, a mistake, or not ours.
"""

from __future__ import annotations

from dataclasses import dataclass

# One text (a note, a comment): far beyond anything typed, well within memory.
MAX_TEXT = 16 << 20


@dataclass(frozen=True)
class Limits:
    entries: int = 10_000
    manifest_bytes: int = 64 << 20  # the manifest is read whole into memory
    file_bytes: int = 4 << 30  # a WAV cannot be larger
    total_bytes: int = 64 << 30
    sessions: int = 5_000
    markers_per_step: int = 2_000  # a marker every second of a 30-minute call
    notes_per_step: int = 2_000
    feeling_changes_per_step: int = 20_000  # a nudge every 0.1 s of a 30-minute call
