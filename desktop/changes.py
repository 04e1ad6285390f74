"""What a committed transaction changed: which people, which records of which tables.

The store gathers a :class:`ChangeSet` for every write transaction (ORM writes are seen at
each flush; a sync, a conflict choice or a retention deletion that writes with SQL notes its
rows with :func:`note_rows`) and hands it, after the commit, to its :class:`ChangePublisher`.
What is gathered lives with the transaction's connection and is dropped when the connection
goes back to the pool, so a rolled-back transaction reports nothing.
The screens subscribe there once and refresh what they show from it, so that no screen has to
know which operation changed what.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.model import Record

#: Tables whose changes no screen shows: bookkeeping of the sync and the trail itself.
QUIET_TABLES = frozenset(
    {"sync_version", "sync_row", "sync_conflict", "sync_file", "dossier_draft", "setting"}
)
#: Above this many rows, a change is "everyone": one full reload beats a lookup per row.
MANY_ROWS = 5000
#: Tables whose records belong to a person through a parent: table -> (parent, column).
THROUGH_PARENT = {
    "intake_domain": ("brede_intake", "intake_id"),
    "pip_agreement": ("pip", "pip_id"),
}
_PENDING = "wegwijzer_changes"


@dataclass(frozen=True)
class ChangeSet:
    """The people and records one transaction changed; ``everyone`` when too many to list."""

    sources: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    records: Mapping[str, frozenset[str]] = field(default_factory=dict)
    everyone: bool = False
    at: float = 0.0  # time.monotonic() of the commit: a load begun later reads the change

    @property
    def tables(self) -> frozenset[str]:
        """The tables with at least one changed record."""
        return frozenset(name for name, ids in self.records.items() if ids)

    def __bool__(self) -> bool:
        return self.everyone or bool(self.people) or bool(self.tables)

    def touches(self, person_id: str | None) -> bool:
        """True when the change may concern this person's dossier."""
        return bool(person_id) and (self.everyone or person_id in self.people)

    def touches_table(self, *names: str) -> bool:
        """True when a record of one of these tables changed (or anything, for everyone)."""
        return self.everyone or any(name in self.tables for name in names)

    def merged(self, other: ChangeSet) -> ChangeSet:
        """Both changes as one."""
        records = {name: frozenset(ids) for name, ids in self.records.items()}
        for name, ids in other.records.items():
            records[name] = records.get(name, frozenset()) | ids
        return ChangeSet(
            self.sources | other.sources,
            self.people | other.people,
            records,
            self.everyone or other.everyone,
            max(self.at, other.at),
        )


class _Pending:
    """Changes gathered during one transaction, not yet committed."""

    def __init__(self) -> None:
        self.sources: set[str] = set()
        self.people: set[str] = set()
        self.records: dict[str, set[str]] = {}
        self.everyone = False

    def add(self, table: str, record_id: str, person_id: str = "") -> None:
        if table in QUIET_TABLES:
            return
        self.records.setdefault(table, set()).add(record_id)
        if person_id:
            self.people.add(person_id)

    def freeze(self) -> ChangeSet:
        return ChangeSet(
            frozenset(self.sources),
            frozenset(self.people),
            {name: frozenset(ids) for name, ids in self.records.items()},
            self.everyone,
        )


def pending(connection: Connection) -> _Pending:
    """The changes gathered so far in the transaction of ``connection``."""
    found = connection.info.get(_PENDING)
    if found is None:
        found = connection.info[_PENDING] = _Pending()
    return found


def take(connection: Connection) -> ChangeSet:
    """The gathered changes, forgotten by the connection (just before its commit)."""
    found = connection.info.pop(_PENDING, None)
    return found.freeze() if isinstance(found, _Pending) else ChangeSet()


def forget(connection_info: dict[Any, Any]) -> None:
    """Forget what was gathered (the connection went back to the pool: a rollback)."""
    connection_info.pop(_PENDING, None)


def note_source(connection: Connection, source: str) -> None:
    """Name what the transaction does ("sync", "import", "retention", "conflict")."""
    pending(connection).sources.add(source)


