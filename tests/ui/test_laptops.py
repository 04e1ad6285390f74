"""The admin approves and removes laptops of the team by clicking the real buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.access.laptops import list_laptops
from desktop.store import Store
from desktop.store.settings import SYNC_TEAM_ID
from desktop.sync.engine import synchronise
from desktop.sync.team import join_team
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.day_one import first_run
from ui.sync.laptops_dialog import laptop_code

TEAM = "ons team van consulenten"


def _select(qtbot, dialog, code: str) -> None:
    table = dialog.table
    qtbot.waitUntil(lambda: any(
        table.item(r, 0) is not None and table.item(r, 0).text() == code
        for r in range(table.rowCount())
    ), timeout=10_000)  # fmt: skip
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_admin_approves_a_new_laptop_and_removes_it_again(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    # The admin's laptop starts from no data folder and makes the team in Teammap….
    window = make_window(tmp_path / "mine")
    first_run(qtbot, window)
    settings = window.sync.open_settings()
    settings.path.setText(str(share))
    settings.passphrase.setText(TEAM)
    settings.passphrase_again.setText(TEAM)
    qtbot.mouseClick(settings.create_team, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(SYNC_TEAM_ID.get(window.store)), timeout=20_000)
    qtbot.waitUntil(settings.create_team.isEnabled, timeout=10_000)
    settings.reject()
    with qtbot.waitSignal(window.sync.controller.synced, timeout=20_000):
        window.sync.sync_action.trigger()
    other, _key = Store.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    join_team(other, share, TEAM)
    newcomer = this_laptop(other)
    assert synchronise(other, share).received == 0  # waits for approval

    settings = window.sync.open_settings()
    assert settings.admin_box.isVisible()
    qtbot.mouseClick(settings.laptops, Qt.MouseButton.LeftButton)
    dialog = settings.laptops_dialog
    assert dialog is not None and dialog.isVisible()
    assert laptop_code(this_laptop(window.store)) in dialog.own_code.text()
    _select(qtbot, dialog, laptop_code(newcomer))
    assert "Wacht op goedkeuring" in dialog.table.item(dialog.table.currentRow(), 1).text()
    assert dialog.approve.isEnabled() and not dialog.revoke.isEnabled()
    qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "goedgekeurd" in dialog.result_label.text(), timeout=10_000)
    rows = {row.laptop: row for row in list_laptops(other)}
    assert rows[newcomer].status == "goedgekeurd"
    assert synchronise(other, share).received > 0  # now it reads the team's data

    _select(qtbot, dialog, laptop_code(newcomer))
    qtbot.waitUntil(dialog.revoke.isEnabled, timeout=10_000)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.revoke, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "verwijderd" in dialog.result_label.text(), timeout=10_000)
    assert {row.laptop: row.status for row in list_laptops(window.store)}[newcomer] == (
        "ingetrokken"
    )
    report = synchronise(other, share)
    assert report.received == 0 and "niet goedgekeurd" in " ".join(report.notes)
    qtbot.waitUntil(dialog.refresh.isEnabled, timeout=10_000)  # the list read again
    statuses = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Verwijderd" in statuses
    dialog.grab().save(str(tmp_path / "laptops.png"))
    other.close()
