"""Wrong passphrases slow down further attempts, also across a restart of the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.access.errors import TooManyAttempts
from desktop.access.session import unlock, unlock_with_recovery
from desktop.access.throttle import FREE_ATTEMPTS, THROTTLE_FILE, Throttle
from desktop.store import Store
from desktop.store.errors import WrongPassphrase, WrongRecoveryKey
from desktop.store.paths import KEY_FILE_NAME
from tests.conftest import PASSPHRASE


def pass_time(store_dir: Path, seconds: float) -> None:
    """Move the last attempt back in both copies of the count (the file and the key file)."""
    saved = json.loads((store_dir / THROTTLE_FILE).read_text())
    saved["last"] -= seconds
    (store_dir / THROTTLE_FILE).write_text(json.dumps(saved))
    keys = json.loads((store_dir / KEY_FILE_NAME).read_text())
    keys["throttle"]["last"] -= seconds
    (store_dir / KEY_FILE_NAME).write_text(json.dumps(keys))


def test_waits_grow_after_the_free_attempts(tmp_path: Path) -> None:
    now = [1000.0]
    throttle = Throttle(tmp_path, clock=lambda: now[0])
    for _ in range(FREE_ATTEMPTS):
        throttle.check()
        throttle.failed()
    with pytest.raises(TooManyAttempts) as waiting:
        throttle.check()
    assert waiting.value.wait_seconds == 30 and "30 seconden" in str(waiting.value)
    now[0] += 30
    throttle.check()
    throttle.failed()
    assert Throttle(tmp_path, clock=lambda: now[0]).wait_seconds() == 60  # a new app: same
    now[0] -= 3600  # the clock set back does not shorten the wait
    assert throttle.wait_seconds() == 60
    throttle.succeeded()
    assert throttle.wait_seconds() == 0


def test_unlock_is_throttled_and_the_count_survives_a_restart(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    store, recovery_key = new_store
    store.close()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            unlock(store_dir, "dit is het niet meer")
    # Even the right passphrase waits now; the file holds a count and a time, no names.
    with pytest.raises(TooManyAttempts):
        unlock(store_dir, PASSPHRASE)
    with pytest.raises(TooManyAttempts):
        unlock_with_recovery(store_dir, recovery_key)
    saved = json.loads((store_dir / THROTTLE_FILE).read_text())
    assert set(saved) == {"failures", "last"}
    # Time passes (the wait is over): the right passphrase opens and resets the count.
    pass_time(store_dir, 31)
    with unlock(store_dir, PASSPHRASE) as opened:
        assert opened.user == "beheerder"
    assert Throttle(store_dir).wait_seconds() == 0


def test_wrong_recovery_keys_count_too(new_store: tuple[Store, str], store_dir: Path) -> None:
    new_store[0].close()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongRecoveryKey):
            unlock_with_recovery(store_dir, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    with pytest.raises(TooManyAttempts):
        unlock(store_dir, PASSPHRASE)
