"""The caseload: who is listed, with which step and deadline, and how search and filters work."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.caseload import CaseloadFilter, consultants, filter_caseload, load_caseload
from desktop.domain.enums import Category, EndKind, HouseholdRole, Place, Route
from desktop.domain.model import Consultant, Household, KoffieEnKoek, Person, Pip, Trajectory
from desktop.journey.engine import StepKey
from desktop.store import Store

TODAY = date(2026, 11, 25)


@pytest.fixture
def caseload_store(store: Store) -> Store:
    with store.transaction() as session:
        anna = Consultant(name="Anna de Vries", phone="0529 488 388")
        bram = Consultant(name="Bram Jansen")
        session.add_all([anna, bram])
        session.flush()
        home = Household(label="Haddad")
        session.add(home)
        session.flush()
        amal = Person(
            given_names="Amal",
            family_name="Haddad",
            name_original="أَمَل حَدّاد",
            bsn="111222333",
            v_nummer="1234567890",
            category=Category.ASIELSTATUSHOUDER,
            household_id=home.id,
        )
        child = Person(
            given_names="Yusuf",
            family_name="Haddad",
            household_id=home.id,
            household_role=HouseholdRole.KIND,
        )
        senait = Person(
            given_names="Senait",
            family_name="Tesfay",
            name_original="ሰናይት ተስፋይ",
            category=Category.NAREIZIGER,
        )
        zeynep = Person(given_names="Zeynep", family_name="Çelik", category=Category.GEZINSMIGRANT)
        done = Person(given_names="Omar", family_name="Khalil", category=Category.ASIELSTATUSHOUDER)
        session.add_all([amal, child, senait, zeynep, done])
        session.flush()
        session.add_all(
            [
                # Linked two months ago, no Koffie en Koek yet: overdue.
                Trajectory(
                    person_id=amal.id, consultant_id=anna.id, koppeling_date=date(2026, 9, 20)
                ),
                # Linked last week, talk held: nothing overdue.
                Trajectory(
                    person_id=senait.id, consultant_id=bram.id, koppeling_date=date(2026, 11, 16)
                ),
                Trajectory(
                    person_id=zeynep.id, consultant_id=anna.id, koppeling_date=date(2026, 11, 20)
                ),
                Trajectory(
                    person_id=done.id,
                    consultant_id=bram.id,
                    koppeling_date=date(2022, 3, 1),
                    end_kind=EndKind.VOLDAAN,
                    end_date=date(2025, 6, 1),
                ),
            ]
        )
        session.add(KoffieEnKoek(person_id=senait.id, held_on=date(2026, 11, 20), place=Place.ROL))
        session.add(
            Pip(
                person_id=zeynep.id,
                version=1,
                route=Route.B1,
                drafted_on=date(2026, 11, 21),
            )
        )
    return store


def _names(rows: list) -> list[str]:
    return sorted(row.display_name for row in rows)


def test_lists_inburgeraars_not_their_children(caseload_store: Store) -> None:
    rows = load_caseload(caseload_store, today=TODAY)
    assert _names(rows) == ["Haddad, Amal", "Khalil, Omar", "Tesfay, Senait", "Çelik, Zeynep"]


def test_rows_carry_step_deadline_and_consultant(caseload_store: Store) -> None:
    rows = {row.display_name: row for row in load_caseload(caseload_store, today=TODAY)}
    amal = rows["Haddad, Amal"]
    assert amal.consultant_name == "Anna de Vries"
    assert amal.current_step == StepKey.KOFFIE_EN_KOEK
    assert amal.overdue
    assert amal.next_due is not None and amal.next_due < TODAY
    senait = rows["Tesfay, Senait"]
    assert senait.current_step == StepKey.BREDE_INTAKE
    assert not senait.overdue
    assert rows["Khalil, Omar"].ended
    assert rows["Çelik, Zeynep"].route == Route.B1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("haddad", ["Haddad, Amal"]),
        ("AMAL", ["Haddad, Amal"]),
        ("celik", ["Çelik, Zeynep"]),  # accents do not matter
        ("أمل", ["Haddad, Amal"]),  # Arabic without vowel marks finds the name with them
        ("حداد", ["Haddad, Amal"]),
        ("ሰናይት", ["Tesfay, Senait"]),  # Ethiopic
        ("222", ["Haddad, Amal"]),  # part of the BSN
        ("111 222 333", ["Haddad, Amal"]),
        ("4567890", ["Haddad, Amal"]),  # V-nummer
        ("nobody", []),
    ],
)
def test_search(caseload_store: Store, text: str, expected: list[str]) -> None:
    rows = load_caseload(caseload_store, today=TODAY)
    assert _names(filter_caseload(rows, CaseloadFilter(text=text))) == expected


def test_filters(caseload_store: Store) -> None:
    rows = load_caseload(caseload_store, today=TODAY)
    team = dict((name, cid) for cid, name in consultants(caseload_store))
    assert list(team) == ["Anna de Vries", "Bram Jansen"]
    by_anna = filter_caseload(rows, CaseloadFilter(consultant_id=team["Anna de Vries"]))
    assert _names(by_anna) == ["Haddad, Amal", "Çelik, Zeynep"]
    assert _names(filter_caseload(rows, CaseloadFilter(category=Category.NAREIZIGER))) == [
        "Tesfay, Senait"
    ]
    assert _names(filter_caseload(rows, CaseloadFilter(route=Route.B1))) == ["Çelik, Zeynep"]
    assert _names(filter_caseload(rows, CaseloadFilter(overdue_only=True))) == ["Haddad, Amal"]
    # Koffie en Koek does not apply to a gezinsmigrant: Zeynep starts at the Brede Intake.
    assert _names(filter_caseload(rows, CaseloadFilter(step=StepKey.BREDE_INTAKE))) == [
        "Tesfay, Senait",
        "Çelik, Zeynep",
    ]
    assert _names(filter_caseload(rows, CaseloadFilter(step=StepKey.KOFFIE_EN_KOEK))) == [
        "Haddad, Amal"
    ]
    assert "Khalil, Omar" not in _names(filter_caseload(rows, CaseloadFilter()))
    assert "Khalil, Omar" in _names(filter_caseload(rows, CaseloadFilter(include_ended=True)))


def test_search_key_follows_name_changes(caseload_store: Store) -> None:
    from sqlalchemy import select

    with caseload_store.transaction() as session:
        amal = session.scalars(select(Person).where(Person.given_names == "Amal")).one()
        amal.family_name = "Haddad-Nasser"
    rows = load_caseload(caseload_store, today=TODAY)
    assert _names(filter_caseload(rows, CaseloadFilter(text="nasser"))) == ["Haddad-Nasser, Amal"]
