"""PIP versions through the screen: a new version asks first, is a draft until signed and
can be thrown away; the timeline keeps the signed route. Starts from no data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import Category, Route
from desktop.domain.model import Person, Trajectory
from desktop.dossier.pip import save_pip
from desktop.journey.team import team_rules
from tests.ui.conftest import TODAY
from tests.ui.day_one import first_run
from tests.ui.two_laptops import answer_next_question


def _dossier_with_signed_pip(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "mine")
    first_run(qtbot, window)
    store = window.store
    with store.transaction() as session:
        person = Person(given_names="Sara", family_name="Tesfay", birth_date=date(1994, 5, 2),
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2024, 12, 1)))
        person_id = person.id
    save_pip(store, person_id, {"route": "b1", "signed_on": "20-02-2025",
             "beschikking_on": "21-02-2025"}, today=TODAY, rules=team_rules(store),
             complete=True)  # fmt: skip
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        window.open_person(person_id)
    window.dossier.show_tab("pip")
    return window, window.dossier.pages["pip"]


def _make_version(qtbot, window, page, answer: QMessageBox.StandardButton) -> None:
    page.new_route.setCurrentIndex(page.new_route.findData(Route.Z.value))
    page.new_reason.setText("Verkeerd gekozen")
    answer_next_question(answer)
    if answer == QMessageBox.StandardButton.Yes:
        with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
            qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_a_new_version_asks_first_and_cancel_makes_none(qtbot, make_window, tmp_path: Path):
    window, page = _dossier_with_signed_pip(qtbot, make_window, tmp_path)
    _make_version(qtbot, window, page, QMessageBox.StandardButton.Cancel)
    assert page.versions.count() == 1
    assert not page.discard_version_button.isVisibleTo(page)


def test_a_draft_version_counts_for_nothing_and_can_be_discarded(
    qtbot, make_window, tmp_path: Path
):
    window, page = _dossier_with_signed_pip(qtbot, make_window, tmp_path)
    _make_version(qtbot, window, page, QMessageBox.StandardButton.Yes)
    assert page.versions.count() == 2
    assert "concept" in page.versions.item(1).text()
    assert window.dossier.dossier.journey.route is Route.B1  # the timeline keeps the signed one
    assert page.discard_version_button.isVisibleTo(page)
    assert not page.new_button.isEnabled()  # one draft at a time
    answer_next_question(QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(page.discard_version_button, Qt.MouseButton.LeftButton)
    assert page.versions.count() == 1
    assert not page.discard_version_button.isVisibleTo(page)
    # The mis-picked version did not use up the one route change of the first year.
    page.new_route.setCurrentIndex(page.new_route.findData(Route.ONDERWIJS.value))
    page.new_reason.setText("Toch de onderwijsroute")
    answer_next_question(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.versions.count() == 2
