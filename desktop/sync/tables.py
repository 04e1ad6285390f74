"""Which dossier tables sync, and their rows as raw SQLite values.

Every table whose rows are :class:`~desktop.domain.model.Record` (a UUID ``id`` and changed
metadata) syncs, in foreign-key order; new record tables (the audit trail of issue 7, say)
sync without changes here. Values travel exactly as SQLite stores them (text dates, 0/1
booleans), so that no type conversion can alter them on the way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Connection, Table, UniqueConstraint

from desktop.domain.enums import LEGACY_VALUES
from desktop.domain.text import person_search_key
from desktop.schema import metadata

#: Bookkeeping columns: merged by clock, never reported as a conflict.
SILENT_FIELDS = frozenset({"created_at", "created_by", "changed_at", "changed_by"})
#: Pseudo-fields of the register: a whole-row creation, and the row's existence.
CREATE_FIELD = "*"
DELETED_FIELD = "_deleted"

Row = dict[str, Any]


def _person_search_key(row: Row) -> str:
    return person_search_key(row["given_names"], row["family_name"], row["name_original"])


#: Columns computed from others (not synced; recomputed when a row is written).
DERIVED: dict[str, dict[str, Callable[[Row], Any]]] = {
    "person": {"search_key": _person_search_key},
}


@dataclass(frozen=True)
class ForeignKey:
    """A reference from a column to another synced table."""

    column: str
    parent: str
    nullable: bool


@dataclass(frozen=True)
class SyncedTable:
    """A dossier table as the sync engine sees it."""

    name: str
    table: Table
    fields: tuple[str, ...]
    derived: dict[str, Callable[[Row], Any]] = field(default_factory=dict)
    foreign_keys: tuple[ForeignKey, ...] = ()
    uniques: tuple[tuple[str, ...], ...] = ()

    def nullable(self, column: str) -> bool:
        return bool(self.table.c[column].nullable)

    def select_sql(self) -> str:
        columns = ", ".join(f'"{c}"' for c in ("id", *self.fields))
        return f'SELECT {columns} FROM "{self.name}"'

    def rows(self, connection: Connection, ids: Sequence[str] | None = None) -> Iterator[Row]:
        """Raw rows (with ``id``), all or those with the given ids."""
        if ids is None:
            result = connection.exec_driver_sql(self.select_sql())
            for values in result:
                yield dict(zip(("id", *self.fields), values, strict=True))
            return
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            result = connection.exec_driver_sql(
                f"{self.select_sql()} WHERE id IN ({marks})", tuple(chunk)
            )
            for values in result:
                yield dict(zip(("id", *self.fields), values, strict=True))

    def _current(self, values: Row) -> Row:
        """Values as this version stores them (a synced change from an older laptop may hold
        a value of before schema 10, such as the route "starterz")."""
        known = _legacy_columns(self.name)
        if not known:  # most tables: no value of theirs was ever renamed
            return values
        legacy = {c: known[c] for c in values if c in known}
        if not legacy:
            return values
        return {
            c: legacy[c].get(v, v) if c in legacy and isinstance(v, str) else v
            for c, v in values.items()
        }

    def insert(self, connection: Connection, row_id: str, values: Row) -> None:
        values = self._current(values)
        full = {**values, **{name: make(values) for name, make in self.derived.items()}}
        columns = ", ".join(f'"{c}"' for c in ("id", *full))
        marks = ", ".join("?" * (len(full) + 1))
        connection.exec_driver_sql(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks})', (row_id, *full.values())
        )

    def _prepared(self, rows: Sequence[tuple[str, Row]]) -> list[tuple[str, Row]]:
        """Each row's stored columns with the derived ones (search keys) made from them."""
        prepared = []
        for row_id, values in rows:
            current = self._current(values)
            full = {**current, **{name: make(current) for name, make in self.derived.items()}}
            prepared.append((row_id, full))
        return prepared

    def insert_many(self, connection: Connection, rows: Sequence[tuple[str, Row]]) -> None:
        """Insert new rows in one statement (all with the same columns)."""
        if not rows:
            return
        prepared = self._prepared(rows)
        columns = ", ".join(f'"{c}"' for c in ("id", *prepared[0][1]))
        marks = ", ".join("?" * (len(prepared[0][1]) + 1))
        connection.exec_driver_sql(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks})',
            [(row_id, *full.values()) for row_id, full in prepared],
        )

    def update_many(self, connection: Connection, rows: Sequence[tuple[str, Row]]) -> None:
        """Update rows in one statement (all with the same columns)."""
        if not rows:
            return
        prepared = self._prepared(rows)
        sets = ", ".join(f'"{c}" = ?' for c in prepared[0][1])
        connection.exec_driver_sql(
            f'UPDATE "{self.name}" SET {sets} WHERE id = ?',
            [(*full.values(), row_id) for row_id, full in prepared],
        )

    def update(self, connection: Connection, row_id: str, values: Row) -> None:
        values = self._current(values)
        full = {**values, **{name: make(values) for name, make in self.derived.items()}}
        sets = ", ".join(f'"{c}" = ?' for c in full)
        connection.exec_driver_sql(
            f'UPDATE "{self.name}" SET {sets} WHERE id = ?', (*full.values(), row_id)
        )

    def delete(self, connection: Connection, row_id: str) -> None:
        connection.exec_driver_sql(f'DELETE FROM "{self.name}" WHERE id = ?', (row_id,))


@cache
def _legacy_columns(tbl: str) -> dict[str, dict[str, str | None]]:
    """The columns of ``tbl`` with values from before a rename, and their current names."""
    return {c: renamed for (t, c), renamed in LEGACY_VALUES.items() if t == tbl}


def encode_state(values: Row) -> str:
    """The canonical JSON of a row's synced values (the same text for the same values)."""
    return canonical_json(values)


def canonical_json(value: Any) -> str:
    """``json.dumps(value, separators=(",", ":"), ensure_ascii=False)``, made by orjson.

    For the values a row holds (text, whole numbers, booleans, None, lists and objects of
    them) orjson writes the same text, a few times as fast; json writes what orjson refuses
    (a number beyond 64 bits, text that is not valid Unicode). The two differ only in how
    they write some floats, and no synced column holds one.
    """
    try:
        return orjson.dumps(value).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _is_record_table(table: Table) -> bool:
    names = set(table.c.keys())
    if table.info.get("sync") is False:  # a table can opt out (local-only data)
        return False
    return {"id", "changed_at", "changed_by"} <= names and not table.name.startswith("sync_")


@cache
def synced_tables() -> tuple[SyncedTable, ...]:
    """The synced tables, parents before children."""
    found = []
    for table in metadata.sorted_tables:
        if not _is_record_table(table):
            continue
        derived = DERIVED.get(table.name, {})
        fields = tuple(c.name for c in table.columns if c.name != "id" and c.name not in derived)
        fks = tuple(
            ForeignKey(fk.parent.name, fk.column.table.name, bool(fk.parent.nullable))
            for fk in table.foreign_keys
            if _is_record_table(fk.column.table)
        )
        uniques: list[tuple[str, ...]] = [
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        uniques += [(c.name,) for c in table.columns if c.unique and (c.name,) not in uniques]
        found.append(SyncedTable(table.name, table, fields, derived, fks, tuple(uniques)))
    return tuple(found)


def table_named(name: str) -> SyncedTable | None:
    """The synced table of that name, or None (a table from a newer version, say)."""
    return _by_name().get(name)


@cache
def _by_name() -> dict[str, SyncedTable]:
    return {table.name: table for table in synced_tables()}
