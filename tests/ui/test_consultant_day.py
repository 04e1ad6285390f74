"""A consultant's day through the GUI alone, with a colleague's laptop syncing in between.

From no data folder: first run as a named admin, the colleague added to the team roster, the
team made in Teammap… and the colleague's laptop approved. Then, through real buttons and
shortcuts only: a newcomer registered (Ctrl+N), the Koffie en Koek and the Brede Intake planned
and held, the PIP signed, a progress talk saved, the klantreis saved, a search, Vandaag and
the Agenda. Between the steps the colleague's laptop changes other people and the same person
and syncs. After each step: the control did something visible, values nobody touched here
are unchanged and the colleague's changes are shown (a clash is asked), no screen is stale,
and every dialog fits a 1366×768 screen.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import select

from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import Category
from desktop.domain.model import Person, ProgressTalk, Trajectory
from desktop.dossier.forms import ASSESSMENTS
from desktop.journey.engine import StepKey, StepStatus
from desktop.store import Store
from desktop.store.settings import SYNC_TEAM_ID
from desktop.sync.engine import synchronise
from desktop.sync.team import join_team
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.day_one import NEW_USER, add_consultant, first_run
from tests.ui.test_first_weeks import (
    agenda_rows,
    choose,
    fill,
    open_person,
    plan_talk,
    save_handout,
    step,
    today_rows,
)
from tests.ui.test_laptop_sizes import TASKBAR, off_screen_buttons
from tests.ui.test_laptops import _select as select_laptop
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.sync.laptops_dialog import laptop_code

DAY = date(2025, 3, 17)  # a Monday
SCREEN = (1366, 768)
TEAM = "ons team van consulenten"
COLLEAGUE = "Bram Jansen"
MY_PHONE = "0529 488 100"
KOPPELING = "24-02-2025"  # the Koffie en Koek is due today


@pytest.fixture
def window(qtbot, translations: Translations, settings: QSettings, tmp_path: Path):
    """This laptop on ``DAY``, from no data folder, at laptop size."""
    made = MainWindow(tmp_path / "mine", today=DAY, translations=translations,
                      settings=settings, params=FAST_KDF)  # fmt: skip
    qtbot.addWidget(made)
    made.resize(SCREEN[0], SCREEN[1] - TASKBAR)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    yield made
    made.lock()
    made.runner.wait()


class Colleague:
    """The colleague's laptop: a real store in the same team folder, changed and synced."""

    def __init__(self, folder: Path, share: Path) -> None:
        self.share = share
        self.store, _key = Store.create(folder, PASSPHRASE, user=COLLEAGUE, params=FAST_KDF)

    def sync(self) -> None:
        synchronise(self.store, self.share)

    def add_person(self, given: str, family: str) -> str:
        with self.store.transaction() as session:
            person = Person(given_names=given, family_name=family, birth_date=date(1994, 5, 2),
                            category=Category.ASIELSTATUSHOUDER, phone="0611111111")  # fmt: skip
            session.add(person)
            session.flush()
            session.add(Trajectory(person_id=person.id, koppeling_date=date(2025, 1, 6)))
            person_id = person.id
        self.sync()
        return person_id

    def change_person(self, person_id: str, **values: str) -> None:
        with self.store.transaction() as session:
            person = session.get(Person, person_id)
            for key, value in values.items():
                setattr(person, key, value)
        self.sync()

    def person_id(self, family: str) -> str:
        self.sync()
        with self.store.reading() as session:
            return session.scalars(select(Person.id).where(Person.family_name == family)).one()


def sync_here(qtbot, window: MainWindow, *, reload: bool = False) -> None:
    """The Synchroniseren action, as the user presses it; with ``reload`` the open dossier
    is read again after it."""
    if reload:
        with (
            qtbot.waitSignal(window.dossier.loaded, timeout=20_000),
            qtbot.waitSignal(window.sync.controller.synced, timeout=20_000),
        ):
            window.sync.sync_action.trigger()
        return
    with qtbot.waitSignal(window.sync.controller.synced, timeout=20_000):
        window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def fits(dialog: QWidget) -> None:
    """A dialog is inside the laptop screen with every button reachable."""
    top = dialog.window()
    assert top.width() <= SCREEN[0] and top.height() <= SCREEN[1] - TASKBAR, top.size()
    hint = top.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - TASKBAR, hint
    assert off_screen_buttons(top) == []


def caseload_names(window: MainWindow) -> set[str]:
    model = window.caseload.model
    return {model.row_at(r).display_name for r in range(model.rowCount())}


