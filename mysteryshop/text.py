"""Text from people, made safe for where it goes: the database, and a terminal.

What the leader typed is kept as typed, with one exception SQLite forces: a lone UTF-16
surrogate (half an emoji, left by a bad paste) cannot be stored in UTF-8 and becomes the
replacement character. The workbook has its own rules (`export.sheets.legal_text`).
"""

from __future__ import annotations

import re

# C0 and C1 control characters but tab and newline, and DEL: what a terminal acts on.
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def storable(text: str) -> str:
    """`text` as SQLite can store it (lone surrogates replaced; all else unchanged)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Pairs written as two code points join up; a half left alone becomes U+FFFD.
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def one_line(text: str) -> str:
    """`text` storable, with its runs of spaces and line breaks made single spaces: how a
    name, a source or a short statement is kept ("Call  centre " is "Call centre")."""
    return " ".join(storable(text).split())


def printable(text: str) -> str:
    """`text` for a terminal: control characters shown escaped (\\x1b, \\r), so a company
    name cannot move the cursor, fake a line of output or retitle the window."""
    return _TERMINAL_CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode(), text)
