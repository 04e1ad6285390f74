"""The admin replaces the database key from the users tab; the new recovery key is shown once."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.access.session import unlock_with_recovery
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_the_admin_replaces_the_database_key_and_sees_the_new_recovery_key(
    qtbot, make_window, populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.admin.open_admin()
    tab = window.admin.dialog.users
    tab.rotate_key(PASSPHRASE, confirm=False)
    qtbot.waitUntil(lambda: tab.rekey_button.isEnabled(), timeout=20_000)
    found = re.search(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", tab.rekey_status.text())
    assert found, tab.rekey_status.text()
    store = window.store
    assert isinstance(store, Store)
    assert store.passphrase_users() == [store.user]
    window.admin.dialog.close()
    window.lock()
    with unlock_with_recovery(populated_dir, found.group(0)) as recovered:
        assert recovered.user == store.user
