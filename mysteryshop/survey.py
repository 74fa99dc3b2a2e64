"""Reading a survey tool's CSV export into perception responses: one per respondent.

The columns are mapped once to what they hold (a question's answers, the overall rating,
a touchpoint's rating, "excellent service?", the respondent's group or source); the
mapping is remembered by the header row, so next month's export imports in one step.
Everything is checked before anything is stored: a bad file names the row and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mysteryshop.errors import SurveyError
from mysteryshop.model import POINTS_MAX, POINTS_MIN
from mysteryshop.perception import (
    POINT_MAX,
    SOURCE_MAX,
    Group,
    PerceptionPoint,
    PerceptionResponse,
    Question,
)

MAX_BYTES = 20 * 1024 * 1024  # a survey of 100,000 respondents is a few MB
MAX_ROWS = 100_000
IGNORE = "ignore"
OVERALL = "overall"
EXCELLENT = "excellent"
SOURCE = "source"
RATING = "rating:"  # + a touchpoint key

_YES = frozenset({"yes", "y", "true", "1", "ja", "j", "oui", "sí", "si", "x", "✓"})
_NO = frozenset({"no", "n", "false", "0", "nein", "non"})
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
_NAMESPACE = uuid.UUID("6f1c2b7e-3d1a-4c55-9a0e-7d4b8c2e1f90")

# Words in a header that say which question a column answers (English and German),
# checked in this order: "what should we continue, or start, to improve it?" holds
# "improve" too, so it is asked first.
_QUESTION_WORDS: tuple[tuple[Question, tuple[str, ...]], ...] = (
    (Question.CONTINUE, ("continue", "start", "keep doing", "weiter", "beibehalten",
                         "anfangen")),
    (Question.COMPETITION, ("compet", "rival", "wettbewerb", "konkurren", "mitbewerb")),
    (Question.IMPROVE, ("improve", "better", "verbesser", "besser")),
    (Question.WELL, ("well", "good", "strength", "gut", "stärke")),
)
_OVERALL_WORDS = ("overall", "experience", "rating", "score", "gesamt", "erlebnis",
                  "bewertung")
_EXCELLENT_WORDS = ("excellent", "exzellent", "hervorragend", "ausgezeichnet")
_SOURCE_WORDS = ("source", "group", "team", "department", "quelle", "gruppe", "abteilung")


@dataclass(frozen=True)
class SurveyTable:
    """A CSV file's header and rows, as text. `lines[i]` is row i's number as a
    spreadsheet shows the file (the header is row 1; an answer can span lines of the
    file but is one row), so messages point where the user will look."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]

    @property
    def signature(self) -> str:
        """The header row as a key for the remembered mapping (case and spacing aside)."""
        return "\x1f".join(" ".join(h.split()).casefold() for h in self.headers)

    def column(self, header: str) -> int:
        return self.headers.index(header)


@dataclass(frozen=True)
class SurveyImport:
    """What an import made of a file: the responses, and the rows that held nothing."""

    responses: tuple[PerceptionResponse, ...]
    empty_rows: int


def read_table(path: Path, encoding: str | None = None) -> SurveyTable:
    """Read the file (UTF-8 or, with a byte-order mark, UTF-16, unless `encoding` says)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SurveyError("{path} is {size} MB; a survey export can be at most {limit} MB.",
                              path=path, size=round(size / 2**20), limit=MAX_BYTES // 2**20)
        raw = path.read_bytes()
    except OSError as exc:
        raise SurveyError("Cannot read {path}: {reason}", path=path,
                          reason=exc.strerror or str(exc)) from exc
    text = _decode(path, raw, encoding)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    try:
        headers: tuple[str, ...] | None = None
        line = 0
        for cells in reader:
            line += 1
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = tuple(c.strip() for c in cells)
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise SurveyError("{path} has more than {limit:,} answer rows.", path=path,
                                  limit=MAX_ROWS)
            rows.append(tuple(cells))
            lines.append(line)
    except csv.Error as exc:
        raise SurveyError("{path}, row {row}: {reason}", path=path, row=line + 1,
                          reason=str(exc)) from exc
    if headers is None:
        raise SurveyError("{path} is empty: a survey export starts with a row of column "
                          "names.", path=path)
    for row, line in zip(rows, lines, strict=True):
        if len(row) != len(headers):
            raise SurveyError("Row {row} has {cells} columns; the header row has {columns}.",
                              row=line, cells=len(row), columns=len(headers))
    return SurveyTable(path, headers, tuple(rows), tuple(lines))


def _decode(path: Path, raw: bytes, encoding: str | None) -> str:
    if encoding is None:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        else:
            encoding = "utf-8-sig"
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise SurveyError("{encoding!r} is not a text encoding Python knows.",
                          encoding=encoding) from exc
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        start = before.rfind(b"\n") + 1
        column = before[start:].count(b",") + before[start:].count(b";") + \
            before[start:].count(b"\t") + 1
        raise SurveyError(
            "{path} is not {encoding} text (row {row}, column {column}). Save it from the "
            "survey tool as CSV UTF-8, or name its encoding (for Excel's plain CSV: cp1252).",
            path=path, encoding=encoding, row=line, column=column) from exc


def _delimiter(text: str) -> str:
    """Comma, semicolon (Excel in much of Europe), tab or bar: the one the header row has
    most of, outside quotes."""
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# -- mapping -------------------------------------------------------------------------


def is_field(value: str, touchpoints: Sequence[str]) -> bool:
    """A mapping value this module knows (touchpoint ratings of the keys given)."""
    if value.startswith(RATING):
        return value[len(RATING):] in touchpoints
    return value in {IGNORE, OVERALL, EXCELLENT, SOURCE} | {q.value for q in Question}


def guess_mapping(table: SurveyTable, touchpoints: Sequence[tuple[str, str]]
                  ) -> dict[str, str]:
    """A first mapping from the headers' words and the values below them: whole numbers
    are ratings, yes/no is "excellent service?", text answers a question. Anything not
    recognised is left out; the user maps it (and the mapping is remembered)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(table.headers):
        if not header or header in mapping:
            continue
        kind = _kind([row[i] for row in table.rows[:500]])
        name = " ".join(header.split()).casefold()
        guess = _guess(name, kind, touchpoints)
        if guess and (guess not in taken or guess in {q.value for q in Question}):
            mapping[header] = guess
            taken.add(guess)
    return mapping


