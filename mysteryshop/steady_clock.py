"""Time for step timers that the computer's clock cannot move.

Laptops change their clock (NTP, a new time zone, a manual fix): a step timed across
such a change would count an hour too many or drop to nothing. While a step is timed,
this clock moves only with the system's steady clock (one that also counts a sleep),
from the wall time at which the timing began; when nothing is timed it is the wall
clock, so stored instants stay true dates.
"""

from __future__ import annotations

import time
from collections.abc import Callable

WallClock = Callable[[], float]


def steady_seconds() -> float:
    """Seconds that only ever move forward, counting a laptop's sleep where the system can
    (CLOCK_BOOTTIME on Linux; Windows' monotonic clock counts it already)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class SteadyClock:
    """Epoch seconds: the wall clock, or while held, the wall time at `hold` moved on by
    the steady clock."""

    def __init__(self, wall: WallClock = time.time, steady: WallClock = steady_seconds) -> None:
        self._wall, self._steady = wall, steady
        self._anchor: tuple[float, float] | None = None

    def __call__(self) -> float:
        if self._anchor is None:
            return self._wall()
        wall, steady = self._anchor
        return wall + (self._steady() - steady)

    @property
    def held(self) -> bool:
        return self._anchor is not None

    def hold(self) -> None:
        """A step is being timed: from now on only the steady clock moves this one."""
        if self._anchor is None:
            self._anchor = (self._wall(), self._steady())

    def release(self) -> None:
        """Nothing is timed any more: back to the wall clock."""
        self._anchor = None
