"""Slowing down guessing: after a few wrong passphrases each attempt must wait longer.

The count is kept twice: in a small file beside the database (``wegwijzer.throttle``) and as a
mirror inside the key file (``"throttle"`` in ``wegwijzer.keys``), the file without which
nothing unlocks. The two are read together and the higher count and the later time win. The
file system cannot switch the brake off:

* a missing, unreadable or odd throttle file (a directory, garbage), or a key file of format 2
  without its mirror, counts as *tampered*: the longest wait, counted from the moment it was
  first seen (and written back at once), so deleting the file again never shortens a wait;
* the count and the check are one step under a file lock shared by every process
  (:meth:`Throttle.attempt`): an attempt is counted *before* Argon2id runs and given back only
  when the passphrase was right, so twelve attempts started at once are counted one by one and
  all but the free ones wait;
* setting the clock back does not shorten a wait.

What it cannot stop: someone who can write the data folder and restores an *old copy of both*
files, or who copies the key file away and guesses offline. Against that the brake is Argon2id
itself (docs/security.md, *Shared laptop*). The files hold only a count and a moment: no names.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from desktop.access.errors import TooManyAttempts
from desktop.store.atomic import write_atomic
from desktop.store.errors import ChangedKeySlot, StoreError, WrongPassphrase, WrongRecoveryKey
from desktop.store.paths import KEY_FILE_NAME, KEY_LOCK_NAME, THROTTLE_NAME

THROTTLE_FILE = THROTTLE_NAME
#: Wrong passphrases allowed without waiting.
FREE_ATTEMPTS = 3
#: The wait after the first attempt beyond the free ones; it doubles each time after.
BASE_DELAY_S = 30
MAX_DELAY_S = 15 * 60
#: The count a tampered state starts from: the longest wait.
TAMPERED_FAILURES = FREE_ATTEMPTS + math.ceil(math.log2(MAX_DELAY_S / BASE_DELAY_S))
#: How long an attempt waits for another process's attempt to count.
LOCK_TIMEOUT_S = 30

T = TypeVar("T")


@dataclass(frozen=True)
class _State:
    failures: int
    last: float


def _parse(data: Any) -> _State | None:
    if not isinstance(data, dict):
        return None
    try:
        failures, last = int(data["failures"]), float(data["last"])
    except (KeyError, TypeError, ValueError):
        return None
    if failures < 0 or not math.isfinite(last):
        return None
    return _State(failures, last)


@dataclass
class Throttle:
    """Counts wrong passphrases (and recovery keys) for one store folder."""

    folder: Path
    clock: Callable[[], float] = field(default=time.time)

    @property
    def path(self) -> Path:
        return self.folder / THROTTLE_FILE

    @property
    def _key_path(self) -> Path:
        return self.folder / KEY_FILE_NAME

    # -- the two copies --------------------------------------------------------------------

    def _read_file(self) -> _State | bool | None:
        """The throttle file's state; False when missing; None when unreadable or odd."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        except (OSError, UnicodeError):
            return None
        try:
            return _parse(json.loads(text))
        except ValueError:
            return None

    def _read_mirror(self) -> tuple[dict[str, Any] | None, _State | bool | None]:
        """The key file (as JSON) and its mirror; True for a format-1 key file without one
        (from before the mirror: nothing to compare), None for a format-2 file without one."""
        try:
            document = json.loads(self._key_path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeError):
            return None, True  # no key file: nothing unlocks anyway, the unlock says why
        if not isinstance(document, dict):
            return None, True
        mirror = document.get("throttle")
        if mirror is None:
            slots = document.get("slots")
            format_two = document.get("version") == 2 or any(
                isinstance(s, dict) and s.get("aad") == 2 for s in (slots or [])
            )
            return document, (None if format_two else True)
        return document, _parse(mirror)

    def _state(self) -> tuple[_State, bool, dict[str, Any] | None]:
        """The combined state, whether it must be written back, and the key file's JSON."""
        in_file = self._read_file()
        document, mirror = self._read_mirror()
        known = [s for s in (in_file, mirror) if isinstance(s, _State)]
        failures = max((s.failures for s in known), default=0)
        last = max((s.last for s in known), default=0.0)
        legacy = mirror is True and in_file is False  # a store from before the brake
        tampered = not legacy and (in_file is None or in_file is False or mirror is None)
        if tampered:
            if failures < TAMPERED_FAILURES:  # first seen now: the longest wait from now
                failures, last = TAMPERED_FAILURES, max(last, self.clock())
            return _State(failures, last), True, document
        state = _State(failures, last)
        stale = any(s != state for s in known) or (mirror is True and document is not None)
        return state, stale, document

    def _write(self, state: _State, document: dict[str, Any] | None) -> None:
        data = {"failures": state.failures, "last": state.last}
        encoded = json.dumps(data).encode("ascii")
        with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
            if self.path.is_dir():
                self.path.rmdir()  # an (empty) directory put in its place
            write_atomic(self.path, encoded)
        if document is not None:
            document["throttle"] = data
            text = json.dumps(document, indent=2, ensure_ascii=True) + "\n"
            with contextlib.suppress(OSError):
                write_atomic(self._key_path, text.encode("utf-8"), mode=0o600)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with FileLock(self.folder / KEY_LOCK_NAME, timeout=LOCK_TIMEOUT_S):
                yield
        except (Timeout, OSError):
            # No lock (an odd lock file, a hung process): the longest wait, never no brake.
            raise TooManyAttempts(MAX_DELAY_S) from None

    # -- counting --------------------------------------------------------------------------

    def delay_after(self, failures: int) -> int:
        """Seconds to wait after ``failures`` wrong attempts in a row."""
        if failures < FREE_ATTEMPTS:
            return 0
        return int(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))

    def _wait(self, state: _State) -> int:
        delay = self.delay_after(state.failures)
        if delay == 0:
            return 0
        now = self.clock()
        if now < state.last:  # the clock was set back: count the whole delay from now
            return delay
        return max(0, math.ceil(state.last + delay - now))

    def wait_seconds(self) -> int:
        """How long until the next attempt is allowed (0: now)."""
        if not self.folder.exists():
            return 0
        with self._locked():
            state, stale, document = self._state()
            if stale:
                self._write(state, document)
        return self._wait(state)

    def check(self) -> None:
        """Raise TooManyAttempts while a wait is running."""
        wait = self.wait_seconds()
        if wait > 0:
            raise TooManyAttempts(wait)

    def attempt(self) -> None:
        """Check and count one attempt in one locked step (raise TooManyAttempts to wait).

        The attempt counts as wrong until :meth:`succeeded` (or :meth:`give_back` for a
        failure that was not a guess) says otherwise.
        """
        with self._locked():
            state, _stale, document = self._state()
            wait = self._wait(state)
            if wait > 0:
                self._write(state, document)
                raise TooManyAttempts(wait)
            self._write(_State(state.failures + 1, max(state.last, self.clock())), document)

    def give_back(self) -> None:
        """Undo the count of an attempt that failed for another reason (a damaged file)."""
        with self._locked():
            state, _stale, document = self._state()
            self._write(_State(max(0, state.failures - 1), state.last), document)

    def failed(self) -> None:
        """Count one wrong attempt (when it was not counted by :meth:`attempt`)."""
        with self._locked():
            state, _stale, document = self._state()
            self._write(_State(state.failures + 1, max(state.last, self.clock())), document)

    def succeeded(self) -> None:
        """A right passphrase: start counting afresh."""
        with self._locked():
            _state, _stale, document = self._state()
            self._write(_State(0, 0.0), document)


def throttled(folder: Path, unlocking: Callable[[], T]) -> T:
    """``unlocking()`` (which tries a passphrase or recovery key) as one braked attempt.

    The attempt is counted before it runs (one locked step with the check), so attempts
    started at the same time in several programs are braked one by one. A wrong guess (or a
    tampered key file) stays counted; any other expected failure (a damaged or locked
    database) gives the attempt back; success starts counting afresh.
    """
    throttle = Throttle(folder)
    throttle.attempt()
    try:
        result = unlocking()
    except StoreError as error:
        if not isinstance(error, (WrongPassphrase, WrongRecoveryKey, ChangedKeySlot)):
            throttle.give_back()
        raise
    throttle.succeeded()
    return result
