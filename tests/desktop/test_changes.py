"""The change signal of the core: what a save, a sync, an import or a deletion changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.changes import ChangeSet
from desktop.domain.enums import Category
from desktop.domain.model import Person, Trajectory
from desktop.dossier import saving
from desktop.journey.rules import load_rules
from desktop.store import Store
from tests.desktop.sync.helpers import Fleet, fleet_of


def _listen(store: Store) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    store.changes.subscribe(heard.append)
    return heard


def _person(store: Store, given: str = "Rami") -> str:
    with store.transaction() as session:
        person = Person(given_names=given, family_name="Haddad", birth_date=date(1990, 1, 15),
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add(person)
        session.flush()
        session.add(Trajectory(person_id=person.id, koppeling_date=date(2025, 1, 10)))
        return person.id


def test_a_save_reports_the_person_and_the_record(store: Store) -> None:
    person_id = _person(store)
    heard = _listen(store)
    values = {"given_names": "Rami", "family_name": "Haddad", "category": "asielstatushouder",
              "phone": "0612345678"}  # fmt: skip
    saving.save(store, person_id, "person", values, today=date(2025, 3, 1),
                rules=load_rules())  # fmt: skip
    assert len(heard) == 1
    assert heard[0].people == {person_id}
    assert heard[0].touches(person_id) and not heard[0].everyone
    assert "person" in heard[0].tables


def test_a_rolled_back_transaction_reports_nothing_and_leaves_nothing_behind(
    store: Store,
) -> None:
    person_id = _person(store)
    heard = _listen(store)
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.get(Person, person_id).phone = "0611111111"  # type: ignore[union-attr]
        session.flush()
        raise RuntimeError("stop")
    with store.transaction():
        pass  # the next transaction, maybe on the same pooled connection
    assert heard == []


def test_a_sync_reports_the_people_it_brought_in(tmp_path: Path) -> None:
    fleet: Fleet
    for fleet in fleet_of(tmp_path, 2):
        first, second = fleet.laptops
        person_id = _person(first.store, "Sara")
        first.sync()
        heard = _listen(second.store)
        second.sync()
        received = [c for c in heard if "sync" in c.sources]
        assert received and any(c.touches(person_id) for c in received)
        assert any("trajectory" in c.tables for c in received)


def test_a_retention_deletion_reports_the_person(store: Store) -> None:
    from desktop.privacy.retention import _delete_one

    person_id = _person(store)
    heard = _listen(store)
    with store.transaction() as session:
        _delete_one(session.connection(), person_id, store.user)
    assert heard and heard[0].touches(person_id) and "retention" in heard[0].sources
