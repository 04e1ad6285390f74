"""Steps of a new user's first day, shared by the tests that start from no data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow

#: The passphrase a new user chooses at first run in these tests.
NEW_PASSPHRASE = "zeven vrolijke fietsers"
#: The name the new user types at first run.
NEW_USER = "Anna de Vries"


def first_run(
    qtbot, window: MainWindow, passphrase: str = NEW_PASSPHRASE, name: str = NEW_USER
) -> None:
    """Type one's name, choose a passphrase (twice), keep the recovery key safe, arrive at
    the empty caseload."""
    page = window.first_run
    assert page is not None
    qtbot.keyClicks(page.user_name, name)
    qtbot.keyClicks(page.form.passphrase, passphrase)
    qtbot.keyClicks(page.form.confirmation, passphrase)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1, timeout=10_000)
    page.kept_safe.setChecked(True)
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)


def add_consultant(qtbot, window: MainWindow, name: str, phone: str) -> None:
    """In the open Beheer → Team tab: New consultant, name and phone, Save."""
    dialog = window.admin.dialog
    assert dialog is not None
    team = dialog.team
    qtbot.mouseClick(team.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(team.name, name)
    qtbot.keyClicks(team.phone, phone)
    qtbot.mouseClick(team.save_button, Qt.MouseButton.LeftButton)
    assert team.status.text().endswith(name), team.message.text()
