"""Two laptops of one team for the screen tests: "this laptop" starts from no data folder
(first run through the real screens), a colleague's laptop is a second real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.access.names import set_laptop_name
from desktop.access.team import create_team, join_team
from desktop.access.users import ensure_users
from desktop.domain.enums import Category
from desktop.domain.model import Person, Trajectory
from desktop.store import Store
from desktop.sync.engine import synchronise
from desktop.sync.laptops import approve
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.day_one import first_run
from ui.main_window import MainWindow

TEAM = "ons team van consulenten"
COLLEAGUE = "Bram Jansen"
COLLEAGUE_LAPTOP = "laptop van Bram"


def colleague(tmp_path: Path) -> tuple[Store, Path, str]:
    """A colleague's laptop with one person, in a new team folder, synced."""
    share = tmp_path / "share"
    share.mkdir()
    other, _key = Store.create(tmp_path / "colleague", PASSPHRASE, user=COLLEAGUE,
                               params=FAST_KDF)  # fmt: skip
    ensure_users(other)
    set_laptop_name(other, COLLEAGUE_LAPTOP)
    create_team(other, share, TEAM, params=FAST_KDF)
    with other.transaction() as session:
        person = Person(given_names="Sara", family_name="Tesfay", birth_date=date(1994, 5, 2),
                        category=Category.ASIELSTATUSHOUDER, phone="0611111111",
                        email="sara@example.org")  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2025, 1, 10)))
        person_id = person.id
    synchronise(other, share)
    return other, share, person_id


def sync(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.controller.synced, timeout=20_000):
        window.sync.sync_action.trigger()


def new_laptop(qtbot, make_window, tmp_path: Path, share: Path) -> MainWindow:
    window = make_window(tmp_path / "mine")
    first_run(qtbot, window)
    join_team(window.store, share, TEAM)
    # The colleague's laptop made the team: an admin there lets this laptop in.
    with Store.open(tmp_path / "colleague", PASSPHRASE) as admin:
        approve(admin, this_laptop(window.store))
    return window


def open_person_form(qtbot, window: MainWindow, person_id: str):
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        window.open_person(person_id)
    window.dossier.show_tab("person")
    return window.dossier.form("person")


def colleague_edits(other: Store, share: Path, person_id: str, **values: str) -> None:
    with other.transaction() as session:
        person = session.get(Person, person_id)
        for key, value in values.items():
            setattr(person, key, value)
    synchronise(other, share)


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Press ``button`` of the next message box as soon as it shows."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)
