"""Settings › Both sides of the call: record me and them as the two channels of one
file, from two inputs the sound server joins (where it can: PulseAudio or PipeWire on
Linux), with a live level for each side; elsewhere from one two-channel input the user
set up (a virtual mixer on Windows, an aggregate device on macOS: the README says how)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.errors import AudioError
from ui.dialogs.level_test import HEARD_DB, LevelTest
from ui.errors import error_text
from ui.recording_settings import ME_SETTING, THEM_SETTING, TWO_SIDES_SETTING, two_sides_chosen
from ui.widgets.level_meter import LevelMeter

if TYPE_CHECKING:
    from mysteryshop.audio.call_routing import CallRoute
    from mysteryshop.audio.levels import Level



class TwoSidesBox(QGroupBox):
    """The setting, both inputs and "Test both sides"; `save()` keeps the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Both sides of the call"), parent)
        self.setObjectName("twoSidesBox")
        self.two_sides = QCheckBox(self.tr("Record both sides as two channels (1: me, 2: them)"),
                                   self)
        self.two_sides.setObjectName("twoSides")
        self.two_sides.setChecked(two_sides_chosen())
        self.me = QComboBox(self)
        self.me.setObjectName("meSource")
        self.them = QComboBox(self)
        self.them.setObjectName("themSource")
        for combo in (self.me, self.them):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.test_button = QPushButton(self.tr("Test both sides"), self)
        self.test_button.setObjectName("testBothSides")
        self.test_button.clicked.connect(self.test)
        self.me_meter, self.them_meter = LevelMeter(self), LevelMeter(self)
        self.me_meter.setAccessibleName(self.tr("My level"))
        self.them_meter.setAccessibleName(self.tr("Their level"))
        self.message = QLabel(self)
        self.message.setObjectName("twoSidesMessage")
        self.message.setWordWrap(True)
        self.how = QPushButton(self.tr("How to set it up…"), self)
        self.how.setObjectName("twoSidesHow")
        self.how.clicked.connect(self.show_how)
        # Wrapped text outside the form: QFormLayout gives a wrapped row too little height.
        outer = QVBoxLayout(self)
        outer.addWidget(self.two_sides)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.can_join = self._load_sources()
        if self.can_join:
            self.form.addRow(self.tr("&Me (microphone)"), self._with_meter(self.me,
                                                                            self.me_meter))
            self.form.addRow(self.tr("&Them (the call's sound)"),
                             self._with_meter(self.them, self.them_meter))
        else:
            for widget in (self.me, self.them, self.test_button, self.me_meter,
                           self.them_meter):
                widget.hide()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.how)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.two_sides.toggled.connect(self._enable)
        self._enable(self.two_sides.isChecked())
        self._route: CallRoute | None = None
        self._test = LevelTest(self)
        self._test.levels.connect(self._on_levels)
        self._test.ended.connect(self._on_test_ended)
        self._test.failed.connect(self.message.setText)

    def _with_meter(self, combo: QComboBox, meter: LevelMeter) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo, 2)
        layout.addWidget(meter, 1)
        return row

    def _load_sources(self) -> bool:
        """Fill both lists from the sound server; False where it cannot join inputs."""
        from mysteryshop.audio.call_routing import routing_available, sound_sources

        if not routing_available():
            self.message.setText(self.tr(
                "Choose a two-channel input under “Record from” that carries your "
                "microphone on channel 1 and the call's sound on channel 2 (“How to set it "
                "up” says how to make one)."))
            return False
        try:
            sources = sound_sources()
        except AudioError as exc:
            self.message.setText(error_text(exc))
            return False
        for combo, setting, monitors_first in ((self.me, ME_SETTING, False),
                                               (self.them, THEM_SETTING, True)):
            ordered = sorted(sources, key=lambda s: s.monitor != monitors_first)
            for source in ordered:
                label = (self.tr("Sound of {output}").format(output=source.description
                                                             .removeprefix("Monitor of "))
                         if source.monitor else source.description)
                combo.addItem(label, source.name)
                combo.setItemData(combo.count() - 1, source.name,  # the server's own name
                                  Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(str(QSettings().value(setting, "")))
            combo.setCurrentIndex(max(0, index))
        self.message.setText(self.tr(
            "Me: the microphone you speak into. Them: the sound of the output your "
            "softphone plays the call into. Test them while a call or music plays."))
        return bool(sources)

    def show_how(self) -> QMessageBox:
        """What each system needs, this one's first (the README says the same)."""
        linux = self.tr(
            "<b>Linux</b> (PulseAudio or PipeWire, most desktops): Mystery Shop joins the "
            "two inputs itself; choose them here. It needs the <tt>pactl</tt> command: on "
            "Debian and Ubuntu, <tt>sudo apt install pulseaudio-utils</tt>. Tested.")
        windows = self.tr(
            "<b>Windows</b> (not tested here): install the VB-Audio Voicemeeter mixer, "
            "send your microphone to its left channel and the softphone's sound (choose "
            "a Voicemeeter input as the softphone's speaker) to its right, and choose "
            "“Voicemeeter Out” under “Record from”.")
        mac = self.tr(
            "<b>macOS</b> (not tested here): install BlackHole 2ch; in Audio MIDI Setup "
            "make a Multi-Output Device of your speakers and BlackHole for the softphone's "
            "speaker, and an Aggregate Device of your microphone first and BlackHole "
            "second; choose the aggregate device under “Record from”.")
        first = {"win32": windows, "darwin": mac}.get(sys.platform, linux)
        parts = [first, *(p for p in (linux, windows, mac) if p is not first)]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recording both sides"),
                          "<p>" + "</p><p>".join(parts) + "</p>",
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("twoSidesHowBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        return box

    def _enable(self, on: bool) -> None:
        for widget in (self.me, self.them, self.test_button):
            widget.setEnabled(on)

    def save(self) -> None:
        self.stop_test()
        settings = QSettings()
        settings.setValue(TWO_SIDES_SETTING, "true" if self.two_sides.isChecked() else "false")
        if self.can_join:
            settings.setValue(ME_SETTING, str(self.me.currentData() or ""))
            settings.setValue(THEM_SETTING, str(self.them.currentData() or ""))

    # -- "Test both sides" ---------------------------------------------------------------

    def test(self) -> None:
        """Join the two inputs and show each side's live level for a few seconds."""
        from mysteryshop.audio.call_routing import CallRoute, recording_from
        from mysteryshop.audio.devices import server_input
        from mysteryshop.audio.meter import LevelMonitor

        self.stop_test()
        route = CallRoute(str(self.me.currentData() or ""), str(self.them.currentData() or ""))
        try:
            route.open()
            with recording_from(route.source):
                monitor = LevelMonitor(server_input(), 48_000, channels=2)
                monitor.start()
        except AudioError as exc:
            route.close()
            self.message.setText(error_text(exc))
            return
        self._route = route
        self._test.start(monitor)
        self.message.setText(self.tr("Speak, and play something through the call's output: "
                                     "each bar should move with its own side."))
        self.test_button.setEnabled(False)

    def _on_levels(self, levels: tuple[Level, ...]) -> None:
        for meter, level in zip((self.me_meter, self.them_meter), levels, strict=False):
            meter.set_level(level.rms_db, level.peak_db)

    def _on_test_ended(self, loudest: list[float]) -> None:
        self.stop_test()
        silent = [side for side, db in zip((self.tr("you"), self.tr("them")),
                                           loudest or [HEARD_DB] * 2, strict=False)
                  if db <= HEARD_DB]
        self.message.setText(
            self.tr("Both sides are heard.") if not silent else
            self.tr("Nothing came from {sides}: check the input, or choose another.")
            .format(sides=self.tr(" or ").join(silent)))

    def stop_test(self) -> None:
        self._test.stop()
        route, self._route = self._route, None
        if route is not None:
            route.close()
        self.test_button.setEnabled(self.two_sides.isChecked())
