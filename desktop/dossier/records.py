"""What the list-of-records forms share: residences and participation activities.

Each is a list of periods per person that the consultant adds to, edits and removes from.
Saving validates (Dutch messages per field), writes one record in one transaction and drops
the form's draft in it; the draft remembers which record was being edited (``RECORD_KEY``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.model import PersonId
from desktop.dossier.validation import FieldError, Raw, format_date, parse_date
from desktop.messages import N_, message

#: The draft key holding the id of the record being edited (absent or "" for a new one).
RECORD_KEY = "record_id"

#: How far ahead a date may lie: a planned move or an activity agreed for next season, but
#: not a typing slip such as 2052 for 2025.
MAX_AHEAD = timedelta(days=366)


def record_of(session: Session, table: Any, person_id: PersonId, record_id: str) -> Any:
    """One record of the person; LookupError when it is gone or belongs to someone else."""
    record = session.get(table, record_id)
    if record is None or record.person_id != person_id:
        raise LookupError(f"{table.__tablename__} {record_id} hoort niet bij deze persoon")
    return record


def _date_or_none(raw: Raw) -> date | None:
    try:
        return parse_date(raw)
    except ValueError:
        return None  # reported by parse_form


def too_far_ahead(
    values: Mapping[str, Raw], names: tuple[str, ...], today: date
) -> list[FieldError]:
    """A message for each date that lies more than a year ahead (checked on the typed values,
    so that it appears together with the form's other messages)."""
    limit = today + MAX_AHEAD
    errors = []
    for name in names:
        day = _date_or_none(values.get(name))
        if day is not None and day > limit:
            errors.append(FieldError(name, message(
                N_("Deze datum ligt te ver in de toekomst (na {date}). Klopt het jaartal?"),
                date=format_date(limit),
            )))  # fmt: skip
    return errors


def remove_record(session: Session, table: Any, person_id: PersonId, record_id: str) -> None:
    """Delete one record of the person (checked to be theirs)."""
    record_of(session, table, person_id, record_id)
    session.execute(delete(table).where(table.id == record_id))


def records_of(session: Session, table: Any, person_id: PersonId) -> list[Any]:
    """The person's records, oldest start first (undated last)."""
    query = select(table).where(table.person_id == person_id)
    records = list(session.scalars(query))
    records.sort(key=lambda r: (r.start_date is None, r.start_date or date.min, r.created_at))
    return records


def editing_id(values: Mapping[str, Raw]) -> str | None:
    """The record a form's values belong to (None for a new record)."""
    raw = values.get(RECORD_KEY)
    return raw.strip() or None if isinstance(raw, str) else None
