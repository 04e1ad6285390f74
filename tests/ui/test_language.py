"""Dutch by default, English on request, switched live; the shipped translations are whole."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from tests.ui.conftest import unlock
from ui.i18n import LANGUAGES, qm_path, saved_language, translations_dir


def test_switch_to_english_and_back(qtbot, make_window, populated_dir: Path, settings):
    window = make_window(populated_dir)
    assert window.unlock.unlock_button.text() == "&Ontgrendelen"
    assert window.file_menu.title() == "&Bestand"
    unlock(qtbot, window)
    model = window.caseload.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"

    window.language_actions["en"].trigger()  # Qt posts LanguageChange to the windows
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.lock_action.text() == "&Lock"
    assert window.unlock.unlock_button.text() == "&Unlock"
    assert window.caseload.search.placeholderText() == "Search by name, BSN or V-number"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.counts.text().endswith("shown")
    assert window.caseload.category.itemText(0) == "All"
    assert saved_language(settings) == "en"

    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Bestand")
    assert window.caseload.search.placeholderText() == "Zoeken op naam, BSN of V-nummer"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    assert saved_language(settings) == "nl"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_shipped_qm_loads(qapp, language: str):
    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    assert not translator.isEmpty() or language == "en"


def test_dutch_ts_is_complete():
    tree = ET.parse(translations_dir() / "wegwijzer_nl.ts")
    messages = tree.findall(".//message")
    assert len(messages) > 50
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "obsolete", "vanished")
        or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_standard_buttons_follow_the_language(qtbot, qapp):
    """Qt's own texts (Save, Cancel in dialogs) come from Qt's translations, also in Dutch."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.i18n import Translations

    translations = Translations(qapp)
    try:
        assert translations.switch("nl")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Opslaan", "Annuleren"}
        assert translations.switch("en")
        box_en = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box_en)
        assert box_en.buttons()[0].text().replace("&", "") == "Save"
    finally:
        translations.remove()
