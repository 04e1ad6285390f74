"""Reading an exchange document into the store: checked first, then written in one transaction.

Either every record of the file is written, or nothing is: all checks run before the first
insert, and the inserts share one transaction that is rolled back on any failure.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop import changes
from desktop.audit.trail import Action, append
from desktop.domain.bsn import bsn_message
from desktop.domain.model import Consultant, Household, Person
from desktop.domain.text import display_name, person_search_key
from desktop.exchange.errors import (
    DuplicatePerson,
    DuplicateRecord,
    ExchangeError,
    ImportTooDeep,
    ImportTooLarge,
    ImpossibleDate,
    InvalidBsnInFile,
    MalformedJson,
    NotAnExchangeFile,
    SchemaViolation,
    UnknownReference,
    UnsupportedVersion,
)
from desktop.exchange.layout import (
    ADDED_LATER,
    CONSULTANTS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HOUSEHOLDS,
    LEGACY_VALUES,
    PERSONS,
    READABLE_VERSIONS,
    Part,
    all_parts,
    from_json_value,
    upgrade,
)
from desktop.exchange.schema import validate
from desktop.messages import N_, message
from desktop.store import Store

log = logging.getLogger(__name__)
_CHUNK = 300
_OLDEST_BIRTH = date(1900, 1, 1)

#: Pairs of (earlier, later) date fields per table that cannot be the other way round.
_ORDERED_DATES: dict[str, tuple[tuple[str, str], ...]] = {
    "trajectory": (
        ("koppeling_date", "end_date"),
        ("voorinburgering_start", "voorinburgering_end"),
    ),
    "residence": (("start_date", "end_date"),),
    "brede_intake": (("started_on", "completed_on"),),
    "starterz": (("started_on", "advice_on"),),
    "pip": (("drafted_on", "signed_on"),),
    "pvt": (("started_on", "signed_on"),),
    "map_module": (("started_on", "completed_on"),),
    "ontzorgen": (("start_date", "end_date"),),
    "participation_activity": (("start_date", "end_date"),),
}


@dataclass(frozen=True)
class ImportSummary:
    """What an import added (existing consultants and households are kept, not duplicated)."""

    persons: int
    households: int
    consultants: int
    records: int
    households_existing: int = 0
    consultants_existing: int = 0


@dataclass
class _Plan:
    """The rows to insert per table, and where each person came from in the file."""

    today: date
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)  # record id -> path in the file
    people: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------


#: The largest exchange file read (a caseload of 50,000 people is far below it).
MAX_IMPORT_BYTES = 256 * 1024 * 1024
#: The deepest nesting read: an exchange document is about six levels deep.
MAX_IMPORT_DEPTH = 32


def _check_depth(value: Any, limit: int = MAX_IMPORT_DEPTH) -> None:
    """ImportTooDeep when ``value`` nests lists and objects deeper than ``limit``."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                raise ImportTooDeep(limit)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


