"""The caseload's rows are filtered and ordered off the GUI thread while they load; what the
user typed or sorted while they loaded still wins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import PEOPLE, unlock
from ui.caseload_model import Column
from ui.caseload_view import count_team


def shown_names(view) -> list[str]:
    return [view.model.row_at(r).display_name for r in range(view.model.rowCount())]


def test_the_loaded_rows_come_filtered_and_in_the_tables_order(
    qtbot, make_window, populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = window.caseload
    view.table.sortByColumn(int(Column.NAME), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(view.painted, timeout=10_000):
        view.show_store(window.store)  # a reload with that order: sorted in the worker
    names = shown_names(view)
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert len(names) == sum(not someone.ended for someone in PEOPLE)


def test_what_is_typed_during_a_load_is_applied_to_its_rows(
    qtbot, make_window, populated_dir: Path
) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = window.caseload
    view.show_store(window.store)
    view.search.setText("hadd")  # before the rows come back (they arrive through the loop)
    view._filter_timer.stop()  # no debounce: only the arrival of the rows filters them
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert shown_names(view) == ["Haddad, Rami"]
    assert window.counts.text() == f"1 van {len(PEOPLE)} getoond"


def test_the_team_counts_follow_a_refresh_of_some_rows(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = window.caseload
    loaded = count_team(view._rows)
    assert view._team_counts == loaded and sum(loaded.values()) > 1
    everyone = [view.model.row_at(r).person_id for r in range(view.model.rowCount())]
    view.refresh_people(everyone[:2])  # their rows again, counted once each
    assert view._team_counts == count_team(view._rows) == loaded
