"""Call events from the audio: analyse a recording (on a worker thread), then let the
leader or the reviewer accept or reject what was found, one by one or all at once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mysteryshop.call_events import (
    AudioMeasures,
    CallEvent,
    EventStatus,
    Redaction,
    RedactWith,
    audio_measures,
    events_from_analysis,
)
from mysteryshop.errors import AudioError
from mysteryshop.file_digest import FileDigest, digest_file
from mysteryshop.model import Recording, Step
from mysteryshop.services.data_folder import DataFolder
from mysteryshop.storage.repository import Repository

logger = logging.getLogger(__name__)

ORIGINAL_SUFFIX = ".unredacted"


class CallEventsService:
    """Stored analyses and their events, over the connection it is given."""

    def __init__(self, repository: Repository, clock: Callable[[], float]) -> None:
        self._repository = repository
        self._clock = clock

    def analysis(self, recording: Recording) -> dict[str, Any] | None:
        return self._repository.analysis(recording)

    def events(self, session_id: str, key: str) -> list[CallEvent]:
        return self._repository.call_events(session_id, key)

    def decide(self, events: Sequence[CallEvent], accepted: bool, by: str) -> None:
        """Accept or reject events; `by` names who ("leader", or the reviewer's name)."""
        status = EventStatus.ACCEPTED if accepted else EventStatus.REJECTED
        self._repository.decide_events([e.id for e in events], status, by.strip(),
                                       self._clock())

    def measures(self, step: Step) -> AudioMeasures:
        """The step's measures from its accepted events, with the talk measures of its
        longest analysed recording."""
        results = [(r.seconds, self._repository.analysis(r)) for r in step.recordings]
        analysed = [(seconds, result) for seconds, result in results if result is not None]
        result = max(analysed, key=lambda pair: pair[0])[1] if analysed else None
        return audio_measures(self.events_from_step(step), result)

    def unredacted_keys(self, round_label: str | None, session_ids: Sequence[str] | None
                        ) -> list[tuple[Recording, CallEvent]]:
        """Keypad tones found in the recordings about to be shared (all sessions, one
        round's, or those named) that are not redacted yet: offered for redaction first."""
        return self._repository.unredacted_keys(self._ids(round_label, session_ids))

    def unanalysed(self, round_label: str | None, session_ids: Sequence[str] | None
                   ) -> list[Recording]:
        """The recordings about to be shared that were never listened to: analysed
        before a share, so their keypad tones are offered for redaction too."""
        return self._repository.unanalysed_recordings(self._ids(round_label, session_ids))

    def _ids(self, round_label: str | None, session_ids: Sequence[str] | None) -> list[str]:
        if session_ids:
            return [self._repository.resolve_id(i) for i in session_ids]
        return list(self._repository.session_ids(round_label))

    def redactions(self, session_id: str, key: str) -> list[Redaction]:
        return self._repository.redactions(session_id, key)

    def events_from_step(self, step: Step) -> list[CallEvent]:
        if not step.recordings:
            return []
        return self._repository.call_events(step.recordings[0].session_id, step.key)


def analyze_in_folder(folder: DataFolder, recording: Recording,
                      clock: Callable[[], float]) -> int:
    """Analyse a recording and keep what was found, on a connection of its own (a worker
    thread: a 60-minute call takes about 2 s); how many events were found."""
    from mysteryshop.audio.call_analysis import analyze_file

    path = folder.root / recording.path
    if not path.is_file():
        raise AudioError("The recording {path} is missing; nothing was analysed.", path=path)
    result = analyze_file(path).to_dict()
    found = events_from_analysis(result, recording)
    with folder.connection() as repository:
        repository.save_analysis(recording, result, found, clock())
    logger.info("Analysed %s: %d events", recording.path, len(found))
    return len(found)


def original_of(path: Path) -> Path:
    """Where the unredacted original of a recording is kept, when the leader asked for one:
    beside it, so deleting, undoing and retention treat both alike, and never named in a
    bundle (which carries `recording.path`, the redacted file, only)."""
    return path.with_name(f"{path.stem}{ORIGINAL_SUFFIX}{path.suffix}")


def redact_in_folder(folder: DataFolder, recording: Recording, start: float, end: float,
                     how: RedactWith, reason: str, by: str,
                     clock: Callable[[], float], *, keep_original: bool = False) -> float:
    """Bleep or silence a stretch of a recording (step timeline seconds) in its file, log
    it, and listen to it again; on a connection of its own (a worker thread). The file
    is replaced whole or not at all; its cached waveform goes with the old audio. With
    `keep_original`, the audio as recorded is first copied aside (once: later redactions
    keep the first original). How many seconds were replaced."""
    from mysteryshop.audio.redact import redact_file
    from mysteryshop.audio.waveform import cache_entry

    path = folder.root / recording.path
    if not path.is_file():
        raise AudioError("The recording {path} is missing; nothing was redacted.", path=path)
    if end <= start:
        raise ValueError("a redaction ends after it starts")
    try:
        if keep_original and not original_of(path).exists():
            _copy_safely(path, original_of(path), folder.pending_writes)
        cache_entry(path, folder.waveform_cache).unlink(missing_ok=True)
        frames = redact_file(path, [(recording.file_offset(start), recording.file_offset(end))],
                             how, folder.pending_writes)
    except OSError as exc:
        raise AudioError("Could not redact {path}: {reason}. The recording is as it was.",
                         path=path, reason=exc.strerror or str(exc)) from exc
    with folder.connection() as repository:
        repository.add_redaction(recording, start, end, how.value, reason.strip(), by.strip(),
                                 clock())
        repository.set_recording_digest(recording.id, _digest_or_none(path))
    logger.info("Redacted %.2f s of %s (%s)", frames / max(1, recording.samplerate),
                recording.path, how.value)
    analyze_in_folder(folder, recording, clock)
    return frames / max(1, recording.samplerate)


def _copy_safely(source: Path, target: Path, journal: Path) -> None:
    """A whole copy or none (an original cut short would be worse than none)."""
    from mysteryshop.atomic import atomic_write

    with source.open("rb") as read, atomic_write(target, journal=journal) as write:
        while block := read.read(1 << 20):
            write.write(block)


def _digest_or_none(path: Path) -> FileDigest | None:
    """The rewritten file's hash, for sharing (None: hashed when shared instead)."""
    try:
        return digest_file(path)
    except OSError as exc:
        logger.warning("Cannot hash %s: %s", path, exc)
        return None
