"""Languages chosen by name, stored as codes: the person's languages (several), searched by
typing, ticked with Space, and named in the UI language wherever they are shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.dossier.conftest import open_dossier
from ui.language_picker import LanguageChooser, LanguagePicker
from ui.main_window import MainWindow


def _visible(chooser: LanguageChooser) -> list[str]:
    return [
        chooser.list.item(r).text()
        for r in range(chooser.list.count())
        if not chooser.list.item(r).isHidden()
    ]


def _tick(qtbot, chooser: LanguageChooser, search: str) -> None:
    """Search, move into the list, tick the first hit with Space."""
    chooser.search.clear()
    type_text(chooser.search, search)
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    assert chooser.focusWidget() is chooser.list
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    chooser.search.setFocus()


def test_the_persons_languages_are_ticked_by_name_and_saved_as_codes(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("person")
    person = page.form("person")
    picker = person.editors["languages"].widget
    assert isinstance(picker, LanguagePicker) and picker.multiple
    person.editors["languages"].set_value("")
    picker.display.setFocus()
    qtbot.keyClick(picker.display, Qt.Key.Key_T)  # a letter opens the list, searching for it
    chooser = picker.chooser
    assert chooser is not None and chooser.isVisible() and chooser.search.text() == "t"
    assert "Tigrinya" in _visible(chooser)
    chooser.search.clear()
    type_text(chooser.search, "Oekraï")  # non-ASCII, as a Dutch keyboard types it
    assert _visible(chooser) == ["Oekraïens"]
    type_text(chooser.search, "zz")
    assert _visible(chooser) == [] and chooser.empty.isVisibleTo(chooser)
    assert chooser.empty.text() == "Geen taal met die naam."
    for search in ("turk", "engel"):
        _tick(qtbot, chooser, search)
    assert chooser.chosen() == ["tr", "en"]
    with qtbot.waitSignal(person.editors["languages"].changed):
        qtbot.keyClick(chooser.search, Qt.Key.Key_Return)  # Enter: OK
    assert not chooser.isVisible()
    assert person.editors["languages"].value() == "tr,en"
    assert picker.names() == "Turks, Engels"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(person.save_button, Qt.MouseButton.LeftButton)
    shown = page.overview.facts["languages"].text()
    assert "Turks" in shown and "Engels" in shown and "tr" not in shown.split(", ")


def test_cancel_keeps_the_languages_and_delete_empties_the_field(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("person")
    editor = page.form("person").editors["languages"]
    picker = editor.widget
    editor.set_value("ti,ar")
    assert picker.names() == "Tigrinya, Arabisch"
    qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
    chooser = picker.chooser
    assert chooser is not None and chooser.chosen() == ["ar", "ti"]  # in the list's order
    _tick(qtbot, chooser, "arab")  # untick
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    assert editor.value() == "ti,ar"
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(picker.display, Qt.Key.Key_Delete)
    assert editor.value() == "" and picker.names() == ""


def test_names_follow_the_ui_language(qtbot, make_window, populated_dir) -> None:
    from tests.ui.conftest import unlock

    window = make_window(populated_dir)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    editor = window.dossier.form("person").editors["languages"]
    editor.set_value("tr,en")
    window.set_language("en")
    try:
        qtbot.waitUntil(lambda: editor.widget.names() == "Turkish, English")
        qtbot.keyClick(editor.widget.display, Qt.Key.Key_Return)
        chooser = editor.widget.chooser
        assert chooser is not None and chooser.windowTitle() == "Choose languages"
        assert "Turkish" in _visible(chooser)
        chooser.reject()
    finally:
        window.set_language("nl")
    qtbot.waitUntil(lambda: editor.widget.names() == "Turks, Engels")
