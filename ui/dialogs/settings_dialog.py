"""Settings: which microphone to record from, with a live "Test microphone"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.audio.devices import input_devices
from mysteryshop.errors import AudioError
from ui.dialogs.level_test import HEARD_DB, LevelTest
from ui.dialogs.team_folder_box import TeamFolderBox
from ui.dialogs.two_sides_box import TwoSidesBox
from ui.errors import error_text
from ui.recording_settings import (
    KEEP_DAYS_SETTING,
    KEEP_ORIGINALS_SETTING,
    keep_days,
    keep_originals,
)
from ui.session.recording_controller import DEVICE_SETTING
from ui.widgets.level_meter import LevelMeter
from ui.widgets.remembered import remember_geometry

if TYPE_CHECKING:
    from mysteryshop.services.app_services import AppServices
    from ui.audio_inputs import AudioInputsWatcher

class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None,
                 audio_inputs: AudioInputsWatcher | None = None,
                 services: AppServices | None = None) -> None:
        """`services` keep the team folder (left out: no team folder section)."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.device = QComboBox(self)
        self.device.setObjectName("deviceCombo")
        self.message = QLabel(self)
        self.message.setObjectName("deviceMessage")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test microphone"), self)
        self.test_button.setObjectName("testMicrophoneButton")
        self.test_button.clicked.connect(self.test_microphone)
        self.meter = LevelMeter(self)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.meter, 1)
        self.two_sides_box = TwoSidesBox(self)
        self.two_sides = self.two_sides_box.two_sides
        self.keep = QSpinBox(self)
        self.keep.setObjectName("keepDays")
        self.keep.setRange(0, 3650)
        self.keep.setSpecialValueText(self.tr("Keep them"))
        self.keep.setSuffix(self.tr(" days after a session is finished"))
        self.keep.setValue(keep_days())
        self.keep.setToolTip(self.tr("Recordings of sessions finished longer ago are deleted "
                                     "from this computer when the app starts; the sessions "
                                     "and their markers stay"))
        self.keep_originals = QCheckBox(self.tr(
            "Keep an unredacted copy of redacted recordings on this computer"), self)
        self.keep_originals.setObjectName("keepOriginals")
        self.keep_originals.setChecked(keep_originals())
        self.keep_originals.setToolTip(self.tr(
            "Off: redacting replaces the audio for good (card data must not stay in any "
            "file). On: the audio as recorded stays beside it, here only; shared bundles "
            "always carry the redacted recording."))
        form = QFormLayout()
        form.addRow(self.tr("Record from"), self.device)
        form.addRow("", test_row)
        form.addRow("", self.message)
        keep_form = QFormLayout()
        keep_form.addRow(self.tr("Delete recordings"), self.keep)
        keep_form.addRow("", self.keep_originals)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.two_sides_box)
        layout.addLayout(keep_form)
        self.team_box = TeamFolderBox(services, self) if services is not None else None
        if self.team_box is not None:
            layout.addWidget(self.team_box)
        layout.addWidget(buttons)
        self._test = LevelTest(self)
        self._test.levels.connect(lambda levels: self.meter.set_level(levels[0].rms_db,
                                                                      levels[0].peak_db))
        self._test.ended.connect(self._on_test_ended)
        self._test.failed.connect(self.message.setText)
        self._load_devices()
        if audio_inputs is not None:  # a microphone plugged in now appears in the list
            audio_inputs.changed.connect(self._load_devices)
        self.resize(520, self.sizeHint().height())
        remember_geometry(self, "settings")

    def _load_devices(self) -> None:
        """The list as PortAudio now sees it; the choice shown is kept if still there."""
        chosen = (self.chosen_device() if self.device.count()
                  else str(QSettings().value(DEVICE_SETTING, "")))
        self.device.clear()
        self.message.clear()
        self.device.setEnabled(True)
        self.test_button.setEnabled(True)
        self.device.addItem(self.tr("System default"), "")
        try:
            devices = input_devices()
        except AudioError as exc:
            self.message.setText(error_text(exc))
            self.device.setEnabled(False)
            self.test_button.setEnabled(False)
            return
        if not devices:
            self.message.setText(self.tr("No microphone found. Connect one: it appears here."))
            self.test_button.setEnabled(False)
        for device in devices:
            label = device.name + (self.tr("  (system default)") if device.is_default else "")
            self.device.addItem(label, device.name)
        index = self.device.findData(chosen)
        self.device.setCurrentIndex(max(0, index))
        if chosen and index < 0:
            self.message.setText(self.tr("The microphone chosen before ({name}) is not connected; "
                                         "the system default is used.").format(name=chosen))

    def chosen_device(self) -> str:
        return str(self.device.currentData() or "")

    def accept(self) -> None:
        self._stop_test()
        QSettings().setValue(DEVICE_SETTING, self.chosen_device())
        QSettings().setValue(KEEP_DAYS_SETTING, self.keep.value())
        self.two_sides_box.save()
        QSettings().setValue(KEEP_ORIGINALS_SETTING,
                             "true" if self.keep_originals.isChecked() else "false")
        if self.team_box is not None and not self.team_box.save():
            return  # said in the box; the dialog stays open with what was typed
        super().accept()

    def reject(self) -> None:
        self._stop_test()
        self.two_sides_box.stop_test()
        super().reject()

    def test_microphone(self) -> None:
        """Show the live level of the chosen device for a few seconds."""
        from mysteryshop.audio.devices import resolve_device
        from mysteryshop.audio.meter import LevelMonitor

        self._stop_test()
        try:
            device = resolve_device(self.chosen_device() or None)
            monitor = LevelMonitor(device.index, int(device.samplerate) or 48_000)
            monitor.start()
        except AudioError as exc:
            self.message.setText(error_text(exc))
            return
        self._test.start(monitor)
        self.message.setText(self.tr("Speak now: the bar should move with your voice."))
        self.test_button.setEnabled(False)

    def _on_test_ended(self, loudest: list[float]) -> None:
        self.test_button.setEnabled(self.device.isEnabled())
        heard = bool(loudest) and loudest[0] > HEARD_DB
        self.message.setText(self.tr("The microphone hears you.") if heard else self.tr(
            "No sound came in: check the microphone, or choose another."))

    def _stop_test(self) -> None:
        self._test.stop()
        self.test_button.setEnabled(self.device.isEnabled())
