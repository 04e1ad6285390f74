"""The shape of an exchange file, derived from the domain model.

Every table of the dossier maps to a list of JSON objects with one field per column. A record
nested inside its parent (a residence inside its person, an agreement inside its PIP) leaves out
the column that points to the parent: the nesting says it. Derived columns (the search key) are
left out too; the importer computes them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, Table
from sqlalchemy import Enum as SqlEnum

from desktop.domain import model
from desktop.domain.enums import LEGACY_VALUES as ENUM_LEGACY_VALUES
from desktop.dossier.journal.models import ContactNote

FORMAT_NAME = "wegwijzer-exchange"
FORMAT_VERSION = 2
#: The versions this program reads; older ones are upgraded on import (:func:`upgrade`).
READABLE_VERSIONS = (1, 2)

#: Metadata every record carries, written first in each object.
RECORD_FIELDS = ("id", "created_at", "created_by", "changed_at", "changed_by")

#: Columns added after version 1 of the format was first written: optional in a file, with the
#: value a file without them means (a version-1 file of an older Wegwijzer stays readable).
ADDED_LATER: dict[tuple[str, str], object] = {
    ("trajectory", "melding_date"): None,
    ("trajectory", "vwn_begeleider"): "",
    ("trajectory", "linked_via"): None,
    ("trajectory", "duo_registered_on"): None,
    ("person", "termijn_besluit"): [],
    ("person", "exam_result"): [],
    ("person", "step_record"): [],
    ("person", "income_situation"): [],  # schema 9: the income situation of a person
}

#: Values an older file may hold that this version stores differently (see the domain enums).
LEGACY_VALUES = ENUM_LEGACY_VALUES

#: Columns never exchanged, per table: derived data.
DERIVED: dict[str, frozenset[str]] = {"person": frozenset({"search_key"})}


@dataclass(frozen=True)
class Part:
    """A table as it appears in the file: its key, the parent column it leaves out, children."""

    key: str
    model: type[Any]
    parent_column: str | None
    children: tuple[Part, ...] = ()
    single: bool = False  # one object (or null) instead of a list
    order_by: str = "created_at"

    @property
    def table(self) -> Table:
        table: Table = self.model.__table__
        return table

    def columns(self) -> list[Column[Any]]:
        """The exchanged columns: record metadata first, then the table's own, in table order."""
        skip = DERIVED.get(self.table.name, frozenset()) | {self.parent_column}
        cols = [c for c in self.table.columns if c.name not in skip]
        first = [c for name in RECORD_FIELDS for c in cols if c.name == name]
        return first + [c for c in cols if c.name not in RECORD_FIELDS]


_CHILDREN: dict[type[Any], tuple[Part, ...]] = {
    model.BredeIntake: (Part("domains", model.IntakeDomain, "intake_id", order_by="domain"),),
    model.Pip: (Part("agreements", model.PipAgreement, "pip_id", order_by="domain"),),
}
_ORDER: dict[type[Any], str] = {
    model.Residence: "start_date",
    model.Pip: "version",
    ContactNote: "on_date",
}


def _step_part(table_model: type[Any]) -> Part:
    return Part(
        key=str(table_model.__tablename__),
        model=table_model,
        parent_column="person_id",
        children=_CHILDREN.get(table_model, ()),
        order_by=_ORDER.get(table_model, "created_at"),
    )


CONSULTANTS = Part("consultants", model.Consultant, None, order_by="name")
HOUSEHOLDS = Part("households", model.Household, None, order_by="label")
TRAJECTORY = Part("trajectory", model.Trajectory, "person_id", single=True)
#: The parts nested in a person, in journey order: the trajectory, then every step table,
#: then the contact journal (version 2). Attachments are not exchanged: see the format's docs.
PERSON_PARTS: tuple[Part, ...] = (
    TRAJECTORY,
    *(_step_part(t) for t in model.PERSON_TABLES),
    _step_part(ContactNote),
)
PERSONS = Part("persons", model.Person, None, children=PERSON_PARTS, order_by="family_name")


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A checked document of an older version as the current version (a copy)."""
    if data.get("version") == 1:  # version 2 added the contact journal
        persons = [{**person, "contact_note": []} for person in data["persons"]]
        data = {**data, "version": 2, "persons": persons}
    return data


def all_parts() -> list[Part]:
    """Every part of the file, parents before children (the order to insert rows in)."""
    result: list[Part] = []

    def visit(part: Part) -> None:
        result.append(part)
        for child in part.children:
            visit(child)

    for top in (HOUSEHOLDS, CONSULTANTS, PERSONS):
        visit(top)
    return result


# -- values ----------------------------------------------------------------------------------


def format_datetime(value: datetime) -> str:
    """A moment as ISO 8601 in UTC with a ``Z`` (naive values are UTC already)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def parse_datetime(text: str) -> datetime:
    """The inverse of :func:`format_datetime`: a naive UTC datetime."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def to_json_value(column: Column[Any], value: Any) -> Any:
    """A column value as JSON: dates as ISO text, enums by their value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return format_datetime(value)
    if isinstance(kind, Date):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(kind, SqlEnum):
        return str(getattr(value, "value", value))
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Float):
        return float(value)
    return value


def from_json_value(column: Column[Any], value: Any) -> Any:
    """A JSON value as a column value; raises ValueError for a date that does not exist."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return parse_datetime(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Float):
        return float(value)
    return value
