"""A new laptop writes a snapshot's rows into its tables as it merges them (ahead of their
parents, which the snapshot lists later by table name): it leaves exactly what writing them
after the merge, parents first, leaves. Orphans, key clashes, batches after the snapshot and a
snapshot found broken halfway included."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.audit.trail import Action, record
from desktop.demo import populate_demo
from desktop.domain.enums import Route
from desktop.domain.model import Person, Pip
from desktop.sync import compaction, engine
from desktop.sync.conflicts import list_conflicts
from desktop.sync.crypto import inflate_lines
from desktop.sync.materialize import Materializer
from tests.desktop.sync.helpers import Fleet, Laptop, dump, fleet_of
from tests.desktop.sync.test_bulk_apply import _state
from tests.desktop.sync.test_change_log import dossier
from tests.desktop.sync.test_snapshot_stream import _rewrite

TODAY = date(2026, 11, 25)


def _person(laptop: Any, bsn: str | None, family: str) -> str:
    with laptop.store.transaction() as session:
        person = Person(
            given_names="Rami", family_name=family, birth_date=date(1990, 1, 1), bsn=bsn
        )
        session.add(person)
        session.flush()
        return str(person.id)


def _snapshot_now(fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    """The admin writes a snapshot of what it holds now."""
    monkeypatch.setattr(compaction, "SNAPSHOT_EVERY", 1)
    assert fleet.admin.sync().snapshot_written
    monkeypatch.undo()


def _spy_ahead(patch: pytest.MonkeyPatch) -> list[Materializer | None]:
    """What each sync's ahead_of_snapshot answers, in a list."""
    made: list[Materializer | None] = []
    real = engine.ahead_of_snapshot

    def spy(connection: Any, *later: Any) -> Materializer | None:
        made.append(real(connection, *later))
        return made[-1]

    patch.setattr(engine, "ahead_of_snapshot", spy)
    return made


