"""The core's messages (store errors, validation, journey notes) follow the screen language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.dossier.conftest import fill
from ui.main_window import MainWindow

DUTCH_WORDS = {"na", "weken", "maanden", "uitkomst", "elke", "gepland", "termijn", "jaar"}


def _switch(qtbot, window: MainWindow, language: str) -> None:
    title = {"en": "&File", "nl": "&Bestand"}[language]
    window.language_actions[language].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == title)


def _wrong_passphrase(qtbot, window: MainWindow) -> str:
    page = window.unlock
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "helemaal verkeerd")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: page.pages.isEnabled())  # no longer busy
    return page.error.text()


def test_a_store_error_in_english_and_in_dutch(
    qtbot, make_window: Callable[[Path], MainWindow], populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    _switch(qtbot, window, "en")
    assert _wrong_passphrase(qtbot, window) == (
        "The passphrase is not right. Mind capital letters and Caps Lock."
    )
    _switch(qtbot, window, "nl")
    assert _wrong_passphrase(qtbot, window).startswith("Het wachtwoord klopt niet.")


def test_validation_and_journey_notes_in_english_and_in_dutch(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    _switch(qtbot, window, "en")
    kek = window.dossier.form("koffie_en_koek")
    fill(kek, held_on="01-02-2025")
    kek.save_button.click()
    assert kek.editors["held_on"].error.text() == (
        "This date cannot be before the linking (20-02-2025)."
    )
    person = window.dossier.form("person")
    fill(person, bsn="123456789")
    person.save_button.click()
    assert person.editors["bsn"].error.text() == (
        "This BSN fails the eleven-test. Check the number."
    )
    timeline = window.dossier.timeline.timeline
    notes = [state.note for state in timeline.steps() if state.note]
    assert notes
    for row in range(timeline.rowCount()):
        tip = timeline.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert not set(re.findall(r"\w+", tip.lower())) & DUTCH_WORDS, tip

    _switch(qtbot, window, "nl")  # the messages on screen follow the switch
    assert kek.editors["held_on"].error.text() == (
        "Deze datum kan niet vóór de koppeling (20-02-2025) liggen."
    )
    kek.save_button.click()
    assert kek.editors["held_on"].error.text() == (
        "Deze datum kan niet vóór de koppeling (20-02-2025) liggen."
    )
    person.save_button.click()
    assert "elfproef" in person.editors["bsn"].error.text()
    assert any(set(re.findall(r"\w+", s.note)) & DUTCH_WORDS for s in timeline.steps())