def _guess(name: str, kind: str, touchpoints: Sequence[tuple[str, str]]) -> str | None:
    if any(w in name for w in _EXCELLENT_WORDS) and kind != "number":
        return EXCELLENT  # named so: a stray "maybe" below is for the check to report
    if kind == "number":
        key = _touchpoint_in(name, touchpoints)
        if key:
            return RATING + key
        if any(w in name for w in _OVERALL_WORDS):
            return OVERALL
        return None
    if kind in ("text", "yesno"):
        for question, words in _QUESTION_WORDS:
            if any(w in name for w in words):
                return question.value
        if any(re.search(rf"\b{w}", name) for w in _SOURCE_WORDS):
            return SOURCE
    return None


def _touchpoint_in(name: str, touchpoints: Sequence[tuple[str, str]]) -> str | None:
    """The touchpoint a header names: its title, else its key as a word; of several, the
    one with most title words in the header."""
    words = set(re.findall(r"\w+", name))
    found = [(len(words & set(re.findall(r"\w+", title.casefold()))), key)
             for key, title in touchpoints
             if title.casefold() in name or key.casefold() in words]
    return max(found)[1] if found else None


def _kind(values: Sequence[str]) -> str:
    present = [v.strip() for v in values if v.strip()]
    if not present:
        return "empty"
    if all(v.casefold() in _YES | _NO for v in present) and \
            not all(v in {"0", "1"} for v in present):
        return "yesno"
    numbers = sum(_number(v) is not None for v in present)
    if numbers and numbers >= 0.9 * len(present):  # a stray "n/a" is for the check to report
        return "number"
    return "text"


_NUMBER = re.compile(r"^[+-]?\d{1,6}(?:[.,]\d+)?$")


def _number(value: str) -> float | None:
    """A plain number ("7", "-3", "+2", "4.0", "4,0"); not "1e3", "inf" or "nan"."""
    return float(value.replace(",", ".")) if _NUMBER.match(value) else None


def check_mapping(table: SurveyTable, mapping: dict[str, str],
                  touchpoints: Sequence[str]) -> dict[str, str]:
    """The mapping, checked against the file: every column it names is there (once), every
    value is known, and something is imported."""
    for header, value in mapping.items():
        if header not in table.headers:
            raise SurveyError("No column is called {column!r}. The columns are: {columns}.",
                              column=header, columns=", ".join(repr(h) for h in table.headers))
        if table.headers.count(header) > 1 and value != IGNORE:
            raise SurveyError("Two columns are called {column!r}: rename one in the file.",
                              column=header)
        if not is_field(value, touchpoints):
            raise SurveyError("{value!r} is not something a column can hold.", value=value)
    wanted = {v for v in mapping.values() if v not in {IGNORE, SOURCE}}
    if not wanted:
        raise SurveyError("No column is mapped to a question, a rating or \"excellent "
                          "service?\": map at least one.")
    for value in wanted - {q.value for q in Question}:
        if list(mapping.values()).count(value) > 1:
            columns = [h for h, v in mapping.items() if v == value]
            raise SurveyError("Columns {columns} are both mapped to {value!r}: keep one.",
                              columns=" and ".join(repr(c) for c in columns), value=value)
    return {h: v for h, v in mapping.items() if v != IGNORE}


# -- rows ----------------------------------------------------------------------------


