"""Fixtures: a store unlocked as its admin (the first user), as the app does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.access.session import unlock
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def admin_store(store_dir: Path) -> Iterator[Store]:
    """A new store, closed and unlocked again through desktop.access (login audited)."""
    store, _key = Store.create(store_dir, PASSPHRASE, params=FAST_KDF)
    store.close()
    opened = unlock(store_dir, PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()
