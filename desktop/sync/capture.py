"""Finding local changes: the dossier tables compared with the baseline of the last sync.

Capturing by comparison rather than by listening to sessions sees every way a row can change:
ORM sessions, the importer's and the demo's bulk inserts, cascading deletes in SQLite, data
that existed before the laptop joined a team. It runs at the start of each sync, before
anything remote is applied, so a version's context is exactly what its maker had seen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection

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
    rows: int = 0


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


def count_local_changes(connection: Connection) -> int:
    """How many records differ from the last sync (without recording anything)."""
    changed = 0
    for table in synced_tables():
        if table.table.info.get("counted") is False:  # the audit trail: not "changes" to a user
            continue
        baselines = load_baselines(connection, table.name)
        for row in table.rows(connection):
            baseline = baselines.pop(row["id"], None)
            state = encode_state(_synced_values(table, row))
            if baseline is None or baseline.state != state or not baseline.shown:
                changed += 1
        changed += sum(1 for b in baselines.values() if b.shown)
    return changed


def capture_local_changes(connection: Connection, author: Author, user: str) -> Captured:
    """Record every local change since the last sync as versions of this device."""
    author.freeze_context()
    captured = Captured()
    for table in synced_tables():
        baselines = load_baselines(connection, table.name)
        new_baselines: dict[str, Baseline] = {}
        made: list[Version] = []
        for row in table.rows(connection):
            captured.rows += 1
            row_id = row["id"]
            baseline = baselines.pop(row_id, None)
            values = _synced_values(table, row)
            state = encode_state(values)
            if baseline is not None and baseline.state == state and baseline.shown:
                continue
            made += _diff(table, row_id, values, baseline, author, user)
            new_baselines[row_id] = Baseline(state, True)
        for row_id, baseline in baselines.items():
            if baseline.shown:  # gone from the table: deleted here
                made.append(author.make(table.name, row_id, DELETED_FIELD, True, "", user))
                new_baselines[row_id] = Baseline(baseline.state, False)
        if made:
            add_versions(connection, made)
            captured.versions += made
            captured.touched[table.name] = {v.row_id for v in made}
        save_baselines(connection, table.name, new_baselines)
    return captured
