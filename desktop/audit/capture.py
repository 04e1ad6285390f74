"""The one hook point for changes: every ORM write of a dossier record is audited.

A listener on the store's sessions sees each flush (new, changed and deleted records, and
which columns changed) and each bulk ``DELETE`` statement, and appends entries in the same
transaction: a change and its audit entry are committed together or not at all. Values are
never read into the trail, only the names of changed columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Delete, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from desktop.audit.trail import Action, append
from desktop.domain.model import Record

if TYPE_CHECKING:
    from desktop.store import Store

#: Tables whose writes are audited explicitly (or not at all) rather than here.
NOT_CAPTURED = frozenset({"audit_entry", "app_user", "tombstone"})
#: Bookkeeping columns: their change alone is not worth an entry.
QUIET = frozenset({"changed_at", "changed_by", "created_at", "created_by", "search_key"})
#: Tables whose records belong to a person through a parent: table -> (parent, column).
THROUGH_PARENT = {
    "intake_domain": ("brede_intake", "intake_id"),
    "pip_agreement": ("pip", "pip_id"),
}


def person_of(connection: Connection, table: str, row: dict[str, Any]) -> str:
    """The person a record belongs to ("" for team records such as a consultant)."""
    if table == "person":
        return str(row.get("id") or "")
    if row.get("person_id"):
        return str(row["person_id"])
    parent = THROUGH_PARENT.get(table)
    if parent is None or not row.get(parent[1]):
        return ""
    found = connection.exec_driver_sql(
        f'SELECT person_id FROM "{parent[0]}" WHERE id = ?', (row[parent[1]],)
    ).scalar()
    return str(found or "")


def _audited(obj: object) -> bool:
    return isinstance(obj, Record) and obj.__table__.name not in NOT_CAPTURED  # type: ignore[attr-defined]


def _changed_columns(obj: object) -> list[str]:
    state = inspect(obj)
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in QUIET and state.attrs[attr.key].history.has_changes()
    ]


def _flushed(session: Session) -> Iterator[tuple[Action, Any, list[str]]]:
    for obj in session.new:
        if _audited(obj):
            yield Action.CREATE, obj, []
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj):
            fields = _changed_columns(obj)
            if fields:
                yield Action.CHANGE, obj, fields
    for obj in session.deleted:
        if _audited(obj):
            yield Action.DELETE, obj, []


def attach(store: Store, sessions: sessionmaker[Session]) -> None:
    """Audit every ORM change made through ``sessions`` as ``store.user``."""

    def after_flush(session: Session, _context: object) -> None:
        changes = list(_flushed(session))
        if not changes:
            return
        connection = session.connection()
        for action, obj, fields in changes:
            table = obj.__table__.name
            row = {k: getattr(obj, k, None) for k in ("id", "person_id", "intake_id", "pip_id")}
            append(
                connection,
                actor=store.user,
                action=action,
                person_id=person_of(connection, table, row),
                record_table=table,
                record_id=str(obj.id),
                fields=fields,
            )

    def bulk_delete(state: ORMExecuteState) -> None:
        statement = state.statement
        if not (state.is_delete and isinstance(statement, Delete)):
            return
        table = statement.table
        name = getattr(table, "name", "")
        if name in NOT_CAPTURED or "changed_at" not in getattr(table, "c", {}):
            return
        columns = [table.c.id] + [
            table.c[k] for k in ("person_id", "intake_id", "pip_id") if k in table.c
        ]
        query = select(*columns)
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        connection = state.session.connection()
        for found in connection.execute(query).mappings().all():
            append(
                connection,
                actor=store.user,
                action=Action.DELETE,
                person_id=person_of(connection, name, dict(found)),
                record_table=name,
                record_id=str(found["id"]),
            )

    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "do_orm_execute", bulk_delete)
