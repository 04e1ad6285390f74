"""Purging tombstoned records: gone from the tables *and* from the sync register.

An ordinary deletion keeps the record's values in the register, so a concurrent edit on
another laptop can still be offered back. A retention deletion must not: the values have to
disappear everywhere. A :class:`~desktop.privacy.models.Tombstone` (content-free, synced like
any record) marks such a record; after every merge the sync engine calls
:func:`purge_tombstoned`, which deletes the record if it is (back) in its table and drops every
version, baseline and conflict the register held for it. Versions that arrive later for it
(an edit made offline elsewhere) are dropped at the next merge: they can never bring the row
back, because the creation version it would need is gone.

The purge belongs to the register it cleans, so it lives here: the sync engine needs nothing
of the privacy package, which only writes the tombstones (it reads the ``tombstone`` table).
"""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.sync.tables import synced_tables

#: Rows of a register table that belong to a tombstoned record (uses the tables' primary keys).
_TOMBSTONED = "(tbl, row_id) IN (SELECT tbl, row_id FROM tombstone)"


def purge_tombstoned(connection: Connection) -> int:
    """Remove tombstoned records and their register entries; returns the rows deleted."""
    if connection.exec_driver_sql("SELECT 1 FROM tombstone LIMIT 1").first() is None:
        return 0
    deleted = 0
    for table in reversed(synced_tables()):  # children before parents
        if table.name == "tombstone":
            continue
        result = connection.exec_driver_sql(
            f'DELETE FROM "{table.name}" WHERE id IN (SELECT row_id FROM tombstone WHERE tbl = ?)',
            (table.name,),
        )
        deleted += max(result.rowcount or 0, 0)
    connection.exec_driver_sql(f"DELETE FROM sync_version WHERE {_TOMBSTONED}")
    connection.exec_driver_sql(f"DELETE FROM sync_conflict WHERE {_TOMBSTONED}")
    connection.exec_driver_sql(f"DELETE FROM sync_change WHERE {_TOMBSTONED}")  # gone: no change
    connection.exec_driver_sql(
        f"UPDATE sync_row SET state = '{{}}', shown = 0 WHERE {_TOMBSTONED} "
        "AND (shown = 1 OR state != '{}')"
    )
    return deleted
