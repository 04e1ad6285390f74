"""A teamleider from an empty store: the admin gives the role in Beheer → Gebruikers; the
teamleider opens a dossier and sees no health data, with the reason on screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.access import users
from desktop.access.models import Role
from desktop.access.session import unlock as unlock_store
from desktop.domain.model import PersonId
from desktop.dossier import saving
from desktop.dossier.intake import save_brede_intake
from desktop.dossier.journal.notes import save_note
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.access.test_teamleider import AMAL, HEALTH_NOTE, INTAKE, KEK, PLAIN_NOTE
from tests.ui.conftest import unlock
from tests.ui.dossier.conftest import open_dossier

ANNA, ANNA_PASS = "Anna Consulent", "anna haar eigen wachtwoord"
TAMARA, TAMARA_PASS = "Tamara", "tamara haar eigen wachtwoord"
TODAY = date(2026, 3, 2)


def _team(folder: Path) -> None:
    """An empty store; the admin adds a consultant, who registers Amal with health data."""
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    store.close()
    with unlock_store(folder, PASSPHRASE) as admin:
        users.add_user(admin, ANNA, ANNA_PASS, role=Role.CONSULTANT, params=FAST_KDF)
    with unlock_store(folder, ANNA_PASS, user=ANNA) as anna:
        person = PersonId(saving.save(anna, PersonId(""), "koppeling", AMAL, today=TODAY).record_id)
        saving.save(anna, person, "koffie_en_koek", KEK, today=TODAY, complete=True)
        save_brede_intake(anna, person, INTAKE, today=TODAY)
        save_note(anna, person, HEALTH_NOTE, today=TODAY)
        save_note(anna, person, PLAIN_NOTE, today=TODAY)


def test_admin_makes_a_teamleider_who_sees_no_health_data(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "data"
    _team(folder)
    window = make_window(folder)
    window.unlock.user_choice.setCurrentText("beheerder")
    unlock(qtbot, window)

    # Beheer → Gebruikers: add Tamara as a consultant, then give her the teamleider role.
    window.admin.open_admin()
    tab = window.admin.dialog.users
    qtbot.keyClicks(tab.name, TAMARA)
    qtbot.keyClicks(tab.passphrase, TAMARA_PASS)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3, timeout=10_000)
    row = next(r for r in range(3) if tab.table.item(r, 0).text() == TAMARA)
    assert tab.table.item(row, 1).text() == "Consulent"
    tab.table.selectRow(row)
    tab.role.setCurrentIndex(tab.role.findData(Role.TEAMLEIDER.value))
    assert tab.role.currentText() == "Teamleider"
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(3) if tab.table.item(r, 0).text() == TAMARA)
    assert tab.table.item(row, 1).text() == "Teamleider"
    window.admin.dialog.close()
    window.lock()

    window.unlock.user_choice.setCurrentText(TAMARA)
    unlock(qtbot, window, TAMARA_PASS)
    assert window.store is not None and window.store.user == TAMARA
    assert not window.admin_menu.menuAction().isVisible()  # not an admin
    # Her work is the reports: after unlocking, the screen reads and counts in the background.
    qtbot.waitUntil(lambda: window.reports_view._data is not None, timeout=10_000)
    open_dossier(qtbot, window, "Haddad")

    intake = window.dossier.pages["brede_intake"]
    assert not intake.show_health.isEnabled() and not intake.show_health.isChecked()
    assert intake.withheld.isVisibleTo(intake) and "teamleider" in intake.withheld.text()
    assert not intake.save_button.isEnabled()
    assert not intake.group("gezondheid_mentaal").isVisibleTo(intake)
    assert intake.editors["domain.taalniveau.nederlands"].value() == "A1"
    assert intake.editors["domain.gezondheid_mentaal.notes"].value() in ("", None)

    journal = window.dossier.pages["contact"].journal
    assert not journal.show_health.isEnabled()
    assert journal.withheld.isVisibleTo(journal) and "teamleider" in journal.withheld.text()
    assert not journal.editor.form.editors["health"].widget.isEnabled()
    notes = journal.editor.model
    assert [notes.row_at(r).text for r in range(notes.rowCount())] == [PLAIN_NOTE["text"]]

    # The reports screen is the teamleider's own (Ctrl+4).
    with qtbot.waitSignal(window.reports_view.loaded, timeout=10_000):
        window.reports_action.trigger()
    assert window.stack.currentWidget() is window.reports_view
