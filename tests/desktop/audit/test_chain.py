"""The trail is append-only and hash-chained: removed or altered entries are detected."""

from __future__ import annotations

from pathlib import Path

from desktop.access import review
from desktop.audit.trail import Action, record
from desktop.store import Store
from desktop.sync.tables import table_named
from tests.desktop.sync.helpers import fleet_of


def _fill(store: Store, count: int = 5) -> None:
    for number in range(count):
        record(store, Action.OPEN, person_id=f"person-{number}")


def _attacker(store: Store, sql: str) -> None:
    """Someone with the data key and an SQLite tool: drops the guards, then edits."""
    with store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        connection.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        connection.exec_driver_sql(sql)


def test_an_untouched_trail_verifies(admin_store: Store) -> None:
    _fill(admin_store)
    report = review.verify(admin_store)
    assert report.intact and report.entries == 6  # the login and five openings


def test_the_database_ignores_updates_and_deletes_of_entries(admin_store: Store) -> None:
    _fill(admin_store)
    with admin_store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql("UPDATE audit_entry SET actor = 'niemand'")
        connection.exec_driver_sql("DELETE FROM audit_entry")
    assert review.verify(admin_store).intact
    assert {e.actor for e in review.entries(admin_store)} == {"beheerder"}


def test_an_altered_entry_is_detected(admin_store: Store) -> None:
    _fill(admin_store)
    _attacker(admin_store, "UPDATE audit_entry SET person_id = 'iemand-anders' WHERE seq = 3")
    report = review.verify(admin_store)
    assert not report.intact
    assert [p.seq for p in report.problems] == [3]
    assert "veranderd" in report.problems[0].message
    assert "NIET intact" in report.summary()


def test_a_removed_entry_is_detected(admin_store: Store) -> None:
    _fill(admin_store)
    _attacker(admin_store, "DELETE FROM audit_entry WHERE seq = 2")
    problems = review.verify(admin_store).problems
    assert [p.seq for p in problems] == [2] and "ontbreekt" in problems[0].message


def test_removed_newest_entries_are_detected(admin_store: Store) -> None:
    _fill(admin_store)
    _attacker(admin_store, "DELETE FROM audit_entry WHERE seq >= 5")
    problems = review.verify(admin_store).problems
    assert len(problems) == 1 and "laatste regels" in problems[0].message


def test_a_rewritten_link_is_detected(admin_store: Store) -> None:
    _fill(admin_store)
    _attacker(admin_store, "UPDATE audit_entry SET prev_hash = '00' WHERE seq = 4")
    problems = review.verify(admin_store).problems
    assert {p.seq for p in problems} == {4}


def test_entries_sync_to_other_laptops_and_their_chains_verify(tmp_path: Path) -> None:
    assert table_named("audit_entry") is not None
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        _fill(a.store, 3)
        _fill(b.store, 2)
        fleet.sync_all()
        for laptop in (a, b):
            report = review.verify(laptop.store)
            assert report.intact and report.devices == 2 and report.entries == 5
        # A tampered laptop cannot rewrite the others' copies: their database ignores it.
        _attacker(a.store, "UPDATE audit_entry SET actor = 'niemand' WHERE seq = 1")
        fleet.sync_all()
        assert review.verify(b.store).intact
