"""Searching and filtering the caseload, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Category, Route
from tests.ui.conftest import CONSULTANTS, PEOPLE, type_text, unlock
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, make_window, populated_dir: Path) -> MainWindow:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    return window


def shown_names(window: MainWindow) -> set[str]:
    model = window.caseload.model
    return {model.row_at(r).display_name for r in range(model.rowCount())}


def search(qtbot, window: MainWindow, text: str, *, ascii_keys: bool = True) -> None:
    field = window.caseload.search
    field.clear()
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=5_000):
        if ascii_keys:
            qtbot.keyClicks(field, text)
        else:
            type_text(field, text)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_search_by_latin_name(qtbot, window):
    search(qtbot, window, "hadd")
    assert shown_names(window) == {"Haddad, Rami"}
    assert window.counts.text() == f"1 van {len(PEOPLE)} getoond"


def test_search_by_arabic_name_typed(qtbot, window):
    search(qtbot, window, "حداد", ascii_keys=False)
    assert shown_names(window) == {"Haddad, Rami"}
    assert window.caseload.search.text() == "حداد"


def test_search_by_dari_name_with_persian_yeh(qtbot, window):
    search(qtbot, window, "فرید", ascii_keys=False)
    assert shown_names(window) == {"Ahmadi, Farid"}


def test_search_by_ethiopic_name_typed(qtbot, window):
    search(qtbot, window, "ሰናይት", ascii_keys=False)
    assert shown_names(window) == {"Tesfay, Senait"}


def test_search_by_bsn_and_v_nummer(qtbot, window):
    search(qtbot, window, "123456782")
    assert shown_names(window) == {"Haddad, Rami"}
    search(qtbot, window, "2001234570")
    assert shown_names(window) == {"Jansen, Olga"}


def test_filter_by_consultant(qtbot, window):
    combo = window.caseload.consultant
    texts = [combo.itemText(i) for i in range(combo.count())]
    # Each consultant with the number of active trajectories they guide.
    assert texts == ["Alle", "Anna de Vries (2)", "Mehmet Yilmaz (2)"]
    assert [t.rsplit(" (", 1)[0] for t in texts[1:]] == sorted(CONSULTANTS)
    combo.setCurrentIndex(texts.index("Mehmet Yilmaz (2)"))
    assert shown_names(window) == {"Tesfay, Senait", "Jansen, Olga"}
    assert {
        window.caseload.model.row_at(r).consultant_name
        for r in range(window.caseload.model.rowCount())
    } == {"Mehmet Yilmaz"}


def test_filter_by_category(qtbot, window):
    choose(window.caseload.category, Category.NAREIZIGER)
    assert shown_names(window) == {"Ahmadi, Farid"}
    assert window.caseload.category.currentText() == "Nareiziger"


def test_filter_by_route(qtbot, window):
    choose(window.caseload.route, Route.B1)
    assert shown_names(window) == {"Haddad, Rami"}


def test_filter_by_step(qtbot, window):
    model = window.caseload.model
    step = model.row_at(0).current_step
    assert step is not None
    expected = {
        model.row_at(r).display_name
        for r in range(model.rowCount())
        if model.row_at(r).current_step == step
    }
    choose(window.caseload.step, step)
    assert shown_names(window) == expected


def test_only_overdue(qtbot, window):
    qtbot.mouseClick(window.caseload.overdue_only, Qt.MouseButton.LeftButton)
    model = window.caseload.model
    assert model.rowCount() >= 1
    assert all(model.row_at(r).overdue for r in range(model.rowCount()))
    assert "Haddad, Rami" in shown_names(window)


def test_include_ended(qtbot, window):
    assert "Kidane, Yonas" not in shown_names(window)
    qtbot.mouseClick(window.caseload.include_ended, Qt.MouseButton.LeftButton)
    assert "Kidane, Yonas" in shown_names(window)
    assert window.counts.text() == f"{len(PEOPLE)} van {len(PEOPLE)} getoond"


def test_show_full_bsn(qtbot, window):
    assert "123456782" not in window.caseload.visible_texts()
    qtbot.mouseClick(window.caseload.show_bsn, Qt.MouseButton.LeftButton)
    assert "123456782" in window.caseload.visible_texts()
