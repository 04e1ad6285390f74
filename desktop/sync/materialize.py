"""Writing the merged state into the dossier tables, keeping the schema's rules.

The register may describe rows the schema cannot hold as they are: two people created
offline with the same BSN, a PIP version number taken twice, a step of a person deleted
elsewhere. Such a row is never a crash and never lost: the row created first keeps its key
(the same choice on every laptop); a later one keeps its row with the key left empty when
the column allows it, or is held back until the clash is resolved. Each case is an open
conflict, and the versions stay in the register.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from desktop import changes
from desktop.store.settings import device_id
from desktop.sync import bulk, change_log
from desktop.sync.ledger import (
    AS_REGISTERED,
    Baseline,
    load_baselines,
    load_versions,
    save_baselines,
)
from desktop.sync.register import RowOutcome, Version, resolve_row
from desktop.sync.tables import (
    DELETED_FIELD,
    Row,
    SyncedTable,
    encode_state,
    synced_tables,
    table_named,
)

ORPHAN = "orphan"
DUPLICATE = "duplicate"
#: Rows resolved and written per step.
ROWS_PER_STEP = 2000


@dataclass
class _TableIndex:
    """The ids and unique keys now in one dossier table (kept in step while writing)."""

    ids: set[str]
    keys: dict[tuple[str, ...], dict[tuple[Any, ...], str]]


@dataclass
class Materializer:
    """Writes rows of the register into the dossier tables within one transaction."""

    connection: Connection
    conflicts: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    _indexes: dict[str, _TableIndex] = field(default_factory=dict)
    _baselines: dict[str, dict[str, Baseline]] = field(default_factory=lambda: defaultdict(dict))
    #: Per table, the synced state of rows it holds now (read before writing, to skip rewrites).
    _states: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=dict)
    #: Rows of one table to insert (or update) together: statements keep their order, as
    #: switching table or kind writes what was collected first (:meth:`_flush`).
    _inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _inserting: SyncedTable | None = None
    _updating: bool = False
    _inserted: set[tuple[str, str]] = field(default_factory=set)  # since the last baselines
    _prior: set[tuple[str, str]] = field(default_factory=set)  # rows with open conflicts
    #: Rows written while a snapshot was merged (:meth:`write_merged`), by table, and the rows
    #: left for :meth:`run` because later batches or local changes touch them.
    _ahead: dict[str, set[str]] = field(default_factory=dict)
    _later: dict[str, set[str]] = field(default_factory=dict)
    #: True while rows are written ahead of their parents (their references checked in run).
    _parents_later: bool = False
    #: How many rows were rewritten with UPDATE, inserted and left as they were.
    updated: int = 0
    inserted: int = 0
    unchanged: int = 0

    def index(self, table: SyncedTable) -> _TableIndex:
        if table.name not in self._indexes:
            ids: set[str] = set()
            keys: dict[tuple[str, ...], dict[tuple[Any, ...], str]] = {u: {} for u in table.uniques}
            columns = ", ".join(f'"{c}"' for u in table.uniques for c in u)
            sql = f'SELECT id{", " + columns if columns else ""} FROM "{table.name}"'
            for values in self.connection.exec_driver_sql(sql):
                ids.add(values[0])
                position = 1
                for unique in table.uniques:
                    key = tuple(values[position : position + len(unique)])
                    position += len(unique)
                    if None not in key:
                        keys[unique][key] = values[0]
            self._indexes[table.name] = _TableIndex(ids, keys)
        return self._indexes[table.name]

    def run(self, touched: dict[str, set[str]]) -> None:
        """Bring the given rows (and rows held back by earlier clashes) in line.

        Table by table and a few thousand rows at a time, so that a first sync of a large team
        holds no more than that in memory.
        """
        self._parents_later = False
        touched = {name: set(ids) - self._ahead.get(name, set()) for name, ids in touched.items()}
        for name, row_id in self._held_back():
            touched.setdefault(name, set()).add(row_id)
        self._prior = {(t, r) for t, r in self.connection.exec_driver_sql(
            "SELECT DISTINCT tbl, row_id FROM sync_conflict")}  # fmt: skip
        recheck = self._delete_phase(touched)
        for table in synced_tables():
            ids = sorted(touched.get(table.name, ()))
            for start in range(0, len(ids), ROWS_PER_STEP):
                self._write_step(table, ids[start : start + ROWS_PER_STEP])
        self._recheck(recheck)
        if self._ahead:
            self._settle_ahead()
        self._save()

    def _write_step(self, table: SyncedTable, ids: list[str]) -> None:
        versions = load_versions(self.connection, table.name, ids)
        written = []
        for row_id in ids:
            outcome = resolve_row(versions.get(row_id, []), table.fields)
            if outcome is not None and not outcome.deleted:
                self._note_conflicts(table.name, row_id, outcome.conflicts)
                written.append((row_id, outcome))
        del versions
        self._read_states(table, [row_id for row_id, _outcome in written])
        for row_id, outcome in written:
            self._write(table, row_id, outcome)
        self._flush()
        self._save_baselines()
        self._states.pop(table.name, None)
        for key in [k for k, found in self.conflicts.items() if not found and k not in self._prior]:
            del self.conflicts[key]  # nothing open before, nothing now: nothing to write

    def _note_conflicts(self, tbl: str, row_id: str, conflicts: dict[str, str]) -> None:
        """Remember a row's open conflicts (kept with any a clash already gave it)."""
        found = self.conflicts.get((tbl, row_id))
        if found is None:
            if conflicts or (tbl, row_id) in self._prior:  # else there is nothing to change
                self.conflicts[(tbl, row_id)] = dict(conflicts)
            return
        for name, kind in conflicts.items():
            found.setdefault(name, kind)

    def _held_back(self) -> list[tuple[str, str]]:
        result = self.connection.exec_driver_sql(
            "SELECT DISTINCT tbl, row_id FROM sync_conflict WHERE kind IN (?, ?)",
            (ORPHAN, DUPLICATE),
        )
        return [(t, r) for t, r in result]

    def _deletable(self, table: SyncedTable, ids: list[str]) -> list[str]:
        """Those of the rows that have a version of their existence (only they can be deleted)."""
        found: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found += [r[0] for r in self.connection.exec_driver_sql(
                f"SELECT DISTINCT row_id FROM sync_version WHERE tbl = ? AND field = ? "
                f"AND row_id IN ({marks})", (table.name, DELETED_FIELD, *chunk))]  # fmt: skip
        return sorted(found)

    def _delete_phase(self, touched: dict[str, set[str]]) -> dict[str, set[str]]:
        """Delete rows the register deletes (children first); return rows to look at again."""
        recheck: dict[str, set[str]] = defaultdict(set)
        for table in reversed(synced_tables()):
            ids = self._deletable(table, sorted(touched.get(table.name, ())))
            versions = load_versions(self.connection, table.name, ids) if ids else {}
            for row_id in ids:
                outcome = resolve_row(versions.get(row_id, []), table.fields)
                if outcome is None:
                    continue
                self._note_conflicts(table.name, row_id, outcome.conflicts)
                if not outcome.deleted:
                    continue
                index = self.index(table)
                held = None  # what the table held, kept as the baseline's state
                if row_id in index.ids:
                    for child, column in self._children(table.name):
                        recheck[child.name].update(self._referring(child, column, row_id))
                    held = self._held(table, row_id)
                    table.delete(self.connection, row_id)
                    self._forget(table, row_id)
                self._baseline(table, row_id, None, held)
        return recheck

    def _children(self, parent: str) -> list[tuple[SyncedTable, str]]:
        return [
            (t, fk.column) for t in synced_tables() for fk in t.foreign_keys if fk.parent == parent
        ]

    def _referring(self, child: SyncedTable, column: str, parent_id: str) -> list[str]:
        result = self.connection.exec_driver_sql(
            f'SELECT id FROM "{child.name}" WHERE "{column}" = ?', (parent_id,)
        )
        return [r[0] for r in result]

    def _recheck(self, rows: dict[str, set[str]], *, again: bool = False) -> None:
        """Rows a deletion cascaded to (or emptied a reference of): write them as registered.

        ``again``: their open conflicts are found anew (not kept from an earlier write).
        """
        for table in synced_tables():
            ids = rows.get(table.name)
            if not ids:
                continue
            self._indexes.pop(table.name, None)  # SQLite changed the table behind our back
            self._states.pop(table.name, None)
            versions = load_versions(self.connection, table.name, ids)
            for row_id in sorted(ids):
                outcome = resolve_row(versions.get(row_id, []), table.fields)
                if outcome is None:
                    continue
                if again:
                    self.conflicts[(table.name, row_id)] = dict(outcome.conflicts)
                else:
                    self.conflicts.setdefault((table.name, row_id), dict(outcome.conflicts))
                if outcome.deleted:
                    self._baseline(table, row_id, None)
                else:
                    self._write(table, row_id, outcome)
            self._flush()

    def write_merged(self, tbl: str, rows: dict[str, list[Version]]) -> None:
        """Write rows of a snapshot as they are merged, from their merged versions in hand.

        Only for a materializer made by :func:`ahead_of_snapshot`. Rows deleted or not yet
        created, and rows that later batches or local changes touch, are left to :meth:`run`;
        so are the references of the rows written: a parent may come later in the snapshot
        (which is in table-name order), or not at all (:meth:`_settle_ahead`).
        """
        table = table_named(tbl)
        if table is None:
            return
        later = self._later.get(tbl, set())
        written = []
        for row_id, versions in rows.items():
            if row_id in later:
                continue
            outcome = resolve_row(versions, table.fields)
            if outcome is not None and not outcome.deleted:
                self._note_conflicts(tbl, row_id, outcome.conflicts)
                written.append((row_id, outcome))
        ahead = self._ahead.setdefault(tbl, set())
        self._parents_later = True
        for row_id, outcome in written:
            self._write(table, row_id, outcome)
            ahead.add(row_id)
        self._flush()
        self._save_baselines()
        for key in [k for k, found in self.conflicts.items() if not found and k not in self._prior]:
            del self.conflicts[key]

    def _settle_ahead(self) -> None:
        """Write again, as orphans, the rows written ahead whose parent did not come.

        Such a row gives up its keys too, and its children their parent: the rows held back
        or left without a key or parent are then written again (parents first), as the next
        sync would, so that the result is what writing the parents first would have given.
        """
        self._flush()
        dangling = self._dangling()
        while dangling:
            self._recheck(self._with_children(dangling), again=True)
            held: dict[str, set[str]] = defaultdict(set)  # as the next sync would (_held_back)
            for (tbl, row_id), found in self.conflicts.items():
                if ORPHAN in found.values() or DUPLICATE in found.values():
                    held[tbl].add(row_id)
            self._recheck(held, again=True)
            dangling = self._dangling()

    def _dangling(self) -> dict[str, set[str]]:
        """The rows of the tables that refer to a row their parent table does not hold."""
        found: dict[str, set[str]] = defaultdict(set)
        for table in synced_tables():
            for fk in table.foreign_keys:
                result = self.connection.exec_driver_sql(
                    f'SELECT c.id FROM "{table.name}" c WHERE c."{fk.column}" IS NOT NULL '
                    f'AND NOT EXISTS (SELECT 1 FROM "{fk.parent}" p WHERE p.id = c."{fk.column}")'
                )
                found[table.name].update(row_id for (row_id,) in result)
        return {name: ids for name, ids in found.items() if ids}

    def _with_children(self, rows: dict[str, set[str]]) -> dict[str, set[str]]:
        """The rows and every row in the tables that refers to one of them, however deep."""
        found: dict[str, set[str]] = defaultdict(set)
        for tbl, ids in rows.items():
            found[tbl].update(ids)
        for table in synced_tables():  # parents first: a child's children are found after it
            parents = sorted(found.get(table.name, ()))
            for child, column in self._children(table.name):
                for row_id in parents:
                    found[child.name].update(self._referring(child, column, row_id))
        return found

    def _read_states(self, table: SyncedTable, row_ids: list[str]) -> None:
        """Note what the table holds now for the rows about to be written."""
        present = [i for i in row_ids if i in self.index(table).ids]
        self._states[table.name] = {
            row["id"]: tuple(row[name] for name in table.fields)
            for row in table.rows(self.connection, present)
        }

    def _collect(self, table: SyncedTable, updating: bool, row_id: str, values: Row) -> None:
        if self._inserting is not table or self._updating != updating:
            self._flush()
            self._inserting, self._updating = table, updating
        self._inserts.append((row_id, values))

    def _flush(self) -> None:
        """Insert (or update) the rows collected for the table being written."""
        table, rows = self._inserting, self._inserts
        if table is not None and rows and self._updating:
            bulk.write_quietly(self.connection, table.name, "UPDATE", rows,
                               lambda: table.update_many(self.connection, rows))  # fmt: skip
            self.updated += len(rows)
        elif table is not None and rows:
            name = table.name
            change_log.quiet(self.connection, name, True)  # new rows it baselines: no local change
            try:
                bulk.write_quietly(self.connection, name, "INSERT", rows,
                                   lambda: table.insert_many(self.connection, rows))  # fmt: skip
            finally:
                change_log.quiet(self.connection, name, False)
            self.inserted += len(rows)
            self._inserted.update((name, row_id) for row_id, _values in rows)
        self._inserts = []
        self._inserting = None

    def _write(self, table: SyncedTable, row_id: str, outcome: RowOutcome) -> None:
        values = dict(outcome.values)
        conflicts = self.conflicts.setdefault((table.name, row_id), dict(outcome.conflicts))
        for fk in table.foreign_keys:
            parent = table_named(fk.parent)
            assert parent is not None  # a foreign key names a synced table (tables.py)
            target = values.get(fk.column)
            if target is None or self._parents_later or target in self.index(parent).ids:
                continue
            conflicts[fk.column] = ORPHAN  # its parent was deleted elsewhere
            if fk.nullable:
                values[fk.column] = None
            else:
                self._hide(table, row_id, values)
                return
        if not self._claim_keys(table, row_id, values, outcome.created, conflicts):
            self._hide(table, row_id, values)
            return
        index = self.index(table)
        if row_id in index.ids:
            if self._states.get(table.name, {}).get(row_id) == tuple(values.values()):
                self.unchanged += 1  # it holds this already: no rewrite
            else:
                self._collect(table, True, row_id, values)
                self._states.get(table.name, {}).pop(row_id, None)
        else:
            self._collect(table, False, row_id, values)
            index.ids.add(row_id)
        for unique, keys in index.keys.items():
            key = tuple(map(values.__getitem__, unique))
            if None not in key:
                keys[key] = row_id
        as_registered = not conflicts or values == outcome.values  # no key or parent cleared
        state = AS_REGISTERED if as_registered else encode_state(values)
        self._baselines[table.name][row_id] = Baseline(state, True)

    def _claim_keys(
        self,
        table: SyncedTable,
        row_id: str,
        values: dict[str, Any],
        created: str,
        conflicts: dict[str, str],
    ) -> bool:
        """Settle unique-key clashes: the row created first keeps the key. False: hold back."""
        index = self.index(table)
        for unique, keys in index.keys.items():
            key = tuple(map(values.__getitem__, unique))
            holder = keys.get(key)
            if None in key or holder is None or holder == row_id:
                continue
            if (created, row_id) < (self._created(table, holder), holder) and self._demote(
                table, holder, unique
            ):
                continue
            conflicts[unique[0]] = DUPLICATE
            if not all(table.nullable(c) for c in unique):
                return False
            for column in unique:
                values[column] = None
        return True

    def _created(self, table: SyncedTable, row_id: str) -> str:
        found = self.connection.exec_driver_sql(
            "SELECT MIN(hlc) FROM sync_version WHERE tbl = ? AND row_id = ? AND field = '*'",
            (table.name, row_id),
        ).scalar()
        return str(found or "")

    def _demote(self, table: SyncedTable, row_id: str, unique: tuple[str, ...]) -> bool:
        """Give up a key another row has the better claim to (its values stay in the register).

        False when the table refuses (the audit trail's entries cannot be changed or deleted):
        then the holder keeps the key and the other row is held back.
        """
        self._flush()
        self._states.get(table.name, {}).pop(row_id, None)
        values = self._held(table, row_id)
        row = dict(values)
        if all(table.nullable(c) for c in unique):
            for column in unique:
                values[column] = None
            table.update(self.connection, row_id, values)
            if not self._changed():
                return False
            self._baseline(table, row_id, values)
        else:
            table.delete(self.connection, row_id)
            if not self._changed():
                return False
            self._forget(table, row_id)
            self._baseline(table, row_id, None, row)
        self.conflicts.setdefault((table.name, row_id), {})[unique[0]] = DUPLICATE
        self.index(table).keys[unique].pop(tuple(row[c] for c in unique), None)
        return True

    def _changed(self) -> bool:
        """True when the last statement changed a row (a trigger may have refused it)."""
        return bool(self.connection.exec_driver_sql("SELECT changes()").scalar())

    def _held(self, table: SyncedTable, row_id: str) -> dict[str, Any]:
        """The synced values the table holds for the row now."""
        row = next(table.rows(self.connection, [row_id]))
        return {name: row[name] for name in table.fields}

    def _hide(self, table: SyncedTable, row_id: str, values: dict[str, Any]) -> None:
        index = self.index(table)
        if row_id in index.ids:
            self._flush()
            table.delete(self.connection, row_id)
            self._forget(table, row_id)
        self._baseline(table, row_id, None, values)

    def _forget(self, table: SyncedTable, row_id: str) -> None:
        self._states.get(table.name, {}).pop(row_id, None)
        index = self.index(table)
        index.ids.discard(row_id)
        for keys in index.keys.values():
            for key in [k for k, holder in keys.items() if holder == row_id]:
                del keys[key]

    def _baseline(
        self,
        table: SyncedTable,
        row_id: str,
        values: dict[str, Any] | None,
        hidden: dict[str, Any] | None = None,
    ) -> None:
        if values is not None:
            self._baselines[table.name][row_id] = Baseline(encode_state(values), True)
            return
        state = encode_state(hidden) if hidden is not None else None
        if state is None:
            old = load_baselines(self.connection, table.name, [row_id]).get(row_id)
            state = old.state if old else "{}"
        self._baselines[table.name][row_id] = Baseline(state, False)

    def _save_baselines(self) -> None:
        """Write the baselines noted so far; the rows written are no local change."""
        for name, rows in self._baselines.items():
            save_baselines(self.connection, name, rows)
            written = [i for i in rows if (name, i) not in self._inserted]  # inserts: not logged
            change_log.forget(self.connection, name, written)
        self._baselines.clear()
        self._inserted.clear()

    def _save(self) -> None:
        self._flush()
        self._save_baselines()
        if self.conflicts:
            self.connection.exec_driver_sql(
                "DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ?",
                list(self.conflicts),
            )
        conflict_rows = [
            (tbl, row_id, name, kind)
            for (tbl, row_id), fields in self.conflicts.items()
            for name, kind in fields.items()
        ]
        if conflict_rows:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_conflict (tbl, row_id, field, kind) VALUES (?, ?, ?, ?)",
                conflict_rows,
            )


