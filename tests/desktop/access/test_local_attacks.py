"""Attacks by someone at the laptop: a text editor on the key file, unprivileged Store calls,
tricks with the throttle file, attempts in parallel, the command line's recovery."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from desktop.access.errors import NotAllowed, TooManyAttempts
from desktop.access.models import Role
from desktop.access.session import unlock, unlock_with_recovery
from desktop.access.throttle import FREE_ATTEMPTS, MAX_DELAY_S, THROTTLE_FILE, Throttle
from desktop.access.users import add_user
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.cli import main
from desktop.store import Store
from desktop.store.errors import ChangedKeySlot, WeakPassphrase, WrongPassphrase
from desktop.store.keys import KeyFile, KeySlot, _b64, derive_passphrase_key
from desktop.store.paths import KEY_FILE_NAME
from tests.conftest import FAST_KDF, PASSPHRASE

CONSULTANT_PASSPHRASE = "sanne fietst elke ochtend langs de rivier"


@pytest.fixture
def shared_laptop(store_dir: Path) -> Path:
    """A store with an admin (beheerder) and a consultant (Sanne), closed."""
    store, _key = Store.create(store_dir, PASSPHRASE, params=FAST_KDF)
    store.close()
    with unlock(store_dir, PASSPHRASE) as admin:
        add_user(admin, "Sanne", CONSULTANT_PASSPHRASE, role=Role.CONSULTANT, params=FAST_KDF)
    return store_dir


def _keys(folder: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((folder / KEY_FILE_NAME).read_text())


def _save_keys(folder: Path, data: dict) -> None:  # type: ignore[type-arg]
    (folder / KEY_FILE_NAME).write_text(json.dumps(data))


def _actions(store: Store) -> list[tuple[str, str, str]]:
    with store.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        return [(e.actor, e.action, e.detail) for e in entries]


# -- the label edit --------------------------------------------------------------------------


def test_a_label_edited_in_the_key_file_does_not_unlock_as_another_user(
    shared_laptop: Path,
) -> None:
    data = _keys(shared_laptop)
    for slot in data["slots"]:
        if slot["label"] == "Sanne":
            slot["label"] = "beheerder"  # the consultant's own slot, renamed to the admin
    _save_keys(shared_laptop, data)
    with pytest.raises(WrongPassphrase):
        unlock(shared_laptop, CONSULTANT_PASSPHRASE, user="beheerder")
    with unlock(shared_laptop, PASSPHRASE, user="beheerder") as admin:  # the admin still can
        assert admin.user == "beheerder"


def _as_format_one(folder: Path, passphrases: dict[str, str]) -> None:
    """Rewrite the key file as this app's earlier version wrote it (labels not in the AAD)."""
    keys = KeyFile.load(folder / KEY_FILE_NAME)
    data_key, _slot = keys.unlock_with_passphrase(PASSPHRASE, "beheerder")
    slots = [s for s in keys.slots if s.kind == "recovery"]
    for label, passphrase in passphrases.items():
        salt, nonce = os.urandom(16), os.urandom(12)
        slot = KeySlot(secrets.token_hex(8), "passphrase", label, _b64(salt), _b64(nonce), "",
                       FAST_KDF, aad_version=1)  # fmt: skip
        kek = derive_passphrase_key(passphrase, salt, FAST_KDF)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, slot.aad(keys.database_id))
        slot.wrapped_key = _b64(wrapped)
        slots.append(slot)
    data = KeyFile(keys.database_id, slots).to_json()
    data["version"] = 1
    for slot_data in data["slots"]:  # (the recovery slot's now opens no more: not used here)
        del slot_data["aad"]
    (folder / KEY_FILE_NAME).write_text(json.dumps(data))
    (folder / THROTTLE_FILE).unlink(missing_ok=True)


def test_a_key_file_of_format_one_opens_is_upgraded_and_its_labels_are_guarded(
    shared_laptop: Path,
) -> None:
    _as_format_one(shared_laptop, {"beheerder": PASSPHRASE, "Sanne": CONSULTANT_PASSPHRASE})
    with unlock(shared_laptop, PASSPHRASE) as admin:  # opens; the admin's slot is upgraded
        assert admin.user == "beheerder"
    slots = {s["label"]: s for s in _keys(shared_laptop)["slots"]}
    assert slots["beheerder"]["aad"] == 2 and slots["Sanne"].get("aad", 1) == 1
    # Sanne's slot is still format 1 (she has not unlocked yet), but the database registered
    # its label at the admin's unlock: renamed to the admin, it is refused.
    data = _keys(shared_laptop)
    for slot in data["slots"]:
        if slot["label"] == "Sanne":
            slot["label"] = "Bea"
    _save_keys(shared_laptop, data)
    with pytest.raises(ChangedKeySlot):
        Store.open(shared_laptop, CONSULTANT_PASSPHRASE)


