"""Fixtures for the sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.sync.helpers import Fleet, fleet_of


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    """Three laptops in one team with a shared folder."""
    yield from fleet_of(tmp_path, 3)
