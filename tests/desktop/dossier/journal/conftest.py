"""An empty store with one person created through the model (no demo data)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import Category
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.store import Store

TODAY = date(2025, 3, 1)


def add_person(store: Store, given: str = "Rami", family: str = "Haddad") -> str:
    """A person with a trajectory and a consultant, as registration leaves them."""
    with store.transaction() as session:
        consultant = Consultant(name="Anna de Vries")
        person = Person(given_names=given, family_name=family, category=Category.ASIELSTATUSHOUDER)
        session.add_all([consultant, person])
        session.flush()
        session.add(Trajectory(person_id=person.id, consultant_id=consultant.id,
                               koppeling_date=date(2025, 1, 10)))  # fmt: skip
        return person.id


@pytest.fixture
def person_id(store: Store) -> str:
    return add_person(store)
