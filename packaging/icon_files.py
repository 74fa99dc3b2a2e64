"""Windows .ico and macOS .icns files packed from the app's PNG icons (no Pillow needed).

Both formats can hold PNG images as they are: an .ico with one image per size from 16 to
256 px (Windows picks the size it shows: 16 in a title bar, 256 in a large folder view),
an .icns with the sizes macOS asks for (16 to 1024 px, Retina ones included). The build
(mysteryshop.spec) writes the .icns; make_icons.py writes the committed .ico.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS types: the PNG-holding ones, by pixel size (two types share a size: 1x and 2x).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico holding each PNG (by pixel size, square, at most 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size) or size > 256:
            raise ValueError(f"the {size} px icon is not a {size}x{size} PNG")
        side = 0 if size == 256 else size  # 0 means 256 in an .ico
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data),
                               offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .icns with every type whose size is among `pngs`."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            data = pngs[size]
            if png_size(data) != (size, size):
                raise ValueError(f"the {size} px icon is not a {size}x{size} PNG")
            body += kind.encode() + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """The (size, PNG) pairs of an .ico (for tests and checks)."""
    _reserved, kind, count = struct.unpack("<HHH", data[:6])
    if kind != 1:
        raise ValueError("not an icon file")
    images = []
    for i in range(count):
        side, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        images.append((side or 256, data[offset:offset + length]))
    return images


def read_icns(data: bytes) -> list[tuple[str, bytes]]:
    """The (type, image) entries of an .icns."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an icns file")
    entries, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
        entries.append((kind, data[at + 8:at + length]))
        at += length
    return entries


def icon_pngs(folder: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    return {size: (folder / f"mysteryshop-{size}.png").read_bytes() for size in sizes}
