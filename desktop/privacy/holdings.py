"""Everything held about one person: the records that hang from their person row.

Found from the schema, not from a list: every table with a foreign key to ``person`` and,
in turn, every table with a foreign key to those. A new step table is part of the inzage and
of a retention deletion without changes here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, select

from desktop.schema import metadata

#: Tables never part of a person's holdings (the trail is reported apart; sync is machinery).
EXCLUDED = frozenset({"audit_entry", "tombstone", "app_user"})


def _children(parent: str) -> list[tuple[Table, str]]:
    found = []
    for table in metadata.sorted_tables:
        if table.name in EXCLUDED or table.name.startswith("sync_"):
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == parent and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def holdings(connection: Connection, person_id: str) -> Iterator[tuple[Table, dict[str, Any]]]:
    """Each (table, row) of the person: the person row first, then steps, then their parts."""
    person = metadata.tables["person"]
    rows = connection.execute(select(person).where(person.c.id == person_id)).mappings().all()
    for row in rows:
        yield person, dict(row)
    if not rows:
        return
    frontier: list[tuple[str, list[str]]] = [("person", [person_id])]
    while frontier:
        parent, ids = frontier.pop(0)
        for table, column in _children(parent):
            if table.name == "person":  # a household link is not a holding of this person
                continue
            found = (
                connection.execute(select(table).where(table.c[column].in_(ids))).mappings().all()
            )
            for row in found:
                yield table, dict(row)
            if found and "id" in table.c:
                frontier.append((table.name, [str(r["id"]) for r in found]))
