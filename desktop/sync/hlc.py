"""A hybrid logical clock: wall-clock milliseconds plus a counter, tie-broken by device id.

Its stamps order every field version of the team the same way on every laptop, also when a
laptop's clock is wrong: a stamp is always later than every stamp the device has seen. Stamps
are fixed-width text, so that comparing the strings compares the moments.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_WIDTH = 15
_COUNTER_WIDTH = 6


@dataclass(frozen=True, order=True)
class Stamp:
    """One moment of the clock."""

    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.millis:0{_MS_WIDTH}d}.{self.counter:0{_COUNTER_WIDTH}d}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        millis, counter, device = text.split(".", 2)
        return cls(int(millis), int(counter), device)


def wall_millis() -> int:
    """Milliseconds since the epoch from the system clock."""
    return time.time_ns() // 1_000_000


class HybridClock:
    """The clock of one device; ``now()`` for a local event, ``observe()`` for a remote stamp."""

    def __init__(self, device: str, last: str = "", wall: Callable[[], int] = wall_millis) -> None:
        self.device = device
        self._wall = wall
        self._millis, self._counter = 0, 0
        if last:
            self.observe(last)

    def now(self) -> str:
        """A stamp later than every stamp issued or observed before."""
        wall = self._wall()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return Stamp(self._millis, self._counter, self.device).encode()

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen in a remote change, so later local stamps sort after it."""
        seen = Stamp.decode(stamp)
        if (seen.millis, seen.counter) > (self._millis, self._counter):
            self._millis, self._counter = seen.millis, seen.counter

    @property
    def last(self) -> str:
        """The latest stamp issued or observed (persisted between runs)."""
        return Stamp(self._millis, self._counter, self.device).encode()
