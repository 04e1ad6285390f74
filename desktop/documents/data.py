"""What a handout may say about one person, read from the dossier in one go.

Only what the person is meant to read: names, the consultant, the klantreis dates, planned
appointments and the PIP agreements. Health (``LifeDomain.is_sensitive``) never leaves the
dossier this way, and neither do notes, intake findings or enforcement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.errors import NoHandoutPerson
from desktop.domain.appointments import Appointment as Planned
from desktop.domain.appointments import AppointmentStatus, TalkKind
from desktop.domain.enums import InterpreterMode, LifeDomain, Route
from desktop.domain.model import Consultant, Person, Pip, PipAgreement, Trajectory
from desktop.journey import JourneyState, Rules, evaluate, facts_for_person


@dataclass(frozen=True)
class Appointment:
    """A planned talk the person is invited to."""

    kind: str  # "koffie_en_koek", "brede_intake" or "voortgang" (StepKey values)
    when: datetime | None
    place: str = ""
    interpreter: bool = False
    by_phone: bool = False  # the interpreter takes part by phone


@dataclass(frozen=True)
class PipSummary:
    """The PIP in force, as far as the person reads it; no sensitive domains."""

    version: int
    route: Route
    language_provider: str
    signed_on: date | None
    beschikking_on: date | None
    route_started_on: date | None
    agreements: tuple[tuple[LifeDomain, str], ...]
    support: str


@dataclass(frozen=True)
class HandoutPerson:
    """Everything a handout prints about one inburgeraar."""

    person_id: str
    name: str  # Latin script: given names, family name
    name_original: str  # original script, may be empty
    country: str
    languages: str
    interpreter_needed: bool
    consultant_name: str
    consultant_phone: str
    journey: JourneyState
    appointments: tuple[Appointment, ...]  # not yet held, soonest first
    pip: PipSummary | None
    today: date


def _interpreter(mode: InterpreterMode | None, needed: bool) -> tuple[bool, bool]:
    if mode is None or mode is InterpreterMode.GEEN:
        return needed, False
    return True, mode is InterpreterMode.TELEFONISCH


#: The talks an invitation exists for (desktop/documents/invitation.py KIND_TITLES).
INVITATION_KINDS = (TalkKind.KOFFIE_EN_KOEK, TalkKind.BREDE_INTAKE, TalkKind.VOORTGANG)


def _appointments(session: Session, person: Person, today: date) -> list[Appointment]:
    """The person's planned talks from today on, read from the agenda (their one source)."""
    start = datetime.combine(today, datetime.min.time())
    rows = session.scalars(
        select(Planned)
        .where(Planned.person_id == person.id, Planned.status == AppointmentStatus.GEPLAND)
        .where(Planned.kind.in_(INVITATION_KINDS), Planned.starts_at >= start)
        .order_by(Planned.starts_at)
    )
    found: list[Appointment] = []
    for talk in rows:
        interpreter, by_phone = _interpreter(talk.interpreter_mode, person.interpreter_needed)
        found.append(
            Appointment(talk.kind.value, talk.starts_at, talk.place_detail, interpreter, by_phone)
        )
    return found


def _pip(session: Session, person_id: str) -> PipSummary | None:
    pip = session.scalars(  # a later version counts once signed (before, it is a draft)
        select(Pip)
        .where(Pip.person_id == person_id, (Pip.version == 1) | Pip.signed_on.is_not(None))
        .order_by(Pip.version.desc())
    ).first()
    if pip is None:
        return None
    rows = session.scalars(select(PipAgreement).where(PipAgreement.pip_id == pip.id))
    agreements = tuple(
        (row.domain, row.text.strip())
        for row in sorted(rows, key=lambda row: list(LifeDomain).index(row.domain))
        if not row.domain.is_sensitive and row.text.strip()
    )
    return PipSummary(
        version=pip.version,
        route=pip.route,
        language_provider=pip.language_provider,
        signed_on=pip.signed_on,
        beschikking_on=pip.beschikking_on,
        route_started_on=pip.route_started_on,
        agreements=agreements,
        support=pip.support.strip(),
    )


def load_handout_person(
    session: Session, person_id: str, *, today: date, rules: Rules
) -> HandoutPerson:
    """The handout view of one person; NoHandoutPerson when unknown or without a trajectory."""
    person = session.get(Person, person_id)
    trajectory = session.scalars(
        select(Trajectory).where(Trajectory.person_id == person_id)
    ).first()
    if person is None or trajectory is None:
        raise NoHandoutPerson(person_id)
    consultant = (
        session.get(Consultant, trajectory.consultant_id) if trajectory.consultant_id else None
    )
    journey = evaluate(facts_for_person(session, person_id), rules, today)
    return HandoutPerson(
        person_id=person.id,
        name=f"{person.given_names} {person.family_name}".strip(),
        name_original=person.name_original.strip(),
        country=person.country_of_origin,
        languages=person.languages,
        interpreter_needed=person.interpreter_needed,
        consultant_name=consultant.name if consultant else "",
        consultant_phone=consultant.phone if consultant else "",
        journey=journey,
        appointments=tuple(_appointments(session, person, today)),
        pip=_pip(session, person_id),
        today=today,
    )
