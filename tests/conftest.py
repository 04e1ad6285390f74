"""Shared fixtures: a real encrypted store in a temporary folder per test."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from desktop.diagnostics import LOG_DIR_ENV, stop_logging
from desktop.store import Store
from desktop.store.keys import Argon2Params, allow_test_costs

# The test suite (only) may make slots with cheap Argon2id costs: FAST_KDF below, and the
# CLI's WEGWIJZER_KDF_PROFILE=test. A running app never calls this (tests/desktop/store/
# test_keys_hardening.py::test_the_test_kdf_profile_does_nothing_outside_the_test_suite).
allow_test_costs()

# No wall-clock checks: the suite runs on every core (pytest-xdist) of a machine that may be
# busy, where an example's time says nothing about the code. CI replays the same examples
# every run (a red build is then reproducible, never luck); a developer's runs keep exploring.
settings.register_profile("local", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", settings.get_profile("local"), derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Cheap Argon2id costs so that tests can create many stores; one test covers the defaults.
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session", autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The app's log files and crash reports go to a temporary folder, never the user's."""
    os.environ[LOG_DIR_ENV] = str(tmp_path_factory.mktemp("logs"))


@pytest.fixture(autouse=True)
def _root_logger() -> Iterator[None]:
    """A test that configures logging (the CLI, the GUI) leaves the root logger as it was."""
    level = logging.getLogger().level
    yield
    stop_logging()
    logging.getLogger().setLevel(level)


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


def demo_team(folder: Path, *, people: int, today: date, seed: int) -> Iterator[Store]:
    """For a fixture (``yield from``): a new store in ``folder`` with ``people`` demo people,
    unlocked by its admin (the first run's user, as a purge or a report needs), then closed."""
    from desktop.access.session import unlock
    from desktop.demo import populate_demo

    store, _ = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    store.close()
    opened = unlock(folder, PASSPHRASE)
    try:
        populate_demo(opened, people=people, today=today, seed=seed)
        yield opened
    finally:
        opened.close()
