"""A horizontal level meter: RMS as a bar, peak as a tick, dBFS as a number beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mysteryshop.audio.levels import FLOOR_DB

RANGE_DB = 60.0  # the bar shows -60..0 dBFS; quieter is "silence"


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setMinimumSize(140, 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rms_db = FLOOR_DB
        self.peak_db = FLOOR_DB
        self.setAccessibleName(self.tr("Microphone level"))
        self.setAccessibleDescription(self.text())

    def set_level(self, rms_db: float, peak_db: float) -> None:
        self.rms_db, self.peak_db = rms_db, peak_db
        self.setAccessibleDescription(self.text())
        self.setToolTip(self.tr("RMS {rms:.0f} dBFS · peak {peak:.0f} dBFS").format(
            rms=rms_db, peak=peak_db))
        self.update()

    def text(self) -> str:
        return self.tr("silence") if self.rms_db <= -RANGE_DB else f"{self.rms_db:.0f} dB"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#2b2b2b"))

        def x_of(db: float) -> float:
            return rect.left() + rect.width() * max(0.0, min(1.0, 1 + db / RANGE_DB))

        # Green while safe, amber when loud, red near clipping: the number says it too.
        color = QColor("#4daf4a") if self.peak_db < -12 else QColor("#ff9f1c") \
            if self.peak_db < -1 else QColor("#e41a1c")
        painter.fillRect(QRectF(rect.left(), rect.top(), x_of(self.rms_db) - rect.left(),
                                rect.height()), color)
        painter.setPen(QColor("#ffffff"))
        peak_x = x_of(self.peak_db)
        painter.drawLine(int(peak_x), int(rect.top()), int(peak_x), int(rect.bottom()))
        painter.drawText(rect.adjusted(4, 0, -4, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.text())
