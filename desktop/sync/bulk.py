"""Inserting many rows the sync has just baselined without firing a trigger per row.

Every dossier table has AFTER INSERT triggers: the change log's (desktop/sync/change_log.py)
and, for the tables a klantreis is evaluated from, the journey cache's (migration 11). With
SQLCipher's memory security on, every trigger program a row fires allocates and wipes its own
frame: about 0.1-0.25 ms a row, most of a new laptop's first sync. For a large insert the
triggers are taken off the table inside the write transaction and put back, with the SQL they
were made with, before it ends; what they would have written is written once for all rows:

* the change log: nothing (the sync's own inserts are quiet, see :func:`change_log.quiet`);
* the journey cache: the people of the rows, marked dirty in one statement.

DDL in SQLite is transactional, so a rollback puts the triggers back too, and no other writer
can insert while the sync holds the write lock. A table with an insert trigger not known here
keeps its triggers (rows are then inserted as before, one trigger call each).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection

from desktop.sync.change_log import QUIET

#: Fewer rows than this are inserted with the triggers on (dropping and making them costs
#: about what a few hundred trigger calls do, and a schema change makes statements re-prepare).
BULK_ROWS = 200

_JOURNEY_DIRTY = "journey_dirty"
_NEW_COLUMN = re.compile(r"SELECT\s+NEW\.(\w+)\s+WHERE", re.IGNORECASE)


def _insert_triggers(connection: Connection, tbl: str) -> dict[str, str]:
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (tbl,)
    )
    return {
        str(name): str(sql)
        for name, sql in found
        if re.search(r"\bAFTER\s+INSERT\s+ON\b", str(sql), re.IGNORECASE)
        or re.search(r"\b(BEFORE|INSTEAD\s+OF)\s+INSERT\s+ON\b", str(sql), re.IGNORECASE)
    }


def _journey_column(sql: str) -> str | None:
    """The column whose value the journey trigger marks dirty (``person_id``, or ``id``)."""
    found = _NEW_COLUMN.findall(sql)
    return found[0] if len(found) == 1 else None


@contextlib.contextmanager
def quiet_inserts(connection: Connection, tbl: str, rows: int) -> Iterator[list[str]]:
    """Insert ``rows`` rows into ``tbl`` without per-row triggers, when that is safe and pays.

    Yields the columns whose values the journey trigger would have marked dirty (none when
    the triggers stayed on): pass the inserted rows' values to :func:`mark_journeys`.
    """
    triggers = _insert_triggers(connection, tbl) if rows >= BULK_ROWS else {}
    journey: list[str] = []
    known = True
    for name, sql in triggers.items():
        if name == f"sync_change_{tbl}_insert" and QUIET in sql:
            continue  # quiet while the sync inserts: it would write nothing
        column = _journey_column(sql) if name == f"{_JOURNEY_DIRTY}_{tbl}_insert" else None
        if column is None:
            known = False
            break
        journey.append(column)
    if not triggers or not known:
        yield []
        return
    for name in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield journey
    finally:
        for sql in triggers.values():
            connection.exec_driver_sql(sql)


def mark_journeys(connection: Connection, values: Iterable[str | None]) -> None:
    """What the journey trigger would have written for the inserted rows, in one statement."""
    people = sorted({v for v in values if v is not None})
    if people:
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO {_JOURNEY_DIRTY} (person_id) VALUES (?)",
            [(p,) for p in people],
        )
