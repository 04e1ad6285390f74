"""Writing the dossier (or some people of it) as an exchange document."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import desktop
from desktop.domain.model import utcnow
from desktop.exchange.layout import (
    CONSULTANTS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HOUSEHOLDS,
    PERSONS,
    TRAJECTORY,
    Part,
    format_datetime,
    to_json_value,
)

_CHUNK = 500  # ids per IN (...) clause, well below SQLite's variable limit
_STREAM_CHUNK = 1000  # people per step of a streamed export (memory stays bounded)

Row = dict[str, Any]


def _select(
    session: Session, part: Part, column: str | None = None, ids: Sequence[str] | None = None
) -> list[Row]:
    """Rows of a part's table as plain dicts, all or those whose ``column`` is in ``ids``."""
    table = part.table
    if column is None or ids is None:
        return [dict(r) for r in session.execute(select(table)).mappings()]
    rows: list[Row] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(table).where(table.c[column].in_(chunk))
        rows.extend(dict(r) for r in session.execute(query).mappings())
    return rows


def _sort_key(part: Part, row: Row) -> tuple[bool, str, str]:
    value = row.get(part.order_by)
    if isinstance(value, date | datetime):
        text = value.isoformat()
    elif isinstance(value, int):
        text = f"{value:012d}"
    else:
        text = "" if value is None else str(value)
    return (value is None, text, str(row["id"]))


def _to_json(part: Part, row: Row) -> dict[str, Any]:
    return {c.name: to_json_value(c, row[c.name]) for c in part.columns()}


def _nest(session: Session, part: Part, parent_ids: Sequence[str] | None) -> dict[str, list[Any]]:
    """JSON objects of ``part`` grouped by parent id, with their own children nested."""
    assert part.parent_column is not None
    rows = _select(session, part, part.parent_column, parent_ids)
    rows.sort(key=lambda r: _sort_key(part, r))
    own_ids = [str(r["id"]) for r in rows]
    nested = {
        child.key: _nest(session, child, own_ids if parent_ids is not None else None)
        for child in part.children
    }
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        obj = _to_json(part, row)
        for child in part.children:
            obj[child.key] = nested[child.key].get(str(row["id"]), [])
        grouped[str(row[part.parent_column])].append(obj)
    return grouped


def _top(session: Session, part: Part, ids: Iterable[str] | None) -> list[dict[str, Any]]:
    rows = _select(session, part, "id", sorted(set(ids)) if ids is not None else None)
    rows.sort(key=lambda r: _sort_key(part, r))
    return [_to_json(part, r) for r in rows]


def _persons(
    session: Session, rows: list[Row], scope: Sequence[str] | None
) -> list[dict[str, Any]]:
    """The JSON objects of these people (sorted), their children nested."""
    nested = {child.key: _nest(session, child, scope) for child in PERSONS.children}
    persons: list[dict[str, Any]] = []
    for row in rows:
        obj = _to_json(PERSONS, row)
        for child in PERSONS.children:
            found = nested[child.key].get(str(row["id"]), [])
            obj[child.key] = (found[0] if found else None) if child.single else found
        persons.append(obj)
    return persons


def _envelope(
    consultants: list[dict[str, Any]],
    households: list[dict[str, Any]],
    persons: list[dict[str, Any]],
    exported_at: datetime | None,
) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_datetime(exported_at or utcnow()),
        "app_version": desktop.__version__,
        "consultants": consultants,
        "households": households,
        "persons": persons,
    }


