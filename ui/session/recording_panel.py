"""The Record toggle of a call step, and the unmistakable "● REC 04:12 ▮▮▮▯ -18 dB"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from mysteryshop.errors import MysteryShopError
from mysteryshop.measures import format_duration
from mysteryshop.model import Recording, RecordingStatus
from ui.session.recording_controller import RecordingController
from ui.session.session_controller import SessionController
from ui.widgets.level_meter import LevelMeter


class RecordingPanel(QWidget):
    """Off by default; asks for consent before every recording; shows a live level while on.

    Recording again on the same step makes a new take beside the earlier ones (kept, and
    listed one by one); the panel says so as it starts.
    """

    said = Signal(str)  # a short message for the leader (the step page shows it)

    def __init__(self, sessions: SessionController, recorder: RecordingController, key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingPanel")
        self.sessions = sessions
        self.recorder = recorder
        self.key = key
        self._take = 1
        self.button = QPushButton(self.tr("● Record   Ctrl+Shift+R"), self)
        self.button.setObjectName("recordButton")
        self.button.setCheckable(True)
        self.button.setMinimumHeight(40)
        self.button.setMinimumWidth(
            self.button.fontMetrics().horizontalAdvance("■ Stop recording   Ctrl+Shift+R") + 40
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.toggled.connect(self._on_button_toggled)
        self.dot = QLabel("●", self)
        self.dot.setObjectName("recordingDot")
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("recordingElapsed")
        self.meter = LevelMeter(self)
        self.status = QLabel(self)
        self.status.setObjectName("recordingStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.dot)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.meter, 1)
        layout.addWidget(self.status, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._show_elapsed)
        recorder.level.connect(self._on_recorder_level)
        recorder.started.connect(lambda _key: self.refresh())
        recorder.finished.connect(lambda _recording: self.refresh())
        recorder.error.connect(lambda _exc: self.refresh())
        self.refresh()

    def is_recording(self) -> bool:
        return self.recorder.is_recording(self.sessions.session, self.key)

    def toggle(self) -> None:
        self.button.toggle()

    def refresh(self) -> None:
        recording = self.is_recording()
        self.button.blockSignals(True)
        self.button.setChecked(recording)
        self.button.blockSignals(False)
        self.button.setText(self.tr("■ Stop recording   Ctrl+Shift+R") if recording
                            else self.tr("● Record   Ctrl+Shift+R"))
        for widget in (self.dot, self.elapsed, self.meter):
            widget.setVisible(recording)
        if recording:
            self._tick.start()
            self._show_elapsed()
        else:
            self._tick.stop()
        self.status.setText(self._summary())

    def _summary(self) -> str:
        if self.is_recording():
            return ""
        recordings = self.sessions.session.step(self.key).recordings
        if not recordings:
            return self.tr("Not recording")
        last: Recording = recordings[-1]
        if len(recordings) == 1:
            text = self.tr("Recorded {t}").format(t=format_duration(last.seconds))
        else:  # takes one by one: adding them up would make one call of two
            text = self.tr("{n} takes: {list}").format(n=len(recordings), list=", ".join(
                format_duration(r.seconds) for r in recordings))
        dropouts = sum(r.overflows for r in recordings)
        if dropouts:
            text += " · " + self.tr("{n} dropouts").format(n=dropouts)
        if last.status is RecordingStatus.FAILED:
            text += " · " + self.tr("stopped early")
        return text

    def _show_elapsed(self) -> None:
        take = self.tr("take {n} ").format(n=self._take) if self._take > 1 else ""
        self.elapsed.setText(f"REC {take}{format_duration(self.recorder.seconds())}")

    def _on_recorder_level(self, rms_db: float, peak_db: float) -> None:
        if self.is_recording():
            self.meter.set_level(rms_db, peak_db)

    def _on_button_toggled(self, checked: bool) -> None:
        if not checked:
            if self.is_recording():
                self.recorder.stop()
            return
        session = self.sessions.session
        service = self.recorder.service
        if not service.has_consent(session):
            self.recorder.prepare()  # both sides' input starts flowing while they read
            confirmed = self._ask_consent()
            if confirmed is None:
                self.recorder.release()
                self.refresh()
                return
            try:
                service.give_consent(session, confirmed)
            except MysteryShopError as exc:  # a failed save: shown like any other
                self.sessions.error.emit(exc)
                self.refresh()
                return
        earlier = list(session.step(self.key).recordings)  # start adds the new take
        self._take = len(earlier) + 1
        self.recorder.start(session, self.key)
        self.sessions.step_changed.emit(self.key)
        self.refresh()
        if earlier and self.is_recording():
            self.said.emit(self.tr("Recording take {n}; the earlier {kept} kept").format(
                n=self._take, kept=self.tr("take is") if len(earlier) == 1
                else self.tr("{n} takes are").format(n=len(earlier))))

    def _ask_consent(self) -> str | None:
        """Ask before each recording; the words confirmed, or None."""
        box = QMessageBox(self)
        box.setObjectName("consentDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Record this call?"))
        box.setText(self.tr(
            "Many places require everyone on a call to agree before it is recorded. In about "
            "a dozen US states every party must agree (California's rule also covers calls "
            "into the state); other countries' rules differ. Recording without that consent "
            "may be illegal where you or the person you call are."))
        box.setInformativeText(self.tr(
            "Say it as the call starts: “This call is recorded for training and quality.”"))
        words = self.tr("I confirm that I may record this call.")  # = DEFAULT_CONSENT
        confirm = QCheckBox(words, box)
        confirm.setObjectName("consentCheck")
        box.setCheckBox(confirm)
        record = box.addButton(self.tr("Record"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        record.setEnabled(False)
        confirm.toggled.connect(record.setEnabled)
        box.exec()
        return words if box.clickedButton() is record and confirm.isChecked() else None
