"""A person with a trajectory in a real encrypted store, for the dossier operations."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import Category
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.journey.rules import Rules, load_rules
from desktop.store import Store

TODAY = date(2025, 3, 1)
KOPPELING = date(2025, 1, 10)


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture
def person_id(store: Store) -> str:
    """Rami Haddad, linked on 10 January 2025, with consultant Anna de Vries."""
    with store.transaction() as session:
        consultant = Consultant(name="Anna de Vries")
        person = Person(
            given_names="Rami",
            family_name="Haddad",
            name_original="رامي حداد",
            birth_date=date(1990, 1, 15),
            category=Category.ASIELSTATUSHOUDER,
            languages="ar",
            interpreter_needed=True,
        )
        session.add_all([consultant, person])
        session.flush()
        session.add(
            Trajectory(person_id=person.id, consultant_id=consultant.id, koppeling_date=KOPPELING)
        )
        return person.id
