"""The household: adding members, linking partners and children; each adult gets a journey."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.bsn import normalise_bsn
from desktop.domain.enums import Category, FamilyReunification, HouseholdRole, Schooling
from desktop.domain.model import Household, Person, PersonId, Trajectory
from desktop.domain.text import search_key
from desktop.dossier.checks import Anchors, check_bsn, parse_form, raw_value
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.operations import Saved, drop_draft
from desktop.dossier.validation import MESSAGES, FieldError, Raw, ValidationFailed
from desktop.messages import N_, message
from desktop.store import Store

ADULT_AGE = 18

MEMBER = FormSpec(
    "member",
    (
        FieldSpec("given_names", Kind.TEXT, need=Need.ALWAYS),
        FieldSpec("family_name", Kind.TEXT, need=Need.ALWAYS),
        FieldSpec("name_original", Kind.TEXT),
        FieldSpec("birth_date", Kind.DATE, past=True),
        FieldSpec("bsn", Kind.TEXT),
        FieldSpec(
            "household_role", Kind.CHOICE, tuple(r.value for r in HouseholdRole), need=Need.ALWAYS
        ),
        FieldSpec("abroad", Kind.BOOL),
        FieldSpec("own_trajectory", Kind.BOOL),
    ),
)


#: Editing a member of the household: what the add-member form has, plus school and
#: family reunification (a child's school, a partner still abroad waiting for a decision).
MEMBER_EDIT = FormSpec(
    "member_edit",
    (
        FieldSpec("given_names", Kind.TEXT, need=Need.ALWAYS),
        FieldSpec("family_name", Kind.TEXT, need=Need.ALWAYS),
        FieldSpec("name_original", Kind.TEXT),
        FieldSpec("birth_date", Kind.DATE, past=True),
        FieldSpec(
            "household_role", Kind.CHOICE, tuple(r.value for r in HouseholdRole), need=Need.ALWAYS
        ),
        FieldSpec("abroad", Kind.BOOL),
        FieldSpec("family_reunification", Kind.CHOICE, tuple(f.value for f in FamilyReunification)),
        FieldSpec("schooling", Kind.CHOICE, tuple(s.value for s in Schooling)),
        FieldSpec("school_name", Kind.TEXT),
    ),
)


def age_on(born: date, day: date) -> int:
    """Age in whole years on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _household_of(person: Person) -> Household:
    if person.household is None:
        person.household = Household(label=person.family_name)
    return person.household


