"""Text contrast measured on the pixels a user sees (WCAG 2: 4.5:1 for body text).

The window is rendered once; each visible, enabled widget that shows text is cropped out
of that picture. Its background is the colour most of its pixels have; its text colour
is the pixel furthest from it in luminance (the core of a glyph carries the full colour).
Style sheets, palettes and painted widgets are all measured the same way, as drawn.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

WCAG_TEXT = 4.5


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb.astype(float) / 255.0
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return np.asarray(0.2126 * c[..., 0] + 0.7152 * c[..., 1] + 0.0722 * c[..., 2])


def contrast(a: float, b: float) -> float:
    high, low = max(a, b), min(a, b)
    return (high + 0.05) / (low + 0.05)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def low_contrast_texts(window: QWidget, minimum: float = WCAG_TEXT) -> list[str]:
    """'name "text": ratio' for each shown text below `minimum` against its background."""
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), 2::-1]  # BGRA -> RGB
    found = []
    for widget in window.findChildren(QWidget):
        text = _text(widget).strip()
        if not text or not widget.isVisible() or not widget.isEnabled():
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.width() < 4 or visible.height() < 4:
            continue
        origin = widget.mapTo(window, QPoint(0, 0)) + visible.topLeft()
        x, y = int(origin.x() * ratio), int(origin.y() * ratio)
        w, h = int(visible.width() * ratio), int(visible.height() * ratio)
        if isinstance(widget, QGroupBox):  # its title only, not the whole box
            h = min(h, int(widget.fontMetrics().height() * 1.6 * ratio))
        crop = pixels[max(0, y):y + h, max(0, x):x + w].reshape(-1, 3)
        if not len(crop):
            continue
        wide = crop.astype(np.uint32)
        packed = (wide[:, 0] << 16) | (wide[:, 1] << 8) | wide[:, 2]
        values, counts = np.unique(packed, return_counts=True)
        background = values[counts.argmax()]
        bg = np.array([(background >> 16) & 255, (background >> 8) & 255, background & 255])
        lum = _luminance(crop)
        bg_lum = float(_luminance(bg))
        best = max(contrast(float(lum.max()), bg_lum), contrast(float(lum.min()), bg_lum))
        if best < minimum:
            name = widget.objectName() or type(widget).__name__
            found.append(f'{name} "{text[:40]}": {best:.2f}')
    return found