def test_a_format_one_slot_is_upgraded_when_its_user_unlocks(shared_laptop: Path) -> None:
    _as_format_one(shared_laptop, {"beheerder": PASSPHRASE, "Sanne": CONSULTANT_PASSPHRASE})
    with unlock(shared_laptop, CONSULTANT_PASSPHRASE) as sanne:
        assert sanne.user == "Sanne"
    assert all(s.get("aad") == 2 for s in _keys(shared_laptop)["slots"] if s["label"] == "Sanne")


# -- Store methods that change access --------------------------------------------------------


def test_access_changing_store_calls_need_an_admin_and_are_audited(shared_laptop: Path) -> None:
    with unlock(shared_laptop, CONSULTANT_PASSPHRASE) as sanne:
        with pytest.raises(NotAllowed):
            sanne.change_passphrase("ik neem het beheer nu zelf over", user="beheerder")
        with pytest.raises(NotAllowed):
            sanne.new_recovery_key()
        with pytest.raises(NotAllowed):
            sanne.remove_passphrase("beheerder")
        refused = [a for a in _actions(sanne) if a[1] == Action.REFUSED]
        assert len(refused) == 3 and all(a[0] == "Sanne" for a in refused)
        sanne.change_passphrase("mijn eigen nieuwe lange zin", params=FAST_KDF)  # her own: fine
        assert ("Sanne", Action.PASSPHRASE_CHANGED, "Sanne") in _actions(sanne)
    with pytest.raises(WrongPassphrase):  # the admin's passphrase is unchanged
        Store.open(shared_laptop, "ik neem het beheer nu zelf over")
    with unlock(shared_laptop, PASSPHRASE) as admin:
        new_key = admin.new_recovery_key()
        admin.remove_passphrase("Sanne")
        actions = _actions(admin)
        assert ("beheerder", Action.RECOVERY_KEY_CHANGED, "") in actions
        assert ("beheerder", Action.PASSPHRASE_REMOVED, "Sanne") in actions
    with unlock_with_recovery(shared_laptop, new_key) as recovered:
        assert recovered.user == "beheerder"


def test_guessable_passphrases_are_refused_in_dutch(new_store: tuple[Store, str]) -> None:
    store, _key = new_store
    for weak in ("wachtwoord", "1234567890", "Welkom2025", "Welkom2025!", "beheerder123"):
        with pytest.raises(WeakPassphrase) as refused:
            store.change_passphrase(weak, params=FAST_KDF)
        assert "raden" in str(refused.value) or "10 tekens" in str(refused.value)
    from desktop.store import settings

    settings.REPORT_MUNICIPALITY.set(store, "Hardinxveld-Giessendam")
    with pytest.raises(WeakPassphrase):
        store.change_passphrase("Hardinxveld2025!", params=FAST_KDF)


# -- the unlock brake ------------------------------------------------------------------------


def _spend_free_attempts(folder: Path) -> None:
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            unlock(folder, "dit is het echt niet")


def test_a_new_store_is_not_braked(new_store: tuple[Store, str], store_dir: Path) -> None:
    new_store[0].close()
    assert Throttle(store_dir).wait_seconds() == 0
    unlock(store_dir, PASSPHRASE).close()


@pytest.mark.parametrize("trick", ["delete", "directory", "garbage", "unreadable"])
def test_tampering_with_the_throttle_file_means_the_longest_wait(
    new_store: tuple[Store, str], store_dir: Path, trick: str
) -> None:
    new_store[0].close()
    _spend_free_attempts(store_dir)
    path = store_dir / THROTTLE_FILE
    path.unlink()
    if trick == "directory":
        path.mkdir()
        (path / "x").write_text("")  # not empty: cannot simply be replaced
    elif trick == "garbage":
        path.write_text("{nee")
    elif trick == "unreadable":
        path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(TooManyAttempts) as waiting:
        unlock(store_dir, PASSPHRASE)
    assert waiting.value.wait_seconds >= MAX_DELAY_S - 2
    # Doing it again does not reset anything either.
    if path.is_file():
        path.unlink()
    with pytest.raises(TooManyAttempts):
        unlock(store_dir, PASSPHRASE)


