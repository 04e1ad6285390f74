"""Step and deadline agree: the caseload row, the dossier header and the timeline name the
same step, with that step's own deadline; Vandaag opens the step it shows. From no data
folder (first run through the screens); the person is added through the core."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.domain.enums import Category, TestOutcome
from desktop.domain.model import BredeIntake, KoffieEnKoek, Leerbaarheidstoets, Person, Trajectory
from desktop.journey.engine import StepKey
from tests.ui.day_one import first_run
from ui.caseload_model import Column
from ui.dossier.dossier_page import TABS
from ui.dossier.timeline import CURRENT_ROLE, STATE_ROLE
from ui.labels import step_label
from ui.main_window import MainWindow


def _person(window: MainWindow, *done: type) -> str:
    """Sara, linked on 10 January 2025, with the given steps done."""
    with window.store.transaction() as session:
        person = Person(given_names="Sara", family_name="Tesfay", birth_date=date(1994, 5, 2),
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2025, 1, 10)))
        if KoffieEnKoek in done:
            session.add(KoffieEnKoek(person_id=person.id, held_on=date(2025, 1, 20)))
        if BredeIntake in done:
            session.add(BredeIntake(person_id=person.id, started_on=date(2025, 1, 27),
                                    completed_on=date(2025, 2, 3)))  # fmt: skip
        if Leerbaarheidstoets in done:
            session.add(Leerbaarheidstoets(person_id=person.id, taken_on=date(2025, 2, 5),
                                           outcome=TestOutcome.B1))  # fmt: skip
        return person.id


def _window(qtbot, make_window, tmp_path: Path) -> MainWindow:
    window = make_window(tmp_path / "mine")
    first_run(qtbot, window)
    return window


def test_the_caseload_row_and_the_dossier_header_show_one_step(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = _window(qtbot, make_window, tmp_path)
    person_id = _person(window, KoffieEnKoek)
    window.caseload.show_store(window.store)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=10_000)
    row = window.caseload.model.row_at(0)
    assert row.current_step == row.next_step  # the deadline shown is that step's
    model = window.caseload.model
    step_text = model.index(0, Column.CURRENT_STEP).data()
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        window.open_person(person_id)
    journey = window.dossier.dossier.journey
    assert journey.step(row.current_step).due == row.next_due
    assert step_text in window.dossier.next_label.text()
    timeline = window.dossier.timeline.timeline
    marked = [
        timeline.index(r, 0).data(STATE_ROLE).step
        for r in range(timeline.rowCount())
        if timeline.index(r, 0).data(CURRENT_ROLE)
    ]
    assert marked == [row.current_step]  # the timeline marks the same step


def test_after_the_brede_intake_and_the_test_the_header_names_the_pip(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = _window(qtbot, make_window, tmp_path)
    person_id = _person(window, KoffieEnKoek, BredeIntake, Leerbaarheidstoets)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        window.open_person(person_id)
    header = window.dossier.next_label.text()
    assert "niets te doen" not in header
    assert step_label(StepKey.PIP) in header, header
    window.next_step_action.trigger()  # Ctrl+J: the step the header names
    assert TABS[window.dossier.tabs.currentIndex()] == "pip"


def test_opening_from_vandaag_highlights_the_step_of_that_row(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = _window(qtbot, make_window, tmp_path)
    _person(window)  # nothing done: Koffie en Koek, Brede Intake and the test all late
    view = window.today_view
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        window.today_action.trigger()
    steps = [str(view.model.row_at(r).step) for r in range(view.model.rowCount())]
    assert "brede_intake" in steps and steps[0] != "brede_intake"
    row = steps.index("brede_intake")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 1))
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    timeline = window.dossier.timeline
    assert timeline.currentIndex().data(STATE_ROLE).step == StepKey.BREDE_INTAKE
    assert TABS[window.dossier.tabs.currentIndex()] == "brede_intake"
