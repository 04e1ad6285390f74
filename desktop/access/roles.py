"""Permission checks: what only an admin (team lead) may do, refused clearly otherwise.

Roles are an application control: every user of a laptop holds the data key once unlocked,
so roles keep honest colleagues on their own tasks; they are not cryptographic separation
(see docs/security.md).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.access.errors import NotAllowed
from desktop.access.models import Role, User
from desktop.messages import N_, Message

if TYPE_CHECKING:
    from desktop.store import Store


class Permission(StrEnum):
    """Admin-only actions; everything else is open to every active user."""

    MANAGE_USERS = "gebruikers"
    VIEW_AUDIT = "audit"
    RETENTION = "bewaartermijn"
    SETTINGS = "instellingen"
    ENROL = "aanmeldbestand"
    MANAGE_TEAM = "team"
    TEAM_FOLDER = "teammap"
    DATA_KEY = "databasesleutel"


#: How a refusal names the action (Dutch, start of a sentence).
DESCRIPTIONS = {
    Permission.MANAGE_USERS: N_("Gebruikers en rollen beheren"),
    Permission.VIEW_AUDIT: N_("De audittrail bekijken of exporteren"),
    Permission.RETENTION: N_("Dossiers verwijderen na de bewaartermijn"),
    Permission.SETTINGS: N_("Teaminstellingen wijzigen (bewaartermijn, automatisch vergrendelen)"),
    Permission.ENROL: N_("Een aanmeldbestand voor een nieuwe laptop maken"),
    Permission.MANAGE_TEAM: N_("Het team (consulenten) beheren en caseloads overdragen"),
    Permission.TEAM_FOLDER: N_("Een team maken, bij een team aansluiten of de teammap kiezen"),
    Permission.DATA_KEY: N_("De databasesleutel vervangen"),
}


def role_of(store: Store, name: str | None = None) -> Role | None:
    """The role of a user (default: the one unlocked), None when not an active user."""
    with store.reading() as session:
        user = session.scalar(select(User).where(User.name == (name or store.user)))
    return user.role if user is not None and user.active else None


def is_admin(store: Store) -> bool:
    """True when the unlocked user is an active admin."""
    return role_of(store) is Role.ADMIN


def require(store: Store, permission: Permission) -> None:
    """Raise NotAllowed (and audit the refusal) unless the unlocked user is an admin."""
    if is_admin(store):
        return
    from desktop.audit.trail import Action, record  # late: the audit package uses roles

    record(store, Action.REFUSED, detail=permission.value)
    raise NotAllowed(Message(DESCRIPTIONS[permission]))
