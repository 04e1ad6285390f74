"""The sync screens: team-folder settings, the sync button and status, the conflicts screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.domain.model import Consultant
from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.sync.engine import synchronise
from desktop.sync.laptops import approve
from desktop.sync.team import create_team, current_team, join_team
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.sync import settings_dialog

TEAM = "ons team van consulenten"


def _team(populated_dir: Path, tmp_path: Path) -> tuple[Path, Store]:
    """Put the test laptop in a team and make a second laptop in it; both synced."""
    share = tmp_path / "share"
    share.mkdir()
    with Store.open(populated_dir, PASSPHRASE) as store:
        create_team(store, share, TEAM, params=FAST_KDF)
        synchronise(store, share)
    other, _key = Store.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    join_team(other, share, TEAM)
    with Store.open(populated_dir, PASSPHRASE) as store:
        approve(store, this_laptop(other))
    synchronise(other, share)
    return share, other


def test_settings_test_this_folder(qtbot, make_window, populated_dir: Path, tmp_path: Path) -> None:
    share, other = _team(populated_dir, tmp_path)
    other.close()
    window = make_window(populated_dir)
    unlock(qtbot, window)
    dialog = window.sync.open_settings()
    assert dialog.path.text() == str(share)
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Teammap in orde" in dialog.result_label.text(), timeout=10_000)
    dialog.path.setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niet bereikbaar" in dialog.result_label.text(), timeout=10_000)
    dialog.path.setText(str(tmp_path))
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "markeerbestand" in dialog.result_label.text(), timeout=10_000)
    dialog.reject()


def test_sync_button_runs_and_updates_the_status(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    _share, other = _team(populated_dir, tmp_path)
    with other.transaction() as session:
        session.add(Consultant(name="Nieuwe Collega"))
    synchronise(other, _share)
    other.close()
    window = make_window(populated_dir)
    unlock(qtbot, window)
    assert window.sync.sync_action.text() == "Nu &synchroniseren"
    with qtbot.waitSignal(window.sync.controller.synced, timeout=20_000) as finished:
        window.sync.sync_action.trigger()
    assert finished.args[0].received > 0
    qtbot.waitUntil(
        lambda: "Laatste synchronisatie" in window.sync.status.label.text(), timeout=10_000
    )
    assert "0 te versturen" in window.sync.status.label.text()
    with window.store.reading() as session:
        names = set(session.scalars(select(Consultant.name)))
    assert "Nieuwe Collega" in names


def test_conflicts_screen_resolves_a_conflict(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    share, other = _team(populated_dir, tmp_path)
    with other.reading() as session:
        anna = session.scalars(select(Consultant).where(Consultant.name == "Anna de Vries")).one()
    with other.transaction() as session:
        session.get(Consultant, anna.id).phone = "06 from the other laptop"
    with Store.open(populated_dir, PASSPHRASE) as store, store.transaction() as session:
        session.get(Consultant, anna.id).phone = "06 from this laptop"
    synchronise(other, share)
    other.close()
    window = make_window(populated_dir)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.sync.controller.synced, timeout=20_000):
        window.sync.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.status.conflicts.isVisible(), timeout=10_000)
    dialog = window.sync.open_conflicts()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "Anna de Vries · Telefoon"  # the field in Dutch
    buttons = dialog.group.buttons()
    assert len(buttons) == 2
    texts = " ".join(b.text() for b in buttons)
    assert "06 from this laptop" in texts and "06 from the other laptop" in texts
    assert "beheerder" in texts  # who made each change
    window.grab().save(str(tmp_path / "window.png"))
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    chosen = next(b for b in buttons if not b.isChecked())
    value = (
        "06 from this laptop"
        if "06 from this laptop" in chosen.text()
        else ("06 from the other laptop")
    )
    chosen.setChecked(True)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    with window.store.reading() as session:
        assert session.get(Consultant, anna.id).phone == value
    dialog.reject()


def test_automatic_sync_stays_quiet_when_the_share_is_away(
    qtbot, make_window, populated_dir: Path, tmp_path: Path
) -> None:
    share, other = _team(populated_dir, tmp_path)
    other.close()
    share.rename(tmp_path / "unplugged")
    window = make_window(populated_dir)
    unlock(qtbot, window)
    failures: list[str] = []
    window.sync.controller.failed.connect(failures.append)
    with qtbot.waitSignal(window.sync.controller.running_changed, timeout=10_000) as started:
        window.sync.controller.auto_sync()
    assert started.args == [True]
    qtbot.waitUntil(lambda: not window.sync.controller.running, timeout=10_000)
    assert failures == []
    window.sync.sync_action.trigger()  # asked for: the consultant hears why it failed
    qtbot.waitUntil(lambda: failures != [], timeout=10_000)
    assert "niet bereikbaar" in failures[0]


def test_enrolment_file_made_by_the_admin_and_joined_with_its_code(
    qtbot, make_window, populated_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share, other = _team(populated_dir, tmp_path)
    other.close()
    enrolment = tmp_path / "usb" / "wegwijzer-aanmelding.json"
    enrolment.parent.mkdir()

    # The admin's laptop: Make enrolment file… writes the file and shows the code once.
    admin = make_window(populated_dir)
    unlock(qtbot, admin)
    dialog = admin.sync.open_settings()
    assert dialog.admin_box.isVisible()
    monkeypatch.setattr(
        settings_dialog.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(enrolment), "")),
    )
    qtbot.mouseClick(dialog.make_enrolment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_shown.text() != "", timeout=10_000)
    code = dialog.code_shown.text()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){4}", code)
    assert "telefonisch" in dialog.result_label.text()  # pass it on separately (Dutch)
    assert code.encode() not in enrolment.read_bytes()
    dialog.reject()
    assert dialog.code_shown.text() == ""  # shown once: gone when the dialog closes
    admin.lock()

    # A new laptop, in no team yet: the enrolment file and the code.
    new_dir = tmp_path / "new"
    Store.create(new_dir, PASSPHRASE, params=FAST_KDF)[0].close()
    laptop = make_window(new_dir)
    unlock(qtbot, laptop)
    dialog = laptop.sync.open_settings()
    assert not dialog.admin_box.isVisible()  # not in a team: nothing to hand out
    dialog.path.setText(str(share))
    dialog.enrolment_path.setText(str(enrolment))
    qtbot.keyClicks(dialog.enrolment_code, "AAAA-BBBB-CCCC-DDDD-EEEE")
    qtbot.mouseClick(dialog.join_enrolment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "aanmeldcode klopt niet" in dialog.result_label.text(), timeout=10_000)
    assert dialog.enrolment_code.text() == ""  # typed again, not kept
    with pytest.raises(StoreError):
        current_team(laptop.store)
    qtbot.keyClicks(dialog.enrolment_code, code.lower())
    qtbot.mouseClick(dialog.join_enrolment, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_team_or_none(laptop.store) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.join_enrolment.isEnabled(), timeout=10_000)
    assert "aangesloten" in dialog.result_label.text()
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    with Store.open(populated_dir, PASSPHRASE) as admin_store:  # the admin lets it in
        approve(admin_store, this_laptop(laptop.store))
    with qtbot.waitSignal(laptop.sync.controller.synced, timeout=20_000) as finished:
        laptop.sync.sync_action.trigger()
    assert finished.args[0].received > 0
    with laptop.store.reading() as session:
        assert "Anna de Vries" in set(session.scalars(select(Consultant.name)))


def current_team_or_none(store: Store) -> object:
    try:
        return current_team(store)
    except StoreError:
        return None


def test_sync_status_follows_a_language_switch(qtbot, make_window, populated_dir: Path) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    status = window.sync.status
    qtbot.waitUntil(lambda: status.label.text() == "Niet gesynchroniseerd (geen teammap)")
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: status.label.text() == "Not synchronised (no team folder)")
    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: status.label.text() == "Niet gesynchroniseerd (geen teammap)")