def make_team_and_approve(qtbot, window: MainWindow, tmp_path: Path) -> Colleague:
    """Teammap…: make the team; the colleague's laptop joins; Laptops…: approve it."""
    share = tmp_path / "share"
    share.mkdir()
    settings = window.sync.open_settings()
    fits(settings)
    settings.path.setText(str(share))
    settings.passphrase.setText(TEAM)
    settings.passphrase_again.setText(TEAM)
    qtbot.mouseClick(settings.create_team, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(SYNC_TEAM_ID.get(window.store)), timeout=20_000)
    qtbot.waitUntil(settings.create_team.isEnabled, timeout=10_000)
    sync_here(qtbot, window)
    colleague = Colleague(tmp_path / "colleague", share)
    join_team(colleague.store, share, TEAM)
    newcomer = this_laptop(colleague.store)
    assert synchronise(colleague.store, share).received == 0  # waits for approval
    qtbot.mouseClick(settings.laptops, Qt.MouseButton.LeftButton)
    dialog = settings.laptops_dialog
    assert dialog is not None and dialog.isVisible()
    fits(dialog)
    select_laptop(qtbot, dialog, laptop_code(newcomer))
    qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "goedgekeurd" in dialog.result_label.text(), timeout=10_000)
    dialog.close()
    settings.reject()
    assert synchronise(colleague.store, share).received > 0  # now it reads the team's data
    return colleague


