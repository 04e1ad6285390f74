"""A small team in a real encrypted store: seven people housed in 2026, one PIP decided late."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.enums import Category, ResidenceKind, Route
from desktop.domain.model import Consultant, Person, Pip, Residence, Trajectory
from desktop.store import Store

CONSULTANT_ID = "c0000000-0000-0000-0000-000000000001"


def fill(store: Store, housed: date = date(2026, 1, 5)) -> list[str]:
    """Seven asielstatushouders housed on 5-1-2026 (PIP due 16-3): six decided on 1-3, one on
    1-4 (late). Returns their ids, the late one last. ``housed`` moves every date along."""
    due = housed + timedelta(weeks=10)
    ids = []
    with store.transaction() as session:
        if session.get(Consultant, CONSULTANT_ID) is None:  # a second cohort: the same team
            session.add(Consultant(id=CONSULTANT_ID, name="Xandra Vos"))
        for n in range(7):
            person = Person(given_names=f"Naam{n}", family_name="Test",
                            category=Category.ASIELSTATUSHOUDER,
                            birth_date=date(1990, 1, 1))  # fmt: skip
            session.add(person)
            session.flush()
            session.add(Trajectory(person_id=person.id, consultant_id=CONSULTANT_ID,
                                   koppeling_date=housed - timedelta(days=35)))  # fmt: skip
            session.add(Residence(person_id=person.id, kind=ResidenceKind.HAR_WONING,
                                  start_date=housed))  # fmt: skip
            decided = due + timedelta(days=16) if n == 6 else due - timedelta(days=15)
            signed = due - timedelta(days=24)
            session.add(Pip(person_id=person.id, version=1, route=Route.B1, signed_on=signed,
                            beschikking_on=decided))  # fmt: skip
            ids.append(person.id)
    return ids