def _columns(connection: Connection, table: str) -> set[str]:
    return {row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def people_of(connection: Connection, table: str, ids: Iterable[str]) -> dict[str, str]:
    """For each record id now in ``table``, the person it belongs to ("" for team records)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    columns = _columns(connection, table)
    if table == "person":
        select = 'SELECT id, id FROM "person" WHERE id IN ({})'
    elif "person_id" in columns:
        select = f'SELECT id, person_id FROM "{table}" WHERE id IN ({{}})'
    elif table in THROUGH_PARENT and THROUGH_PARENT[table][1] in columns:
        parent, column = THROUGH_PARENT[table]
        select = (
            f'SELECT t.id, p.person_id FROM "{table}" t JOIN "{parent}" p ON p.id = t."{column}"'
            " WHERE t.id IN ({})"
        )
    else:
        return dict.fromkeys(wanted, "")
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        sql = select.format(", ".join("?" * len(chunk)))
        for record_id, person_id in connection.exec_driver_sql(sql, tuple(chunk)):
            found[str(record_id)] = str(person_id or "")
    return found


def rows_before(connection: Connection, rows: Mapping[str, Collection[str]]) -> dict[str, str]:
    """The people of rows about to be written or deleted with SQL (keyed "table/id")."""
    if sum(len(set(ids)) for ids in rows.values()) > MANY_ROWS:
        return {}
    found: dict[str, str] = {}
    for table, ids in rows.items():
        if table in QUIET_TABLES:
            continue
        for record_id, person_id in people_of(connection, table, ids).items():
            found[f"{table}/{record_id}"] = person_id
    return found


def note_rows(
    connection: Connection,
    rows: Mapping[str, Iterable[str]],
    *,
    before: Mapping[str, str] | None = None,
    source: str = "",
) -> None:
    """Note rows written or deleted with SQL; ``before`` from :func:`rows_before` for deletions."""
    gathered = pending(connection)
    if source:
        gathered.sources.add(source)
    wanted = {table: set(ids) for table, ids in rows.items() if table not in QUIET_TABLES}
    if sum(len(ids) for ids in wanted.values()) > MANY_ROWS:
        gathered.everyone = True
        for table, ids in wanted.items():
            gathered.records.setdefault(table, set()).update(ids)
        return
    for table, ids in wanted.items():
        now = people_of(connection, table, ids)
        for record_id in ids:
            person = now.get(record_id) or (before or {}).get(f"{table}/{record_id}", "")
            gathered.add(table, record_id, person)


def note_removed(
    connection: Connection, person_id: str, rows: Iterable[tuple[str, str]], *, source: str
) -> None:
    """Note a person's records deleted with SQL (a retention deletion)."""
    gathered = pending(connection)
    gathered.sources.add(source)
    gathered.people.add(person_id)
    for table, record_id in rows:
        gathered.add(table, record_id, person_id)


def _person_of(session: Session, obj: Any) -> str:
    table = obj.__table__.name
    if table == "person":
        return str(obj.id or "")
    if getattr(obj, "person_id", None):
        return str(obj.person_id)
    parent = THROUGH_PARENT.get(table)
    if parent is not None and getattr(obj, parent[1], None):
        found = (
            session.connection()
            .exec_driver_sql(
                f'SELECT person_id FROM "{parent[0]}" WHERE id = ?', (getattr(obj, parent[1]),)
            )
            .scalar()
        )
        return str(found or "")
    return ""


def attach(sessions: sessionmaker[Session]) -> None:
    """Gather every ORM change of a record made through ``sessions`` (seen at each flush)."""

    def after_flush(session: Session, _context: object) -> None:
        gathered = pending(session.connection())
        for obj in (*session.new, *session.deleted):
            if isinstance(obj, Record):
                gathered.add(obj.__table__.name, str(obj.id), _person_of(session, obj))  # type: ignore[attr-defined]
        for obj in session.dirty:
            if isinstance(obj, Record) and session.is_modified(obj):
                gathered.add(obj.__table__.name, str(obj.id), _person_of(session, obj))  # type: ignore[attr-defined]

    event.listen(sessions, "after_flush", after_flush)


Subscriber = Callable[[ChangeSet], Any]


class ChangePublisher:
    """Hands each committed :class:`ChangeSet` to every subscriber, in the committing thread."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.append(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def publish(self, changes: ChangeSet) -> None:
        """Tell every subscriber (nothing when nothing changed)."""
        if not changes:
            return
        changes = replace(changes, at=time.monotonic())
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber(changes)
