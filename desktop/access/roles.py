"""Permission checks: what only an admin (team lead) may do, refused clearly otherwise.

Roles are an application control: every user of a laptop holds the data key once unlocked,
so roles keep honest colleagues on their own tasks; they are not cryptographic separation
(see docs/security.md).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.access.errors import HealthWithheld, NotAllowed
from desktop.access.models import Role, User
from desktop.messages import N_, Message

if TYPE_CHECKING:
    from desktop.store import Store


class Permission(StrEnum):
    """Actions not open to every role (:data:`GRANTS`); everything else is open to every
    active user."""

    MANAGE_USERS = "gebruikers"
    VIEW_AUDIT = "audit"
    RETENTION = "bewaartermijn"
    SETTINGS = "instellingen"
    ENROL = "aanmeldbestand"
    MANAGE_TEAM = "team"
    TEAM_FOLDER = "teammap"
    DATA_KEY = "databasesleutel"
    #: Health data: the health domains of the Brede Intake, health notes of the journal.
    HEALTH = "gezondheid"


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
    Permission.HEALTH: N_(
        "Gezondheidsgegevens bekijken (de gezondheidsdomeinen van de Brede Intake en de "
        "gezondheidsnotities in het contactjournaal)"
    ),
}

#: What each role may do beyond what is open to everyone. A teamleider sees the reports, the
#: caseload overview and the agenda, and dossiers without their health data.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CONSULTANT: frozenset({Permission.HEALTH}),
    Role.TEAMLEIDER: frozenset(),
}


def role_of(store: Store, name: str | None = None) -> Role | None:
    """The role of a user (default: the one unlocked), None when not an active user."""
    with store.reading() as session:
        user = session.scalar(select(User).where(User.name == (name or store.user)))
    return user.role if user is not None and user.active else None


def leads_team(store: Store) -> bool:
    """True for the roles whose daily work is the reports: a teamleider or an admin."""
    return role_of(store) in (Role.TEAMLEIDER, Role.ADMIN)


def is_admin(store: Store) -> bool:
    """True when the unlocked user is an active admin."""
    return role_of(store) is Role.ADMIN


def allows(role: Role | None, permission: Permission) -> bool:
    """True when ``role`` may do what ``permission`` names. A store without a user list (made
    by the CLI or a test, never unlocked through :mod:`desktop.access.session`) has no role:
    it gets what a consultant gets."""
    return permission in GRANTS[role or Role.CONSULTANT]


def may(store: Store, permission: Permission) -> bool:
    """True when the unlocked user may do it (for screens that hide what is refused)."""
    return allows(role_of(store), permission)


def require(store: Store, permission: Permission) -> None:
    """Raise NotAllowed (and audit the refusal) unless the unlocked user's role allows it."""
    role = role_of(store)
    if allows(role, permission):
        return
    from desktop.audit.trail import Action, record  # late: the audit package uses roles

    record(store, Action.REFUSED, detail=permission.value)
    refusal = HealthWithheld if permission is Permission.HEALTH else NotAllowed
    raise refusal(Message(DESCRIPTIONS[permission]), role=role)
