"""Writing many rows the sync has just baselined without firing a trigger per row.

Every dossier table has AFTER INSERT and UPDATE triggers: the change log's
(desktop/sync/change_log.py) and, for the tables a klantreis or the report is evaluated from,
the journey cache's and the kept report rows' (migrations 11 and 13). A trigger program runs
once per row written, which a new laptop's first sync pays hundreds of thousands of times. For
a large insert the triggers are taken off the table inside the write transaction and put back,
with the SQL they were made with, before it ends; what they would have written is written once
for all rows:

* the change log: nothing (the sync's own inserts are quiet, see :func:`change_log.quiet`;
  the rows it updates are baselined and taken out of the log again, see materialize.py);
* the journey cache and the kept report rows (migrations 11 and 13): the people of the rows
  (before and after an update), marked dirty in one statement per table.

DDL in SQLite is transactional, so a rollback puts the triggers back too, and no other writer
can write while the sync holds the write lock. A table with a trigger not known here keeps
its triggers (rows are then written as before, one trigger call each).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from desktop.sync.change_log import QUIET

#: Fewer rows than this are inserted with the triggers on (dropping and making them costs
#: about what a few hundred trigger calls do, and a schema change makes statements re-prepare).
BULK_ROWS = 200

#: The tables whose triggers mark the people a write touched, for the journey cache (migration
#: 11) and the kept report rows (migration 13); their triggers are named ``<table>_<tbl>_<event>``.
_DIRTY_TABLES = ("journey_dirty", "report_dirty")
_NEW_COLUMN = re.compile(r"SELECT\s+NEW\.(\w+)\s+WHERE", re.IGNORECASE)
_OLD_COLUMN = re.compile(r"SELECT\s+OLD\.(\w+)\s+WHERE", re.IGNORECASE)


def _triggers(connection: Connection, tbl: str, event: str) -> dict[str, str]:
    """The table's triggers on ``event`` ("INSERT" or "UPDATE"), by name: their SQL."""
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (tbl,)
    )
    on = re.compile(rf"\b(AFTER|BEFORE|INSTEAD\s+OF)\s+{event}\b", re.IGNORECASE)
    return {str(name): str(sql) for name, sql in found if on.search(str(sql))}


def _journey_column(sql: str, event: str) -> str | None:
    """The column whose value the journey trigger marks dirty (``person_id``, or ``id``)."""
    new = _NEW_COLUMN.findall(sql)
    old = _OLD_COLUMN.findall(sql)
    if len(new) != 1 or old != (new if event == "UPDATE" else []):
        return None
    return str(new[0])


def _known(triggers: dict[str, str], tbl: str, event: str) -> list[tuple[str, str]] | None:
    """The (dirty table, column) pairs to mark instead of the triggers, or None: a trigger not
    known here."""
    marks = []
    for name, sql in triggers.items():
        if name == f"sync_change_{tbl}_insert" and event == "INSERT" and QUIET in sql:
            continue  # quiet while the sync inserts: it would write nothing
        if name == f"sync_change_{tbl}_update" and event == "UPDATE":
            continue  # the rows it would log are baselined, and forgotten from the log, after
        dirty = next((d for d in _DIRTY_TABLES if name == f"{d}_{tbl}_{event.lower()}"), None)
        column = _journey_column(sql, event) if dirty else None
        if dirty is None or column is None:
            return None
        marks.append((dirty, column))
    return marks


def write_quietly(
    connection: Connection,
    tbl: str,
    event: str,
    rows: Sequence[tuple[str, Mapping[str, Any]]],
    write: Callable[[], None],
) -> None:
    """Run ``write`` (an INSERT or UPDATE of ``rows``, (id, values) pairs, into ``tbl``)
    without per-row triggers when that is safe and pays; else with them."""
    triggers = _triggers(connection, tbl, event) if len(rows) >= BULK_ROWS else {}
    marks = _known(triggers, tbl, event) if triggers else None
    if marks is None:
        write()
        return
    people: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for dirty, column in marks:
        touched = people.setdefault(dirty, set())
        if event == "UPDATE":  # what OLD.column held
            if column not in before:
                before[column] = _current(connection, tbl, column, [i for i, _v in rows])
            touched.update(before[column])
        touched.update(
            str(value)
            for row_id, values in rows
            if (value := row_id if column == "id" else values.get(column)) is not None
        )
    for name in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        write()
    finally:
        for sql in triggers.values():
            connection.exec_driver_sql(sql)
    for dirty, touched in people.items():
        if touched:
            connection.exec_driver_sql(
                f"INSERT OR IGNORE INTO {dirty} (person_id) VALUES (?)",
                [(p,) for p in sorted(touched)],
            )


def _current(connection: Connection, tbl: str, column: str, ids: list[str]) -> set[str]:
    """The values of ``column`` in the given rows of ``tbl`` now (before they are written)."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        result = connection.exec_driver_sql(
            f'SELECT "{column}" FROM "{tbl}" WHERE id IN ({marks}) AND "{column}" IS NOT NULL',
            tuple(chunk),
        )
        found.update(str(value) for (value,) in result)
    return found
