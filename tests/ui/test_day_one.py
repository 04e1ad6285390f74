"""Day one on an empty database, through the GUI only: no demo data anywhere.

First run → the admin adds two consultants (Beheer → Team) → Ctrl+N registers a Syrian family
of four → the dossier opens → the caseload shows them with counts per consultant → the
caseload is handed over to the second consultant.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from desktop.domain.model import Person, Trajectory
from desktop.dossier.registration import load_registration_draft
from tests.ui.conftest import pick_languages, type_text
from tests.ui.day_one import add_consultant, first_run
from ui.dossier.member_edit import MemberEditDialog
from ui.language_picker import LanguagePicker


def fill(qtbot, form, values: dict[str, str]) -> None:
    for name, text in values.items():
        widget = form.editors[name].widget
        if hasattr(widget, "findData") and widget.findData(text) >= 0:
            widget.setCurrentIndex(widget.findData(text))
            continue
        if isinstance(widget, LanguagePicker):  # languages are chosen by name
            pick_languages(qtbot, widget, text)
            continue
        widget.clear()
        if text.isascii():
            qtbot.keyClicks(widget, text)
        else:
            type_text(widget, text)


def test_a_consultants_first_day_from_an_empty_folder(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "nieuw")
    first_run(qtbot, window)

    # The empty caseload says what to do first, with the buttons right there.
    caseload = window.caseload
    assert caseload.empty_state.isVisible() and not caseload.table.isVisible()
    assert caseload.register_button.isVisible() and caseload.team_button.isVisible()
    assert "koppeling" in caseload.empty_text.text().lower()

    # The admin builds the team from the empty state's button.
    qtbot.mouseClick(caseload.team_button, Qt.MouseButton.LeftButton)
    assert window.admin.dialog is not None
    assert window.admin.dialog.tabs.currentWidget() is window.admin.dialog.team
    add_consultant(qtbot, window, "Anna de Vries", "0529 488 100")
    add_consultant(qtbot, window, "Jan Bakker", "0529 488 200")
    assert window.admin.dialog.team.table.rowCount() == 2
    window.admin.dialog.close()

    # Ctrl+N: register the family; the duplicate check and the draft work as she types.
    window.activateWindow()
    caseload.search.setFocus()
    qtbot.keyClick(caseload.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.registration
    assert dialog is not None and dialog.isVisible()
    fill(qtbot, dialog.form, {
        "given_names": "Amal", "family_name": "Haddad", "name_original": "أمل حداد",
        "birth_date": "14-05-1988", "v_nummer": "1234567890", "languages": "ar",
        "residence_location": "ROL Zwolle", "koppeling_date": "20-02-2025",
    })  # fmt: skip
    dialog.consultant.setCurrentIndex(dialog.consultant.findText("Anna de Vries"))
    dialog.form.flush_draft()
    assert window.store is not None
    assert (load_registration_draft(window.store) or {}).get("given_names") == "Amal"
    assert dialog.add_member({"given_names": "Yusuf", "family_name": "Haddad",
                              "birth_date": "02-01-1986", "household_role": "partner",
                              "own_trajectory": True})  # fmt: skip
    assert dialog.add_member({"given_names": "Lina", "family_name": "Haddad",
                              "birth_date": "09-09-2015", "household_role": "kind"})  # fmt: skip
    assert dialog.add_member({"given_names": "Omar", "family_name": "Haddad",
                              "birth_date": "11-11-2019", "household_role": "kind"})  # fmt: skip
    # A child cannot have a journey of their own: the member is not added.
    assert not dialog.add_member({"given_names": "Nour", "family_name": "Haddad",
                                  "birth_date": "01-01-2020", "household_role": "kind",
                                  "own_trajectory": True})  # fmt: skip
    assert dialog.members.rowCount() == 3
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(dialog.form.editors["given_names"].widget, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert window.stack.currentWidget() is window.dossier
    assert window.dossier.name.text() == "Haddad, Amal"
    assert load_registration_draft(window.store) is None
    with window.store.reading() as session:
        assert session.scalar(select(Person).where(Person.given_names == "Amal")) is not None
        assert len(list(session.scalars(select(Trajectory)))) == 2  # Amal and Yusuf

    # Lina's school, from the household list of the overview (Enter on her row).
    overview = window.dossier.overview
    names = [overview.household.item(r, 0).text() for r in range(overview.household.rowCount())]
    lina = next(r for r, name in enumerate(names) if "Lina" in name)
    overview.household.setCurrentCell(lina, 0)
    qtbot.keyClick(overview.household, Qt.Key.Key_Return)
    edit = window.dossier.findChild(MemberEditDialog, "member_edit_dialog")
    assert edit is not None and edit.isVisible()
    schooling = edit.form.editors["schooling"].widget
    schooling.setCurrentIndex(schooling.findData("basisschool"))
    qtbot.keyClicks(edit.form.editors["school_name"].widget, "De Hoeksteen")
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(edit.form.save_button, Qt.MouseButton.LeftButton)
    assert "Basisschool" in overview.household.item(lina, 1).text()
    with window.store.reading() as session:
        child = session.scalar(select(Person).where(Person.given_names == "Lina"))
        assert child is not None and child.school_name == "De Hoeksteen"

    # Registering her again: the dialog shows who she may be and opens that dossier instead.
    window.show_caseload()
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 2, timeout=10_000)
    assert not caseload.empty_state.isVisible()
    anna = caseload.consultant.findText("Anna de Vries (2)")
    assert anna > 0, [caseload.consultant.itemText(i) for i in range(caseload.consultant.count())]
    again = window.register_newcomer()
    assert again is not None
    fill(qtbot, again.form, {"given_names": "Amal", "family_name": "Haddad",
                             "birth_date": "14-5-1988"})  # fmt: skip
    again.check_duplicates_now()
    buttons = [b for b in again.duplicates_box.findChildren(QPushButton)
               if b.objectName().startswith("open_duplicate:")]  # fmt: skip
    assert len(buttons) == 1
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.dossier.name.text() == "Haddad, Amal"
    QApplication.processEvents()
    assert window.registration is None

    # Anna leaves: the admin hands her caseload over to Jan in one action.
    window.admin.open_admin("team")
    team = window.admin.dialog.team  # type: ignore[union-attr]
    team.select("Anna de Vries")
    jan = next(m.consultant_id for m in team._members if m.name == "Jan Bakker")
    assert team.hand_over(jan) == 2
    window.admin.dialog.close()  # type: ignore[union-attr]
    window.show_caseload()
    qtbot.waitUntil(lambda: caseload.consultant.findText("Jan Bakker (2)") > 0, timeout=10_000)