def test_a_consultants_day_with_a_colleague_syncing(qtbot, window: MainWindow, tmp_path) -> None:
    # -- morning: first run, the team roster, the team folder, the colleague's laptop ------
    first_run(qtbot, window)
    qtbot.mouseClick(window.caseload.team_button, Qt.MouseButton.LeftButton)
    fits(window.admin.dialog)
    add_consultant(qtbot, window, NEW_USER, MY_PHONE)
    add_consultant(qtbot, window, COLLEAGUE, "0529 488 200")
    window.admin.dialog.close()  # type: ignore[union-attr]
    assert window.caseload.my_caseload.isVisibleTo(window)  # the user is in the roster
    colleague = make_team_and_approve(qtbot, window, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # The colleague registers someone of theirs; this laptop's caseload shows her after a
    # sync, without switching views.
    sara = colleague.add_person("Sara", "Tesfay")
    sync_here(qtbot, window)
    qtbot.waitUntil(lambda: caseload_names(window) == {"Tesfay, Sara"}, timeout=10_000)
    qtbot.waitUntil(lambda: window.counts.text() == "1 van 1 getoond", timeout=10_000)

    # -- a newcomer is registered (Ctrl+N) -------------------------------------------------
    window.caseload.search.setFocus()
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.registration
    assert dialog is not None and dialog.isVisible()
    fits(dialog)
    fill(qtbot, dialog.form, given_names="Amal", family_name="Haddad", birth_date="14-05-1988",
         country_of_origin="SY", languages="ar", koppeling_date=KOPPELING,
         residence_location="ROL Zwolle")  # fmt: skip
    dialog.consultant.setCurrentIndex(dialog.consultant.findText(NEW_USER))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(dialog.form.editors["given_names"].widget, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert window.dossier.name.text() == "Haddad, Amal"
    amal = window.dossier.person_id
    sync_here(qtbot, window)
    assert colleague.person_id("Haddad") == amal  # the colleague's laptop has her now
    # Meanwhile the colleague changes their own person and syncs: the open dossier stays.
    colleague.change_person(sara, phone="0633333333")
    sync_here(qtbot, window)
    assert window.dossier.person_id == amal and window.dossier.name.text() == "Haddad, Amal"

    # -- the Koffie en Koek: planned, then held --------------------------------------------
    page = window.dossier
    assert step(window, StepKey.KOFFIE_EN_KOEK).due == DAY
    plan_talk(qtbot, window, "koffie_en_koek", "17-03-2025", "09:00", place_detail="ROL Zwolle")
    assert step(window, StepKey.KOFFIE_EN_KOEK).status is StepStatus.PLANNED
    # The colleague corrects Amal's e-mail address (a field nobody touches here) and syncs:
    # the open dossier shows it, nothing typed here is lost.
    colleague.change_person(amal, email="amal@example.org")
    sync_here(qtbot, window, reload=True)
    person = page.form("person")
    assert person.editors["email"].value() == "amal@example.org"
    assert person.editors["birth_date"].value() == "14-05-1988"  # untouched: unchanged
    page.show_tab("koffie_en_koek")
    kek = page.form("koffie_en_koek")
    fill(qtbot, kek, held_on="17-03-2025", coa_casemanager="Petra Smit",
         agreements="Brede Intake vanmiddag.")  # fmt: skip
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(kek.complete_button, Qt.MouseButton.LeftButton)
    assert step(window, StepKey.KOFFIE_EN_KOEK).status is StepStatus.DONE

    # -- the Brede Intake: planned and held, while the colleague changes Amal's phone -------
    plan_talk(qtbot, window, "brede_intake", "17-03-2025", "14:00")
    assert step(window, StepKey.BREDE_INTAKE).status is StepStatus.PLANNED
    page.show_tab("person")
    phone = person.editors["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0644444444")  # typed here, not saved yet
    colleague.change_person(amal, phone="0655555555")
    sync_here(qtbot, window, reload=True)
    qtbot.waitUntil(lambda: person.clash_box is not None and person.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    fits(person.clash_box)
    assert "0644444444" in person.clash_box.text() and "0655555555" in person.clash_box.text()
    assert phone.text() == "0644444444"  # asked, not overwritten
    qtbot.mouseClick(person.clash_box.findChild(QPushButton, "take_theirs"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert phone.text() == "0655555555" and not person.has_changes()

    page.show_tab("brede_intake")
    intake = page.form("brede_intake")
    page.pages["brede_intake"].show_health.setChecked(True)  # asked on purpose, in the room
    fill(qtbot, intake, started_on="17-03-2025", toets_taken_on="17-03-2025", toets_outcome="b1")
    for name in intake.editors:
        if name.startswith("domain.") and name.endswith(".assessment"):
            choose(intake.editors[name].widget, ASSESSMENTS[2])
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(intake.complete_button, Qt.MouseButton.LeftButton)
    assert step(window, StepKey.BREDE_INTAKE).status is StepStatus.DONE
    assert page.dossier.journey.current_step is StepKey.PIP  # type: ignore[union-attr]

    # -- the PIP ---------------------------------------------------------------------------
    page.show_tab("pip")
    pip = page.form("pip")
    fill(qtbot, pip, route="b1", signed_on="17-03-2025", beschikking_on="17-03-2025",
         language_provider="Taalschool Zwolle")  # fmt: skip
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(pip.complete_button, Qt.MouseButton.LeftButton)
    assert step(window, StepKey.PIP).status is StepStatus.DONE
    colleague.change_person(sara, email="sara@elders.nl")
    sync_here(qtbot, window)
    assert pip.editors["language_provider"].value() == "Taalschool Zwolle"

    # -- a progress talk, while the colleague records one of their own for Amal ------------
    page.show_tab("progress_talk")
    talk = page.pages["progress_talk"]
    fill(qtbot, talk.form, held_on="17-03-2025", progress="op_schema",
         summary="Start bij de taalschool besproken.")  # fmt: skip
    with colleague.store.transaction() as session:
        session.add(ProgressTalk(person_id=amal, held_on=date(2025, 3, 14),
                                 summary="Telefonisch: komt naar de ROL."))  # fmt: skip
    colleague.sync()
    sync_here(qtbot, window, reload=True)
    assert talk.earlier.count() == 1  # the colleague's talk, listed
    assert talk.form.editors["summary"].value() == "Start bij de taalschool besproken."
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(talk.form.save_button, Qt.MouseButton.LeftButton)
    assert talk.earlier.count() == 2
    sync_here(qtbot, window)
    colleague.sync()
    with colleague.store.reading() as session:  # and the colleague has both after a sync
        assert len(list(session.scalars(select(ProgressTalk)))) == 2

    # -- the klantreis, saved as PDF (Ctrl+P) ----------------------------------------------
    klantreis = save_handout(qtbot, window, "klantreis", "nl", tmp_path / "klantreis.pdf")
    assert "Haddad" in klantreis and NEW_USER in klantreis and MY_PHONE in klantreis

    # -- search, Vandaag, Agenda show the synced data --------------------------------------
    window.show_caseload()
    qtbot.waitUntil(lambda: caseload_names(window) == {"Haddad, Amal", "Tesfay, Sara"},
                    timeout=10_000)  # fmt: skip
    qtbot.keyClicks(window.caseload.search, "tesfay")
    qtbot.waitUntil(lambda: caseload_names(window) == {"Tesfay, Sara"}, timeout=10_000)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    assert window.dossier.person_id == sara
    assert page.form("person").editors["email"].value() == "sara@elders.nl"  # synced
    assert page.form("person").editors["phone"].value() == "0633333333"

    mine = today_rows(qtbot, window)  # Vandaag opens on the user's own people
    assert window.today_view.consultant.currentText().startswith(NEW_USER)
    assert all(name == "Haddad, Amal" for name, _step, _status in mine)
    view = window.today_view
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        view.consultant.setCurrentIndex(0)  # the whole team
    team = {view.model.row_at(r).display_name for r in range(view.model.rowCount())}
    assert "Tesfay, Sara" in team  # the colleague's person, synced
    agenda_rows(qtbot, window, weeks_ahead=0)  # Ctrl+3
    agenda = window.agenda_view
    held = {(e.person_id, e.kind): e.talk_status for e in agenda.model.rows() if e.is_talk}
    assert held[(amal, "koffie_en_koek")] is AppointmentStatus.GEHOUDEN
    assert held[(amal, "brede_intake")] is AppointmentStatus.GEHOUDEN
    # The colleague plans Sara's talk for this afternoon; the open Agenda shows it at once.
    with colleague.store.transaction() as session:
        session.add(Appointment(person_id=sara, kind=TalkKind.KOFFIE_EN_KOEK,
                                starts_at=datetime(2025, 3, 17, 16, 0)))  # fmt: skip
    colleague.sync()
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        sync_here(qtbot, window)
    assert (sara, "koffie_en_koek") in {(e.person_id, e.kind) for e in agenda.model.rows()}
    window.show_caseload()
    window.caseload.search.selectAll()
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(caseload_names(window)) == 2, timeout=10_000)
    open_person(qtbot, window, "Haddad, Amal")
    assert page.form("person").editors["phone"].value() == "0655555555"  # theirs, taken
    colleague.store.close()
