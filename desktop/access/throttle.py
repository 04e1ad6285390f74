"""Slowing down guessing: after a few wrong passphrases each attempt must wait longer.

The count lives in a small file beside the database (``wegwijzer.throttle``), so closing and
restarting the app does not reset it. It holds only a count and a moment: no names. It is a
brake on someone guessing at the keyboard; against a copied key file the brake is Argon2id
itself (docs/security.md).
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.access.errors import TooManyAttempts
from desktop.store.atomic import write_atomic

THROTTLE_FILE = "wegwijzer.throttle"
#: Wrong passphrases allowed without waiting.
FREE_ATTEMPTS = 3
#: The wait after the first attempt beyond the free ones; it doubles each time after.
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60


@dataclass
class Throttle:
    """Counts wrong passphrases (and recovery keys) for one store folder."""

    folder: Path
    clock: Callable[[], float] = field(default=time.time)

    @property
    def path(self) -> Path:
        return self.folder / THROTTLE_FILE

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def delay_after(self, failures: int) -> int:
        """Seconds to wait after ``failures`` wrong attempts in a row."""
        if failures < FREE_ATTEMPTS:
            return 0
        return int(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))

    def wait_seconds(self) -> int:
        """How long until the next attempt is allowed (0: now)."""
        failures, last = self._load()
        delay = self.delay_after(failures)
        if delay == 0:
            return 0
        now = self.clock()
        if now < last:  # the clock was set back: count the whole delay from now
            return delay
        return max(0, math.ceil(last + delay - now))

    def check(self) -> None:
        """Raise TooManyAttempts while a wait is running."""
        wait = self.wait_seconds()
        if wait > 0:
            raise TooManyAttempts(wait)

    def failed(self) -> None:
        """Count one wrong attempt."""
        failures, _last = self._load()
        data = {"failures": failures + 1, "last": self.clock()}
        with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
            write_atomic(self.path, json.dumps(data).encode("ascii"))

    def succeeded(self) -> None:
        """A right passphrase: start counting afresh."""
        if self._load()[0]:
            with contextlib.suppress(OSError):
                write_atomic(self.path, b'{"failures": 0, "last": 0}')
