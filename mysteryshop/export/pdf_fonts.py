"""Fonts for the PDF pack: embedded, and able to draw every character the pack holds.

reportlab's built-in Helvetica is not embedded (a reader substitutes its own) and covers
Latin-1 only. Bitstream Vera ships inside reportlab, so it is always there and is embedded
as a subset; a leader or company whose name Vera cannot draw (Cyrillic, arrows, CJK…) makes
us look for a system font that can, rather than print empty boxes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontFamily:
    name: str
    regular: Path
    bold: Path

    @property
    def body(self) -> str:
        return self.name

    @property
    def heading(self) -> str:
        return f"{self.name}-Bold"


def _bundled() -> FontFamily:
    folder = Path(reportlab.__file__).parent / "fonts"
    return FontFamily("Vera", folder / "Vera.ttf", folder / "VeraBd.ttf")


def _families() -> Iterator[FontFamily]:
    """Vera, then broad-coverage sans fonts where each system keeps them; looked for only
    when the ones before fall short."""
    yield _bundled()
    if sys.platform == "win32":
        folders = [Path("C:/Windows/Fonts")]
    elif sys.platform == "darwin":
        folders = [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts")]
    else:
        folders = [Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"),
                   Path.home() / ".local/share/fonts"]
    names = [("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
             ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
             ("Arial", "arial.ttf", "arialbd.ttf"),
             ("Arial", "Arial.ttf", "Arial Bold.ttf"),
             ("ArialUnicode", "Arial Unicode.ttf", "Arial Unicode.ttf"),
             ("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")]
    for family, regular, bold in names:
        for folder in folders:
            hits = [next(folder.rglob(name), None) if folder.is_dir() else None
                    for name in (regular, bold)]
            if hits[0] is not None:
                yield FontFamily(family, hits[0], hits[1] or hits[0])
                break


@cache
def _coverage(path: Path) -> frozenset[int] | None:
    try:
        return frozenset(TTFont(f"probe-{path}", str(path)).face.charToGlyph)
    except (TTFError, OSError) as exc:  # unreadable, or a kind reportlab cannot embed
        logger.info("Font %s cannot be used: %s", path, exc)
        return None


def font_for(texts: Iterable[str]) -> FontFamily:
    """The first family that draws every character of `texts` (Vera when it can), else
    the one that draws most of them; registered with reportlab under its name."""
    wanted = {ord(c) for text in texts for c in text if c.isprintable() and not c.isspace()}
    best: tuple[int, FontFamily] | None = None
    for family in _families():
        covered = _coverage(family.regular)
        if covered is None:
            continue
        missing = len(wanted - covered)
        if best is None or missing < best[0]:
            best = (missing, family)
        if not missing:
            break
    assert best is not None, "reportlab's own Vera font is missing"
    if best[0]:
        logger.warning("No font draws %d of the pack's characters; they print as boxes",
                       best[0])
    return _registered(best[1])


def _registered(family: FontFamily) -> FontFamily:
    if family.body not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(family.body, str(family.regular)))
        pdfmetrics.registerFont(TTFont(family.heading, str(family.bold)))
        pdfmetrics.registerFontFamily(family.body, normal=family.body, bold=family.heading,
                                      italic=family.body, boldItalic=family.heading)
    return family
