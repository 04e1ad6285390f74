"""The sync engine's bookkeeping in the local database: versions, baselines, its author.

All functions work inside the caller's transaction (a SQLAlchemy Connection), so a sync
applies a file completely or not at all.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from desktop.store import settings
from desktop.store.settings import device_id
from desktop.sync.crypto import read_json
from desktop.sync.hlc import HybridClock
from desktop.sync.register import Version, add_version, resolve_row
from desktop.sync.tables import canonical_json, encode_state, table_named


@dataclass
class Author:
    """Makes this device's versions: dots from its counter, stamps from its clock.

    ``vector`` is what the device has seen of every device (its own counter included); it
    becomes the context of each new version, so a version supersedes exactly what its maker
    had seen.
    """

    device: str
    counter: int
    vector: dict[str, int]
    clock: HybridClock
    made: int = 0
    _scan_ctx: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection) -> Author:
        device = device_id(connection)
        vector = settings.SYNC_VECTOR.get(connection)
        counter = settings.SYNC_COUNTER.get(connection)
        vector[device] = counter
        clock = HybridClock(device, settings.SYNC_CLOCK.get(connection))
        return cls(device, counter, vector, clock)

    def freeze_context(self) -> None:
        """Fix the context for the versions about to be made (what was seen so far)."""
        self.vector[self.device] = self.counter
        self._scan_ctx = dict(self.vector)

    def make(self, tbl: str, row_id: str, field: str, value: Any, at: str, by: str) -> Version:
        """A new local version."""
        self.counter += 1
        self.made += 1
        ctx = self._scan_ctx or dict(self.vector)
        return Version(
            tbl, row_id, field, self.device, self.counter, self.clock.now(), at, by, value, ctx
        )

    def save(self, connection: Connection) -> None:
        self.vector[self.device] = self.counter
        settings.SYNC_COUNTER.set(connection, self.counter)
        settings.SYNC_VECTOR.set(connection, self.vector)
        settings.SYNC_CLOCK.set(connection, self.clock.last)


_COLUMNS = 'tbl, row_id, field, device, counter, hlc, at, "by", value, ctx'


#: Contexts as read and written: versions share a handful of them (one per capture), so each
#: is parsed or encoded once. Both are small and bounded by the number of distinct contexts.
_CTX_READ: dict[str, dict[str, int]] = {}
_CTX_WRITTEN: dict[int, tuple[Any, str]] = {}
_CTX_LIMIT = 4096


def _ctx_of(text: str) -> dict[str, int]:
    found = _CTX_READ.get(text)
    if found is None:
        if len(_CTX_READ) >= _CTX_LIMIT:
            _CTX_READ.clear()
        found = _CTX_READ[text] = json.loads(text)
    return found


def _ctx_text(ctx: Any) -> str:
    found = _CTX_WRITTEN.get(id(ctx))
    if found is None or found[0] is not ctx:
        if len(_CTX_WRITTEN) >= _CTX_LIMIT:
            _CTX_WRITTEN.clear()
        found = (ctx, json.dumps(dict(ctx), sort_keys=True, separators=(",", ":")))
        _CTX_WRITTEN[id(ctx)] = found
    return found[1]


def _decode(values: Sequence[Any]) -> Version:
    tbl, row_id, field_, device, counter, hlc, at, by, value, ctx = values
    return Version(tbl, row_id, field_, device, int(counter), hlc, at, by, read_json(value),
                   _ctx_of(ctx))  # fmt: skip


def version_row(v: Version) -> tuple[Any, ...]:
    value = canonical_json(v.value)
    return (v.tbl, v.row_id, v.field, v.device, v.counter, v.hlc, v.at, v.by, value,
            _ctx_text(v.ctx))  # fmt: skip


def load_versions(
    connection: Connection, tbl: str, row_ids: Iterable[str]
) -> dict[str, list[Version]]:
    """The head versions of the given rows of one table."""
    ids = list(row_ids)
    found: dict[str, list[Version]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        result = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_version WHERE tbl = ? AND row_id IN ({marks})",
            (tbl, *chunk),
        )
        for values in result:
            version = _decode(values)
            found[version.row_id].append(version)
    return found


def own_versions_after(connection: Connection, device: str, counter: int) -> list[Version]:
    """This device's versions not yet sent (counter above ``counter``)."""
    result = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM sync_version WHERE device = ? AND counter > ? ORDER BY counter",
        (device, counter),
    )
    return [_decode(values) for values in result]


def own_versions_between(
    connection: Connection, device: str, first: int, last: int
) -> list[Version]:
    """The head versions of ``device`` with counters ``first``..``last``."""
    result = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM sync_version WHERE device = ? AND counter BETWEEN ? AND ? "
        "ORDER BY counter",
        (device, first, last),
    )
    return [_decode(values) for values in result]


