"""The change log: which records were written since the last capture, kept by SQLite itself.

Every synced table has three triggers (after INSERT, UPDATE and DELETE) that put the row's key
into ``sync_change``. Triggers see every way a row can change: ORM sessions, the importer's and
the demo's bulk inserts, raw SQL in migrations and purges, SQLite's own cascades. A sync then
compares only those rows with their baseline (:mod:`desktop.sync.capture`), so finding local
changes, counting them and an empty sync cost what changed, not the size of the database.

The triggers are made here, from the models, each time a store opens (not in a migration), so
a synced table added later gets them without anyone remembering to. A table whose triggers are
missing (new, or rebuilt by a migration) or whose synced columns changed is *seeded*: all its
rows and baselines are put in the log once, and the next capture compares them all, exactly as
a full comparison would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection

from desktop.store import settings
from desktop.sync.tables import SyncedTable, synced_tables

TABLE = "sync_change"
QUIET = "sync_quiet"
_PREFIX = "sync_change_"  # then the table and the event


def _triggers(table: SyncedTable) -> dict[str, str]:
    """The trigger names and statements for one table.

    ``WHERE NOT EXISTS`` rather than ``INSERT OR IGNORE``: a conflict policy of the statement
    that fires a trigger overrides the trigger's own, and a duplicate must never fail a write.
    """
    name = table.name

    def log(row: str) -> str:
        return (
            f"INSERT INTO {TABLE} (tbl, row_id) SELECT '{name}', {row}.id WHERE NOT EXISTS "
            f"(SELECT 1 FROM {TABLE} WHERE tbl = '{name}' AND row_id = {row}.id);"
        )

    quiet = f"WHEN NOT EXISTS (SELECT 1 FROM {QUIET} WHERE tbl = '{name}')"
    return {
        f"{_PREFIX}{name}_insert": f'AFTER INSERT ON "{name}" {quiet} BEGIN {log("NEW")} END',
        f"{_PREFIX}{name}_update": f'AFTER UPDATE ON "{name}" BEGIN {log("OLD")} {log("NEW")} END',
        f"{_PREFIX}{name}_delete": f'AFTER DELETE ON "{name}" BEGIN {log("OLD")} END',
    }


def install(connection: Connection) -> list[str]:
    """Make missing triggers and seed tables that were not logged as they are now.

    Runs inside the caller's transaction right after the migrations; returns the tables seeded.
    """
    existing: dict[str, str] = {
        str(name): str(sql)
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (_PREFIX + "%",),
        )
    }
    wanted = {name for table in synced_tables() for name in _triggers(table)}
    for stale in sorted(set(existing) - wanted):  # made by an earlier version, or a table gone
        connection.exec_driver_sql(f'DROP TRIGGER "{stale}"')
    connection.exec_driver_sql(f"DELETE FROM {QUIET}")  # never left over, but never trusted
    seeded = []
    for table in synced_tables():
        triggers = _triggers(table)
        shape = ",".join(table.fields)
        missing = [n for n in triggers if existing.get(n) != f'CREATE TRIGGER "{n}" {triggers[n]}']
        for name in missing:  # absent, or made differently by an earlier version
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
            connection.exec_driver_sql(f'CREATE TRIGGER "{name}" {triggers[name]}')
        key = settings.SYNC_CAPTURE_SHAPE.of(table.name)
        if missing or key.get(connection) != shape:
            seed(connection, table.name)
            key.set(connection, shape)
            seeded.append(table.name)
    return seeded


def seed(connection: Connection, tbl: str) -> None:
    """Put every row of a table, and every record shown there at the last sync, in the log."""
    connection.exec_driver_sql(
        f'INSERT OR IGNORE INTO {TABLE} (tbl, row_id) SELECT ?, id FROM "{tbl}"', (tbl,)
    )
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO {TABLE} (tbl, row_id) "
        "SELECT tbl, row_id FROM sync_row WHERE tbl = ? AND shown = 1",
        (tbl,),
    )


def logged(connection: Connection) -> dict[str, list[str]]:
    """The rows written since the last capture, per table (sorted ids)."""
    found: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in connection.exec_driver_sql(
        f"SELECT tbl, row_id FROM {TABLE} ORDER BY tbl, row_id"
    ):
        found[tbl].append(row_id)
    return found


def forget_all(connection: Connection) -> None:
    """Empty the log (after a capture, inside its write transaction)."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")


def quiet(connection: Connection, tbl: str, on: bool) -> None:
    """Stop (or resume) logging inserts into a table: rows the sync engine inserts and
    baselines itself are no local change. Inserts only: they cannot cascade to other rows."""
    if on:
        connection.exec_driver_sql(f"INSERT INTO {QUIET} (tbl) VALUES (?)", (tbl,))
    else:
        connection.exec_driver_sql(f"DELETE FROM {QUIET} WHERE tbl = ?", (tbl,))


def forget(connection: Connection, tbl: str, row_ids: Iterable[str]) -> None:
    """Drop rows from the log whose table now holds what their baseline says."""
    keys = [(tbl, row_id) for row_id in row_ids]
    if keys:
        connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE tbl = ? AND row_id = ?", keys)
