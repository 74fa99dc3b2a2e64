"""What the command line prints: text with control characters escaped, JSON, and the
short forms its tables use."""

from __future__ import annotations

import json
import re
from typing import TextIO

from mysteryshop.text import printable


def echo(*values: object, file: TextIO | None = None, end: str = "\n") -> None:
    """print, with control characters escaped: what people typed (a company name, a file
    name in a bundle) cannot move the cursor, fake a line or retitle the terminal."""
    print(*(printable(str(v)) for v in values), file=file, end=end)


def echo_json(value: object) -> None:
    """JSON escapes C0 itself; DEL and C1 (which some terminals obey) are escaped too."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text))


def signed(value: int | None) -> str:
    return "–" if value is None else f"{value:+d}"


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
