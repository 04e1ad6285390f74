"""Synthetic demo data: households, consultants and journeys at every step of the klantreis.

Everything is made up (names are common names, numbers pass the checks but belong to nobody)
and deterministic for a seed and the number of people already in the store. Rows are added
with bulk inserts in one transaction, so that 20,000 people for a benchmark take seconds.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from desktop import demo_names as names
from desktop.access.models import Role
from desktop.access.names import link_consultant
from desktop.access.users import add_user, list_users
from desktop.demo_journey import STAGE_AGE, Builder, Deck, add_journey
from desktop.domain import model
from desktop.domain.appointments import Appointment
from desktop.domain.enums import (
    Category,
    FamilyReunification,
    HouseholdRole,
    Schooling,
)
from desktop.domain.text import person_search_key
from desktop.store import Store
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params

#: Country -> (language, male names, female names, family names, patronymic family names).
ORIGINS: dict[
    str, tuple[str, Sequence[names.Name], Sequence[names.Name], Sequence[names.Name], bool]
] = {
    "SY": ("ar", names.SYRIAN_MALE, names.SYRIAN_FEMALE, names.SYRIAN_FAMILY, False),
    "ER": ("ti", names.ERITREAN_MALE, names.ERITREAN_FEMALE, names.ERITREAN_FAMILY, True),
    "AF": ("prs", names.AFGHAN_MALE, names.AFGHAN_FEMALE, names.AFGHAN_FAMILY, False),
    "TR": ("tr", names.TURKISH_MALE, names.TURKISH_FEMALE, names.TURKISH_FAMILY, False),
    "SO": ("so", names.SOMALI_MALE, names.SOMALI_FEMALE, names.SOMALI_FAMILY, True),
}
ORIGIN_WEIGHTS = {"SY": 34, "ER": 30, "AF": 16, "TR": 10, "SO": 10}

#: Journey stages; each trajectory is dealt one from a shuffled deck so that all occur early.
STAGES = (
    "gekoppeld",
    "koffie_en_koek",
    "intake",
    "toets",
    "starterz",
    "pip",
    "voortgang",
    "pvt_map",
    "beeindigd",
)
STAGE_DECK = (0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 8)
ROUTE_DECK = ("b1", "b1", "b1", "z", "z", "onderwijs", "starterz")
END_DECK = ("voldaan", "voldaan", "ontheven", "verhuisd", "gestopt")
CHANGE_DECK = (
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    2,
)  # route changes in the first year (2 = a violation)
ENFORCEMENT_DECK = ("", "", "", "", "", "", "gesprek", "waarschuwing", "boete")


@dataclass(frozen=True)
class DemoSummary:
    """What populate_demo added."""

    people: int
    households: int
    consultants: int
    trajectories: int
    records: int


def _birth(b: Builder, age: int) -> date:
    return b.today - timedelta(days=age * 365 + b.rng.randint(0, 364))


def _schooling(age: int) -> Schooling:
    if age < 2:
        return Schooling.GEEN
    if age < 4:
        return Schooling.VVE
    return Schooling.BASISSCHOOL if age < 12 else Schooling.ISK


@dataclass
class _Family:
    """The household being made: its origin and its members' rows."""

    origin: str
    family: names.Name
    household_id: str
    members: list[dict[str, Any]] = field(default_factory=list)


def _person(
    b: Builder,
    fam: _Family,
    role: HouseholdRole,
    sex: str,
    age: int,
    category: Category,
    *,
    abroad: bool = False,
    family: names.Name | None = None,
) -> dict[str, Any]:
    language, male, female, _, _ = ORIGINS[fam.origin]
    given, given_original = b.rng.choice(male if sex == "m" else female)
    family_latin, family_original = family or fam.family
    original = f"{given_original} {family_original}".strip()
    born = _birth(b, age)
    row = b.add(
        model.Person,
        given_names=given,
        family_name=family_latin,
        name_original=original,
        birth_date=born,
        sex=sex,
        bsn=None if abroad else b.bsn(),
        v_nummer=None if abroad else b.v_nummer(),
        category=category,
        country_of_origin=fam.origin,
        languages=language if b.rng.random() < 0.8 else f"{language},en",
        interpreter_needed=age >= 18 and b.rng.random() < 0.85,
        search_key=person_search_key(given, family_latin, original),
        household_id=fam.household_id,
        household_role=role,
        abroad=abroad,
    )
    if role is HouseholdRole.KIND and not abroad:
        kind = _schooling(age)
        row["schooling"] = kind
        choices = names.SCHOOLS.get(kind.value)
        row["school_name"] = b.rng.choice(choices) if choices else ""
    fam.members.append(row)
    return row


