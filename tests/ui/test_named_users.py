"""Named users: who is logged in, on which laptop, in the trail, the history and conflicts.

Every test starts from no data folder: the first run asks the user's name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.access.names import consultant_of
from desktop.access.review import entries
from desktop.audit.trail import Action
from tests.ui.day_one import NEW_USER
from tests.ui.two_laptops import (
    COLLEAGUE,
    COLLEAGUE_LAPTOP,
    colleague,
    colleague_edits,
    new_laptop,
    open_person_form,
    sync,
)
from ui.main_window import MainWindow

MY_LAPTOP = "laptop van Anna"


def _name_my_laptop(qtbot, window: MainWindow) -> None:
    """Beheer → Instellingen: type the laptop's name, Opslaan."""
    window.admin.open_admin()
    settings = window.admin.dialog.settings
    settings.laptop.clear()
    qtbot.keyClicks(settings.laptop, MY_LAPTOP)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert settings.message.text() == ""


def test_the_first_user_links_herself_to_a_new_consultant_and_gets_her_caseload(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, _person_id = colleague(tmp_path)
    other.close()
    window = new_laptop(qtbot, make_window, tmp_path, share)
    assert not window.caseload.my_caseload.isVisibleTo(window)  # not linked yet
    window.admin.open_admin()
    users = window.admin.dialog.users
    assert users.table.item(0, 0).text() == NEW_USER
    users.table.setCurrentCell(0, 0)
    users.consultant.setCurrentIndex(users.consultant.findData("+new"))
    qtbot.mouseClick(users.link_button, Qt.MouseButton.LeftButton)
    assert users.message.text() == ""
    assert users.table.item(0, 3).text() == NEW_USER  # the roster's consultant of that name
    mine = consultant_of(window.store)
    assert mine is not None
    window.admin.dialog.close()
    assert window.caseload.my_caseload.isVisibleTo(window)
    window.caseload.show_store(window.store)
    qtbot.waitUntil(lambda: window.caseload.consultant.findData(mine) >= 0, timeout=10_000)
    qtbot.mouseClick(window.caseload.my_caseload, Qt.MouseButton.LeftButton)
    assert window.caseload.consultant.currentData() == mine


def test_trail_history_and_conflicts_name_the_user_and_the_laptop(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    _name_my_laptop(qtbot, window)
    window.admin.dialog.close()
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

    # The conflict screen: both people and both laptops, by name.
    dialog = window.sync.open_conflicts()
    texts = [b.text() for b in dialog.group.buttons()]
    assert any(f"{COLLEAGUE} op {COLLEAGUE_LAPTOP}" in t for t in texts), texts
    assert any(f"{NEW_USER} op {MY_LAPTOP}" in t for t in texts), texts
    theirs = next(b for b in dialog.group.buttons() if "0633333333" in b.text())
    theirs.setChecked(True)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    dialog.reject()

    # The choice is audited, with the field in the consultant's words and the laptop.
    resolved = entries(window.store, action=Action.CONFLICT_RESOLVED)
    assert [(e.actor, e.person_id, e.fields) for e in resolved] == [(NEW_USER, person_id, "phone")]
    window.admin.open_admin()
    audit = window.admin.dialog.audit
    rows = [
        [audit.table.item(r, c).text() for c in range(audit.table.columnCount())]
        for r in range(audit.table.rowCount())
    ]
    chosen = next(r for r in rows if r[3] == "Conflict opgelost")  # the action in words
    assert chosen[1:3] == [NEW_USER, MY_LAPTOP]
    assert chosen[6] == "Telefoon"  # never the column name "phone"
    assert all("phone" not in r[6] and "_date" not in r[6] for r in rows)
    window.admin.dialog.close()

    # The history: the colleague's change, by name and laptop.
    qtbot.waitUntil(lambda: form.editors["phone"].value() == "0633333333", timeout=10_000)
    history = window.dossier.history
    by = [history.index(r, 3).data() for r in range(history.rowCount())]
    assert f"{NEW_USER} op {MY_LAPTOP}" in by, by  # the phone number, saved here
    assert f"{COLLEAGUE} op {COLLEAGUE_LAPTOP}" in by, by  # the trajectory, made there
