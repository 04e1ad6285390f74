"""Unlocking as a user: throttled, checked against the user list, audited.

The screens and the CLI unlock through these functions rather than ``Store.open``, so that
every login is counted, refused when the user was removed, and recorded in the trail.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.access.errors import AccountDisabled
from desktop.access.models import Role, User
from desktop.access.throttle import throttled
from desktop.access.users import ensure_users
from desktop.audit.trail import Action, record
from desktop.store import Store
from desktop.store.errors import StoreError
from desktop.store.keys import KeyFile
from desktop.store.paths import KEY_FILE_NAME


def user_names(folder: Path) -> list[str]:
    """The users who can unlock the store in ``folder`` (from the key file; no key needed)."""
    try:
        return KeyFile.load(folder / KEY_FILE_NAME).passphrase_labels()
    except Exception:  # no or a damaged key file: the unlock itself will say what is wrong
        return []


def start_session(store: Store, action: Action = Action.LOGIN) -> None:
    """Check the unlocked user is active and record the login; closes the store if not."""
    try:
        ensure_users(store)
        with store.reading() as session:
            user = session.scalar(select(User).where(User.name == store.user))
        if user is None or not user.active:
            raise AccountDisabled()
        record(store, action)
    except BaseException:
        store.close()
        raise


def unlock(folder: Path, passphrase: str, *, user: str | None = None) -> Store:
    """Open the store as ``user`` (or whoever the passphrase belongs to), throttled
    (:func:`~desktop.access.throttle.throttled`)."""
    store = throttled(folder, lambda: Store.open(folder, passphrase, user=user))
    start_session(store)
    return store


def unlock_with_recovery(folder: Path, recovery_key: str, *, user: str | None = None) -> Store:
    """Open with the recovery key as ``user`` (default: the first admin), throttled and audited.

    Afterwards the caller sets a new passphrase for that user (``Store.change_passphrase``).
    """
    store = throttled(folder, lambda: Store.open_with_recovery(folder, recovery_key))
    try:
        ensure_users(store)
        with store.reading() as session:
            if user is None:
                query = select(User.name).where(User.role == Role.ADMIN, User.active.is_(True))
                user = session.scalars(query.order_by(User.created_at)).first()
    except BaseException:
        store.close()
        raise
    store.user = user or store.user
    start_session(store, Action.RECOVERY)
    return store


def lock(store: Store) -> None:
    """Record the lock (when the database still can) and close the store."""
    try:
        record(store, Action.LOCK)
    except StoreError:  # locking must never fail: a full disk still locks the screen
        pass
    finally:
        store.close()
