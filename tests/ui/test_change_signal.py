"""One change signal: after a sync every open screen shows what is stored now.

Each test starts from no data folder (first run through the real screens) on "this laptop";
a colleague's laptop is a second real store in the same team folder.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.domain.enums import Category
from desktop.domain.model import Person, Trajectory
from desktop.sync.engine import synchronise
from tests.ui.conftest import TODAY
from tests.ui.two_laptops import (
    answer_next_question,
    colleague,
    colleague_edits,
    new_laptop,
    open_person_form,
    sync,
)
from ui.main_window import MainWindow


def test_after_a_sync_the_new_laptops_caseload_shows_the_people(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, _person_id = colleague(tmp_path)
    other.close()
    window = new_laptop(qtbot, make_window, tmp_path, share)
    assert window.counts.text() == "0 van 0 getoond"
    sync(qtbot, window)  # the caseload stays on screen: no switching views
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=10_000)
    assert window.stack.currentWidget() is window.caseload
    qtbot.waitUntil(lambda: window.counts.text() == "1 van 1 getoond", timeout=10_000)
    assert window.caseload.table.isVisible()


def test_an_open_form_with_unsaved_edits_asks_and_takes_theirs(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    form = open_person_form(qtbot, window, person_id)
    phone = form.editors["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0622222222")  # typed here, not saved
    colleague_edits(other, share, person_id, phone="0633333333", email="sara@elders.nl")
    other.close()
    sync(qtbot, window)
    qtbot.waitUntil(lambda: form.clash_box is not None and form.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    text = form.clash_box.text()
    assert "0622222222" in text and "0633333333" in text  # both values shown
    assert phone.text() == "0622222222"  # never overwritten before the answer
    assert form.editors["email"].value() == "sara@elders.nl"  # untouched here: theirs
    take = form.clash_box.findChild(QPushButton, "take_theirs")
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    assert phone.text() == "0633333333"
    assert not form.has_changes()


def test_merge_by_hand_shows_both_and_discard_restores_the_synced_value(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    form = open_person_form(qtbot, window, person_id)
    phone = form.editors["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0622222222")
    colleague_edits(other, share, person_id, phone="0633333333")
    other.close()
    sync(qtbot, window)
    qtbot.waitUntil(lambda: form.clash_box is not None and form.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    hand = form.clash_box.findChild(QPushButton, "merge_by_hand")
    qtbot.mouseClick(hand, Qt.MouseButton.LeftButton)
    assert phone.text() == "0622222222"
    assert "0633333333" in form.editors["phone"].error.text()  # the other value beside it
    answer_next_question(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
    assert phone.text() == "0633333333"  # the value stored now, not the one before the sync


def test_keep_mine_then_save_stores_mine(qtbot, make_window, tmp_path: Path) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    form = open_person_form(qtbot, window, person_id)
    phone = form.editors["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0622222222")
    colleague_edits(other, share, person_id, phone="0633333333", email="sara@elders.nl")
    other.close()
    sync(qtbot, window)
    qtbot.waitUntil(lambda: form.clash_box is not None and form.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    keep = form.clash_box.findChild(QPushButton, "keep_mine")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with window.store.reading() as session:
        person = session.get(Person, person_id)
        assert (person.phone, person.email) == ("0622222222", "sara@elders.nl")


def _conflict(qtbot, make_window, tmp_path: Path) -> tuple[MainWindow, str]:
    """The same phone number changed here (saved) and on the colleague's laptop."""
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    colleague_edits(other, share, person_id, phone="0633333333")
    other.close()
    form = open_person_form(qtbot, window, person_id)
    phone = form.editors["phone"].widget
    phone.clear()
    qtbot.keyClicks(phone, "0622222222")
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    sync(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.status.conflicts.isVisible(), timeout=10_000)
    return window, person_id


def test_the_conflict_count_and_the_open_dossier_follow_a_choice(
    qtbot, make_window, tmp_path: Path
) -> None:
    window, _person_id = _conflict(qtbot, make_window, tmp_path)
    form = window.dossier.form("person")
    dialog = window.sync.open_conflicts()
    assert dialog.list.count() == 1
    chosen = next(b for b in dialog.group.buttons() if "0633333333" in b.text())
    chosen.setChecked(True)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    # The dialog is still open: the status bar and the dossier behind it follow already.
    qtbot.waitUntil(lambda: not window.sync.status.conflicts.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: form.editors["phone"].value() == "0633333333", timeout=10_000)
    dialog.reject()


def test_the_open_audit_trail_lists_a_save(qtbot, make_window, tmp_path: Path) -> None:
    other, share, person_id = colleague(tmp_path)
    other.close()
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    form = open_person_form(qtbot, window, person_id)
    window.admin.open_admin()
    audit = window.admin.dialog.audit
    before = audit.table.rowCount()
    qtbot.keyClicks(form.editors["email"].widget, "x")
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.table.rowCount() > before, timeout=10_000)
    window.admin.dialog.close()


def test_vandaag_on_screen_follows_a_sync(qtbot, make_window, tmp_path: Path) -> None:
    other, share, _person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    view = window.today_view
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        window.today_action.trigger()
    assert view.model.rowCount() == 0
    other.close()
    sync(qtbot, window)  # Vandaag stays on screen
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert window.stack.currentWidget() is view
    assert {view.model.row_at(r).display_name for r in range(view.model.rowCount())} == {
        "Tesfay, Sara"
    }


def test_the_agenda_on_screen_shows_a_deadline_a_sync_brought(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, _person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    view = window.agenda_view
    window.agenda_action.trigger()
    qtbot.waitUntil(lambda: view.period.text() != "", timeout=10_000)
    window.runner.wait()
    assert all(r.display_name != "Bekele, Yonas" for r in view.model.rows())
    with other.transaction() as session:  # linked three weeks ago: Koffie en Koek due now
        person = Person(given_names="Yonas", family_name="Bekele", birth_date=date(1990, 3, 3),
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=TODAY - timedelta(days=21)))
    synchronise(other, share)
    other.close()
    sync(qtbot, window)  # the agenda stays on screen
    qtbot.waitUntil(
        lambda: any(r.display_name == "Bekele, Yonas" for r in view.model.rows()), timeout=10_000
    )
    assert window.stack.currentWidget() is view
