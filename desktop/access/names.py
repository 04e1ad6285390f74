"""Who is logged in, by name: the user's consultant of the team roster, and the laptop's name.

A user (a passphrase slot of this laptop) is linked to one consultant of the team roster, so
that "my caseload" and the handouts' contact details follow from who is logged in. The link is
a local setting per user, like the users themselves (they never sync).

A laptop is known by a name (the setting, else the computer's host name). Other laptops learn
it from the audit trail, which syncs: when a laptop's name is new or changed, it records a
"laptop named" entry; the newest such entry of each device names that device.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from desktop.access.errors import InvalidUserName, UnknownUser
from desktop.access.models import User
from desktop.access.roles import Permission, require
from desktop.audit.laptops import laptop_label, laptop_names
from desktop.audit.trail import Action, append
from desktop.domain.model import Consultant
from desktop.store import settings
from desktop.store.settings import device_id
from desktop.sync.conflicts import Conflict, Option, resolve

__all__ = ["laptop_label", "laptop_names"]  # with the rest: who and where, for the screens

if TYPE_CHECKING:
    from desktop.store import Store

#: The consultant a user is, per user name: ``access.consultant.<user>``.
USER_CONSULTANT = settings.text("access.consultant")
#: What this laptop is called in the trail, the history and the conflict screen.
LAPTOP_NAME = settings.text("access.laptop_name")


# -- users and consultants -----------------------------------------------------------------


def consultant_of(store: Store, user: str | None = None) -> str | None:
    """The consultant id of ``user`` (default: the one logged in), or None when not linked.

    Without a link, an active consultant of the roster with exactly the user's name is them.
    """
    name = user or store.user
    found = USER_CONSULTANT.of(name).get(store)
    if found:
        return found
    with store.reading() as session:
        same = list(
            session.scalars(
                select(Consultant.id).where(
                    func.lower(Consultant.name) == name.lower(), Consultant.active.is_(True)
                )
            )
        )
    return same[0] if len(same) == 1 else None


def my_consultant(store: Store) -> Consultant | None:
    """The roster entry of the user logged in, if linked and still there."""
    consultant_id = consultant_of(store)
    if consultant_id is None:
        return None
    with store.reading() as session:
        return session.get(Consultant, consultant_id)


def link_consultant(store: Store, user: str, consultant_id: str | None) -> None:
    """Link a user to a consultant of the roster (admins; anyone for themselves); audited."""
    if user != store.user:
        require(store, Permission.MANAGE_USERS)
    with store.reading() as session:
        if session.scalar(select(User).where(User.name == user, User.active.is_(True))) is None:
            raise UnknownUser()
        name = ""
        if consultant_id is not None:
            consultant = session.get(Consultant, consultant_id)
            if consultant is None:
                raise UnknownUser()
            name = consultant.name
    with store.transaction() as session:
        connection = session.connection()
        USER_CONSULTANT.of(user).set(connection, consultant_id or "")
        append(connection, actor=store.user, action=Action.SETTING,
               detail=f"{user}: consulent {name or '-'}")  # fmt: skip


def linked_consultants(store: Store) -> dict[str, str]:
    """User name -> consultant id, for every linked user."""
    with store.reading() as session:
        names = list(session.scalars(select(User.name)))
    found = {name: consultant_of(store, name) for name in names}  # a handful of users
    return {name: cid for name, cid in found.items() if cid}


def check_user_name(name: str) -> str:
    """A user's name as typed at first run: 2 to 80 characters, no colon."""
    cleaned = " ".join(name.split())
    if not 2 <= len(cleaned) <= 80 or ":" in cleaned or cleaned == "herstel":
        raise InvalidUserName()
    return cleaned


# -- conflicts ---------------------------------------------------------------------------


def resolve_conflict(store: Store, conflict: Conflict, option: Option) -> None:
    """Choose a value on the conflict screen; the choice is audited with the value's record."""

    def audit(connection: Connection, person_id: str) -> None:
        append(connection, actor=store.user, action=Action.CONFLICT_RESOLVED,
               person_id=person_id, record_table=conflict.tbl, record_id=conflict.row_id,
               fields=[conflict.field], detail=conflict.kind)  # fmt: skip

    resolve(store, conflict, option, then=audit)


# -- laptops -------------------------------------------------------------------------------


def default_laptop_name() -> str:
    """The computer's host name, as the laptop's name until someone chooses one."""
    return (socket.gethostname() or "laptop")[:80]


def laptop_name(where: Store | Connection) -> str:
    """This laptop's name."""
    return LAPTOP_NAME.get(where).strip() or default_laptop_name()


def announce_laptop(store: Store) -> None:
    """Record this laptop's name in the trail when the team does not know it yet (at unlock)."""
    name = laptop_name(store)
    with store.transaction() as session:
        connection = session.connection()
        if laptop_names(connection).get(device_id(connection)) != name:
            append(connection, actor=store.user, action=Action.LAPTOP_NAMED, detail=name)


def set_laptop_name(store: Store, name: str) -> None:
    """Name this laptop (admins); the team learns it at the next sync."""
    require(store, Permission.MANAGE_USERS)
    cleaned = " ".join(name.split())[:80]
    LAPTOP_NAME.set(store, cleaned)
    announce_laptop(store)


def team_laptops(store: Store) -> dict[str, str]:
    """Device id -> name of every laptop of the team that announced itself."""
    with store.reading() as session:
        return laptop_names(session.connection())
