"""Several users on one laptop, each with their own passphrase; roles and clear refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.access import policy, review, users
from desktop.access.enrolment import write_enrolment
from desktop.access.errors import (
    AccountDisabled,
    LastAdmin,
    NotAllowed,
    NotYourself,
    UserExists,
)
from desktop.access.models import Role, User
from desktop.access.session import unlock, unlock_with_recovery, user_names
from desktop.audit.trail import Action
from desktop.privacy import retention
from desktop.store import Store
from desktop.store.errors import WrongPassphrase
from desktop.store.keys import KeyFile
from tests.conftest import FAST_KDF, PASSPHRASE

ANNA = "anna de vries"
ANNA_PASS = "anna haar eigen wachtwoord"


def _actions(store: Store) -> list[str]:
    return [e.action for e in review.entries(store)]


def test_first_user_is_admin_and_each_user_unlocks_with_their_own_passphrase(
    admin_store: Store, store_dir: Path
) -> None:
    assert [(u.name, u.role) for u in users.list_users(admin_store)] == [("beheerder", Role.ADMIN)]
    db_before = (store_dir / "wegwijzer.db").stat().st_ino
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    admin_store.close()
    assert user_names(store_dir) == ["beheerder", ANNA]

    with unlock(store_dir, ANNA_PASS, user=ANNA) as anna:
        assert anna.user == ANNA
    with unlock(store_dir, ANNA_PASS) as anna:  # no user chosen: the passphrase decides
        assert anna.user == ANNA
    with pytest.raises(WrongPassphrase):
        unlock(store_dir, PASSPHRASE, user=ANNA)  # the admin's passphrase is not Anna's
    with pytest.raises(WrongPassphrase):
        unlock(store_dir, "anna haar verkeerde wachtwoord", user=ANNA)
    with unlock(store_dir, PASSPHRASE, user="beheerder") as admin:
        assert admin.user == "beheerder"
        assert _actions(admin).count(Action.LOGIN.value) == 4
    # One data key, wrapped twice; the database file itself was never rewritten.
    keys = KeyFile.load(store_dir / "wegwijzer.keys")
    assert keys.unlock_with_passphrase(ANNA_PASS)[0] == keys.unlock_with_passphrase(PASSPHRASE)[0]
    assert (store_dir / "wegwijzer.db").stat().st_ino == db_before


def test_removing_a_user_stops_their_passphrase_only(admin_store: Store, store_dir: Path) -> None:
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    with pytest.raises(UserExists):
        users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    users.remove_user(admin_store, ANNA)
    assert Action.USER_REMOVED.value in _actions(admin_store)
    admin_store.close()
    with pytest.raises(WrongPassphrase):
        unlock(store_dir, ANNA_PASS, user=ANNA)
    with unlock(store_dir, PASSPHRASE) as admin:
        info = {u.name: u for u in users.list_users(admin)}
        assert not info[ANNA].active and not info[ANNA].has_passphrase


def test_a_deactivated_user_is_refused_even_with_a_slot(
    admin_store: Store, store_dir: Path
) -> None:
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    with admin_store.transaction() as session:  # e.g. removed while the slot was restored
        session.execute(update(User).where(User.name == ANNA).values(active=False))
    admin_store.close()
    with pytest.raises(AccountDisabled):
        unlock(store_dir, ANNA_PASS, user=ANNA)


def test_a_forgotten_passphrase_is_reset_by_an_admin_without_re_encrypting(
    admin_store: Store, store_dir: Path
) -> None:
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    users.set_passphrase(admin_store, ANNA, "een gloednieuw wachtwoord", params=FAST_KDF)
    admin_store.close()
    with pytest.raises(WrongPassphrase):
        unlock(store_dir, ANNA_PASS, user=ANNA)
    with unlock(store_dir, "een gloednieuw wachtwoord", user=ANNA) as anna:
        assert anna.user == ANNA


def test_the_recovery_key_lets_an_admin_regain_access(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store, key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    store.close()
    with unlock(folder, PASSPHRASE) as admin:
        users.add_user(admin, ANNA, ANNA_PASS, params=FAST_KDF)
    recovered = unlock_with_recovery(folder, key)
    with recovered:
        assert recovered.user == "beheerder"  # the admin, not the consultant
        recovered.change_passphrase("het nieuwe beheerderswachtwoord", params=FAST_KDF)
        assert Action.RECOVERY.value in _actions(recovered)
    with unlock(folder, "het nieuwe beheerderswachtwoord") as admin:
        assert admin.user == "beheerder"
    with unlock(folder, ANNA_PASS) as anna:  # other users were not affected
        assert anna.user == ANNA


def test_admin_only_actions_are_refused_to_a_consultant_in_dutch(
    admin_store: Store, store_dir: Path
) -> None:
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    admin_store.close()
    with unlock(store_dir, ANNA_PASS) as anna:
        attempts = [
            lambda: users.add_user(anna, "piet", "piet zijn wachtwoord", params=FAST_KDF),
            lambda: users.remove_user(anna, "beheerder"),
            lambda: users.set_role(anna, ANNA, Role.ADMIN),
            lambda: users.set_passphrase(anna, "beheerder", "overgenomen wachtwoord"),
            lambda: review.entries(anna),
            lambda: retention.set_retention_years(anna, 1),
            lambda: retention.delete_dossiers(anna, [], today=date(2030, 1, 1)),
            lambda: policy.set_autolock_minutes(anna, 60),
            lambda: write_enrolment(anna, store_dir / "aanmelding.wwe", params=FAST_KDF),
        ]
        for attempt in attempts:
            with pytest.raises(NotAllowed) as refused:
                attempt()
            assert "mag alleen een beheerder" in str(refused.value)
        # Her own passphrase she may change.
        users.set_passphrase(anna, ANNA, "anna haar tweede wachtwoord", params=FAST_KDF)
    with unlock(store_dir, PASSPHRASE) as admin:
        refusals = review.entries(admin, action=Action.REFUSED)
        assert len(refusals) == len(attempts) and {e.actor for e in refusals} == {ANNA}


def test_one_admin_always_remains(admin_store: Store) -> None:
    with pytest.raises(NotYourself):
        users.remove_user(admin_store, "beheerder")
    users.add_user(admin_store, ANNA, ANNA_PASS, params=FAST_KDF)
    with pytest.raises(LastAdmin):
        users.set_role(admin_store, "beheerder", Role.CONSULTANT)
    users.set_role(admin_store, ANNA, Role.ADMIN)
    users.set_role(admin_store, "beheerder", Role.CONSULTANT)
    assert {u.name: u.role for u in users.list_users(admin_store)} == {
        "beheerder": Role.CONSULTANT,
        ANNA: Role.ADMIN,
    }


def test_auto_lock_minutes_default_and_admin_setting(admin_store: Store) -> None:
    assert policy.autolock_minutes(admin_store) == 5
    policy.set_autolock_minutes(admin_store, 2)
    assert policy.autolock_minutes(admin_store) == 2
    with pytest.raises(Exception, match="getal"):
        policy.set_autolock_minutes(admin_store, 0)
