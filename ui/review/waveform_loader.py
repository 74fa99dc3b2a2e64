"""Waveforms computed off the UI thread; the result comes back as a signal."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mysteryshop.audio.waveform import Peaks, cached_peaks
from mysteryshop.errors import AudioError


class WaveformLoader(QObject):
    # Emitted from the worker thread; Qt queues it to receivers on the UI thread.
    loaded = Signal(str, object)  # path, Peaks or AudioError

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self._memory: dict[str, Peaks] = {}

    def load(self, path: Path) -> None:
        key = str(path)
        if key in self._memory:
            self.loaded.emit(key, self._memory[key])
            return
        threading.Thread(target=self._work, args=(path,), name="waveform",
                         daemon=True).start()

    def _work(self, path: Path) -> None:
        try:
            peaks: Peaks | AudioError = cached_peaks(path, self.cache_dir)
        except AudioError as exc:
            peaks = exc
        except OSError as exc:
            peaks = AudioError(f"Cannot read {path}: {exc.strerror or exc}")
        except Exception as exc:
            # A bug: the review must not wait on "Drawing…" for ever, and the crash
            # path (threading.excepthook) must hear of it.
            self._tell(path, AudioError(
                f"The waveform could not be drawn ({exc}); the details are in the log."))
            raise
        if isinstance(peaks, Peaks):
            self._memory[str(path)] = peaks  # a dict assignment is atomic under the GIL
        self._tell(path, peaks)

    def _tell(self, path: Path, result: Peaks | AudioError) -> None:
        # RuntimeError: the review closed while it was drawn; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.loaded.emit(str(path), result)
