"""Play / pause, where the playhead is, the speed, redacting the selected stretch, and the
labels export button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from mysteryshop.measures import format_duration
from ui.review.player import SPEEDS, Player
from ui.widgets.buttons import big_button


class TransportBar(QWidget):
    """Drives the player and follows it; `export_requested` is the labels button,
    `redact_requested` the one for the stretch selected on the waveform."""

    export_requested = Signal()
    redact_requested = Signal()

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.play_button = big_button(self.tr("▶ Play   Space"), "playButton", 40,
                                      player.toggle, self)
        self.position = QLabel("0:00 / 0:00", self)
        self.position.setObjectName("playPosition")
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedCombo")
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda _i: player.set_speed(float(self.speed.currentData())))
        export = QPushButton(self.tr("Export labels…"), self)
        self.export = export
        export.setObjectName("exportLabelsButton")
        export.setToolTip(self.tr("Markers and notes as an Audacity label track (.txt)"))
        export.clicked.connect(self.export_requested)
        self.redact = QPushButton(self.tr("Redact selection…"), self)
        self.redact.setObjectName("redactSelectionButton")
        self.redact.setToolTip(self.tr(
            "Drag across the waveform to select a stretch (or press [ where it starts and ] "
            "where it ends, or right-click a marker), then bleep or silence it"))
        self.redact.clicked.connect(self.redact_requested)
        self.show_selection(None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.position)
        layout.addWidget(QLabel(self.tr("Speed"), self))
        layout.addWidget(self.speed)
        layout.addWidget(QLabel(self.tr("←/→ 5 s"), self))
        layout.addStretch(1)
        layout.addWidget(self.redact)
        layout.addWidget(export)
        player.playing_changed.connect(self._on_player_playing_changed)

    def show_position(self, seconds: float, total: float) -> None:
        self.position.setText(f"{format_duration(seconds)} / {format_duration(total)}")

    def show_selection(self, span: tuple[float, float] | None) -> None:
        """The redact button names the stretch it would redact, if one is selected."""
        self.redact.setEnabled(span is not None)
        self.redact.setText(self.tr("Redact selection…") if span is None else
                            self.tr("Redact {start}–{end}…").format(
                                start=format_duration(span[0]), end=format_duration(span[1])))

    def show_no_recording(self) -> None:
        """A step without audio: nothing to play, no length left over from the last one."""
        self.position.setText(self.tr("no recording"))

    def set_playable(self, playable: bool) -> None:
        for widget in (self.play_button, self.speed, self.export):
            widget.setEnabled(playable)

    def _on_player_playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("❚❚ Pause   Space") if playing
                                 else self.tr("▶ Play   Space"))
