"""What a handout may say about one person, read from the dossier in one go.

Only what the person is meant to read: names, the consultant, the klantreis dates, planned
appointments and the PIP agreements. Health (``LifeDomain.is_sensitive``) never leaves the
dossier this way, and neither do notes, intake findings or enforcement.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
class Contact:
    """Whose name and phone a handout gives for questions: a consultant of the team roster."""

    name: str
    phone: str
    consultant_id: str = ""

    @classmethod
    def of(cls, consultant: Consultant | None) -> Contact | None:
        """The contact details of a roster entry (None for None)."""
        if consultant is None:
            return None
        return cls(consultant.name, consultant.phone, consultant.id)


@dataclass(frozen=True)
class HandoutPerson:
    """Everything a handout prints about one inburgeraar."""

    person_id: str
    name: str  # Latin script: given names, family name
    name_original: str  # original script, may be empty
    country: str
    languages: str
    interpreter_needed: bool
    consultant_name: str  # whose contact details the handout gives (see with_contact)
    consultant_phone: str
    journey: JourneyState
    appointments: tuple[Appointment, ...]  # not yet held, soonest first
    pip: PipSummary | None
    today: date
    consultant_id: str = ""  # the person's own consultant ("" when none is assigned)

    @property
    def own_contact(self) -> Contact | None:
        """The person's own consultant, as read from the dossier (None when none assigned)."""
        if not self.consultant_id:
            return None
        return Contact(self.consultant_name, self.consultant_phone, self.consultant_id)

    def with_contact(self, contact: Contact | None) -> HandoutPerson:
        """This person with ``contact``'s name and phone on the handout (None: no one)."""
        return replace(
            self,
            consultant_name=contact.name if contact else "",
            consultant_phone=contact.phone if contact else "",
        )


def handout_contact(person: HandoutPerson, mine: Contact | None) -> Contact | None:
    """Whose contact details go on a handout by default: the person's own consultant, else
    ``mine`` (the consultant of the user logged in, passed in by the screens or the CLI)."""
    return person.own_contact or mine


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
    session: Session,
    person_id: str,
    *,
    today: date,
    rules: Rules,
    mine: Contact | None = None,
) -> HandoutPerson:
    """The handout view of one person; NoHandoutPerson when unknown or without a trajectory.

    The contact details are the person's own consultant's; ``mine`` (the logged-in user's
    consultant) when the person has none assigned.
    """
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
    found = HandoutPerson(
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
        consultant_id=consultant.id if consultant else "",
    )
    return found if consultant else found.with_contact(mine)
