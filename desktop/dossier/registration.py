"""Registering a newcomer: the koppeling (or a gezinsmigrant's melding) with the household.

One save makes the person, their trajectory (koppeling or melding date, consultant), where
they live now (ROL, AZC, noodopvang, ...) and their household: a partner and children, who is
still abroad (gezinshereniging), which adults get their own trajectory. A nareiziger joins the
household of someone already registered. Before saving, :func:`find_duplicates` looks for the
same BSN, the same V-nummer, or the same name and birth date in either script, so that the
consultant opens the existing dossier instead of making a second one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.domain.bsn import normalise_bsn
from desktop.domain.enums import (
    Category,
    FamilyReunification,
    HouseholdRole,
    LinkedVia,
    ResidenceKind,
)
from desktop.domain.model import Consultant, Household, Person, PersonId, Residence, Trajectory
from desktop.domain.text import search_key
from desktop.dossier.checks import Anchors, check_bsn, parse_form
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.household import ADULT_AGE, age_on
from desktop.dossier.identifiers import normalise_v_nummer, v_nummer_problem
from desktop.dossier.operations import Saved
from desktop.dossier.validation import FieldError, Raw, ValidationFailed, as_text
from desktop.messages import N_, message
from desktop.store import Store, settings

F, K, N = FieldSpec, Kind, Need


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


#: Where a newcomer can be living when they are linked (before any home in the municipality).
RECEPTION = (
    ResidenceKind.ROL,
    ResidenceKind.AZC,
    ResidenceKind.NOODOPVANG,
    ResidenceKind.AMV,
    ResidenceKind.HAR_WONING,
    ResidenceKind.REGULIERE_WONING,
    ResidenceKind.BUITENLAND,
    ResidenceKind.OVERIG,
)

KOPPELING = FormSpec(
    "koppeling",
    (
        F("given_names", K.TEXT, need=N.ALWAYS),
        F("family_name", K.TEXT, need=N.ALWAYS),
        F("name_original", K.TEXT),
        F("birth_date", K.DATE, past=True),
        F("sex", K.CHOICE, ("", "m", "v", "x")),
        F("v_nummer", K.TEXT),
        F("bsn", K.TEXT),
        F("category", K.CHOICE, _choices(Category), need=N.ALWAYS),
        F("country_of_origin", K.TEXT),
        F("languages", K.TEXT),
        F("interpreter_needed", K.BOOL),
        F("residence_kind", K.CHOICE, tuple(r.value for r in RECEPTION)),
        F("residence_location", K.TEXT),
        F("koppeling_date", K.DATE, past=True, not_before=("birth_date",)),
        F("melding_date", K.DATE, past=True, not_before=("birth_date",)),
        # Linked via the ROL or from another AZC: the rules file says which path applies
        # (002:256-258); left empty, the reception location given below says it.
        F("linked_via", K.CHOICE, ("", *_choices(LinkedVia))),
        F("consultant_id", K.TEXT),
        F("household_of", K.TEXT),  # a nareiziger joins this person's household
        F("members", K.NOTE),  # the household, as a JSON list of member values
        F("not_a_duplicate", K.BOOL),  # "it is someone else" after a name + birth date match
    ),
)

#: One household member in the registration (a row of ``members``).
NEW_MEMBER = FormSpec(
    "new_member",
    (
        F("given_names", K.TEXT, need=N.ALWAYS),
        F("family_name", K.TEXT, need=N.ALWAYS),
        F("name_original", K.TEXT),
        F("birth_date", K.DATE, past=True),
        F("sex", K.CHOICE, ("", "m", "v", "x")),
        F("household_role", K.CHOICE, _choices(HouseholdRole), need=N.ALWAYS),
        F("v_nummer", K.TEXT),
        F("bsn", K.TEXT),
        F("abroad", K.BOOL),
        F("family_reunification", K.CHOICE, _choices(FamilyReunification)),
        F("own_trajectory", K.BOOL),
    ),
)


def _linked_via(parsed: Mapping[str, Any]) -> LinkedVia | None:
    """The linking path: as chosen, else from the reception location at the koppeling."""
    if parsed.get("linked_via"):
        return LinkedVia(parsed["linked_via"])
    if parsed.get("koppeling_date") is None:
        return None  # a gezinsmigrant or nareiziger: not linked by the COA
    kind = parsed.get("residence_kind") or ""
    return LinkedVia(kind) if kind in {via.value for via in LinkedVia} else None


class DuplicateReason(StrEnum):
    """Why an existing person may be the one being registered."""

    BSN = "bsn"
    V_NUMMER = "v_nummer"
    NAME_AND_BIRTH_DATE = "naam_geboortedatum"


@dataclass(frozen=True)
class Duplicate:
    """Someone already in the database who may be the person being registered."""

    person_id: PersonId
    display_name: str
    name_original: str
    birth_date: date | None
    reason: DuplicateReason
    has_trajectory: bool


def _name_key(given: str, family: str) -> str:
    """Folded names in any order: "Amal Haddad" and "Haddad Amal" are the same."""
    return " ".join(sorted(search_key(f"{given} {family}").split()))


def find_duplicates(
    session: Session,
    *,
    given_names: str = "",
    family_name: str = "",
    name_original: str = "",
    birth_date: date | None = None,
    bsn: str = "",
    v_nummer: str = "",
    exclude: Sequence[str] = (),
) -> list[Duplicate]:
    """People who may be the one being registered: same BSN, same V-nummer, or the same
    name (Latin or original script) and birth date. One indexed query; the strongest reason
    per person."""
    conditions: list[Any] = []
    bsn = normalise_bsn(bsn) if bsn.strip() else ""
    v_nummer = normalise_v_nummer(v_nummer)
    if bsn:
        conditions.append(Person.bsn == bsn)
    if v_nummer:
        conditions.append(Person.v_nummer == v_nummer)
    if birth_date is not None:
        conditions.append(Person.birth_date == birth_date)
    if not conditions:
        return []
    query = select(Person, Trajectory.id).outerjoin(Trajectory, Trajectory.person_id == Person.id)
    query = query.where(or_(*conditions))
    if exclude:
        query = query.where(Person.id.not_in(list(exclude)))
    latin = _name_key(given_names, family_name)
    original = search_key(name_original)
    found: list[Duplicate] = []
    for person, trajectory_id in session.execute(query.limit(50)):
        if bsn and person.bsn == bsn:
            reason = DuplicateReason.BSN
        elif v_nummer and person.v_nummer == v_nummer:
            reason = DuplicateReason.V_NUMMER
        elif (
            birth_date is not None
            and person.birth_date == birth_date
            and (
                (latin and _name_key(person.given_names, person.family_name) == latin)
                or (original and search_key(person.name_original) == original)
            )
        ):
            reason = DuplicateReason.NAME_AND_BIRTH_DATE
        else:
            continue
        found.append(
            Duplicate(
                PersonId(person.id),
                person.display_name,
                person.name_original,
                person.birth_date,
                reason,
                trajectory_id is not None,
            )
        )
    order = list(DuplicateReason)
    return sorted(found, key=lambda d: (order.index(d.reason), d.display_name))


def check_duplicates(store: Store, values: Mapping[str, Raw], *, today: date) -> list[Duplicate]:
    """:func:`find_duplicates` for what is typed in the registration form (while typing)."""
    try:
        born = parse_form(
            FormSpec("born", (KOPPELING.field("birth_date"),)),
            values,
            today=today,
            anchors=Anchors(),
        )["birth_date"]
    except ValidationFailed:
        born = None
    bsn = as_text(values.get("bsn"))
    if bsn and check_bsn(bsn) is not None:
        bsn = ""
    with store.reading() as session:
        return find_duplicates(
            session,
            given_names=as_text(values.get("given_names")),
            family_name=as_text(values.get("family_name")),
            name_original=as_text(values.get("name_original")),
            birth_date=born,
            bsn=bsn,
            v_nummer=as_text(values.get("v_nummer")),
        )


def members_of(values: Mapping[str, Raw]) -> list[dict[str, Raw]]:
    """The household rows of a registration (kept as JSON text in the ``members`` field)."""
    text = as_text(values.get("members"))
    if not text:
        return []
    try:
        rows = json.loads(text)
    except ValueError:
        return []
    if not isinstance(rows, list):
        return []
    return [
        {str(k): v for k, v in row.items() if v is None or isinstance(v, str | bool)}
        for row in rows
        if isinstance(row, dict)
    ]


def members_text(rows: Sequence[Mapping[str, Raw]]) -> str:
    """The ``members`` field for a list of household rows."""
    return json.dumps([dict(row) for row in rows], ensure_ascii=False) if rows else ""


def check_member(values: Mapping[str, Raw], *, today: date) -> dict[str, Any]:
    """The parsed values of one household member; ValidationFailed with messages per field."""
    errors: list[FieldError] = []
    try:
        parsed = parse_form(NEW_MEMBER, values, today=today, anchors=Anchors())
    except ValidationFailed as failed:
        errors.extend(failed.errors)
        parsed = {}
    for problem in (check_bsn(values.get("bsn")), v_nummer_problem(values.get("v_nummer"))):
        if problem:
            errors.append(problem)
    born = parsed.get("birth_date")
    if parsed.get("own_trajectory"):
        if born is not None and age_on(born, today) < ADULT_AGE:
            errors.append(
                FieldError(
                    "own_trajectory",
                    message(N_("Alleen volwassenen (18+) hebben een eigen inburgeringstraject.")),
                )
            )
        if parsed.get("abroad"):
            errors.append(
                FieldError(
                    "own_trajectory",
                    message(N_("Wie nog in het buitenland is, heeft hier nog geen traject.")),
                )
            )
    if errors:
        raise ValidationFailed(errors)
    return parsed


def _check_main(
    session: Session, values: Mapping[str, Raw], parsed: dict[str, Any], members: list[Any]
) -> list[FieldError]:
    errors: list[FieldError] = []
    category = parsed.get("category")
    if category == Category.GEZINSMIGRANT:
        if parsed.get("melding_date") is None:
            errors.append(
                FieldError(
                    "melding_date",
                    message(
                        N_(
                            "Vul de datum van de melding bij de gemeente in: daar begint het "
                            "traject van een gezinsmigrant."
                        )
                    ),
                )
            )
    elif parsed.get("koppeling_date") is None:
        errors.append(
            FieldError("koppeling_date", message(N_("Vul de datum van de koppeling in.")))
        )
    if category == Category.NAREIZIGER and not parsed.get("household_of") and not members:
        errors.append(
            FieldError(
                "household_of",
                message(
                    N_(
                        "Een nareiziger komt bij een huishouden dat al in Wegwijzer staat: "
                        "kies bij wie."
                    )
                ),
            )
        )
    consultant_id = parsed.get("consultant_id")
    if consultant_id:
        consultant = session.get(Consultant, consultant_id)
        if consultant is None or not consultant.active:
            errors.append(
                FieldError(
                    "consultant_id", message(N_("Deze consulent staat niet (meer) in het team."))
                )
            )
    joined = parsed.get("household_of")
    if joined and session.get(Person, joined) is None:
        errors.append(
            FieldError("household_of", message(N_("Deze persoon staat niet meer in Wegwijzer.")))
        )
    for problem in (check_bsn(values.get("bsn")), v_nummer_problem(values.get("v_nummer"))):
        if problem:
            errors.append(problem)
    return errors


def _hard_duplicates(session: Session, people: Sequence[Mapping[str, Any]]) -> list[FieldError]:
    """The same BSN or V-nummer twice (in the database or within this household)."""
    errors: list[FieldError] = []
    seen: dict[tuple[str, str], int] = {}
    for index, person in enumerate(people):
        field_prefix = "" if index == 0 else f"members.{index - 1}."
        for column in ("bsn", "v_nummer"):
            value = person.get(column)
            if not value:
                continue
            if (column, value) in seen:
                errors.append(
                    FieldError(
                        field_prefix + column,
                        message(N_("Dit nummer staat al bij een ander lid van dit huishouden.")),
                    )
                )
                continue
            seen[(column, value)] = index
            if session.scalar(select(Person.id).where(getattr(Person, column) == value)):
                taken = (
                    N_("Dit BSN staat al bij een andere persoon.")
                    if column == "bsn"
                    else N_("Dit V-nummer staat al bij een andere persoon.")
                )
                errors.append(FieldError(field_prefix + column, message(taken)))
    return errors


def register_koppeling(store: Store, values: Mapping[str, Raw], *, today: date) -> Saved:
    """Register a newcomer (and household) in one transaction; returns the new person's id.

    Refuses a BSN or V-nummer that is already known; a person with the same name and birth
    date is refused until ``not_a_duplicate`` is ticked (open the existing dossier instead).
    """
    errors: list[FieldError] = []
    try:
        parsed = parse_form(KOPPELING, values, today=today, anchors=Anchors())
    except ValidationFailed as failed:
        errors.extend(failed.errors)
        parsed = {name: None for name in KOPPELING.names}
    members: list[dict[str, Any]] = []
    for index, row in enumerate(members_of(values)):
        try:
            members.append(check_member(row, today=today))
        except ValidationFailed as failed:
            errors.extend(FieldError(f"members.{index}.{e.field}", e.text) for e in failed.errors)
    with store.transaction() as session:
        errors.extend(_check_main(session, values, parsed, members))
        main = {
            "bsn": normalise_bsn(parsed["bsn"]) if parsed.get("bsn") else None,
            "v_nummer": normalise_v_nummer(parsed.get("v_nummer") or "") or None,
        }
        for member_values in members:
            bsn = member_values.get("bsn")
            member_values["bsn"] = normalise_bsn(bsn) if bsn else None
            member_values["v_nummer"] = normalise_v_nummer(member_values.get("v_nummer") or "")
            member_values["v_nummer"] = member_values["v_nummer"] or None
        errors.extend(_hard_duplicates(session, [main, *members]))
        if not errors and not parsed.get("not_a_duplicate"):
            same = [
                d
                for d in find_duplicates(
                    session,
                    given_names=parsed["given_names"],
                    family_name=parsed["family_name"],
                    name_original=parsed["name_original"],
                    birth_date=parsed["birth_date"],
                )
                if d.reason is DuplicateReason.NAME_AND_BIRTH_DATE
            ]
            if same:
                errors.append(
                    FieldError(
                        "not_a_duplicate",
                        message(
                            N_(
                                "Er staat al iemand met deze naam en geboortedatum in Wegwijzer. "
                                "Open dat dossier, of vink aan dat het een ander persoon is."
                            )
                        ),
                    )
                )
        if errors:
            raise ValidationFailed(errors)
        person = _new_person(parsed, main)
        session.add(person)
        person.trajectory = Trajectory(
            consultant_id=parsed.get("consultant_id") or None,
            koppeling_date=parsed.get("koppeling_date"),
            melding_date=parsed.get("melding_date"),
            linked_via=_linked_via(parsed),
        )
        start = parsed.get("koppeling_date") or parsed.get("melding_date") or today
        if parsed.get("residence_kind"):
            person.residences.append(
                Residence(
                    kind=ResidenceKind(parsed["residence_kind"]),
                    location=parsed.get("residence_location") or "",
                    start_date=start,
                )
            )
        household = _household(session, person, parsed.get("household_of"), members)
        for row in members:
            member = _new_member(person, row)
            member.household = household
            session.add(member)
            if row.get("own_trajectory"):
                member.trajectory = Trajectory(
                    consultant_id=person.trajectory.consultant_id,
                    koppeling_date=person.trajectory.koppeling_date,
                    melding_date=person.trajectory.melding_date,
                )
        _draft(store).clear(session.connection())  # saved: the half-typed version is done
        session.flush()
        return Saved("koppeling", person.id, True)


def _new_person(parsed: Mapping[str, Any], numbers: Mapping[str, Any]) -> Person:
    return Person(
        given_names=parsed["given_names"],
        family_name=parsed["family_name"],
        name_original=parsed.get("name_original") or "",
        birth_date=parsed.get("birth_date"),
        sex=parsed.get("sex") or "",
        bsn=numbers["bsn"],
        v_nummer=numbers["v_nummer"],
        category=Category(parsed["category"]),
        country_of_origin=(parsed.get("country_of_origin") or "").upper()[:2],
        languages=parsed.get("languages") or "",
        interpreter_needed=bool(parsed.get("interpreter_needed")),
        household_role=HouseholdRole.AANVRAGER,
    )


def _new_member(anchor: Person, row: Mapping[str, Any]) -> Person:
    abroad = bool(row.get("abroad"))
    reunification = row.get("family_reunification")
    return Person(
        given_names=row["given_names"],
        family_name=row["family_name"],
        name_original=row.get("name_original") or "",
        birth_date=row.get("birth_date"),
        sex=row.get("sex") or "",
        bsn=row.get("bsn"),
        v_nummer=row.get("v_nummer"),
        household_role=HouseholdRole(row["household_role"]),
        abroad=abroad,
        family_reunification=FamilyReunification(reunification) if reunification else None,
        category=Category.NAREIZIGER if abroad else anchor.category,
        country_of_origin=anchor.country_of_origin,
        languages=anchor.languages,
        interpreter_needed=anchor.interpreter_needed,
    )


def _household(
    session: Session, person: Person, household_of: str | None, members: Sequence[Any]
) -> Household | None:
    if household_of:
        existing = session.get(Person, household_of)
        assert existing is not None  # checked above
        if existing.household is None:
            existing.household = Household(label=existing.family_name)
        person.household = existing.household
        return existing.household
    if members:
        person.household = Household(label=person.family_name)
        return person.household
    return None


# -- the draft of a registration -----------------------------------------------------------


def _draft(store: Store) -> settings.Key[settings.FormValues | None]:
    return settings.REGISTRATION_DRAFT.of(store.user)


def save_registration_draft(store: Store, values: Mapping[str, Raw]) -> None:
    """Keep a half-typed registration (encrypted, for this user) until it is saved."""
    _draft(store).set(store, dict(values))


def load_registration_draft(store: Store) -> dict[str, Raw] | None:
    """The registration this user was typing, if any."""
    return _draft(store).get(store)


def discard_registration_draft(store: Store) -> None:
    """Throw the half-typed registration away."""
    _draft(store).clear(store)


@dataclass(frozen=True)
class Registered:
    """Someone already registered, found by name to join their household."""

    person_id: str
    display_name: str
    name_original: str
    birth_date: date | None


def find_registered(store: Store, text: str, *, limit: int = 20) -> list[Registered]:
    """People with a trajectory whose name (in any script) contains ``text``."""
    needle = search_key(text)
    if len(needle) < 2:
        return []
    with store.reading() as session:
        query = (
            select(Person)
            .join(Trajectory, Trajectory.person_id == Person.id)
            .where(Person.search_key.contains(needle))
            .order_by(Person.family_name, Person.given_names)
            .limit(limit)
        )
        return [
            Registered(p.id, p.display_name, p.name_original, p.birth_date)
            for p in session.scalars(query)
        ]