def _household(b: Builder, decks: dict[str, Deck], consultants: list[str]) -> _Family:
    rng = b.rng
    origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    family = rng.choice(ORIGINS[origin][3])
    household = b.add(model.Household, label=f"Familie {family[0]}")
    fam = _Family(origin, family, household["id"])
    migrant = rng.random() < 0.08
    sex = "v" if migrant and rng.random() < 0.8 else ("m" if rng.random() < 0.6 else "v")
    category = Category.GEZINSMIGRANT if migrant else Category.ASIELSTATUSHOUDER
    if not migrant and rng.random() < 0.04:
        category = Category.HERVESTIGER
    stage = decks["stage"].deal()
    route = decks["route"].deal()
    oldest = 19 + STAGE_AGE[stage][1] // 365  # adult at the koppeling
    age = rng.randint(oldest, oldest + 9) if route == "onderwijs" else rng.randint(oldest, 56)
    head = _person(b, fam, HouseholdRole.AANVRAGER, sex, age, category)
    add_journey(b, head, decks, consultants, stage=stage, route=route)
    if migrant:
        return fam
    partner_kind = rng.random()
    partner_sex = "v" if sex == "m" else "m"
    partner_age = max(oldest, age + rng.randint(-6, 4))
    children_abroad = False
    if partner_kind < 0.35:
        partner = _person(
            b,
            fam,
            HouseholdRole.PARTNER,
            partner_sex,
            partner_age,
            Category.ASIELSTATUSHOUDER,
            family=rng.choice(ORIGINS[origin][3]),
        )
        add_journey(b, partner, decks, consultants, stage=stage, route=decks["route"].deal())
    elif partner_kind < 0.55:
        partner = _person(
            b,
            fam,
            HouseholdRole.PARTNER,
            partner_sex,
            partner_age,
            Category.NAREIZIGER,
            family=rng.choice(ORIGINS[origin][3]),
        )
        later = max(0, STAGES.index(STAGES[stage]) - 2)
        add_journey(b, partner, decks, consultants, stage=later, route=decks["route"].deal())
    elif partner_kind < 0.75:
        partner = _person(
            b,
            fam,
            HouseholdRole.PARTNER,
            partner_sex,
            partner_age,
            Category.ASIELSTATUSHOUDER,
            abroad=True,
            family=rng.choice(ORIGINS[origin][3]),
        )
        partner["family_reunification"] = rng.choice(list(FamilyReunification))
        children_abroad = rng.random() < 0.5
    father = head if sex == "m" else None
    youngest_parent = min(age, partner_age)
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4)) if partner_kind < 0.75 else 0):
        child_age = rng.randint(0, min(17, youngest_parent - 18))
        patronymic = ORIGINS[origin][4] and father is not None
        child_family = (
            (father["given_names"], father["name_original"].split(" ")[0])
            if patronymic and father
            else None
        )
        abroad = children_abroad and rng.random() < 0.7
        child = _person(
            b,
            fam,
            HouseholdRole.KIND,
            rng.choice("mv"),
            child_age,
            Category.ASIELSTATUSHOUDER,
            abroad=abroad,
            family=child_family,
        )
        if abroad:
            child["family_reunification"] = FamilyReunification.AANGEVRAAGD
    return fam


