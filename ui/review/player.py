"""Playback of one recording: seconds in and out, a speed, and what changed as signals.

`Player` is what the review needs; `MediaPlayer` does it with QtMultimedia. The review
is handed a player, so its tests can use one that needs no sound server.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)


class Player(QObject):
    """The interface (signals and methods) of a player; see MediaPlayer."""

    position_changed = Signal(float)  # seconds
    duration_changed = Signal(float)  # seconds
    playing_changed = Signal(bool)
    error = Signal(str)

    def load(self, path: Path | None) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def duration(self) -> float:
        raise NotImplementedError

    def set_speed(self, speed: float) -> None:
        raise NotImplementedError

    def speed(self) -> float:
        raise NotImplementedError

    def is_loaded(self) -> bool:
        raise NotImplementedError

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def skip(self, seconds: float) -> None:
        self.seek(self.position() + seconds)


class MediaPlayer(Player):
    """QMediaPlayer with an audio output (FFmpeg backend)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Imported here: QtMultimedia costs ~50 ms and is only needed for a review.
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._states = QMediaPlayer.PlaybackState
        self._loaded = (
            QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
            QMediaPlayer.MediaStatus.BufferingMedia, QMediaPlayer.MediaStatus.EndOfMedia,
        )
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(lambda ms: self.position_changed.emit(ms / 1000))
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(ms / 1000))
        self._player.playbackStateChanged.connect(
            lambda state: self.playing_changed.emit(state == self._states.PlayingState))
        self._player.errorOccurred.connect(lambda _error, text: self.error.emit(text))

    def load(self, path: Path | None) -> None:
        # No stop() first: with the FFmpeg backend, stop() on a source that is still
        # loading can block for good (seen when a reviewer switches steps quickly);
        # setSource() ends the old source by itself.
        self._player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())

    def play(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():  # it would "play" in silence, saying nothing
            self.error.emit(self.tr(
                "No sound output was found on this computer, so the recording cannot be "
                "heard. Plug in headphones or speakers (or start the sound service) and "
                "press Play again."))
            return
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def is_playing(self) -> bool:
        return self._player.playbackState() == self._states.PlayingState

    def seek(self, seconds: float) -> None:
        duration = self.duration()
        if duration > 0:
            seconds = min(seconds, duration)
        self._player.setPosition(int(max(0.0, seconds) * 1000))

    def position(self) -> float:
        return self._player.position() / 1000

    def duration(self) -> float:
        return self._player.duration() / 1000

    def set_speed(self, speed: float) -> None:
        self._player.setPlaybackRate(speed)

    def speed(self) -> float:
        return self._player.playbackRate()

    def is_loaded(self) -> bool:
        return self._player.mediaStatus() in self._loaded