def split_points(text: str) -> list[str]:
    """One point per line, list bullets and spaces tidied ("- friendly staff")."""
    points = []
    for line in text.splitlines():
        line = " ".join(_BULLET.sub("", line).split())
        if line:
            points.append(line)
    return points


@dataclass(frozen=True)
class Scale:
    """The scale a survey's ratings are on, mapped in a straight line onto the step's
    −10..+10 (0..10: 0 is −10, 5 is 0, 10 is +10), so a 3 out of 10 is not read as
    "3 points up"."""

    low: int = POINTS_MIN
    high: int = POINTS_MAX

    @classmethod
    def parse(cls, text: str) -> Scale:
        match = re.fullmatch(r"\s*([+-]?\d{1,3})\s*\.\.\s*([+-]?\d{1,3})\s*", text)
        if not match or int(match[1]) >= int(match[2]):
            raise SurveyError("A scale is LOW..HIGH, such as 0..10 or 1..5, not {text!r}.",
                              text=text)
        return cls(int(match[1]), int(match[2]))

    def ends(self) -> tuple[str, str]:
        """The two ends as written: signed when the scale runs below zero ("-10", "+10")."""
        if self.low < 0:
            return f"{self.low:+d}", f"{self.high:+d}"
        return str(self.low), str(self.high)

    def __str__(self) -> str:
        return "..".join(self.ends())

    def points(self, value: int) -> int:
        share = (value - self.low) / (self.high - self.low)
        return round(POINTS_MIN + share * (POINTS_MAX - POINTS_MIN))


# The scales survey tools use most, offered first: ours, NPS-style 0..10, and 1..5 stars.
COMMON_SCALES = (Scale(), Scale(0, 10), Scale(1, 10), Scale(1, 5), Scale(1, 7))


def responses_from(table: SurveyTable, mapping: dict[str, str], round_label: str,
                   group: Group, source: str, now: float,
                   scale: Scale = Scale()) -> SurveyImport:
    """One response per row that holds an answer. Ids come from the file's content and
    place, so importing the same file again finds its responses already here."""
    responses = []
    empty = 0
    columns = [(table.column(header), header, value) for header, value in mapping.items()]
    for row, line in zip(table.rows, table.lines, strict=True):
        response = _response(table, row, line, columns, round_label, group, source, now,
                             scale)
        if response is None:
            empty += 1
        else:
            responses.append(response)
    return SurveyImport(tuple(responses), empty)


def _response(table: SurveyTable, row: tuple[str, ...], line: int,
              columns: list[tuple[int, str, str]], round_label: str, group: Group,
              source: str, now: float, scale: Scale) -> PerceptionResponse | None:
    """`columns`: (position, header, what it holds) of each mapped column."""
    overall: int | None = None
    excellent: bool | None = None
    ratings: dict[str, int] = {}
    texts: list[tuple[Question, str]] = []
    row_source = ""
    for position, header, value in columns:
        cell = row[position].strip()
        if not cell:
            continue
        if value == OVERALL:
            overall = _rating(cell, line, header, scale)
        elif value.startswith(RATING):
            ratings[value[len(RATING):]] = _rating(cell, line, header, scale)
        elif value == EXCELLENT:
            excellent = _yes_no(cell, line, header)
        elif value == SOURCE:
            row_source = " ".join(cell.split())
        else:
            for text in split_points(cell):
                if len(text) > POINT_MAX:
                    raise SurveyError("Row {row}, column {column!r}: an answer of more than "
                                      "{limit} characters.", row=line, column=header,
                                      limit=POINT_MAX)
                texts.append((Question(value), text))
    if overall is None and excellent is None and not ratings and not texts:
        return None
    name = " — ".join(p for p in (source, row_source) if p)[:SOURCE_MAX] or table.path.stem
    response_id = uuid.uuid5(_NAMESPACE, "\x1f".join(
        (round_label, group.value, name, str(line), *row))).hex
    points = tuple(PerceptionPoint(uuid.uuid5(_NAMESPACE, f"{response_id}/{i}").hex, q, t)
                   for i, (q, t) in enumerate(texts))
    return PerceptionResponse(response_id, round_label, group, name, overall, excellent,
                              ratings, points, now, now)


def _rating(cell: str, line: int, header: str, scale: Scale) -> int:
    number = _number(cell)
    if number is None or number != int(number):
        raise SurveyError("Row {row}, column {column!r}: {value!r} is not a whole number "
                          "from {low} to {high}.", row=line, column=header, value=cell,
                          low=scale.ends()[0], high=scale.ends()[1])
    if not scale.low <= number <= scale.high:
        raise SurveyError("Row {row}, column {column!r}: {value} is off the {scale} scale.",
                          row=line, column=header, value=cell, scale=str(scale))
    return scale.points(int(number))


def _yes_no(cell: str, line: int, header: str) -> bool:
    value = cell.casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise SurveyError("Row {row}, column {column!r}: {value!r} is neither yes nor no.",
                      row=line, column=header, value=cell)
