"""Merging through the share: fields, conflicts, deletions, schema rules, snapshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.demo import populate_demo
from desktop.domain.enums import Route
from desktop.domain.model import Consultant, Person, Pip
from desktop.sync.conflicts import list_conflicts, resolve
from desktop.sync.status import sync_status
from tests.desktop.sync.helpers import Fleet, dump, fleet_of


def test_edits_to_different_fields_merge_silently(fleet: Fleet) -> None:
    a, b, c = fleet.laptops
    row = a.add_consultant("Anna de Vries", phone="0529 1")
    fleet.sync_all()
    a.edit(Consultant, row, phone="0529 2")
    b.edit(Consultant, row, email="anna@dalfsen.nl")
    fleet.sync_all()
    for laptop in fleet.laptops:
        assert laptop.consultants()[row] == ("Anna de Vries", "0529 2", "anna@dalfsen.nl", True)
    assert list_conflicts(c.store) == []


def test_same_field_on_two_laptops_is_a_conflict_resolved_on_a_third(fleet: Fleet) -> None:
    a, b, c = fleet.laptops
    row = a.add_consultant("Anna", phone="1")
    fleet.sync_all()
    a.edit(Consultant, row, phone="from a")
    b.edit(Consultant, row, phone="from b")
    fleet.sync_all()
    shown = {laptop.consultants()[row][1] for laptop in fleet.laptops}
    assert len(shown) == 1 and shown <= {"from a", "from b"}  # one deterministic winner
    (conflict,) = list_conflicts(c.store)
    assert conflict.field == "phone" and conflict.kind == "value"
    assert {o.value for o in conflict.options} == {"from a", "from b"}
    loser = next(o for o in conflict.options if not o.shown)
    resolve(c.store, conflict, loser)
    assert c.consultants()[row][1] == loser.value
    fleet.sync_all()
    for laptop in fleet.laptops:
        assert laptop.consultants()[row][1] == loser.value
        assert list_conflicts(laptop.store) == []


def test_delete_against_edit_is_a_conflict_and_can_be_restored(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    row = a.add_consultant("Anna", phone="1")
    fleet.sync_all()
    a.delete(Consultant, row)
    b.edit(Consultant, row, phone="2")
    fleet.sync_all()
    assert all(row not in laptop.consultants() for laptop in fleet.laptops)
    (conflict,) = list_conflicts(b.store)
    assert conflict.kind == "deleted"
    keep = next(o for o in conflict.options if o.value is False)
    resolve(b.store, conflict, keep)
    fleet.sync_all()
    for laptop in fleet.laptops:
        assert laptop.consultants()[row] == ("Anna", "2", "", True)
        assert list_conflicts(laptop.store) == []


def test_an_edit_one_deleting_laptop_had_seen_is_no_conflict(fleet: Fleet) -> None:
    """Laptop b edits, then deletes (knowingly); a deletes without seeing b's edit. Whichever
    delete wins by clock, nothing was lost silently: no conflict (found by the property test)."""
    a, b, _c = fleet.laptops
    row = a.add_consultant("Anna", phone="1")
    fleet.sync_all()
    b.edit(Consultant, row, phone="2")
    b.sync()  # b's edit becomes a version; a has not seen it
    a.delete(Consultant, row)
    b.delete(Consultant, row)
    for order in ((b, a), (a, b)):  # b's delete captured last, then a's last
        for laptop in order:
            laptop.sync()
    fleet.sync_all()
    assert all(row not in laptop.consultants() for laptop in fleet.laptops)
    assert all(list_conflicts(laptop.store) == [] for laptop in fleet.laptops)


def test_deletions_travel_as_tombstones(fleet: Fleet) -> None:
    a, b, c = fleet.laptops
    row = a.add_consultant("Anna")
    fleet.sync_all()
    b.delete(Consultant, row)
    fleet.sync_all()
    assert all(row not in laptop.consultants() for laptop in fleet.laptops)
    assert list_conflicts(c.store) == []


def _person(laptop, bsn: str, family: str) -> str:  # type: ignore[no-untyped-def]
    with laptop.store.transaction() as session:
        person = Person(
            given_names="Rami", family_name=family, birth_date=date(1990, 1, 1), bsn=bsn
        )
        session.add(person)
        session.flush()
        return person.id


def test_same_bsn_created_offline_on_two_laptops_is_kept_and_reported(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    first = _person(a, "123456782", "Haddad")
    second = _person(b, "123456782", "Hadad")
    fleet.sync_all()
    dumps = [dump(laptop.store) for laptop in fleet.laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    with a.store.reading() as session:
        people = {p.id: p.bsn for p in session.scalars(select(Person))}
    assert people == {first: "123456782", second: None}  # nothing lost: both people are there
    (conflict,) = list_conflicts(a.store)
    assert conflict.kind == "duplicate" and conflict.row_id == second
    assert conflict.options[0].value == "123456782"  # the BSN stays in the register


def test_pip_version_taken_twice_holds_one_back_and_reports_it(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    person = _person(a, "111222333", "Tesfay")
    fleet.sync_all()
    for laptop, route in ((a, Route.B1), (b, Route.Z)):
        with laptop.store.transaction() as session:
            session.add(Pip(person_id=person, version=1, route=route))
    fleet.sync_all()
    dumps = [dump(laptop.store) for laptop in fleet.laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    with a.store.reading() as session:
        assert len(session.scalars(select(Pip)).all()) == 1
    (conflict,) = list_conflicts(a.store)
    assert conflict.kind == "duplicate" and conflict.tbl == "pip"


def test_a_step_added_while_the_person_was_deleted_elsewhere_is_reported(fleet: Fleet) -> None:
    a, b, _c = fleet.laptops
    person = _person(a, "232262536", "Ahmadi")
    fleet.sync_all()
    a.delete(Person, person)
    with b.store.transaction() as session:
        session.add(Pip(person_id=person, version=1, route=Route.Z))
    fleet.sync_all()
    dumps = [dump(laptop.store) for laptop in fleet.laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    kinds = {c.kind for c in list_conflicts(a.store)}
    assert "orphan" in kinds
    orphan = next(c for c in list_conflicts(a.store) if c.kind == "orphan")
    resolve(a.store, orphan, orphan.options[0])  # keep: the person comes back
    fleet.sync_all()
    for laptop in fleet.laptops:
        with laptop.store.reading() as session:
            assert session.get(Person, person) is not None
            assert len(session.scalars(select(Pip)).all()) == 1


def test_data_from_before_joining_reaches_everyone_and_a_new_laptop_starts_from_a_snapshot(
    tmp_path: Path,
) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=12, today=date(2025, 3, 1))
        report = a.sync()
        assert report.sent > 0 and report.snapshot_written
        b.sync()
        newcomer = fleet.laptop("late")
        first = newcomer.sync()
        assert first.snapshot_used
        fleet.sync_all()
        dumps = [dump(laptop.store) for laptop in fleet.laptops]
        assert dumps[0] == dumps[1] == dumps[2]
        with newcomer.store.reading() as session:
            assert len(session.scalars(select(Person)).all()) >= 12


def test_status_counts_pending_changes_and_conflicts(fleet: Fleet) -> None:
    a, _b, _c = fleet.laptops
    assert sync_status(a.store).pending == 0
    a.add_consultant("Anna")
    status = sync_status(a.store)
    assert status.in_team and status.pending == 1 and status.last_sync == ""
    a.sync()
    status = sync_status(a.store)
    assert status.pending == 0 and status.last_sync