def add_household_member(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add a partner, child or other member to the person's household.

    With ``own_trajectory`` an adult gets their own journey, with the same consultant and
    koppeling; a child under 18 cannot have one.
    """
    parsed = parse_form(MEMBER, values, today=today, anchors=Anchors())
    errors = []
    bsn_error = check_bsn(values.get("bsn"))
    if bsn_error:
        errors.append(bsn_error)
    born = parsed["birth_date"]
    if parsed["own_trajectory"] and born is not None and age_on(born, today) < ADULT_AGE:
        errors.append(FieldError("own_trajectory", message(N_(
            "Alleen volwassenen (18+) hebben een eigen inburgeringstraject."))))  # fmt: skip
    if parsed["own_trajectory"] and parsed["abroad"]:
        errors.append(FieldError("own_trajectory", message(N_(
            "Wie nog in het buitenland is, heeft hier nog geen traject."))))  # fmt: skip
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        anchor = session.get(Person, person_id)
        if anchor is None:
            raise LookupError(person_id)
        bsn = normalise_bsn(parsed["bsn"]) if parsed["bsn"] else None
        if bsn and session.scalar(select(Person.id).where(Person.bsn == bsn)):
            raise ValidationFailed([FieldError("bsn", MESSAGES["bsn_taken"])])
        member = Person(
            given_names=parsed["given_names"], family_name=parsed["family_name"],
            name_original=parsed["name_original"], birth_date=born, bsn=bsn,
            household_role=HouseholdRole(parsed["household_role"]), abroad=parsed["abroad"],
            category=anchor.category if not parsed["abroad"] else Category.NAREIZIGER,
            country_of_origin=anchor.country_of_origin, languages=anchor.languages,
            interpreter_needed=anchor.interpreter_needed,
        )  # fmt: skip
        member.household = _household_of(anchor)
        session.add(member)
        if parsed["own_trajectory"]:
            own = anchor.trajectory
            member.trajectory = Trajectory(
                consultant_id=own.consultant_id if own else None,
                koppeling_date=own.koppeling_date if own else None,
            )
        drop_draft(session, person_id, MEMBER.key)
        session.flush()
        return Saved("member", member.id, True)


@dataclass(frozen=True)
class PersonMatch:
    """Someone found by name, to link to a household."""

    person_id: PersonId
    display_name: str
    name_original: str
    birth_date: date | None
    in_other_household: bool


#: How many people a name search shows at most (type more to narrow it down).
MATCH_LIMIT = 20


def find_people(store: Store, person_id: PersonId, text: str) -> list[PersonMatch]:
    """People whose name (in any script) contains ``text``, to link to ``person_id``'s
    household; the person and those already in that household are left out."""
    needle = search_key(text)
    if not needle:
        return []
    with store.reading() as session:
        anchor = session.get(Person, person_id)
        if anchor is None:
            raise LookupError(person_id)
        query = (
            select(Person)
            .where(Person.search_key.contains(needle), Person.id != person_id)
            .order_by(Person.family_name, Person.given_names)
        )
        if anchor.household_id is not None:
            query = query.where(
                (Person.household_id != anchor.household_id) | Person.household_id.is_(None)
            )
        return [
            PersonMatch(PersonId(p.id), p.display_name, p.name_original, p.birth_date,
                        p.household_id is not None)
            for p in session.scalars(query.limit(MATCH_LIMIT))
        ]  # fmt: skip


def _fellow(anchor: Person, other: Person) -> bool:
    return anchor.household_id is not None and other.household_id == anchor.household_id


def link_household_member(
    store: Store, person_id: PersonId, other_id: str, *, role: HouseholdRole
) -> Saved:
    """Put an existing person (say, a partner with their own dossier) in this household.

    Someone in another household moves to this one: a person lives in one household.
    """
    if other_id == person_id:
        raise ValidationFailed([FieldError("other", message(N_(
            "Iemand kan niet aan zichzelf gekoppeld worden.")))])  # fmt: skip
    with store.transaction() as session:
        anchor, other = session.get(Person, person_id), session.get(Person, other_id)
        if anchor is None or other is None:
            raise LookupError(other_id)
        if _fellow(anchor, other):
            raise ValidationFailed([FieldError("other", message(
                N_("{name} hoort al bij dit huishouden."), name=other.display_name))])  # fmt: skip
        other.household = _household_of(anchor)
        other.household_role = role
        session.flush()
        return Saved("link", other.id, False)


def _member_of(session: Session, person_id: str, member_id: str) -> Person:
    anchor, member = session.get(Person, person_id), session.get(Person, member_id)
    if anchor is None or member is None or not _fellow(anchor, member):
        raise LookupError(member_id)
    return member


def member_values(store: Store, person_id: str, member_id: str) -> dict[str, Raw]:
    """A household member of ``person_id`` as the edit form shows them."""
    with store.reading() as session:
        member = _member_of(session, person_id, member_id)
        return {
            spec.name: raw_value(spec, getattr(member, spec.name)) for spec in MEMBER_EDIT.fields
        }


def save_member(
    store: Store, person_id: str, member_id: str, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Change a household member: names, role, abroad and family reunification, school."""
    parsed = parse_form(MEMBER_EDIT, values, today=today, anchors=Anchors())
    with store.transaction() as session:
        member = _member_of(session, person_id, member_id)
        member.given_names, member.family_name = parsed["given_names"], parsed["family_name"]
        member.name_original = parsed["name_original"]
        member.birth_date = parsed["birth_date"]
        member.household_role = HouseholdRole(parsed["household_role"])
        member.abroad = parsed["abroad"]
        reunification, schooling = parsed["family_reunification"], parsed["schooling"]
        member.family_reunification = FamilyReunification(reunification) if reunification else None
        member.schooling = Schooling(schooling) if schooling else None
        member.school_name = parsed["school_name"]
        session.flush()
        return Saved("member_edit", member.id, False)
