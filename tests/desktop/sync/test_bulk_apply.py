"""A sync written in bulk (triggers taken off the table and put back) leaves exactly what
writing the same versions row by row with the triggers firing leaves: a first sync's inserts
and the updates of many changed records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.demo import populate_demo
from desktop.domain.model import Person
from desktop.journey import cache
from desktop.journey.cache import journeys
from desktop.store import Store
from desktop.sync import bulk
from tests.desktop.sync.helpers import dump, fleet_of

TODAY = date(2026, 11, 25)


def _state(store: Store) -> dict[str, Any]:
    """Rows, register, change log, journey bookkeeping, audit trail and triggers."""
    found: dict[str, Any] = dump(store)
    with store.reading() as session:
        connection = session.connection()

        def rows(sql: str) -> list[str]:
            return sorted(repr(tuple(r)) for r in connection.exec_driver_sql(sql))

        found["sync_change"] = rows("SELECT tbl, row_id FROM sync_change")
        found["sync_row"] = rows("SELECT tbl, row_id, state, shown FROM sync_row")
        found["journey_dirty"] = rows("SELECT person_id FROM journey_dirty")
        found["report_dirty"] = rows("SELECT person_id FROM report_dirty")
        found["journey_cache"] = rows("SELECT * FROM journey_cache")
        found["audit_entry"] = rows("SELECT id, device, seq, action, hash FROM audit_entry")
        found["triggers"] = rows("SELECT name, tbl_name, sql FROM sqlite_master "
                                 "WHERE type = 'trigger'")  # fmt: skip
        cached = journeys(session, today=TODAY, steps=True)
        found["journeys"] = sorted(repr(v) + v.steps_json for v in cached.values())
    return found


def test_a_bulk_first_sync_leaves_what_row_by_row_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for fleet in fleet_of(tmp_path, 3):
        a, bulky, one_by_one = fleet.laptops
        populate_demo(a.store, people=25, today=TODAY)
        a.sync()
        monkeypatch.setattr(bulk, "BULK_ROWS", 1)  # every insert without per-row triggers
        known = bulk._known
        replaced: list[str] = []  # the tables whose triggers the bulk path stood in for

        def spy(
            triggers: dict[str, str], tbl: str, event: str, known: Any = known,
            replaced: list[str] = replaced,
        ) -> Any:  # fmt: skip
            marks = known(triggers, tbl, event)
            if marks:
                replaced.append(tbl)
            return marks

        monkeypatch.setattr(bulk, "_known", spy)
        assert bulky.sync().snapshot_used
        # The journey and report triggers of the dossier tables are known: none fell back.
        assert {"person", "trajectory", "handhaving"} <= set(replaced)
        monkeypatch.setattr(bulk, "BULK_ROWS", 10**9)  # every row through its triggers
        assert one_by_one.sync().snapshot_used
        with one_by_one.store.reading() as session:
            kept = session.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM journey_cache").scalar_one()  # fmt: skip
        assert kept > 0  # the triggers marked people, the commit evaluated them
        assert _state(bulky.store) == _state(one_by_one.store)

        # Many records changed elsewhere: updated in bulk, or row by row.
        with a.store.reading() as session:
            people = list(session.scalars(select(Person.id).order_by(Person.id)))
        with a.store.transaction() as session:
            for changed in session.scalars(select(Person).where(Person.id.in_(people))):
                changed.phone = "0529 222 222"
        a.sync()
        monkeypatch.setattr(cache, "COMMIT_LIMIT", 0)  # the marks stay to be compared
        monkeypatch.setattr(bulk, "BULK_ROWS", 1)
        assert bulky.sync().received
        monkeypatch.setattr(bulk, "BULK_ROWS", 10**9)
        assert one_by_one.sync().received
        assert len(_state(one_by_one.store)["journey_dirty"]) == len(people)
        assert len(_state(one_by_one.store)["report_dirty"]) >= len(people)
        assert _state(bulky.store) == _state(one_by_one.store)

        # The triggers are back and fire again for the next write.
        with bulky.store.reading() as session:
            person = str(session.scalars(select(Person.id).order_by(Person.id)).first())
        assert bulky.edit(Person, person, phone="0529 111 111")
        with bulky.store.reading() as session:
            connection = session.connection()
            logged = list(connection.exec_driver_sql("SELECT tbl, row_id FROM sync_change"))
        assert ("person", person) in {tuple(r) for r in logged}


def test_a_snapshot_vouching_for_no_laptop_is_refused_as_it_is_applied(tmp_path: Path) -> None:
    import json
    import zlib

    from desktop.sync.crypto import inflate_lines
    from tests.desktop.sync.test_change_log import dossier
    from tests.desktop.sync.test_snapshot_stream import _rewrite

    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        populate_demo(a.store, people=6, today=TODAY)
        with a.store.reading() as session:
            person = str(session.scalars(select(Person.id).order_by(Person.id)).first())
        assert a.edit(Person, person, phone="0529 333 333")  # an audit entry of A's own
        a.sync()

        def unvouched(body: bytes, seal, device: str) -> bytes:  # type: ignore[no-untyped-def]
            lines = list(inflate_lines(body))
            opening = b'"versions":['
            header = json.loads(lines[0] + b"]}")
            header["vouch"]["identities"] = []  # A's audit entries now come from nobody known
            del header["versions"]
            lines[0] = json.dumps(header, separators=(",", ":")).encode()[:-1] + b"," + opening
            return seal(body=zlib.compress(b"\n".join(lines)))  # type: ignore[no-any-return]

        _rewrite(a, unvouched)
        report = b.sync()
        assert not report.snapshot_used
        assert any("audit-regel" in s.reason for s in report.skipped)
        with b.store.reading() as session:
            held = session.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM sync_version").scalar_one()  # fmt: skip
        assert held == 0  # what was applied before the refused version is undone
        b.sync()  # the batches the snapshot covered are read instead
        assert dossier(b.store) == dossier(a.store)
