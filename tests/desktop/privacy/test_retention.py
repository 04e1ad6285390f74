"""Retention: due dossiers are listed, deleted on confirmation, and gone on every laptop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.access import review
from desktop.access.session import start_session
from desktop.audit.trail import Action
from desktop.domain.model import Person
from desktop.privacy import retention
from desktop.privacy.models import Tombstone
from desktop.store import Store
from tests.desktop.privacy.people import BSN, HEALTH_NOTE, NAME, add_demo_person
from tests.desktop.sync.helpers import fleet_of

ENDED = date(2019, 12, 31)


def everything(store: Store) -> str:
    """Every text value in every table of the database, register included."""
    parts: list[str] = []
    with store.reading() as session:
        connection = session.connection()
        tables = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        ]
        for table in tables:
            for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"'):
                parts.extend(str(value) for value in row)
    return "\n".join(parts)


def test_nothing_is_due_until_the_admin_sets_a_period(admin_store: Store) -> None:
    add_demo_person(admin_store, ended=ENDED)
    open_id = add_demo_person_open(admin_store)
    assert retention.due_for_deletion(admin_store, today=date(2040, 1, 1)) == []
    retention.set_retention_years(admin_store, 5)
    assert retention.due_for_deletion(admin_store, today=date(2024, 12, 30)) == []
    due = retention.due_for_deletion(admin_store, today=date(2024, 12, 31))
    assert [(d.name, d.due_on) for d in due] == [(f"{NAME[1]}, {NAME[0]}", date(2024, 12, 31))]
    with pytest.raises(retention.NotDue):
        retention.delete_dossiers(admin_store, [open_id], today=date(2040, 1, 1))


def add_demo_person_open(store: Store) -> str:
    with store.transaction() as session:
        person = Person(given_names="Open", family_name="Dossier")
        session.add(person)
        session.flush()
        return person.id


def test_deletion_leaves_only_a_content_free_tombstone(admin_store: Store) -> None:
    person_id = add_demo_person(admin_store, ended=ENDED)
    retention.set_retention_years(admin_store, 5)
    removed = retention.delete_dossiers(admin_store, [person_id], today=date(2025, 3, 1))
    assert removed == 8
    text = everything(admin_store)
    for secret in (NAME[0], NAME[1], BSN, HEALTH_NOTE, "Huisarts bezoeken"):
        assert secret not in text
    with admin_store.reading() as session:
        stones = list(session.scalars(select(Tombstone)))
    assert len(stones) == 8 and {s.reason for s in stones} == {"bewaartermijn"}
    entries = review.entries(admin_store, person_id=person_id, action=Action.RETENTION)
    assert len(entries) == 1 and entries[0].detail == "8 records"
    assert review.verify(admin_store).intact


def test_deletion_propagates_through_sync_and_an_offline_edit_cannot_revive_it(
    tmp_path: Path,
) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        start_session(a.store)  # the first user of laptop A is its admin
        person_id = add_demo_person(a.store, ended=ENDED)
        fleet.sync_all()
        assert NAME[1] in everything(b.store)

        # B edits the person offline while A deletes the dossier for retention.
        b.edit(Person, person_id, phone="0699999999")
        retention.set_retention_years(a.store, 5)
        retention.delete_dossiers(a.store, [person_id], today=date(2025, 3, 1))
        fleet.sync_all(rounds=3)

        for laptop in (a, b):
            with laptop.store.reading() as session:
                assert session.get(Person, person_id) is None
                assert len(list(session.scalars(select(Tombstone)))) == 8
            text = everything(laptop.store)
            for secret in (NAME[1], BSN, HEALTH_NOTE, "0699999999"):
                assert secret not in text, (laptop.name, secret)
        # A laptop joining later (from the snapshot and batches) never sees the dossier.
        c = fleet.laptop()
        c.sync()
        with c.store.reading() as session:
            assert session.get(Person, person_id) is None
        assert NAME[1] not in everything(c.store)
