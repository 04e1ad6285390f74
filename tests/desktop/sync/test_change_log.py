"""The change log: every way a row is written is captured, and an empty sync reads no rows.

The oracle is the full comparison the change log replaces: every row of every synced table
against its baseline. After each write path the change log must find exactly what the full
comparison finds, and a team mate must end up with the same tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop.demo import populate_demo
from desktop.domain.model import Consultant, Person, Pip, PipAgreement
from desktop.exchange import export_data, import_data
from desktop.store import Store, migrations
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION, Migration
from desktop.sync.capture import count_local_changes
from desktop.sync.ledger import load_baselines
from desktop.sync.tables import encode_state, synced_tables
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.sync.helpers import Fleet, Laptop, fleet_of

TODAY = date(2026, 11, 25)


def full_comparison(store: Store) -> int:
    """The changes a comparison of every row with its baseline finds (the old capture)."""
    found = 0
    with store.reading() as session:
        connection = session.connection()
        for table in synced_tables():
            if table.table.info.get("counted") is False:
                continue
            baselines = load_baselines(connection, table.name)
            for row in table.rows(connection):
                baseline = baselines.pop(row["id"], None)
                state = encode_state({name: row[name] for name in table.fields})
                if baseline is None or baseline.state != state or not baseline.shown:
                    found += 1
            found += sum(1 for b in baselines.values() if b.shown)
    return found


def logged_count(store: Store) -> int:
    with store.reading() as session:
        return count_local_changes(session.connection())


def dossier(store: Store) -> dict[str, list[str]]:
    """The synced tables as sorted raw rows."""
    with store.reading() as session:
        connection = session.connection()
        return {
            t.name: sorted(repr(sorted(r.items())) for r in t.rows(connection))
            for t in synced_tables()
            if t.table.info.get("counted") is not False
        }


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Fleet]:
    """Two laptops that share a small demo caseload, synced."""
    for fleet in fleet_of(tmp_path, 2):
        a, _b = fleet.laptops
        populate_demo(a.store, people=12, today=TODAY)
        fleet.sync_all()
        yield fleet


def _first_person(laptop: Laptop) -> str:
    with laptop.store.reading() as session:
        return str(session.scalars(select(Person.id).order_by(Person.id)).first())


def _orm_edit(fleet: Fleet, a: Laptop) -> None:
    a.edit(Person, _first_person(a), phone="0612345678")
    a.add_consultant("Nieuwe consulent")


def _orm_cascade(fleet: Fleet, a: Laptop) -> None:
    with a.store.reading() as session:
        pip_id = session.scalars(select(PipAgreement.pip_id)).first()
        person_id = session.get(Pip, pip_id).person_id  # type: ignore[union-attr]
    a.delete(Person, person_id)  # SQLite deletes the PIP and its agreements (grandchildren)


def _raw_sql(fleet: Fleet, a: Laptop) -> None:
    with a.store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql("UPDATE consultant SET phone = '0529 111 111'")
        connection.exec_driver_sql("DELETE FROM appointment WHERE rowid % 2 = 0")


def _bulk_insert(fleet: Fleet, a: Laptop) -> None:
    populate_demo(a.store, people=5, today=TODAY, seed=3)


def _import(fleet: Fleet, a: Laptop) -> None:
    other, _key = Store.create(fleet.root / "elsewhere", PASSPHRASE, params=FAST_KDF)
    try:
        populate_demo(other, people=4, today=TODAY, seed=9)
        with other.reading() as session:
            document = export_data(session)
    finally:
        other.close()
    document["consultants"] = []  # the demo's consultants are the same ids as a's
    for person in document["persons"]:
        if person.get("trajectory"):
            person["trajectory"]["consultant_id"] = None
    import_data(a.store, document, today=TODAY)


def _migration(fleet: Fleet, a: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    a.store.close()
    extra = Migration(
        SCHEMA_VERSION + 1, "raw", "UPDATE consultant SET email = 'team@gemeente.nl';\n"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, extra])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    a.store = Store.open(a.store.location.folder, PASSPHRASE)


def _rebuilt_table(fleet: Fleet, a: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that rebuilds a table drops its triggers: the table is compared in full."""
    a.store.close()
    with (
        Store.open(a.store.location.folder, PASSPHRASE) as store,
        store.engine.connect() as connection,
    ):
        create = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'consultant'"
        ).scalar_one()
    sql = (
        f"{create.replace('CREATE TABLE consultant', 'CREATE TABLE consultant_new', 1)};\n"
        "INSERT INTO consultant_new SELECT * FROM consultant;\n"
        "UPDATE consultant_new SET name = name || ' (herbouwd)';\n"
        "DROP TABLE consultant;\n"
        "ALTER TABLE consultant_new RENAME TO consultant;\n"
    )
    extra = Migration(SCHEMA_VERSION + 1, "rebuild", sql)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, extra])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    a.store = Store.open(a.store.location.folder, PASSPHRASE)


