"""Shared fixtures: a real encrypted store in a temporary folder per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from desktop.store import Store
from desktop.store.keys import Argon2Params

# CI replays the same examples every run (a red build is then reproducible, never luck);
# runs on a developer's machine keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Cheap Argon2id costs so that tests can create many stores; one test covers the defaults.
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A folder for a new store (not yet created)."""
    return tmp_path / "data"


@pytest.fixture
def new_store(store_dir: Path) -> Iterator[tuple[Store, str]]:
    """A freshly created encrypted store and its recovery key."""
    store, recovery_key = Store.create(store_dir, PASSPHRASE, params=FAST_KDF)
    try:
        yield store, recovery_key
    finally:
        store.close()


@pytest.fixture
def store(new_store: tuple[Store, str]) -> Store:
    """A freshly created encrypted store."""
    return new_store[0]
