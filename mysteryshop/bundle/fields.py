"""Reading a manifest field by field: each value checked for type and range, and the
first problem named by its place ("sessions[0].steps[2].points")."""

from __future__ import annotations

import math
import re
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from mysteryshop.bundle.limits import MAX_TEXT
from mysteryshop.errors import BundleError
from mysteryshop.model import POINTS_MAX, POINTS_MIN

# Ids and step keys end up in file names: plain characters only.
SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# What a real session can hold: instants between 2000 and 2100 (epoch seconds), and
# offsets on a step's timer up to a week (a timer forgotten over a weekend). A value
# outside is refused on the way in: it would break every later list and export.
EPOCH_MIN, EPOCH_MAX = 946_684_800.0, 4_102_444_800.0
OFFSET_MAX = 7 * 86_400.0
_MAX_ITEMS = 100_000
_DEVICE = re.compile(r"[0-9a-f]{32}")  # a database's name in edit counts (meta.device)
_MAX_DEVICES = 1_000  # laptops that edited one session: a team is far smaller
_MAX_COUNT = 2**53  # exact in every JSON reader

E = TypeVar("E", bound=StrEnum)


class Fields:
    """One JSON object of the manifest, read field by field with a place for messages."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise invalid(where, "must be an object")
        self.data: dict[str, Any] = data
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _value(self, key: str, optional: bool) -> Any:
        value = self.data.get(key)
        if value is None and not optional:
            raise invalid(self._at(key), "is missing")
        return value

    def text(self, key: str, *, optional: bool = False) -> str:
        value = self._value(key, optional)
        if value is None:
            return ""
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise invalid(self._at(key), "must be a text")
        return value

    def ident(self, key: str) -> str:
        value = self.text(key)
        if not SAFE_ID.fullmatch(value):
            raise invalid(self._at(key), "must be letters, digits, '-' or '_'")
        return value

    def number(self, key: str, *, optional: bool = False, low: float = -math.inf,
               high: float = math.inf) -> float | None:
        value = self._value(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value):
            raise invalid(self._at(key), "must be a number")
        if not low <= value <= high:
            raise invalid(self._at(key), f"must be a number from {low:g} to {high:g}")
        return float(value)

    def instant(self, key: str, *, optional: bool = False) -> float | None:
        """Epoch seconds between 2000 and 2100."""
        return self.number(key, optional=optional, low=EPOCH_MIN, high=EPOCH_MAX)

    def offset(self, key: str, *, optional: bool = False) -> float | None:
        """Seconds on a step's timer: from 0 to a week."""
        return self.number(key, optional=optional, low=0.0, high=OFFSET_MAX)

    def integer(self, key: str, low: int, high: int, *, optional: bool = False) -> int | None:
        value = self._value(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise invalid(self._at(key), f"must be a whole number from {low} to {high}")
        return value

    def count(self, key: str) -> int:
        value = self.integer(key, 0, 2**53)
        assert value is not None
        return value

    def points(self, key: str) -> int | None:
        return self.integer(key, POINTS_MIN, POINTS_MAX, optional=True)

    def flag(self, key: str) -> bool:
        value = self._value(key, optional=True)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise invalid(self._at(key), "must be true or false")
        return value

    def choice(self, key: str, kind: type[E], *, optional: bool = False) -> E | None:
        value = self._value(key, optional)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            raise invalid(self._at(key), f"must be one of {', '.join(k.value for k in kind)}") \
                from None

    def moment(self, key: str, *, optional: bool = False) -> datetime | None:
        value = self.text(key, optional=optional)
        if not value:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise invalid(self._at(key), "must be a date and time (ISO 8601)") from None
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise invalid(self._at(key), "must give its time zone")
        if not EPOCH_MIN <= moment.timestamp() <= EPOCH_MAX:
            raise invalid(self._at(key), "must lie between the years 2000 and 2100")
        return moment

    def items(self, key: str, *, optional: bool = True) -> list[Fields]:
        return [Fields(item, f"{self._at(key)}[{i}]")
                for i, item in enumerate(self.raw_list(key, optional=optional))]

    def versions(self, key: str) -> dict[str, int]:
        """Edit counts per database: {"<32 hex digits>": count}; absent in older bundles."""
        value = self._value(key, optional=True)
        if value is None:
            return {}
        if not isinstance(value, dict) or len(value) > _MAX_DEVICES or not all(
                isinstance(k, str) and _DEVICE.fullmatch(k) and isinstance(v, int)
                and not isinstance(v, bool) and 0 <= v <= _MAX_COUNT
                for k, v in value.items()):
            raise invalid(self._at(key), "must map database names to edit counts")
        return dict(value)

    def raw_list(self, key: str, *, optional: bool = True) -> list[Any]:
        value = self._value(key, optional)
        if value is None:
            return []
        if not isinstance(value, list) or len(value) > _MAX_ITEMS:
            raise invalid(self._at(key), "must be a list")
        return value


def invalid(where: str, problem: str) -> BundleError:
    return BundleError("its manifest is not valid: {where} {problem}", where=where, problem=problem)


_T = TypeVar("_T")


def required(value: _T | None) -> _T:
    """A number read without `optional` (its reader raised if it was missing)."""
    assert value is not None
    return value
