"""Finding local changes: the rows written since the last sync compared with their baseline.

The change log (:mod:`desktop.sync.change_log`, kept by SQLite triggers) names every row written
in any way: ORM sessions, the importer's and the demo's bulk inserts, raw SQL, cascading
deletes in SQLite, data that existed before the laptop joined a team (seeded once). Only those
rows are compared, so a sync with nothing to send reads no dossier rows at all. Capture runs at
the start of each sync, before anything remote is applied, so a version's context is exactly
what its maker had seen.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from desktop.sync import change_log
from desktop.sync.ledger import (
    Author,
    Baseline,
    add_versions,
    load_baselines,
    save_baselines,
)
from desktop.sync.register import Version
from desktop.sync.tables import (
    CREATE_FIELD,
    DELETED_FIELD,
    Row,
    SyncedTable,
    encode_state,
    synced_tables,
)


@dataclass
class Captured:
    """The local changes found: versions made, and the rows they touched per table."""

    versions: list[Version] = field(default_factory=list)
    touched: dict[str, set[str]] = field(default_factory=dict)
    rows: int = 0  # rows that changed (deleted rows not counted)


def _synced_values(table: SyncedTable, row: Row) -> Row:
    return {name: row[name] for name in table.fields}


def _diff(
    table: SyncedTable,
    row_id: str,
    values: Row,
    baseline: Baseline | None,
    author: Author,
    user: str,
) -> list[Version]:
    at = str(values.get("changed_at") or "")
    by = str(values.get("changed_by") or "") or user
    if baseline is None:
        return [author.make(table.name, row_id, CREATE_FIELD, values, at, by)]
    before = json.loads(baseline.state)
    made = [
        author.make(table.name, row_id, name, values[name], at, by)
        for name in table.fields
        if before.get(name) != values[name]
    ]
    if not baseline.shown:  # shown again (it was hidden or deleted): say it exists
        made.append(author.make(table.name, row_id, DELETED_FIELD, False, at, by))
    return made


def _logged(connection: Connection) -> Iterator[tuple[SyncedTable, list[str], Differences]]:
    """Per synced table with logged rows: the ids, and how each differs from its baseline."""
    logged = change_log.logged(connection)  # a table this version does not sync is ignored
    for table in synced_tables():  # parents first, as a full comparison went
        ids = logged.get(table.name)
        if not ids:
            continue
        tbl = table.name
        rows = {row["id"]: row for row in table.rows(connection, ids)}
        baselines = load_baselines(connection, tbl, ids)
        yield table, ids, Differences(table, rows, baselines)


@dataclass
class Differences:
    """The logged rows of one table as they are now, and as their baselines say."""

    table: SyncedTable
    rows: dict[str, Row]
    baselines: dict[str, Baseline]

    def changed(self, row_id: str) -> bool:
        """True when the row is not what its baseline says (new, edited, shown again, gone)."""
        row, baseline = self.rows.get(row_id), self.baselines.get(row_id)
        if row is None:
            return baseline is not None and baseline.shown
        if baseline is None or not baseline.shown:
            return True
        return baseline.state != encode_state(_synced_values(self.table, row))


def count_local_changes(connection: Connection) -> int:
    """How many records differ from the last sync (without recording anything).

    Reads only the rows written since the last capture.
    """
    changed = 0
    for table, ids, differences in _logged(connection):
        if table.table.info.get("counted") is False:  # the audit trail: not "changes" to a user
            continue
        changed += sum(1 for row_id in ids if differences.changed(row_id))
    return changed


def capture_local_changes(connection: Connection, author: Author, user: str) -> Captured:
    """Record every local change since the last sync as versions of this device.

    Runs inside a write transaction: the change log it read is emptied at the end.
    """
    author.freeze_context()
    captured = Captured()
    for table, ids, differences in _logged(connection):
        new_baselines: dict[str, Baseline] = {}
        made: list[Version] = []
        for row_id in ids:
            row = differences.rows.get(row_id)
            baseline = differences.baselines.get(row_id)
            if not differences.changed(row_id):
                continue
            if row is None:  # gone from the table: deleted here
                assert baseline is not None
                made.append(author.make(table.name, row_id, DELETED_FIELD, True, "", user))
                new_baselines[row_id] = Baseline(baseline.state, False)
                continue
            captured.rows += 1
            values = _synced_values(table, row)
            made += _diff(table, row_id, values, baseline, author, user)
            new_baselines[row_id] = Baseline(encode_state(values), True)
        if made:
            add_versions(connection, made)
            captured.versions += made
            captured.touched[table.name] = {v.row_id for v in made}
        save_baselines(connection, table.name, new_baselines)
    change_log.forget_all(connection)
    return captured
