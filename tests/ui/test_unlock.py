"""Unlock with a passphrase or the recovery key; failures are explained next to the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.store import Store
from tests.ui.conftest import PEOPLE, type_text, unlock

NEW_PASSPHRASE = "een nieuw lang wachtwoord"


def test_wrong_passphrase_shows_dutch_message_and_stays(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    page = window.unlock
    assert window.stack.currentWidget() is page
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password

    qtbot.keyClicks(page.passphrase, "helemaal verkeerd")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert page.error.text().startswith("Het wachtwoord klopt niet")
    assert window.stack.currentWidget() is page
    assert window.store is None
    assert not window.lock_action.isEnabled()
    qtbot.waitUntil(lambda: page.pages.isEnabled())  # no longer busy

    qtbot.keyClicks(page.passphrase, "x")  # typing again clears the message
    assert page.error.text() == ""


def test_right_passphrase_opens_caseload(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.caseload
    names = window.caseload.visible_texts()
    assert "Haddad, Rami" in names
    assert "Kidane, Yonas" not in names  # ended trajectories are hidden by default
    assert window.counts.text() == f"{len(PEOPLE) - 1} van {len(PEOPLE)} getoond"
    assert window.unlock.passphrase.text() == ""
    assert window.windowTitle() == "Wegwijzer"


def test_recovery_key_then_new_passphrase(qtbot, make_window, recovery_dir: tuple[Path, str]):
    folder, key = recovery_dir
    window = make_window(folder)
    page = window.unlock
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentWidget().isAncestorOf(page.recovery_key)

    qtbot.keyClicks(page.recovery_key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_error.text() != "", timeout=10_000)
    assert page.recovery_error.text().startswith("De herstelsleutel klopt niet")

    page.recovery_key.clear()
    qtbot.keyClicks(page.recovery_key, key.lower().replace("-", " "))
    qtbot.keyClick(page.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pages.currentWidget().isAncestorOf(page.new_form), timeout=10_000)
    assert window.stack.currentWidget() is page  # not in before a new passphrase is set

    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.new_form.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.new_form.confirmation, NEW_PASSPHRASE)
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.caseload

    window.lock()
    assert window.stack.currentWidget() is page
    with Store.open(folder, NEW_PASSPHRASE):
        pass
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.store is not None


def test_recovery_can_be_cancelled(qtbot, make_window, recovery_dir: tuple[Path, str]):
    folder, key = recovery_dir
    window = make_window(folder)
    page = window.unlock
    page.show_recovery()
    type_text(page.recovery_key, key)
    qtbot.keyClick(page.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.pages.currentWidget().isAncestorOf(page.new_form), timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentWidget().isAncestorOf(page.passphrase)
    assert window.store is None
    unlock(qtbot, window)  # the old passphrase still works
