"""sqlite3's failures, said as one clear StorageError (disk full, read-only, locked)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from mysteryshop.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")


def storage_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn sqlite3 failures (disk full, read-only, locked) into one clear StorageError."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError("Could not save or read your data: {reason}", reason=exc) from exc

    return wrapper
