"""Rotating the data key: a removed user's old key file and passphrase open nothing after it,
a crash at any step leaves a database that opens, and only an admin may do it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.access.errors import NotAllowed
from desktop.access.models import Role
from desktop.access.session import unlock, unlock_with_recovery
from desktop.access.users import add_user, remove_user, set_passphrase
from desktop.domain.model import Consultant
from desktop.store import Store
from desktop.store.errors import DamagedDatabase, WrongPassphrase
from desktop.store.paths import KEY_FILE_NAME
from tests.conftest import FAST_KDF, PASSPHRASE

LEAVER = "de collega die vertrekt fietst naar huis"


@pytest.fixture
def laptop(store_dir: Path) -> Path:
    Store.create(store_dir, PASSPHRASE, params=FAST_KDF)[0].close()
    with unlock(store_dir, PASSPHRASE) as admin:
        add_user(admin, "Karel", LEAVER, role=Role.CONSULTANT, params=FAST_KDF)
        add_user(admin, "Sanne", "sanne blijft in het team werken", params=FAST_KDF)
        with admin.transaction() as session:
            session.add(Consultant(name="Anna de Vries"))
    return store_dir


def _consultants(store: Store) -> list[str]:
    with store.reading() as session:
        return [c.name for c in session.query(Consultant)]


def test_after_rotation_a_removed_users_old_key_file_opens_nothing(
    laptop: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "karels-copy.keys"
    shutil.copy(laptop / KEY_FILE_NAME, kept)  # Karel keeps a copy of the key file
    steps: list[str] = []
    with unlock(laptop, PASSPHRASE) as admin:
        remove_user(admin, "Karel")
        recovery = admin.rotate_data_key(
            PASSPHRASE, params=FAST_KDF, progress=lambda _d, _t, what: steps.append(what)
        )
        assert _consultants(admin) == ["Anna de Vries"]  # goes on, under the new key
        set_passphrase(admin, "Sanne", "sanne krijgt een nieuwe zin", params=FAST_KDF)
    assert steps[-1] == "klaar" and len(steps) == 5
    with unlock(laptop, "sanne krijgt een nieuwe zin") as sanne:
        assert _consultants(sanne) == ["Anna de Vries"]
    with unlock_with_recovery(laptop, recovery) as recovered:
        assert recovered.user == "beheerder"
    shutil.copy(kept, laptop / KEY_FILE_NAME)  # Karel puts his old key file back
    with pytest.raises(DamagedDatabase):
        Store.open(laptop, LEAVER)


@pytest.mark.parametrize("crash_after", [1, 2, 3])
def test_a_crash_during_rotation_leaves_a_database_that_opens(
    laptop: Path, crash_after: int
) -> None:
    admin = unlock(laptop, PASSPHRASE)
    admin.rotate_data_key(PASSPHRASE, params=FAST_KDF, stop_after=crash_after)
    admin.close()  # the process dies here
    with Store.open(laptop, PASSPHRASE) as reopened:
        assert _consultants(reopened) == ["Anna de Vries"]
    assert sorted(p.name for p in laptop.iterdir() if ".rekey" in p.name) == []
    if crash_after < 3:  # rolled back: the other users' slots are still there
        Store.open(laptop, LEAVER).close()
    else:  # rolled forward: only the admin's slot
        with pytest.raises(WrongPassphrase):
            Store.open(laptop, LEAVER)


def test_only_an_admin_rotates_and_with_their_own_passphrase(laptop: Path) -> None:
    with unlock(laptop, LEAVER) as karel, pytest.raises(NotAllowed):
        karel.rotate_data_key(LEAVER, params=FAST_KDF)
    with unlock(laptop, PASSPHRASE) as admin:
        with pytest.raises(WrongPassphrase):
            admin.rotate_data_key("niet het wachtwoord van de beheerder", params=FAST_KDF)
        assert _consultants(admin) == ["Anna de Vries"]


def test_rekey_from_the_command_line(
    laptop: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    assert main(["rekey", "--data-dir", str(laptop)]) == 0
    captured = capsys.readouterr()
    assert "HERSTELSLEUTEL" in captured.out and "4/4 klaar" in captured.err
    with pytest.raises(WrongPassphrase):  # Karel's slot went with the old key
        Store.open(laptop, LEAVER)