def test_deleting_the_file_and_the_key_files_mirror_means_the_longest_wait(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    _spend_free_attempts(store_dir)
    (store_dir / THROTTLE_FILE).unlink()
    data = _keys(store_dir)
    del data["throttle"]
    _save_keys(store_dir, data)
    with pytest.raises(TooManyAttempts) as waiting:
        unlock(store_dir, PASSPHRASE)
    assert waiting.value.wait_seconds >= MAX_DELAY_S - 2


def test_resetting_only_the_throttle_file_does_not_reset_the_count(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    _spend_free_attempts(store_dir)
    (store_dir / THROTTLE_FILE).write_text('{"failures": 0, "last": 0}')
    with pytest.raises(TooManyAttempts):
        unlock(store_dir, PASSPHRASE)


def test_twelve_attempts_at_once_are_braked_one_by_one(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    start = threading.Barrier(12)
    outcomes: list[str] = []

    def guess(number: int) -> None:
        start.wait()
        try:
            unlock(store_dir, f"gok nummer {number} van twaalf").close()
            outcomes.append("open")
        except WrongPassphrase:
            outcomes.append("wrong")
        except TooManyAttempts:
            outcomes.append("wait")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("wrong") == FREE_ATTEMPTS
    assert outcomes.count("wait") == 12 - FREE_ATTEMPTS


def test_attempts_from_two_processes_share_one_count(
    new_store: tuple[Store, str], store_dir: Path
) -> None:
    new_store[0].close()
    code = (
        "import sys; from desktop.access.session import unlock\n"
        "from desktop.access.errors import TooManyAttempts\n"
        "from desktop.store.errors import WrongPassphrase\n"
        "for n in range(3):\n"
        "    try: unlock(__import__('pathlib').Path(sys.argv[1]), 'fout geraden %d' % n)\n"
        "    except (WrongPassphrase, TooManyAttempts) as e: print(type(e).__name__)\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(store_dir)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    printed = "".join(run.communicate(timeout=120)[0] for run in runs).split()
    assert printed.count("WrongPassphrase") == FREE_ATTEMPTS
    assert printed.count("TooManyAttempts") == 6 - FREE_ATTEMPTS


# -- the command line's recovery -------------------------------------------------------------


def test_cli_recover_is_throttled_audited_and_keeps_the_real_admins_name(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store, recovery_key = Store.create(store_dir, PASSPHRASE, user="Bea de Vries", params=FAST_KDF)
    store.close()
    unlock(store_dir, PASSPHRASE).close()  # the first unlock makes Bea the admin
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_NEW_PASSPHRASE", "een nieuwe zin voor bea na het herstel")
    monkeypatch.setenv("WEGWIJZER_RECOVERY_KEY", recovery_key)
    assert main(["recover", "--data-dir", str(store_dir)]) == 0
    labels = KeyFile.load(store_dir / KEY_FILE_NAME).passphrase_labels()
    assert labels == ["Bea de Vries"]  # no slot called "beheerder"
    with unlock(store_dir, "een nieuwe zin voor bea na het herstel") as bea:
        assert bea.user == "Bea de Vries"
        actions = _actions(bea)
        assert ("Bea de Vries", Action.RECOVERY, "") in actions
        assert ("Bea de Vries", Action.PASSPHRASE_CHANGED, "Bea de Vries") in actions
    monkeypatch.setenv("WEGWIJZER_RECOVERY_KEY", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    for _ in range(FREE_ATTEMPTS):
        assert main(["recover", "--data-dir", str(store_dir)]) == 1
    capsys.readouterr()
    monkeypatch.setenv("WEGWIJZER_RECOVERY_KEY", recovery_key)
    assert main(["recover", "--data-dir", str(store_dir)]) == 1
    assert "Te veel" in capsys.readouterr().err


# -- the test KDF profile --------------------------------------------------------------------


def test_the_test_kdf_profile_does_nothing_outside_the_test_suite(tmp_path: Path) -> None:
    code = (
        "import json, os, sys; os.environ['WEGWIJZER_KDF_PROFILE'] = 'test'\n"
        "os.environ['WEGWIJZER_PASSPHRASE'] = 'correct horse battery staple'\n"
        "from desktop.cli import main; sys.exit(main(['init', '--data-dir', sys.argv[1]]))\n"
    )
    folder = tmp_path / "prod"
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, capture_output=True,
                   timeout=120)  # fmt: skip
    slot = next(s for s in _keys(folder)["slots"] if s["kind"] == "passphrase")
    assert slot["argon2"] == {"time_cost": 3, "memory_kib": 131072, "parallelism": 4}
    # Even a direct call with cheap costs gets the defaults outside the suite.
    code = (
        "import sys; from desktop.store.keys import Argon2Params, KeyFile, new_data_key\n"
        "k = KeyFile('x')\n"
        "s = k.add_passphrase('Bea', 'p', new_data_key(), Argon2Params(1, 8192, 1))\n"
        "print(s.argon2.memory_kib)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=120).stdout  # fmt: skip
    assert out.strip() == "131072"


# -- core dumps ------------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="rlimit and prctl: Linux")
def test_the_app_forbids_core_dumps_at_start() -> None:
    code = (
        "import resource, sys; from desktop.cli import main; main(['translations', '--help'])\n"
        "from desktop.hardening import dumpable\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120).stdout  # fmt: skip
    assert out.strip().splitlines()[-1] == "(0, 0) False"


def test_the_team_marker_costs_a_guess_what_a_passphrase_slot_costs(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    code = (
        "import sys; from pathlib import Path\n"
        "from desktop.store import Store; from desktop.store.keys import Argon2Params\n"
        "from desktop.sync.team import create_team\n"
        "cheap = Argon2Params(1, 8192, 1)\n"
        "store = Store.create(Path(sys.argv[1]), 'correct horse battery staple', params=cheap)[0]\n"
        "create_team(store, Path(sys.argv[2]), 'het team van de gemeente deelt deze zin',"
        " params=cheap)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "d"), str(share)], check=True,
                   capture_output=True, timeout=180)  # fmt: skip
    from desktop.sync.share import Share

    kdf = Share(share).read_marker()["kdf"]
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (3, 131072, 4)
