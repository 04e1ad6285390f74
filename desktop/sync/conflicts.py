"""Open conflicts as the consultant sees them, and choosing a value.

A choice is an ordinary local edit made with full knowledge: its context knows every head,
so it supersedes them all, here and, after the next sync, on every laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from desktop import changes
from desktop.domain.text import display_name
from desktop.store import Store
from desktop.sync import ledger
from desktop.sync.capture import capture_local_changes
from desktop.sync.hlc import Stamp
from desktop.sync.materialize import DUPLICATE, ORPHAN, materialize
from desktop.sync.register import Version, heads, resolve_row, winner
from desktop.sync.tables import DELETED_FIELD, table_named

KIND_LABELS = {
    "value": "Op twee laptops verschillend gewijzigd",
    "deleted": "Verwijderd op de ene laptop, gewijzigd op de andere",
    DUPLICATE: "Dubbel: hetzelfde gegeven (bijv. BSN) bij twee records",
    ORPHAN: "Hoort bij een record dat elders is verwijderd",
}


@dataclass(frozen=True)
class Option:
    """One value the consultant can choose: who set it, and when."""

    value: Any
    by: str
    at: str
    device: str
    shown: bool  # the value shown now (the deterministic winner)

    @property
    def label(self) -> str:
        if self.value is True:
            return "verwijderd"
        if self.value is False:
            return "bewaard"
        return "(leeg)" if self.value in (None, "") else str(self.value)


@dataclass(frozen=True)
class Conflict:
    """An open conflict on one field of one record."""

    tbl: str
    row_id: str
    field: str
    kind: str
    options: tuple[Option, ...]
    record: str = ""  # whose record, for the screen: "Haddad, Rami", "Anna de Vries"

    @property
    def description(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def _when(version: Version) -> str:
    if version.at:
        return version.at[:16]
    millis = Stamp.decode(version.hlc).millis
    return datetime.fromtimestamp(millis / 1000, UTC).strftime("%Y-%m-%d %H:%M")


def _options(versions: list[Version], field: str, kind: str) -> tuple[Option, ...]:
    if kind in (DUPLICATE, ORPHAN):
        found = heads(versions, field)
        top = winner(found)
        return (
            Option(top.value_of(field), top.by, _when(top), top.device, True),
            Option(None, "", "", "", False),
        )
    found = heads(versions, field)
    top = winner(found)
    if kind == "deleted" and all(v.value_of(field) is True for v in found):
        # Deleted here, edited there: offer to keep it, in the name of the latest edit.
        edits = [v for v in versions if v.field not in (DELETED_FIELD,) and not v.known_by(top.ctx)]
        edit = winner(edits) if edits else top
        return (
            Option(True, top.by, _when(top), top.device, True),
            Option(False, edit.by, _when(edit), edit.device, False),
        )
    seen: dict[str, Option] = {}
    for version in sorted(found, key=lambda v: v.hlc, reverse=True):
        value = version.value_of(field)
        seen.setdefault(
            repr(value), Option(value, version.by, _when(version), version.device, version is top)
        )
    return tuple(seen.values())


def list_conflicts(store: Store) -> list[Conflict]:
    """Every open conflict, with the values to choose from (newest first)."""
    with store.reading() as session:
        connection = session.connection()
        rows = list(
            connection.exec_driver_sql(
                "SELECT tbl, row_id, field, kind FROM sync_conflict ORDER BY tbl, row_id, field"
            )
        )
        found = []
        for tbl, row_id, field, kind in rows:
            versions = ledger.load_versions(connection, tbl, [row_id]).get(row_id, [])
            if versions:
                record = _record_label(connection, tbl, versions)
                options = _options(versions, field, kind)
                found.append(Conflict(tbl, row_id, field, kind, options, record))
    return found


def _values(versions: list[Version], tbl: str) -> dict[str, Any]:
    table = table_named(tbl)
    outcome = resolve_row(versions, table.fields) if table else None
    return outcome.values if outcome else {}


def _record_label(connection: Any, tbl: str, versions: list[Version]) -> str:
    """A short name for the record: the person's or consultant's name, or the person's."""
    values = _values(versions, tbl)
    if tbl == "person":
        return display_name(values.get("family_name", ""), values.get("given_names", ""))
    if "name" in values:
        return str(values["name"])
    person_id = values.get("person_id")
    if person_id:
        person = ledger.load_versions(connection, "person", [person_id]).get(person_id, [])
        return _record_label(connection, "person", person) if person else ""
    return ""


def resolve(
    store: Store,
    conflict: Conflict,
    option: Option,
    *,
    then: Callable[[Connection, str], None] | None = None,
) -> None:
    """Choose ``option`` for the conflict: new local versions that supersede every head.

    ``then(connection, person_id)`` runs in the same transaction once the choice is written.
    """
    table = table_named(conflict.tbl)
    if table is None:
        return
    with store.transaction() as session:
        connection = session.connection()
        changes.note_source(connection, "conflict")
        author = ledger.Author.load(connection)
        captured = capture_local_changes(connection, author, store.user)  # keep unsent edits
        author.freeze_context()

        def make(tbl: str, row_id: str, field: str, value: Any) -> Version:
            return author.make(tbl, row_id, field, value, "", store.user)

        made: list[Version] = []
        field, value = conflict.field, option.value
        if conflict.kind in (DUPLICATE, ORPHAN) and value is None and not table.nullable(field):
            made.append(make(table.name, conflict.row_id, DELETED_FIELD, True))  # let it go
        else:
            made.append(make(table.name, conflict.row_id, field, value))
        if conflict.kind == ORPHAN and value is not None:
            parent = next(fk.parent for fk in table.foreign_keys if fk.column == field)
            made.append(make(parent, str(value), DELETED_FIELD, False))
        if field == DELETED_FIELD and value is False:
            made += _parents(connection, table.name, conflict.row_id, make)
        touched = ledger.add_versions(connection, made)
        for tbl, ids in captured.touched.items():
            touched.setdefault(tbl, set()).update(ids)
        materialize(connection, touched)
        author.save(connection)
        if then is not None:  # in the same transaction: e.g. the audit entry of the choice
            person = changes.people_of(connection, table.name, [conflict.row_id])
            then(connection, person.get(conflict.row_id, ""))


def _parents(
    connection: Any, tbl: str, row_id: str, make: Callable[[str, str, str, Any], Version]
) -> list[Version]:
    """Keeping a record whose parent was deleted elsewhere brings the parent back too."""
    table = table_named(tbl)
    versions = ledger.load_versions(connection, tbl, [row_id]).get(row_id, [])
    if table is None or not versions:
        return []
    made = []
    for fk in table.foreign_keys:
        parent_id = winner(heads(versions, fk.column)).value_of(fk.column)
        if parent_id and _is_deleted(connection, fk.parent, str(parent_id)):
            made.append(make(fk.parent, str(parent_id), DELETED_FIELD, False))
    return made


def _is_deleted(connection: Any, tbl: str, row_id: str) -> bool:
    found = connection.exec_driver_sql(
        "SELECT shown FROM sync_row WHERE tbl = ? AND row_id = ?", (tbl, row_id)
    ).first()
    return found is not None and not found[0]