def _consultants(b: Builder) -> list[str]:
    count = b.rng.randint(3, 5)
    ids = []
    for index, name in enumerate(b.rng.sample(names.CONSULTANTS, count)):
        first, *rest = name.split(" ")
        handle = f"{first[0]}.{''.join(rest).replace(' ', '')}".lower()
        row = b.add(
            model.Consultant,
            name=name,
            phone=f"0529 48 8{index} {b.rng.randint(10, 99)}",
            email=f"{handle}@dalfsen.example",
            active=True,
        )
        ids.append(row["id"])
    return ids


def populate_demo(store: Store, *, people: int, today: date, seed: int = 0) -> DemoSummary:
    """Add ``people`` synthetic persons (with households, consultants and journeys) to the store.

    Deterministic for (seed, today, number of people already stored): rerunning on a copy of
    the same database gives the same rows, ids included.
    """
    if people < 1:
        raise ValueError("people must be at least 1")
    with store.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(model.Person)) or 0
        used_bsn = {v for v in session.scalars(select(model.Person.bsn)) if v}
        used_vnr = {v for v in session.scalars(select(model.Person.v_nummer)) if v}
        rng = random.Random(f"wegwijzer-demo:{seed}:{existing}")
        now = datetime.combine(today, time(9, 0), tzinfo=UTC).replace(tzinfo=None)
        builder = Builder(rng, now, today, used_bsn, used_vnr)
        decks = {
            "stage": Deck(rng, STAGE_DECK),
            "route": Deck(rng, ROUTE_DECK),
            "end": Deck(rng, END_DECK),
            "change": Deck(rng, CHANGE_DECK),
            "enforcement": Deck(rng, ENFORCEMENT_DECK),
        }
        consultants = _consultants(builder)
        made = households = 0
        while made < people:
            fam = _household(builder, decks, consultants)
            households += 1
            made += len(fam.members)
        _trim(builder, made - people)
        records = 0
        tables: tuple[type[Any], ...] = (
            model.Household,
            model.Consultant,
            model.Person,
            model.Trajectory,
            *model.PERSON_TABLES,
            model.IntakeDomain,
            model.PipAgreement,
            Appointment,
        )
        for table in tables:
            rows = builder.rows.get(table, [])
            if rows:
                session.execute(insert(table), rows)
                records += len(rows)
    return DemoSummary(
        people=people,
        households=households,
        consultants=len(consultants),
        trajectories=len(builder.rows.get(model.Trajectory, [])),
        records=records,
    )


def _trim(b: Builder, surplus: int) -> None:
    """Drop the last household's youngest extra members so the count is exact."""
    if surplus <= 0:
        return
    people = b.rows[model.Person]
    drop = {p["id"] for p in people[-surplus:]}
    b.rows[model.Person] = people[:-surplus]
    for table, rows in b.rows.items():
        if "person_id" in table.__table__.columns:
            b.rows[table] = [r for r in rows if r["person_id"] not in drop]
    kept_intakes = {r["id"] for r in b.rows.get(model.BredeIntake, [])}
    kept_pips = {r["id"] for r in b.rows.get(model.Pip, [])}
    if model.IntakeDomain in b.rows:
        b.rows[model.IntakeDomain] = [
            r for r in b.rows[model.IntakeDomain] if r["intake_id"] in kept_intakes
        ]
    if model.PipAgreement in b.rows:
        b.rows[model.PipAgreement] = [
            r for r in b.rows[model.PipAgreement] if r["pip_id"] in kept_pips
        ]


def add_demo_users(
    store: Store, passphrase: str, *, params: Argon2Params = DEFAULT_ARGON2
) -> list[str]:
    """One user per consultant of the roster (linked to them), all with ``passphrase``.

    The user who made the database stays the admin. Users that exist already are kept.
    Returns the names of the users added.
    """
    known = {user.name for user in list_users(store)}
    with store.reading() as session:
        team = [(c.id, c.name) for c in session.scalars(select(model.Consultant))]
    added = []
    for consultant_id, name in sorted(team, key=lambda member: member[1]):
        if name in known:
            continue
        add_user(store, name, passphrase, role=Role.CONSULTANT, params=params)
        link_consultant(store, name, consultant_id)
        added.append(name)
    return added
