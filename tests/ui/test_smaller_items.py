"""The issue's smaller items, through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import unlock

TEAM = "ons team van consulenten"


def test_a_new_teams_passphrase_is_typed_twice(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    window = make_window(populated_dir)
    unlock(qtbot, window)
    dialog = window.sync.open_settings()
    dialog.path.setText(str(share))
    qtbot.keyClicks(dialog.passphrase, TEAM)
    qtbot.keyClicks(dialog.passphrase_again, TEAM + "x")
    qtbot.mouseClick(dialog.create_team, Qt.MouseButton.LeftButton)
    assert "verschillen" in dialog.result_label.text()
    assert not any(share.iterdir())  # nothing was made
    dialog.passphrase_again.clear()
    qtbot.keyClicks(dialog.passphrase_again, TEAM)
    qtbot.mouseClick(dialog.create_team, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nieuw team" in dialog.result_label.text(), timeout=15_000)
    assert dialog.passphrase.text() == dialog.passphrase_again.text() == ""
    dialog.reject()


def test_after_unlocking_the_user_is_back_where_they_were(
    qtbot, make_window, populated_dir: Path
) -> None:
    from tests.ui.dossier.conftest import open_dossier
    from ui.dossier.dossier_page import TABS

    window = make_window(populated_dir)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    window.dossier.show_tab("pip")
    qtbot.keyClick(window.dossier.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        unlock(qtbot, window)
    assert window.stack.currentWidget() is window.dossier
    assert window.dossier.name.text() == "Tesfay, Senait"
    assert window.dossier.tabs.currentIndex() == TABS.index("pip")
    window.show_today()
    window.lock()
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.today_view
