"""The admin screens, the user choice at unlock, throttling messages and auto-lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.access import review, users
from desktop.access.session import unlock as unlock_store
from desktop.audit.trail import Action
from desktop.domain.enums import EndKind
from desktop.domain.model import Person, Trajectory
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.test_lock import personal_strings, visible_texts

ANNA_PASS = "anna haar eigen wachtwoord"


def _add_closed_dossier(folder: Path) -> str:
    with unlock_store(folder, PASSPHRASE) as store:
        with store.transaction() as session:
            person = Person(given_names="Oud", family_name="Dossier")
            session.add(person)
            session.flush()
            session.add(
                Trajectory(
                    person_id=person.id, end_kind=EndKind.VERHUISD, end_date=date(2015, 1, 1)
                )
            )
        users.add_user(store, "anna", ANNA_PASS, params=FAST_KDF)
        return person.id


def test_auto_lock_after_idle_time_hides_everything(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert window.admin.idle.timer.interval() == 5 * 60_000  # the default: 5 minutes
    window.admin.idle.start(150)  # a short idle period for the test
    qtbot.waitUntil(lambda: window.store is None, timeout=5000)
    assert window.stack.currentWidget() is window.unlock
    after = " ".join(visible_texts(window))
    assert [s for s in personal_strings() if s in after] == []
    assert not window.admin.idle.timer.isActive()


def test_input_restarts_the_idle_timer(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.admin.idle.start(60_000)
    window.admin.idle.timer.start(100)  # as if the period had nearly run out...
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_A)  # ...then the consultant types
    assert window.admin.idle.timer.remainingTime() > 100
    assert window.store is not None


def test_admin_menu_only_for_admins_and_user_choice_at_unlock(
    qtbot, make_window, populated_dir: Path
):
    _add_closed_dossier(populated_dir)
    window = make_window(populated_dir)
    assert window.unlock.user_choice.isVisible()
    assert [window.unlock.user_choice.itemText(i) for i in range(2)] == ["beheerder", "anna"]
    unlock(qtbot, window)
    assert window.admin_menu.menuAction().isVisible()
    window.lock()
    assert not window.admin_menu.menuAction().isVisible()

    window.unlock.user_choice.setCurrentText("anna")
    unlock(qtbot, window, ANNA_PASS)
    assert window.store is not None and window.store.user == "anna"
    assert not window.admin_menu.menuAction().isVisible()
    window.admin.open_admin()  # even when reached some other way: nothing opens
    assert window.admin.dialog is None


def test_wrong_passphrases_show_the_wait(qtbot, make_window, populated_dir: Path):
    window = make_window(populated_dir)
    for attempt in range(4):
        window.unlock.passphrase.setText(f"verkeerd wachtwoord {attempt}")
        window.unlock._unlock()
        qtbot.waitUntil(lambda: bool(window.unlock.error.text()) and not window.unlock._busy)
    assert "Te veel verkeerde wachtwoorden" in window.unlock.error.text()


def test_admin_dialog_users_audit_and_retention(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
):
    old_id = _add_closed_dossier(populated_dir)
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.open_person(window.caseload.model.row_at(0).person_id)
    window.admin.open_admin()
    dialog = window.admin.dialog
    assert dialog is not None

    # Users: add a consultant (Argon2 runs on the worker).
    tab = dialog.users
    qtbot.keyClicks(tab.name, "piet")
    qtbot.keyClicks(tab.passphrase, "piet zijn wachtwoord")
    tab.add_user()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)

    # Audit: filter per user, export; the chain check is shown.
    audit = dialog.audit
    audit.refresh()
    assert "intact" in audit.check.text()
    actions = {audit.table.item(r, 3).text() for r in range(audit.table.rowCount())}
    assert {"Aangemeld", "Dossier geopend", "Gebruiker toegevoegd"} <= actions  # words, no codes
    audit.actor.setCurrentText("anna")
    assert all(audit.table.item(r, 1).text() == "anna" for r in range(audit.table.rowCount()))
    audit.actor.setCurrentIndex(0)
    target = audit.export(str(tmp_path / "trail.csv"))
    assert target is not None and "gebruiker toegevoegd" in target.read_text("utf-8-sig")

    # Retention: set the period, see the due dossier, delete it.
    retention = dialog.retention
    retention.years.setValue(5)
    retention.save_period()
    assert retention.table.rowCount() == 1
    assert retention.table.item(0, 0).text() == "Dossier, Oud"
    retention.table.selectRow(0)
    assert retention.delete_selected(confirm=False) == 1
    assert retention.table.rowCount() == 0
    store = window.store
    assert isinstance(store, Store)
    with store.reading() as session:
        assert session.get(Person, old_id) is None
    assert review.entries(store, person_id=old_id, action=Action.RETENTION)


def test_inzage_action_saves_pdf_and_json_without_names(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.caseload.table.selectRow(0)
    person_id = window.caseload.selected_person_ids()[0]
    out = tmp_path / "inzage"
    out.mkdir()
    window.admin.inzage(folder=str(out))
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 2, timeout=10_000)
    names = sorted(p.name for p in out.iterdir())
    assert all(n.startswith("inzage-2025-03-01-" + person_id[:8]) for n in names)
    assert [n.rsplit(".", 1)[1] for n in names] == ["json", "pdf"]


def test_admin_imports_a_new_rules_version_after_a_preview(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
):
    window = make_window(populated_dir)
    unlock(qtbot, window)
    window.admin.open_admin()
    dialog = window.admin.dialog
    assert dialog is not None
    tab = dialog.rules
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Regels"
    assert tab.current.text() == "Het team gebruikt de meegeleverde regels van Dalfsen."

    broken = tmp_path / "kapot.toml"
    rules_dir = Path(__file__).resolve().parents[3] / "resources" / "rules"
    text = (rules_dir / "hardinxveld-giessendam.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace('termijn = "4 maanden"', 'termijn = "vier"', 1), "utf-8")
    tab.preview_file(broken)
    qtbot.waitUntil(lambda: bool(tab.message.text()))
    assert "regel" in tab.message.text() and "brede_intake.termijn" in tab.message.text()
    assert not tab.confirm_button.isEnabled()

    tab.preview_file(rules_dir / "hardinxveld-giessendam.toml")
    qtbot.waitUntil(tab.confirm_button.isEnabled)
    assert tab.summary.text().startswith("Versie 1 voor Hardinxveld-Giessendam: deze ")
    assert "personen krijgen een nieuwe termijn" in tab.summary.text()
    assert tab.table.rowCount() > 0
    steps = {tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    # No Koffie en Koek in Hardinxveld-Giessendam: the intake counts from housing (003:885).
    assert "Brede Intake" in steps
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert tab.current.text() == "Het team gebruikt de regels van Hardinxveld-Giessendam, versie 1."
    assert not tab.confirm_button.isEnabled()
