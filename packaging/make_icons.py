"""Draw the app icon (a speech bubble, one arrow up, one down) as PNGs and a multi-size ICO.

Run: `.venv/bin/python packaging/make_icons.py resources/icons`. The files it makes are
committed; this script is how to make them again after a change.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

BLUE, ORANGE, WHITE = QColor("#2166ac"), QColor("#fdb863"), QColor("#ffffff")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(4 * s, 6 * s, 56 * s, 42 * s), 10 * s, 10 * s)
    p.fillPath(bubble, BLUE)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawPolygon(QPolygonF([QPointF(16 * s, 44 * s), QPointF(14 * s, 60 * s),
                             QPointF(30 * s, 44 * s)]))
    for color, tip, base, line in (
        (WHITE, 20, 28, (26, 38)),  # up: the customer left 10 points up…
        (ORANGE, 36, 28, (18, 30)),  # …or down
    ):
        x = 22 if color is WHITE else 42
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(x * s, tip * s), QPointF((x - 6) * s, base * s),
                                 QPointF((x + 6) * s, base * s)]))
        p.setPen(QPen(color, 4 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x * s, line[0] * s), QPointF(x * s, line[1] * s))
    p.end()
    return image


def main() -> None:
    QGuiApplication([])
    folder = sys.argv[1]
    for size in SIZES:
        draw(size).save(os.path.join(folder, f"mysteryshop-{size}.png"))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from icon_files import ICO_SIZES, ico_bytes, icon_pngs

    Path(folder, "mysteryshop.ico").write_bytes(ico_bytes(icon_pngs(Path(folder), ICO_SIZES)))


if __name__ == "__main__":
    main()
