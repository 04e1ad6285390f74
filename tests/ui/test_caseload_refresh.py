"""The caseload after a save: only that row changes; the list is painted before the slow work."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.caseload import load_caseload
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY, unlock
from tests.ui.test_first_weeks import fill, open_person
from ui.caseload_model import CaseloadModel, Column
from ui.main_window import MainWindow


@pytest.fixture
def rows(populated_dir: Path):
    with Store.open(populated_dir, PASSPHRASE) as store:
        return load_caseload(store, today=TODAY)


def _names(model: CaseloadModel) -> list[str]:
    return [model.row_at(r).display_name for r in range(model.rowCount())]


def test_refresh_people_changes_adds_and_drops_only_their_rows(qtmodeltester, rows, translations):
    model = CaseloadModel()
    model.set_rows(rows[1:])
    model.sort(int(Column.NAME), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    first, second = rows[0], rows[1]
    renamed = dataclasses.replace(second, display_name="Zzz, Laatste", next_due=date(2030, 1, 1))
    fresh = {first.person_id: first, second.person_id: renamed}
    model.set_source(lambda ids: [fresh[i] for i in ids if i in fresh], lambda _row: True)
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))

    model.refresh_people([first.person_id, second.person_id])
    qtmodeltester.check(model)
    names = _names(model)
    assert names == sorted(names, key=str.casefold) and names[-1] == "Zzz, Laatste"
    assert first.display_name in names and len(names) == len(rows)
    assert not resets  # no reset: scroll position and selection stay

    del fresh[first.person_id]  # gone from the caseload (ended, purged)
    model.refresh_people([first.person_id])
    qtmodeltester.check(model)
    assert first.display_name not in _names(model) and not resets


@pytest.fixture
def window(qtbot, make_window, populated_dir: Path) -> MainWindow:
    window = make_window(populated_dir)
    events: list[tuple[str, int]] = []
    rows = window.caseload.model.rowCount
    window.caseload.painted.connect(lambda: events.append(("painted", rows())))
    window.sync.controller.status_changed.connect(lambda _s: events.append(("counted", rows())))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(events) == 2, timeout=10_000)
    window.startup_events = events  # type: ignore[attr-defined]
    return window


def test_the_list_is_painted_with_its_rows_before_the_sync_status_is_counted(window):
    shown = window.caseload.model.rowCount()
    assert shown > 0
    assert window.startup_events == [("painted", shown), ("counted", shown)]


def test_back_to_the_list_after_a_save_updates_only_that_row(qtbot, window):
    model = window.caseload.model
    before = {model.row_at(r).display_name: model.row_at(r) for r in range(model.rowCount())}
    assert before["Tesfay, Senait"].next_step == "koffie_en_koek"
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    open_person(qtbot, window, "Tesfay, Senait")
    page = window.dossier
    page.show_tab("koffie_en_koek")
    form = page.form("koffie_en_koek")
    fill(qtbot, form, held_on="24-02-2025", coa_casemanager="Petra Smit",
         interpreter_mode="telefonisch", interpreter_language="ti",
         agreements="Brede Intake over een week.", klantreis_handed_over=True,
         klantreis_language="ti")  # fmt: skip
    with qtbot.waitSignal(page.changed, timeout=10_000):
        qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Opgeslagen."
    window.show_caseload()

    def rows_now() -> dict[str, object]:
        return {model.row_at(r).display_name: model.row_at(r) for r in range(model.rowCount())}

    # The save's change signal reaches the list within an event-loop turn or two.
    qtbot.waitUntil(lambda: rows_now()["Tesfay, Senait"].next_step != "koffie_en_koek",  # type: ignore[attr-defined]
                    timeout=2_000)  # fmt: skip
    after = rows_now()
    assert {k: v for k, v in after.items() if k != "Tesfay, Senait"} == {
        k: v for k, v in before.items() if k != "Tesfay, Senait"
    }
    assert not resets  # one row updated, not the whole list reloaded
