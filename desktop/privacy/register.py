"""What the sync register still holds about a person, beyond their current records.

The sync register (``sync_version``) keeps every value a synced record ever had, also after
an ordinary deletion (so that a concurrent edit elsewhere can still be offered back). So a
contact note deleted last year is gone from its table but its text is still in the register.
A retention deletion must purge those too, and an inzage must show them.

A register entry belongs to the person when its record hangs from the person's row through
the schema's foreign keys (as :mod:`desktop.privacy.holdings` finds current records): the
creation version (field ``*``) carries the whole row, and a later version of a foreign-key
field the new parent. The person's household (their label may carry the family name) is
found separately, by the caller.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from desktop.privacy.holdings import EXCLUDED
from desktop.schema import metadata

CREATE_FIELD = "*"  # desktop.sync.tables.CREATE_FIELD: the version that carries a whole row


def _links() -> dict[str, list[tuple[str, str]]]:
    """Per table in the person's closure: its (foreign-key column, parent table) pairs."""
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    reached, frontier = {"person"}, ["person"]
    while frontier:
        parent = frontier.pop()
        for table in metadata.sorted_tables:
            if table.name in EXCLUDED or table.name.startswith("sync_") or table.name == "person":
                continue
            for fk in table.foreign_keys:
                if fk.column.table.name == parent and fk.column.name == "id":
                    links[table.name].append((fk.parent.name, parent))
                    if table.name not in reached:
                        reached.add(table.name)
                        frontier.append(table.name)
    return dict(links)


def register_rows(
    connection: Connection, person_id: str, known: Iterable[tuple[str, str]] = ()
) -> set[tuple[str, str]]:
    """Every (table, record id) of the register that belongs to the person, current or not.

    ``known`` are the person's current records (table, id), to start from.
    """
    links = _links()
    if not links:
        return set()
    fk_fields = sorted({column for pairs in links.values() for column, _ in pairs})
    tables = sorted(links)
    marks = ",".join("?" * len(tables))
    fields = ",".join("?" * (len(fk_fields) + 1))
    parents: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    query = (
        f"SELECT tbl, row_id, field, value FROM sync_version "
        f"WHERE tbl IN ({marks}) AND field IN ({fields})"
    )
    for tbl, row_id, field, value in connection.exec_driver_sql(
        query, (*tables, CREATE_FIELD, *fk_fields)
    ):
        try:
            decoded = json.loads(value)
        except ValueError:
            continue
        for column, parent in links.get(tbl, ()):
            if field == CREATE_FIELD and isinstance(decoded, dict) and decoded.get(column):
                parents[(tbl, row_id)].add((parent, str(decoded[column])))
            elif field == column and decoded:
                parents[(tbl, row_id)].add((parent, str(decoded)))
    held = {("person", person_id), *known}
    grew = True
    while grew:
        grew = False
        for record, its_parents in parents.items():
            if record not in held and its_parents & held:
                held.add(record)
                grew = True
    return held


def register_history(
    connection: Connection, records: Iterable[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The register's versions of ``records``, oldest first, for an inzage (values included)."""
    history: list[dict[str, Any]] = []
    for tbl, row_id in sorted(records):
        for field, at, by, value in connection.exec_driver_sql(
            'SELECT field, at, "by", value FROM sync_version WHERE tbl = ? AND row_id = ? '
            "ORDER BY hlc",
            (tbl, row_id),
        ):
            try:
                decoded = json.loads(value)
            except ValueError:
                decoded = value
            history.append(
                {
                    "onderdeel": tbl,
                    "id": row_id,
                    "veld": "hele record" if field == CREATE_FIELD else field,
                    "moment": at,
                    "door": by,
                    "waarde": decoded,
                }
            )
    return history
