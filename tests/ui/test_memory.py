"""The collector keeps away from a loaded caseload, and gets it back on lock."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.ui.conftest import unlock


def test_a_loaded_caseload_is_frozen_and_released_on_lock(qtbot, make_window, populated_dir: Path):
    gc.unfreeze()
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert gc.get_freeze_count() > 0  # the rows are out of every collection's walk
    window.lock()
    assert gc.get_freeze_count() == 0