def materialize(
    connection: Connection, touched: dict[str, set[str]], ahead: Materializer | None = None
) -> Materializer:
    """Write the register's state of the touched rows into the dossier tables.

    ``ahead``: the materializer that wrote a snapshot's rows while it was merged
    (:func:`ahead_of_snapshot`); the rows it wrote are not written again. The rows are noted
    for the store's change signal (desktop/changes.py): the screens refresh.
    """
    # Whose rows a deletion takes away: none, when the tables held nothing but the laptop's
    # own audit trail (which is never deleted) before the snapshot.
    before = changes.rows_before(connection, touched) if ahead is None else {}
    materializer = ahead or Materializer(connection)
    materializer.run(touched)
    changes.note_rows(connection, touched, before=before)
    return materializer


#: The table a laptop writes from its first start on (the team joined, every unlock), before
#: it has synced: its own audit trail. Those entries hold this laptop's device in their key
#: and have no parents or children among the synced tables, so no row of a team mate's can
#: clash with them or hang from them.
OWN_TRAIL = "audit_entry"


def ahead_of_snapshot(
    connection: Connection, local: dict[str, set[str]], batched: Iterable[Version]
) -> Materializer | None:
    """A materializer that writes a snapshot's rows as they are merged (:meth:`write_merged`),
    for a database that holds no rows and no versions yet but those of its own audit trail (a
    new laptop's first sync); else None. ``local`` (the rows local changes touch) and the
    rows of ``batched`` (the versions of the batches applied after the snapshot, read only
    for a new laptop) are left to the final run.

    The versions just merged are not read back from the register (the write steps of
    :meth:`~Materializer.run` re-read every one). The rows go in ahead of their parents, so
    the foreign keys are checked at the commit (deferred): the final run writes the rows whose
    parents did not come as orphans first.
    A rollback of the snapshot must discard the materializer (:func:`discard_ahead`).
    """
    device = device_id(connection)
    held = [
        ("SELECT 1 FROM sync_conflict", ()),
        ("SELECT 1 FROM sync_version WHERE tbl != ? OR device != ?", (OWN_TRAIL, device)),
        ("SELECT 1 FROM sync_row WHERE tbl != ?", (OWN_TRAIL,)),
        (f'SELECT 1 FROM "{OWN_TRAIL}" WHERE device != ?', (device,)),
        *((f'SELECT 1 FROM "{t.name}"', ()) for t in synced_tables() if t.name != OWN_TRAIL),
    ]
    for sql, parameters in held:
        if connection.exec_driver_sql(f"{sql} LIMIT 1", parameters).first() is not None:
            return None
    later = {tbl: set(ids) for tbl, ids in local.items()}
    for version in batched:
        later.setdefault(version.tbl, set()).add(version.row_id)
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    return Materializer(connection, _later=later)


def discard_ahead(connection: Connection) -> None:
    """After the rollback of a snapshot written ahead: the foreign keys are checked at once
    again (the rollback undid every row written ahead; the transaction goes on row by row)."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
