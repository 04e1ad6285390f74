"""The team roster: the consultants of the municipality, and who guides whom.

Consultants are team records (they sync like every record): their name, phone and e-mail go
on every handout. Only an admin (team lead) adds, edits or marks a consultant as left.
Assigning people to a consultant is every user's work; each assignment is audited through
the change capture, and handing a whole caseload over also leaves one entry that says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.access.names import link_consultant
from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, record
from desktop.domain.model import Consultant, Trajectory
from desktop.dossier.checks import Anchors, parse_form
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.operations import Saved
from desktop.dossier.validation import FieldError, Raw, ValidationFailed, as_text
from desktop.messages import N_, Problem, message
from desktop.store import Store

CONSULTANT = FormSpec(
    "consultant",
    (
        FieldSpec("name", Kind.TEXT, need=Need.ALWAYS),
        FieldSpec("phone", Kind.TEXT),
        FieldSpec("email", Kind.TEXT),
        FieldSpec("active", Kind.BOOL),
    ),
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
_ANY_DAY = date(2000, 1, 1)  # the roster has no dates to check; parse_form needs a day


class UnknownConsultant(Problem):
    text = N_("Deze consulent staat niet (meer) in het team.")


@dataclass(frozen=True)
class TeamMember:
    """A consultant as the roster shows them, with the size of their caseload."""

    consultant_id: str
    name: str
    phone: str
    email: str
    active: bool
    caseload: int  # active trajectories (not ended)


def roster(store: Store) -> list[TeamMember]:
    """Every consultant, active first, by name, with their number of active trajectories."""
    with store.reading() as session:
        counts: dict[str | None, int] = {}
        for consultant_id, count in session.execute(
            select(Trajectory.consultant_id, func.count())
            .where(Trajectory.end_kind.is_(None), Trajectory.consultant_id.is_not(None))
            .group_by(Trajectory.consultant_id)
        ):
            counts[consultant_id] = int(count)
        people = session.scalars(
            select(Consultant).order_by(Consultant.active.desc(), Consultant.name)
        )
        return [
            TeamMember(c.id, c.name, c.phone, c.email, c.active, int(counts.get(c.id, 0)))
            for c in people
        ]


def caseload_counts(store: Store) -> dict[str | None, int]:
    """Active trajectories per consultant id (None: not assigned to anyone)."""
    with store.reading() as session:
        rows = session.execute(
            select(Trajectory.consultant_id, func.count())
            .where(Trajectory.end_kind.is_(None))
            .group_by(Trajectory.consultant_id)
        )
        return {consultant_id: int(count) for consultant_id, count in rows}


def _parse(values: Mapping[str, Raw]) -> dict[str, object]:
    errors: list[FieldError] = []
    try:
        parsed = parse_form(CONSULTANT, values, today=_ANY_DAY, anchors=Anchors())
    except ValidationFailed as failed:
        errors.extend(failed.errors)
        parsed = {}
    email = as_text(values.get("email"))
    if email and not _EMAIL.match(email):
        errors.append(FieldError("email", message(N_("Dit is geen geldig e-mailadres."))))
    phone = as_text(values.get("phone"))
    if phone and not _PHONE.match(phone):
        errors.append(
            FieldError(
                "phone",
                message(
                    N_(
                        "Dit is geen geldig telefoonnummer "
                        "(alleen cijfers, spaties, +, - en haakjes)."
                    )
                ),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    return parsed


def save_consultant(
    store: Store, values: Mapping[str, Raw], *, consultant_id: str | None = None
) -> Saved:
    """Add a consultant to the team (``consultant_id`` None) or change one; admins only."""
    require(store, Permission.MANAGE_TEAM)
    parsed = _parse(values)
    with store.transaction() as session:
        name = str(parsed["name"])
        clash = select(Consultant.id).where(func.lower(Consultant.name) == name.lower())
        if consultant_id:
            clash = clash.where(Consultant.id != consultant_id)
        if session.scalar(clash):
            raise ValidationFailed(
                [
                    FieldError(
                        "name", message(N_("Er staat al een consulent met deze naam in het team."))
                    )
                ]
            )
        if consultant_id:
            consultant = session.get(Consultant, consultant_id)
            if consultant is None:
                raise UnknownConsultant()
        else:
            consultant = Consultant(name=name)
            session.add(consultant)
        consultant.name = name
        consultant.phone = str(parsed.get("phone") or "")
        consultant.email = str(parsed.get("email") or "")
        consultant.active = bool(parsed.get("active", True)) if consultant_id else True
        session.flush()
        return Saved("consultant", consultant.id, False)


def set_active(store: Store, consultant_id: str, active: bool) -> None:
    """Mark a consultant as left (or back); admins only. Their caseload stays theirs until
    it is handed over (:func:`hand_over`)."""
    require(store, Permission.MANAGE_TEAM)
    with store.transaction() as session:
        consultant = session.get(Consultant, consultant_id)
        if consultant is None:
            raise UnknownConsultant()
        consultant.active = active


def assign(store: Store, person_ids: Sequence[str], consultant_id: str | None) -> int:
    """Give these people's trajectories to a consultant (None: unassigned); how many changed.

    Each changed trajectory is audited (field ``consultant_id``) by the change capture.
    """
    with store.transaction() as session:
        if consultant_id is not None:
            consultant = session.get(Consultant, consultant_id)
            if consultant is None or not consultant.active:
                raise UnknownConsultant()
        changed = 0
        for start in range(0, len(person_ids), 500):
            chunk = list(person_ids[start : start + 500])
            for trajectory in session.scalars(
                select(Trajectory).where(Trajectory.person_id.in_(chunk))
            ):
                if trajectory.consultant_id != consultant_id:
                    trajectory.consultant_id = consultant_id
                    changed += 1
        return changed


def hand_over(store: Store, from_id: str, to_id: str, *, include_ended: bool = False) -> int:
    """Hand a consultant's whole caseload to a colleague in one action; how many moved.

    Admins only. Besides the per-trajectory entries, the audit trail gets one entry naming
    both consultants and the count.
    """
    require(store, Permission.MANAGE_TEAM)
    if from_id == to_id:
        raise ValidationFailed(
            [
                FieldError(
                    "to", message(N_("Kies een andere consulent dan degene die het overdraagt."))
                )
            ]
        )
    with store.transaction() as session:
        source, target = session.get(Consultant, from_id), session.get(Consultant, to_id)
        if source is None or target is None or not target.active:
            raise UnknownConsultant()
        query = select(Trajectory.person_id).where(Trajectory.consultant_id == from_id)
        if not include_ended:
            query = query.where(Trajectory.end_kind.is_(None))
        people = list(session.scalars(query))
        source_name, target_name = source.name, target.name
    moved = assign(store, people, to_id)
    record(
        store,
        Action.HANDOVER,
        record_table="consultant",
        record_id=from_id,
        detail=f"{source_name} → {target_name}: {moved}",
    )
    return moved


def unassigned_count(store: Store) -> int:
    """Active trajectories that nobody guides yet."""
    with store.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Trajectory)
                .where(Trajectory.end_kind.is_(None), Trajectory.consultant_id.is_(None))
            )
            or 0
        )


def consultant_values(store: Store, consultant_id: str) -> dict[str, Raw]:
    """A consultant as the roster form shows them."""
    with store.reading() as session:
        consultant = session.get(Consultant, consultant_id)
        if consultant is None:
            raise UnknownConsultant()
        return {
            "name": consultant.name,
            "phone": consultant.phone,
            "email": consultant.email,
            "active": consultant.active,
        }


def link_user(store: Store, user: str, consultant_id: str | None, *, create: bool = False) -> str:
    """Link a user of this laptop to a consultant of the roster (admins); ``create``: add a
    consultant with the user's name first. Returns the consultant id ("" when unlinked)."""
    if create:
        consultant_id = save_consultant(store, {"name": user}).record_id
    link_consultant(store, user, consultant_id)
    return consultant_id or ""
