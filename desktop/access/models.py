"""The users of this laptop's database and their roles.

A user is a name (the label of a passphrase slot in the key file) with a role. Users are local
to one laptop's database, like the passphrase slots: they do not sync, so that an admin on one
laptop cannot grant rights on another. Removing a user deactivates the row (the audit trail
keeps pointing at a name that existed) and drops the passphrase slot.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record, enum_type


class Role(StrEnum):
    """What a user may do: consultants work on the caseload, admins also manage; a team lead
    (teamleider) sees the reports, the caseload overview and the agenda, never health data."""

    CONSULTANT = "consulent"
    ADMIN = "beheerder"
    TEAMLEIDER = "teamleider"


class User(Record, Base):
    """A person who can unlock this database with their own passphrase."""

    __tablename__ = "app_user"
    # Local to the laptop, like the key slots (see desktop/sync/tables.py).
    __table_args__ = ({"info": {"sync": False}},)

    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role), default=Role.CONSULTANT)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
