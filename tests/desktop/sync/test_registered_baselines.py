"""Baselines found from the register: a row a sync wrote just as it received it keeps no second
copy of its values, and says the same as a stored copy would, through later edits, deletions and
rows shown again (issue 18: a new laptop wrote every value three times)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.model import Consultant, Person
from desktop.sync.capture import count_local_changes
from desktop.sync.ledger import AS_REGISTERED, load_baselines
from desktop.sync.tables import encode_state, table_named
from tests.desktop.sync.helpers import Laptop, dump, fleet_of


def _stored(laptop: Laptop, row_id: str) -> str:
    with laptop.store.reading() as session:
        return str(
            session.connection()
            .exec_driver_sql("SELECT state FROM sync_row WHERE row_id = ?", (row_id,))
            .scalar_one()
        )


def _baseline_state(laptop: Laptop, row_id: str) -> str:
    with laptop.store.reading() as session:
        return load_baselines(session.connection(), "consultant", [row_id])[row_id].state


def _row_state(laptop: Laptop, row_id: str) -> str:
    table = table_named("consultant")
    assert table is not None
    with laptop.store.reading() as session:
        (row,) = table.rows(session.connection(), [row_id])
    return encode_state({name: row[name] for name in table.fields})


def test_a_received_row_is_baselined_from_the_register(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        row_id = a.add_consultant("Fatima Benali", phone="0612345678")
        a.sync()
        b.sync()
        assert _stored(b, row_id) == AS_REGISTERED  # no second copy of the values
        assert _baseline_state(b, row_id) == _row_state(b, row_id)
        with b.store.reading() as session:
            assert count_local_changes(session.connection()) == 0
        b.edit(Consultant, row_id, phone="0687654321")  # a local edit is found and sent
        with b.store.reading() as session:
            assert count_local_changes(session.connection()) == 1
        b.sync()
        a.sync()
        assert a.consultants()[row_id][1] == "0687654321"
        assert dump(a.store) == dump(b.store)


def test_a_row_edited_and_deleted_elsewhere_keeps_the_state_it_was_written_with(
    tmp_path: Path,
) -> None:
    """Deleted, it keeps as its state what its table held: the values it was written with, not
    the edit that arrives with the deletion (which its versions now give)."""
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        row_id = a.add_consultant("Fatima Benali", phone="0612345678")
        a.sync()
        b.sync()
        before = _baseline_state(b, row_id)
        a.edit(Consultant, row_id, phone="0600000000")
        a.sync()
        a.delete(Consultant, row_id)
        a.sync()
        b.sync()  # both at once
        assert row_id not in b.consultants()
        assert _stored(b, row_id) == before  # stored in full: the phone number before the edit
        fleet.sync_all()
        assert dump(a.store) == dump(b.store)


def test_a_row_changed_elsewhere_is_baselined_as_it_is_written_again(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 3):
        a, b, c = fleet.laptops
        row_id = a.add_consultant("Fatima Benali", phone="0612345678")
        fleet.sync_all()
        a.edit(Consultant, row_id, phone="0600000000")
        c.edit(Consultant, row_id, phone="0611111111")  # offline at the same time: a conflict
        fleet.sync_all(rounds=3)
        for laptop in (a, b, c):
            assert _baseline_state(laptop, row_id) == _row_state(laptop, row_id)
            with laptop.store.reading() as session:
                assert count_local_changes(session.connection()) == 0
        assert dump(a.store) == dump(b.store) == dump(c.store)


def test_a_row_written_without_its_key_is_baselined_as_written(tmp_path: Path) -> None:
    """The same BSN made offline on two laptops: the later person is written without it. Its
    baseline says so, or the next sync would send the emptied BSN as a local change."""
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        _person(a, "123456782", "Haddad")
        second = _person(b, "123456782", "Hadad")
        fleet.sync_all(rounds=3)
        for laptop in (a, b):
            with laptop.store.reading() as session:
                connection = session.connection()
                assert count_local_changes(connection) == 0
                made = connection.exec_driver_sql(
                    "SELECT COUNT(*) FROM sync_version WHERE row_id = ? AND field = 'bsn'",
                    (second,),
                ).scalar_one()
            assert made == 0  # nobody sent the emptied BSN
            assert _stored(laptop, second) != AS_REGISTERED
        assert dump(a.store) == dump(b.store)


def _person(laptop: Laptop, bsn: str, family: str) -> str:
    with laptop.store.transaction() as session:
        person = Person(given_names="Rami", family_name=family, birth_date=date(1990, 1, 1),
                        bsn=bsn)  # fmt: skip
        session.add(person)
        session.flush()
        return person.id
