"""Finding people: spellings, Enter and Down in the search field, filter chips, no-match text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import CONSULTANTS, PEOPLE, unlock
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, make_window, populated_dir: Path) -> MainWindow:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    return window


def shown_names(window: MainWindow) -> set[str]:
    model = window.caseload.model
    return {model.row_at(r).display_name for r in range(model.rowCount())}


def search(qtbot, window: MainWindow, text: str) -> None:
    field = window.caseload.search
    field.clear()
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=5_000):
        qtbot.keyClicks(field, text)


def test_other_spellings_find_the_person(qtbot, window) -> None:
    search(qtbot, window, "hadad")
    assert shown_names(window) == {"Haddad, Rami"}
    search(qtbot, window, "ahmedi")
    assert shown_names(window) == {"Ahmadi, Farid"}


def test_a_birth_date_finds_who_was_born_then(qtbot, window) -> None:
    search(qtbot, window, "15-1-90")
    assert len(shown_names(window)) == len([p for p in PEOPLE if not p.ended])
    search(qtbot, window, "1-1-80")
    assert shown_names(window) == set()
    assert window.caseload.search_assist.no_match.isVisible()
    assert "1-1-80" in window.caseload.search_assist.no_match.text()


def test_enter_opens_the_only_hit(qtbot, window) -> None:
    search(qtbot, window, "tesf")
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.dossier
    assert window.dossier.name.text() == "Tesfay, Senait"


def test_enter_right_after_typing_uses_what_was_typed(qtbot, window) -> None:
    qtbot.keyClicks(window.caseload.search, "jansen")  # no wait for the delayed filter
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert window.dossier.name.text() == "Jansen, Olga"


def test_down_moves_into_the_table(qtbot, window) -> None:
    search(qtbot, window, "a")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    table = window.caseload.table
    assert table.hasFocus()
    assert table.currentIndex().row() == 0
    assert window.caseload.selected_person_ids() == [window.caseload.model.row_at(0).person_id]


def test_a_filter_left_on_is_shown_and_cleared_with_one_click(qtbot, window) -> None:
    view = window.caseload
    view.consultant.setCurrentIndex(
        view.consultant.findText(CONSULTANTS[1], Qt.MatchFlag.MatchStartsWith)
    )
    chips = view.search_assist.chips
    assert chips.isVisible()
    assert len(chips.buttons) == 1 and CONSULTANTS[1] in chips.buttons[0].text()
    search(qtbot, window, "haddad")  # Rami Haddad is guided by the other consultant
    assert shown_names(window) == set()
    assert view.search_assist.no_match.isVisible()
    assert "Zonder de filters gevonden: 1." in view.search_assist.no_match.text()
    assert view.search_assist.show_outside.isVisible()
    qtbot.mouseClick(chips.buttons[0], Qt.MouseButton.LeftButton)
    assert shown_names(window) == {"Haddad, Rami"}
    assert not chips.isVisible()
    assert not view.search_assist.no_match.isVisible()


def test_search_without_the_filters_finds_an_ended_trajectory(qtbot, window) -> None:
    view = window.caseload
    view.overdue_only.setChecked(True)
    search(qtbot, window, "kidane")
    assert shown_names(window) == set()
    qtbot.mouseClick(view.search_assist.show_outside, Qt.MouseButton.LeftButton)
    assert shown_names(window) == {"Kidane, Yonas"}
    assert not view.overdue_only.isChecked() and view.include_ended.isChecked()