PATHS: dict[str, Callable[..., None]] = {
    "orm": _orm_edit,
    "orm-cascade": _orm_cascade,
    "raw-sql": _raw_sql,
    "bulk-insert": _bulk_insert,
    "import": _import,
    "migration": _migration,
    "rebuilt-table": _rebuilt_table,
}


@pytest.mark.parametrize("path", sorted(PATHS))
def test_every_write_path_is_captured(
    pair: Fleet, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair.laptops
    assert logged_count(a.store) == full_comparison(a.store) == 0
    write = PATHS[path]
    if path in ("migration", "rebuilt-table"):
        write(pair, a, monkeypatch)
    else:
        write(pair, a)
    expected = full_comparison(a.store)
    assert expected > 0
    assert logged_count(a.store) == expected
    report = a.sync()
    assert report.local_changes > 0
    assert logged_count(a.store) == full_comparison(a.store) == 0
    b.sync()
    assert logged_count(b.store) == full_comparison(b.store) == 0
    assert dossier(b.store) == dossier(a.store)


def _traced(store: Store) -> list[str]:
    """Every SQL statement the store's (new) connections run from now on."""
    statements: list[str] = []

    def note(statement: str) -> None:
        if not statements or statements[-1] != statement:  # again at each trigger's start
            statements.append(statement)

    @event.listens_for(store.engine, "connect")
    def _trace(connection: Any, _record: Any) -> None:
        connection.set_trace_callback(note)

    store.engine.dispose()  # new connections, traced
    return statements


def _reads_of_dossier_tables(statements: list[str]) -> list[str]:
    names = "|".join(re.escape(t.name) for t in synced_tables())
    pattern = re.compile(rf'\b(FROM|JOIN|UPDATE|INTO)\s+"?({names})"?(\s|$|,|\))', re.IGNORECASE)
    return [s for s in statements if pattern.search(s) and "sqlite_master" not in s]


def test_a_sync_with_nothing_to_send_reads_no_dossier_rows(pair: Fleet) -> None:
    a, b = pair.laptops
    a.edit(Person, _first_person(a), phone="0611111111")
    a.sync()
    b.sync()  # b takes in a's change; the rows the sync wrote are not local changes of b
    for laptop in (a, b):
        statements = _traced(laptop.store)
        report = laptop.sync()
        assert report.local_changes == report.received == report.sent == 0
        # The documents' exchange lists the attachments' hashes; nothing else is read.
        reads = [s for s in _reads_of_dossier_tables(statements) if "attachment" not in s]
        assert reads == [], reads
        statements.clear()
        assert logged_count(laptop.store) == 0
        assert _reads_of_dossier_tables(statements) == []


def _updates(statements: list[str]) -> list[str]:
    names = "|".join(re.escape(t.name) for t in synced_tables())
    pattern = re.compile(rf'^\s*UPDATE\s+"?({names})"?\s', re.IGNORECASE)
    return [s for s in statements if pattern.search(s)]


def test_a_laptop_never_rewrites_rows_it_holds_identically(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=12, today=TODAY)
        statements = _traced(a.store)
        report = a.sync()  # its own data becomes versions; the rows stay as they are
        assert report.local_changes > 0
        assert _updates(statements) == []
        statements = _traced(b.store)
        b.sync()  # a new laptop: every row inserted, none updated
        assert _updates(statements) == []
        with b.store.reading() as session:
            assert session.scalar(select(Consultant.id)) is not None
        a.edit(Person, _first_person(a), phone="0622222222")
        a.sync()
        statements.clear()
        b.sync()
        assert len(_updates(statements)) == 1  # just the row that changed
        assert dossier(b.store) == dossier(a.store)


def test_a_trigger_made_differently_is_made_again_and_its_table_compared(pair: Fleet) -> None:
    a, _b = pair.laptops
    with a.store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql('DROP TRIGGER "sync_change_consultant_update"')
        connection.exec_driver_sql(
            'CREATE TRIGGER "sync_change_consultant_update" AFTER UPDATE ON consultant '
            "BEGIN SELECT 1; END"
        )
        connection.exec_driver_sql("UPDATE consultant SET phone = '0529 222 222'")  # not logged
    assert logged_count(a.store) == 0 < full_comparison(a.store)
    a.store.close()
    a.store = Store.open(a.store.location.folder, PASSPHRASE)  # made again; the table compared
    assert logged_count(a.store) == full_comparison(a.store) > 0
    with a.store.reading() as session:
        sql = (
            session.connection()
            .exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'sync_change_consultant_update'"
            )
            .scalar_one()
        )
    assert "INSERT INTO sync_change" in sql


def test_the_page_cache_grows_with_the_database(tmp_path: Path) -> None:
    from desktop.store.sql import MAX_CACHE_KIB, MIN_CACHE_KIB, cache_kib

    path = tmp_path / "db"
    assert cache_kib(path) == MIN_CACHE_KIB  # none yet
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    assert cache_kib(path) == 150 * 1024
    with path.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024 * 1024)
    assert cache_kib(path) == MAX_CACHE_KIB