def all_versions(connection: Connection) -> list[Version]:
    """Every head version (for a snapshot)."""
    return [_decode(v) for v in connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM sync_version")]


def replace_versions(
    connection: Connection,
    removed: Iterable[Version],
    added: Iterable[Version],
    *,
    rewritten: bool = False,
) -> None:
    """Write the change of a set of rows' heads.

    Rows whose baseline is found from their versions (:data:`AS_REGISTERED`) get it stored in
    full first, as those versions give it, unless ``rewritten``: the caller writes every row it
    changes into its table afterwards, in the same transaction (materialize.py), which
    baselines them anew.
    """
    removed, added = list(removed), list(added)
    if not rewritten:
        _store_registered(connection, [(v.tbl, v.row_id) for v in (*removed, *added)])
    gone = [v.key for v in removed]
    if gone:
        connection.exec_driver_sql(
            "DELETE FROM sync_version WHERE tbl = ? AND row_id = ? AND field = ? "
            "AND device = ? AND counter = ?",
            gone,
        )
    new = [version_row(v) for v in added]
    if new:
        connection.exec_driver_sql(
            f"INSERT INTO sync_version ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new,
        )


@dataclass(frozen=True)
class Baseline:
    """What the dossier table held for a row after the last sync (or capture)."""

    state: str
    shown: bool


#: The stored state of a row the sync wrote just as the register resolves it (nearly every row
#: a new laptop receives): the values are not stored a second time but found from the row's
#: versions when asked for (:func:`load_baselines`). Whoever changes a row's versions writes the
#: row into its table again in the same transaction, which baselines it anew; a row deleted
#: keeps as its state what its table held (materialize.py). A change of versions that does not
#: write its rows stores their states in full first (:func:`replace_versions`). Not JSON, so
#: never a real state.
AS_REGISTERED = ""


def load_baselines(
    connection: Connection, tbl: str, row_ids: Sequence[str] | None = None
) -> dict[str, Baseline]:
    """The baselines of one table: all, or those of the given rows."""
    found = _stored_baselines(connection, tbl, row_ids)
    registered = [row_id for row_id, baseline in found.items() if baseline.state == AS_REGISTERED]
    for row_id, state in _registered_states(connection, tbl, registered).items():
        found[row_id] = Baseline(state, found[row_id].shown)
    return found


def _stored_baselines(
    connection: Connection, tbl: str, row_ids: Sequence[str] | None
) -> dict[str, Baseline]:
    """The baselines as stored, :data:`AS_REGISTERED` states included."""
    sql = "SELECT row_id, state, shown FROM sync_row WHERE tbl = ?"
    if row_ids is None:
        result = connection.exec_driver_sql(sql, (tbl,))
        return {row_id: Baseline(state, bool(shown)) for row_id, state, shown in result}
    found: dict[str, Baseline] = {}
    for start in range(0, len(row_ids), 500):
        chunk = list(row_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        result = connection.exec_driver_sql(f"{sql} AND row_id IN ({marks})", (tbl, *chunk))
        found.update((row_id, Baseline(state, bool(shown))) for row_id, state, shown in result)
    return found


def _registered_states(connection: Connection, tbl: str, row_ids: list[str]) -> dict[str, str]:
    """The states of rows as the register resolves them (the rows' synced values)."""
    table = table_named(tbl)
    if not row_ids or table is None:
        return {}
    versions = load_versions(connection, tbl, row_ids)
    states = {}
    for row_id in row_ids:
        outcome = resolve_row(versions.get(row_id, []), table.fields)
        states[row_id] = encode_state(outcome.values) if outcome is not None else "{}"
    return states


def _store_registered(connection: Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Store in full the states of these rows (table, id) that are found from the register."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in set(rows):
        by_table[tbl].append(row_id)
    for tbl, ids in by_table.items():
        stored = _stored_baselines(connection, tbl, ids)
        registered = [row_id for row_id, b in stored.items() if b.state == AS_REGISTERED]
        states = _registered_states(connection, tbl, registered)
        if states:
            connection.exec_driver_sql(
                "UPDATE sync_row SET state = ? WHERE tbl = ? AND row_id = ?",
                [(state, tbl, row_id) for row_id, state in states.items()],
            )


def save_baselines(connection: Connection, tbl: str, rows: dict[str, Baseline]) -> None:
    if rows:
        connection.exec_driver_sql(
            "INSERT INTO sync_row (tbl, row_id, state, shown) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(tbl, row_id) DO UPDATE SET state = excluded.state, shown = excluded.shown",
            [(tbl, row_id, b.state, int(b.shown)) for row_id, b in rows.items()],
        )


def add_versions(connection: Connection, versions: list[Version]) -> dict[str, set[str]]:
    """Add versions to the register (pruning what they supersede); returns rows touched.

    The caller writes the rows touched into their tables in the same transaction (a sync's
    merge, a capture's, a conflict's choice: materialize.py).
    """
    by_table: dict[str, list[Version]] = defaultdict(list)
    for version in versions:
        by_table[version.tbl].append(version)
    touched: dict[str, set[str]] = {}
    for tbl, items in by_table.items():
        existing = load_versions(connection, tbl, {v.row_id for v in items})
        originals = {row_id: {v.key: v for v in vs} for row_id, vs in existing.items()}
        for version in items:
            add_version(existing.setdefault(version.row_id, []), version)
        removed: list[Version] = []
        added: list[Version] = []
        touched[tbl] = {v.row_id for v in items}
        for row_id in touched[tbl]:
            before = originals.get(row_id, {})
            after = {v.key: v for v in existing[row_id]}
            removed += [v for k, v in before.items() if k not in after]
            added += [v for k, v in after.items() if k not in before]
        replace_versions(connection, removed, added, rewritten=True)
    return touched