def export_data(
    session: Session,
    person_ids: Iterable[str] | None = None,
    *,
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """The exchange document of every person, or of ``person_ids`` only.

    A partial export holds the households and consultants those people refer to; a full export
    holds them all. Lists are sorted by content, so exporting the same data gives the same JSON.
    (A large export is written with :func:`write_export`, which holds a thousand people at a
    time, not the whole document.)
    """
    wanted = sorted(set(person_ids)) if person_ids is not None else None
    people = _select(session, PERSONS, "id", wanted)
    people.sort(key=_person_order)
    ids = [str(r["id"]) for r in people]
    persons = _persons(session, people, ids if wanted is not None else None)
    if wanted is None:
        households, consultants = _top(session, HOUSEHOLDS, None), _top(session, CONSULTANTS, None)
    else:
        household_ids = {p["household_id"] for p in persons if p["household_id"]}
        consultant_ids = {
            p["trajectory"]["consultant_id"]
            for p in persons
            if p["trajectory"] and p["trajectory"]["consultant_id"]
        }
        households = _top(session, HOUSEHOLDS, household_ids)
        consultants = _top(session, CONSULTANTS, consultant_ids)
    return _envelope(consultants, households, persons, exported_at)


def _person_order(row: Row) -> tuple[Any, ...]:
    return (row["family_name"], row["given_names"], row["id"])


def _referred(session: Session, ids: Sequence[str]) -> tuple[set[str], set[str]]:
    """The households and consultants the given people refer to."""
    households: set[str] = set()
    consultants: set[str] = set()
    person, trajectory = PERSONS.table, TRAJECTORY.table
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(person.c.household_id).where(person.c.id.in_(chunk))
        households.update(str(v) for v in session.scalars(query) if v)
        query = select(trajectory.c.consultant_id).where(trajectory.c.person_id.in_(chunk))
        consultants.update(str(v) for v in session.scalars(query) if v)
    return households, consultants


def person_ids_in_order(session: Session, person_ids: Iterable[str] | None = None) -> list[str]:
    """The ids of every person (or of those given that exist), in the file's order."""
    table = PERSONS.table
    query = select(table.c.id, table.c.family_name, table.c.given_names)
    wanted = sorted(set(person_ids)) if person_ids is not None else None
    rows: list[Row] = []
    if wanted is None:
        rows = [dict(r) for r in session.execute(query).mappings()]
    else:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            found = session.execute(query.where(table.c.id.in_(chunk))).mappings()
            rows += [dict(r) for r in found]
    rows.sort(key=_person_order)
    return [str(r["id"]) for r in rows]


def _person_chunks(session: Session, ids: list[str]) -> Iterator[dict[str, Any]]:
    for start in range(0, len(ids), _STREAM_CHUNK):
        chunk = ids[start : start + _STREAM_CHUNK]
        rows = _select(session, PERSONS, "id", chunk)
        rows.sort(key=_person_order)
        yield from _persons(session, rows, chunk)


def write_export(
    session: Session,
    out: IO[bytes],
    person_ids: Iterable[str] | None = None,
    *,
    exported_at: datetime | None = None,
) -> int:
    """Write the exchange document to ``out`` a thousand people at a time; returns how many.

    The bytes are those of ``dumps(export_data(...))``: the same data gives the same file.
    """
    ids = person_ids_in_order(session, person_ids)
    if person_ids is None:
        households, consultants = _top(session, HOUSEHOLDS, None), _top(session, CONSULTANTS, None)
    else:
        household_ids, consultant_ids = _referred(session, ids)
        households = _top(session, HOUSEHOLDS, household_ids)
        consultants = _top(session, CONSULTANTS, consultant_ids)
    head = json.dumps(_envelope(consultants, households, [], exported_at), indent=2,
                      ensure_ascii=False)  # fmt: skip
    if not ids:
        out.write((head + "\n").encode("utf-8"))
        return 0
    assert head.endswith('"persons": []\n}')
    out.write((head[: -len("[]\n}")] + "[\n").encode("utf-8"))
    for number, person in enumerate(_person_chunks(session, ids)):
        text = json.dumps(person, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        out.write(((",\n" if number else "") + "    " + text).encode("utf-8"))
    out.write(b"\n  ]\n}\n")
    return len(ids)


def dumps(document: dict[str, Any]) -> bytes:
    """An exchange document as the bytes of a file: UTF-8, indented, non-ASCII kept readable."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
