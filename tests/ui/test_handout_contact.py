"""Whose contact details a handout gives follows who is logged in.

Every test starts from no data folder: first run as a named admin, the team roster built in
Beheer → Team, the handout rendered through the real dialog and its PDF text read back.
"""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.domain.enums import Category
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.store import Store
from tests.ui.day_one import NEW_USER, add_consultant, first_run
from ui.handouts.batch import BatchDialog
from ui.handouts.dialog import HandoutDialog
from ui.main_window import MainWindow

MY_PHONE = "0529 488 100"
COLLEAGUE = "Jan Bakker"
COLLEAGUE_PHONE = "0529 488 200"


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    return " ".join(text.replace("\xa0", " ").split())


def _team(qtbot, window: MainWindow, *, me_too: bool = True) -> None:
    window.admin.open_admin("team")
    if me_too:  # the roster's consultant with the user's name is the user
        add_consultant(qtbot, window, NEW_USER, MY_PHONE)
    add_consultant(qtbot, window, COLLEAGUE, COLLEAGUE_PHONE)
    window.admin.dialog.close()


def _person(store: Store, family: str, consultant: str | None) -> str:
    with store.transaction() as session:
        consultant_id = (
            session.scalar(select(Consultant.id).where(Consultant.name == consultant))
            if consultant
            else None
        )
        person = Person(given_names="Amal", family_name=family, birth_date=date(1990, 3, 4),
                        category=Category.ASIELSTATUSHOUDER, languages="nl")  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2026, 1, 5),
                               consultant_id=consultant_id))  # fmt: skip
        return person.id


def _open(qtbot, window: MainWindow, person_id: str) -> HandoutDialog:
    dialog = window.handouts.open_for_person(person_id)
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.handout is not None, timeout=30_000)
    return dialog


def test_own_client_and_a_person_without_consultant_get_my_details(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window(tmp_path / "data")
    first_run(qtbot, window)
    _team(qtbot, window)
    mine = _person(window.store, "Haddad", NEW_USER)
    nobodys = _person(window.store, "Osman", None)

    dialog = _open(qtbot, window, mine)
    assert not dialog.contact.isVisibleTo(dialog)  # nothing to choose
    assert NEW_USER in dialog.contact_note.text()
    text = _text(dialog.handout.pdf)
    assert f"{NEW_USER}: {MY_PHONE}" in text and COLLEAGUE not in text
    dialog.close()

    dialog = _open(qtbot, window, nobodys)
    assert not dialog.contact.isVisibleTo(dialog)
    assert "geen consulent" in dialog.contact_note.text()
    assert f"{NEW_USER}: {MY_PHONE}" in _text(dialog.handout.pdf)


def test_a_colleagues_client_defaults_to_the_colleague_and_i_can_choose_me(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window(tmp_path / "data")
    first_run(qtbot, window)
    _team(qtbot, window)
    theirs = _person(window.store, "Tesfay", COLLEAGUE)

    dialog = _open(qtbot, window, theirs)
    assert dialog.contact.isVisibleTo(dialog)
    assert COLLEAGUE in dialog.contact.currentText()  # default: the person's consultant
    assert "collega" in dialog.contact_note.text()
    text = _text(dialog.handout.pdf)
    assert f"{COLLEAGUE}: {COLLEAGUE_PHONE}" in text and NEW_USER not in text

    before = dialog.handout
    dialog.contact.setFocus()
    with qtbot.waitSignal(dialog.rendered, timeout=30_000):
        dialog.contact.setCurrentIndex(dialog.contact.findData("mine"))
    assert dialog.handout is not before
    text = _text(dialog.handout.pdf)
    assert f"{NEW_USER}: {MY_PHONE}" in text and COLLEAGUE not in text


def test_a_user_not_in_the_roster_is_told_so(qtbot, make_window, tmp_path) -> None:
    window = make_window(tmp_path / "data")
    first_run(qtbot, window)
    _team(qtbot, window, me_too=False)
    theirs = _person(window.store, "Tesfay", COLLEAGUE)
    nobodys = _person(window.store, "Osman", None)

    dialog = _open(qtbot, window, theirs)
    assert not dialog.contact.isVisibleTo(dialog)  # nobody to choose instead
    assert "niet gekoppeld" in dialog.contact_note.text()
    assert f"{COLLEAGUE}: {COLLEAGUE_PHONE}" in _text(dialog.handout.pdf)
    dialog.close()

    dialog = _open(qtbot, window, nobodys)
    assert "Geen contactgegevens" in dialog.contact_note.text()
    assert COLLEAGUE not in _text(dialog.handout.pdf)


def test_the_batch_gives_my_details_for_people_without_a_consultant(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window(tmp_path / "data")
    first_run(qtbot, window)
    _team(qtbot, window)
    _person(window.store, "Tesfay", COLLEAGUE)
    _person(window.store, "Osman", None)
    window.show_caseload()
    window.caseload.show_store(window.store)
    table = window.caseload.table
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 2, timeout=10_000)
    table.selectAll()  # both people, as a consultant selects them in the caseload
    window.activateWindow()
    window.handouts.batch_action.trigger()
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, BatchDialog)
    qtbot.mouseClick(dialog.by_selection, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as made:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert made.args == [2]
    text = _text(dialog.pdf)
    assert f"{COLLEAGUE}: {COLLEAGUE_PHONE}" in text  # the colleague's client: the colleague
    assert f"{NEW_USER}: {MY_PHONE}" in text  # the person without a consultant: me