def parse_exchange(raw: bytes | str) -> Any:
    """JSON text (UTF-8) as Python data; MalformedJson says on which line it breaks.

    Refuses (in Dutch) files over :data:`MAX_IMPORT_BYTES` and JSON nested deeper than
    :data:`MAX_IMPORT_DEPTH`, before anything is imported.
    """
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportTooLarge(MAX_IMPORT_BYTES // (1024 * 1024))
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            before = raw[: error.start]
            line = before.count(b"\n") + 1
            column = error.start - (before.rfind(b"\n") + 1) + 1
            raise MalformedJson(line, column, message(N_("geen UTF-8-tekst"))) from error
    else:
        text = raw
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MalformedJson(error.lineno, error.colno) from error
    except RecursionError:  # nested deeper than Python's parser goes
        raise ImportTooDeep(MAX_IMPORT_DEPTH) from None
    _check_depth(data)
    return data


def read_exchange_file(path: Path) -> Any:
    """Read and parse an exchange file; ExchangeError when it cannot be read."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:  # before reading it into memory
            raise ImportTooLarge(MAX_IMPORT_BYTES // (1024 * 1024))
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError(
            N_("Het bestand {name} kan niet worden gelezen ({reason})."),
            name=path.name,
            reason=error.strerror,
        ) from error
    return parse_exchange(raw)


def check_envelope(data: Any) -> None:
    """Refuse what is not a Wegwijzer exchange document of a version this program reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise NotAnExchangeFile()
    version = data.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise UnsupportedVersion(version, FORMAT_VERSION)


# -- planning --------------------------------------------------------------------------------


def _name(person: dict[str, Any]) -> str:
    return display_name(person["family_name"], person["given_names"]) or "Een persoon"


def _walk(
    plan: _Plan, part: Part, objects: list[dict[str, Any]], base: str, parent_id: str | None
) -> None:
    """Convert objects of one part (and their children) to rows, checking ids and dates."""
    rows = plan.rows.setdefault(part.table.name, [])
    columns = part.columns()
    for index, obj in enumerate(objects):
        where = base if part.single else f"{base}[{index}]"
        row: dict[str, Any] = {}
        for column in columns:
            later = (part.table.name, column.name)
            if later in ADDED_LATER and column.name not in obj:
                row[column.name] = ADDED_LATER[later]
                continue
            value = obj[column.name]
            legacy = LEGACY_VALUES.get(later, {})
            if isinstance(value, str) and value in legacy:
                value = legacy[value]
                if later == ("pip", "route"):  # keep what the old file said
                    note = "Was route StarterZ-klas (ouder uitwisselbestand)."
                    obj = {
                        **obj,
                        "change_reason": f"{obj.get('change_reason') or ''} {note}".strip(),
                    }
            try:
                row[column.name] = from_json_value(column, value)
            except ValueError as error:
                raise SchemaViolation(
                    f"{where}.{column.name}", message(N_("geen bestaande datum"))
                ) from error
        if part.parent_column:
            row[part.parent_column] = parent_id
        first = plan.where.setdefault(row["id"], where)
        if first != where:
            raise DuplicateRecord(where, message(N_("dezelfde id als {first}"), first=first))
        _check_order(part.table.name, row, where)
        rows.append(row)
        for child in part.children:
            later = (part.table.name, child.key)
            nested: Any = (
                obj[child.key]
                if child.key in obj or later not in ADDED_LATER
                else ADDED_LATER[later]
            )
            children = ([nested] if nested is not None else []) if child.single else nested
            _walk(plan, child, children, f"{where}.{child.key}", row["id"])


def _check_order(table: str, row: dict[str, Any], where: str) -> None:
    for earlier, later in _ORDERED_DATES.get(table, ()):
        first, second = row.get(earlier), row.get(later)
        if first is not None and second is not None and second < first:
            raise ImpossibleDate(
                f"{where}.{later}",
                message(
                    N_("{second} ligt vóór {earlier} ({first})"),
                    second=second,
                    earlier=earlier,
                    first=first,
                ),
            )


def _check_person(
    plan: _Plan,
    person: dict[str, Any],
    row: dict[str, Any],
    where: str,
    seen: dict[tuple[str, str], str],
) -> None:
    name = _name(person)
    born = row["birth_date"]
    if born is not None and born > plan.today:
        raise ImpossibleDate(
            f"{where}.birth_date",
            message(N_("de geboortedatum van {name} ligt in de toekomst"), name=name),
        )
    if born is not None and born < _OLDEST_BIRTH:
        raise ImpossibleDate(
            f"{where}.birth_date",
            message(N_("de geboortedatum van {name} is vóór 1900"), name=name),
        )
    if row["bsn"] is not None:
        problem = bsn_message(row["bsn"])
        if problem:
            raise InvalidBsnInFile(f"{where}.bsn", name, problem)
    for key, label in (("bsn", "BSN"), ("v_nummer", "V-nummer")):
        if row[key] is not None:
            other = seen.setdefault((key, row[key]), where)
            if other != where:
                raise DuplicateRecord(
                    where,
                    message(
                        N_("{name} heeft hetzelfde {label} als {other}"),
                        name=name,
                        label=label,
                        other=other,
                    ),
                )
    trajectory = person["trajectory"]
    koppeling = trajectory and trajectory["koppeling_date"]
    for index, talk in enumerate(person["koffie_en_koek"]):
        if koppeling and talk["held_on"] and talk["held_on"] < koppeling:
            raise ImpossibleDate(
                f"{where}.koffie_en_koek[{index}].held_on",
                message(
                    N_("het Koffie en Koek gesprek ({held_on}) is vóór de koppeling ({koppeling})"),
                    held_on=talk["held_on"],
                    koppeling=koppeling,
                ),
            )


def _plan(data: dict[str, Any], today: date) -> _Plan:
    plan = _Plan(today=today)
    _walk(plan, HOUSEHOLDS, data["households"], "households", None)
    _walk(plan, CONSULTANTS, data["consultants"], "consultants", None)
    _walk(plan, PERSONS, data["persons"], "persons", None)
    seen: dict[tuple[str, str], str] = {}
    for index, (person, row) in enumerate(zip(data["persons"], plan.rows["person"], strict=True)):
        where = f"persons[{index}]"
        row["search_key"] = person_search_key(
            row["given_names"], row["family_name"], row["name_original"]
        )
        _check_person(plan, person, row, where, seen)
        plan.people.append((where, row))
    return plan


# -- checking against the database ---------------------------------------------------------


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _existing_ids(session: Session, part: Part, ids: list[str]) -> set[str]:
    column = part.table.c["id"]
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _tail(number: str) -> str:
    return "…" + number[-3:]


def _check_people(session: Session, plan: _Plan) -> None:
    for chunk in _chunks(plan.people):
        ids = [r["id"] for _, r in chunk]
        bsns = [r["bsn"] for _, r in chunk if r["bsn"]]
        vnrs = [r["v_nummer"] for _, r in chunk if r["v_nummer"]]
        query = select(Person.id, Person.bsn, Person.v_nummer).where(
            or_(Person.id.in_(ids), Person.bsn.in_(bsns), Person.v_nummer.in_(vnrs))
        )
        found = session.execute(query).all()
        if not found:
            continue
        known_ids = {f.id for f in found}
        known_bsn = {f.bsn for f in found if f.bsn}
        known_vnr = {f.v_nummer for f in found if f.v_nummer}
        for where, row in chunk:
            reason = None
            if row["id"] in known_ids:
                reason = message(N_("zelfde id (UUID)"))
            elif row["bsn"] in known_bsn:
                reason = message(N_("zelfde BSN (eindigt op {tail})"), tail=_tail(row["bsn"]))
            elif row["v_nummer"] in known_vnr:
                reason = message(
                    N_("zelfde V-nummer (eindigt op {tail})"), tail=_tail(row["v_nummer"])
                )
            if reason:
                log.warning("Import geweigerd: persoon %s staat al in de database", where)
                raise DuplicatePerson(where, _name(row), reason)


def _check_references(session: Session, plan: _Plan, known: dict[str, set[str]]) -> None:
    wanted = {
        "household": {r["household_id"] for r in plan.rows["person"] if r["household_id"]},
        "consultant": {
            r["consultant_id"] for r in plan.rows.get("trajectory", []) if r["consultant_id"]
        },
    }
    for table, model in (("household", Household), ("consultant", Consultant)):
        missing = wanted[table] - known[table]
        if missing:
            present: set[str] = set()
            for chunk in _chunks(sorted(missing)):
                present.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
            for ref in sorted(missing - present):
                column = "household_id" if table == "household" else "consultant_id"
                rows = plan.rows["person"] if table == "household" else plan.rows["trajectory"]
                row = next(r for r in rows if r[column] == ref)
                what = message(N_("huishouden") if table == "household" else N_("consulent"))
                raise UnknownReference(f"{plan.where[row['id']]}.{column}", what)


def import_data(store: Store, data: Any, *, today: date) -> ImportSummary:
    """Check an exchange document and add its records to the store, all or nothing.

    Consultants and households whose id is already in the database are kept as they are;
    a person already in the database (same id, BSN or V-nummer) stops the import.
    """
    check_envelope(data)
    validate(data)  # against the schema of the file's own version
    data = upgrade(data)
    plan = _plan(data, today)
    written = 0
    with store.transaction() as session:
        _check_people(session, plan)
        existing: dict[str, set[str]] = {}
        for part in (HOUSEHOLDS, CONSULTANTS):
            rows = plan.rows[part.table.name]
            existing[part.table.name] = _existing_ids(session, part, [r["id"] for r in rows])
        known = {name: {r["id"] for r in plan.rows[name]} for name in ("household", "consultant")}
        _check_references(session, plan, known)
        for part in all_parts():
            name = part.table.name
            rows = [r for r in plan.rows.get(name, []) if r["id"] not in existing.get(name, ())]
            if part not in (HOUSEHOLDS, CONSULTANTS, PERSONS):
                clash = _existing_ids(session, part, [r["id"] for r in rows])
                if clash:
                    raise DuplicateRecord(
                        plan.where[min(clash)], message(N_("deze id staat al in de database"))
                    )
            if rows:
                try:
                    session.execute(insert(part.table), rows)
                except IntegrityError as error:
                    raise DuplicateRecord(
                        name, message(N_("een gegeven staat al in de database"))
                    ) from error
                written += len(rows)
                changes.note_rows(session.connection(), {name: [str(r["id"]) for r in rows]},
                                  source="import")  # fmt: skip
        for person in plan.rows["person"]:  # audited in the same transaction: all or nothing
            append(session.connection(), actor=store.user, action=Action.IMPORT,
                   person_id=str(person["id"]), record_table="person",
                   record_id=str(person["id"]), detail="uitwisselbestand")  # fmt: skip
    summary = ImportSummary(
        persons=len(plan.rows["person"]),
        households=len(plan.rows["household"]) - len(existing["household"]),
        consultants=len(plan.rows["consultant"]) - len(existing["consultant"]),
        records=written,
        households_existing=len(existing["household"]),
        consultants_existing=len(existing["consultant"]),
    )
    log.info("Import: %d personen, %d records", summary.persons, summary.records)
    return summary