def _first_syncs_agree(fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Two new laptops take the snapshot (and the batches after it): one writing ahead, one
    after the merge. Their databases must be equal; returns the rows found without parents."""
    ahead, after = fleet.laptop("ahead"), fleet.laptop("after")
    dangling: list[dict[str, Any]] = []
    real_dangling = Materializer._dangling

    def spy_dangling(self: Materializer) -> dict[str, set[str]]:
        found = real_dangling(self)
        dangling.append(found)
        return found

    with monkeypatch.context() as patch:
        made = _spy_ahead(patch)
        patch.setattr(Materializer, "_dangling", spy_dangling)
        assert ahead.sync(compact=False).snapshot_used
    assert made and made[0] is not None  # an empty laptop writes ahead
    with monkeypatch.context() as patch:
        patch.setattr(engine, "ahead_of_snapshot", lambda connection, *later: None)
        assert after.sync(compact=False).snapshot_used
    assert _written(ahead) == _written(after)
    written_ahead, written_after = _comparable(ahead), _comparable(after)
    # A row written ahead of a parent that never came marked its person for the report (a
    # mark makes the report look again, and find nothing to change).
    assert set(written_after.pop("report_dirty")) <= set(written_ahead.pop("report_dirty"))
    assert written_ahead == written_after
    assert list_conflicts(ahead.store) == list_conflicts(after.store)
    return dangling


def _written(laptop: Laptop) -> dict[str, Any]:
    """The tables, the register, the open conflicts and the baselines."""
    state = dump(laptop.store)
    state["sync_row"] = _state(laptop.store)["sync_row"]
    return state


def _comparable(laptop: Laptop) -> dict[str, Any]:
    """The laptop's state after a capture took in its change log (which may name rows written
    twice: the capture finds them unchanged)."""
    assert laptop.sync(compact=False).local_changes == 0
    state: dict[str, Any] = _state(laptop.store)
    assert state["sync_change"] == state["journey_dirty"] == []
    return state


def test_a_new_laptop_writing_ahead_leaves_what_writing_after_the_merge_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for fleet in fleet_of(tmp_path, 1):
        (a,) = fleet.laptops
        populate_demo(a.store, people=25, today=TODAY)
        a.sync()
        # After the snapshot: a person edited, one deleted (with the records under them), and
        # a new one (batches the new laptops read after it).
        with a.store.reading() as session:
            people = list(session.scalars(select(Person.id).order_by(Person.id)))
        a.edit(Person, people[0], phone="0529 333 333")
        a.delete(Person, people[1])
        _person(a, None, "Nieuw")
        a.sync(compact=False)
        dangling = _first_syncs_agree(fleet, monkeypatch)
        assert dangling == [{}]  # every parent came: one look, nothing to write again


def test_orphans_and_key_clashes_in_a_snapshot_come_out_as_written_parents_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for fleet in fleet_of(tmp_path, 3):
        a, b, c = fleet.laptops
        gone = _person(a, "232262536", "Ahmadi")
        kept = _person(a, "111222333", "Tesfay")
        fleet.sync_all()
        a.delete(Person, gone)
        for laptop in (b, c):  # two pips, one version, for a person deleted elsewhere
            with laptop.store.transaction() as session:
                session.add(Pip(person_id=gone, version=1, route=Route.Z))
        for laptop, route in ((a, Route.B1), (b, Route.Z)):  # a pip version taken twice
            with laptop.store.transaction() as session:
                session.add(Pip(person_id=kept, version=1, route=route))
        _person(a, "123456782", "Haddad")  # one BSN for two people
        _person(b, "123456782", "Hadad")
        fleet.sync_all()
        kinds = {c.kind for c in list_conflicts(a.store)}
        assert {"orphan", "duplicate"} <= kinds
        _snapshot_now(fleet, monkeypatch)
        dangling = _first_syncs_agree(fleet, monkeypatch)
        # The orphan written ahead (the other held back: it clashed with the first's key).
        assert [(tbl, len(ids)) for tbl, ids in dangling[0].items()] == [("pip", 1)]
        assert dangling[-1] == {}


def test_a_snapshot_broken_after_rows_were_written_ahead_leaves_nothing_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=6, today=TODAY)
        a.sync()

        def last_two_swapped(body: bytes, seal, device: str) -> bytes:  # type: ignore[no-untyped-def]
            import zlib

            lines = list(inflate_lines(body))  # header, versions, end: the last two rows
            lines[-3], lines[-2] = lines[-2] + b",", lines[-3].removesuffix(b",")
            return seal(body=zlib.compress(b"\n".join(lines)))  # type: ignore[no-any-return]

        _rewrite(a, last_two_swapped)
        written: list[int] = []
        discarded: list[int] = []
        real_write, real_discard = Materializer.write_merged, engine.discard_ahead

        def spy_write(
            self: Materializer, tbl: str, rows: dict[str, Any], real: Any = real_write,
            written: list[int] = written,
        ) -> None:  # fmt: skip
            real(self, tbl, rows)
            written.append(len(rows))

        def spy_discard(
            connection: Any, real: Any = real_discard, discarded: list[int] = discarded
        ) -> None:
            real(connection)
            discarded.append(connection.exec_driver_sql("PRAGMA defer_foreign_keys").scalar())

        with monkeypatch.context() as patch:
            patch.setattr(Materializer, "write_merged", spy_write)
            patch.setattr(engine, "discard_ahead", spy_discard)
            report = b.sync()
        assert sum(written) > 20  # rows were in their tables when the file broke
        assert discarded == [0]  # foreign keys checked at once again
        assert not report.snapshot_used
        assert [s.reason for s in report.skipped] == ["inhoud klopt niet met het formaat"]
        assert not any(dossier(b.store).values())
        b.sync()  # the batches the snapshot covered are read instead
        assert dossier(b.store) == dossier(a.store)


def test_a_laptop_holding_only_its_own_audit_trail_writes_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop records its trail from its first start (joined, unlocked) before it syncs:
    that does not keep it on the slow path; a record of its own in the dossier does."""
    for fleet in fleet_of(tmp_path, 1):
        populate_demo(fleet.admin.store, people=6, today=TODAY)
        fleet.admin.sync()
        trail, own_record = fleet.laptop("trail"), fleet.laptop("own record")
        for laptop in (trail, own_record):
            record(laptop.store, Action.TEAM_JOINED, detail="team")
            record(laptop.store, Action.LOGIN)
        _person(own_record, None, "Eigen")
        made = _spy_ahead(monkeypatch)
        assert trail.sync(compact=False).snapshot_used
        assert own_record.sync(compact=False).snapshot_used
        assert [m is not None for m in made] == [True, False]
        with fleet.admin.store.reading() as session:
            expected = len(session.scalars(select(Person)).all())
        for laptop, extra in ((trail, 0), (own_record, 1)):
            with laptop.store.reading() as session:
                assert len(session.scalars(select(Person)).all()) == expected + extra
                trail_rows = session.connection().exec_driver_sql(
                    "SELECT COUNT(*) FROM audit_entry WHERE device = ?", (laptop.device,)
                )
                assert trail_rows.scalar_one() >= 2
        fleet.sync_all()
        assert dossier(trail.store) == dossier(own_record.store) == dossier(fleet.admin.store)
