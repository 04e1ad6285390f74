"""Managing the users of a laptop: each has their own passphrase slot and a role.

Adding a user wraps the existing data key under their passphrase; removing one drops that
slot; resetting a forgotten passphrase wraps it anew. None of these re-encrypts the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.access.errors import (
    InvalidUserName,
    LastAdmin,
    NotYourself,
    UnknownUser,
    UserExists,
)
from desktop.access.models import Role, User
from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, record
from desktop.store import settings
from desktop.store.database import check_passphrase
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params

if TYPE_CHECKING:
    from desktop.store import Store


@dataclass(frozen=True)
class UserInfo:
    """A user as the user-management screen shows them."""

    name: str
    role: Role
    active: bool
    has_passphrase: bool


def ensure_users(store: Store) -> None:
    """Give every passphrase slot a user row; with none yet, the first slot is the admin.

    Runs at each unlock: the first user (made at first run) becomes admin, and a store from
    before users existed gets its users from its key slots.
    """
    labels = store.passphrase_users()
    with store.reading() as session:  # nearly always: nothing to add, no write transaction
        if set(labels) <= set(session.scalars(select(User.name))) and labels:
            return
    with store.transaction() as session:
        known = set(session.scalars(select(User.name)))
        first = not known
        for index, label in enumerate(labels):
            if label not in known:
                role = Role.ADMIN if first and index == 0 else Role.CONSULTANT
                session.add(
                    User(name=label, role=role, created_by=store.user, changed_by=store.user)
                )


def list_users(store: Store) -> list[UserInfo]:
    """Every user of this laptop, active ones first, by name."""
    slots = set(store.passphrase_users())
    with store.reading() as session:
        users = list(session.scalars(select(User)))
    return sorted(
        (UserInfo(u.name, u.role, u.active, u.name in slots) for u in users),
        key=lambda u: (not u.active, u.name.lower()),
    )


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not 2 <= len(cleaned) <= 80 or ":" in cleaned or "/" in cleaned or cleaned == "herstel":
        raise InvalidUserName()
    return cleaned


def _active_admins(store: Store) -> list[str]:
    with store.reading() as session:
        query = select(User.name).where(User.role == Role.ADMIN, User.active.is_(True))
        return list(session.scalars(query))


def add_user(
    store: Store,
    name: str,
    passphrase: str,
    *,
    role: Role = Role.CONSULTANT,
    params: Argon2Params = DEFAULT_ARGON2,
) -> None:
    """Add a user with their own passphrase (admins only); a removed name may come back."""
    require(store, Permission.MANAGE_USERS)
    name = _check_name(name)
    check_passphrase(passphrase, [name])
    with store.reading() as session:
        existing = session.scalar(select(User).where(User.name == name))
    if existing is not None and existing.active:
        raise UserExists()
    store.change_passphrase(passphrase, user=name, params=params)
    with store.transaction() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            session.add(User(name=name, role=role, created_by=store.user, changed_by=store.user))
        else:
            user.active, user.role, user.changed_by = True, role, store.user
    record(store, Action.USER_ADDED, detail=f"{name} ({role.value})")


def remove_user(store: Store, name: str) -> None:
    """Remove a user (admins only): their passphrase stops working; the trail keeps the name."""
    require(store, Permission.MANAGE_USERS)
    if name == store.user:
        raise NotYourself()
    with store.transaction() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise UnknownUser()
        if user.role is Role.ADMIN and _active_admins(store) == [name]:
            raise LastAdmin()
        user.active, user.changed_by = False, store.user
    if name in store.passphrase_users():
        store.remove_passphrase(name)
    record(store, Action.USER_REMOVED, detail=name)
    if settings.SYNC_TEAM_ID.get(store):  # they held the team key: replace it at the next sync
        settings.SYNC_ROTATE_PENDING.set(store, True)


def set_role(store: Store, name: str, role: Role) -> None:
    """Make a user consultant or admin (admins only); one admin always remains."""
    require(store, Permission.MANAGE_USERS)
    with store.transaction() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None or not user.active:
            raise UnknownUser()
        if user.role is Role.ADMIN and role is not Role.ADMIN and _active_admins(store) == [name]:
            raise LastAdmin()
        user.role, user.changed_by = role, store.user
    record(store, Action.ROLE_CHANGED, detail=f"{name}: {role.value}")


def set_passphrase(
    store: Store, name: str, passphrase: str, *, params: Argon2Params = DEFAULT_ARGON2
) -> None:
    """A new passphrase for a user: one's own, or anyone's by an admin (a forgotten one)."""
    if name != store.user:
        require(store, Permission.MANAGE_USERS)
    check_passphrase(passphrase, [name])
    with store.reading() as session:
        user = session.scalar(select(User).where(User.name == name))
    if user is None or not user.active:
        raise UnknownUser()
    store.change_passphrase(passphrase, user=name, params=params)  # audited there
