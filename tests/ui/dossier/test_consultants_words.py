"""Codes shown in the consultant's words; the BSN masked on the Persoon tab until asked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.dossier.conftest import fill
from ui.language_picker import LanguagePicker
from ui.languages import language_name, languages_text
from ui.main_window import MainWindow


def test_language_codes_are_named() -> None:
    assert language_name("tr", "nl") == "Turks"
    assert language_name("prs", "nl") == "Dari"
    assert language_name("ti-ER", "en") == "Tigrinya"
    assert languages_text("tr,en", "nl") == "Turks, Engels"
    assert language_name("xx-nonsense", "nl") == "xx-nonsense"


def test_the_dossier_names_languages_and_categories(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    category = page.form("person").editors["category"].widget
    assert category.currentText() == "Asielstatushouder"
    page.show_tab("person")
    person = page.form("person")
    fill(person, languages="tr,en")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        person.save_button.click()
    assert "Turks, Engels" in page.overview.facts["languages"].text()


def test_the_interpreter_language_is_picked_from_a_list(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("koffie_en_koek")
    kek = window.dossier.form("koffie_en_koek")
    picker = kek.editors["interpreter_language"].widget
    assert isinstance(picker, LanguagePicker) and picker.display.isReadOnly()
    picker.display.setFocus()
    qtbot.keyClick(picker.display, Qt.Key.Key_Return)  # Enter opens the list
    chooser = picker.chooser
    assert chooser is not None and chooser.isVisible()
    qtbot.keyClicks(chooser.search, "tigr")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    assert kek.editors["interpreter_language"].value() == "ti"
    assert picker.names() == "Tigrinya"
    kek.editors["interpreter_language"].set_value("Koerdisch (Sorani)")  # typed before
    assert picker.names() == "Koerdisch (Sorani)"
    assert kek.editors["interpreter_language"].value() == "Koerdisch (Sorani)"


def test_the_bsn_is_masked_until_shown(qtbot, dossier_window: Callable[[str], MainWindow]) -> None:
    window = dossier_window("Tesfay")
    window.dossier.show_tab("person")
    editor = window.dossier.form("person").editors["bsn"]
    field = editor.widget
    assert isinstance(field, QLineEdit)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert editor.value() == "111222333"  # masked on screen, not in the data
    editor.show_bsn.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    editor.show_bsn.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert editor.show_bsn.text() == "BSN tonen"
