"""A person's income situation over time: uitkering (bijstand), werk or studie, with dates.

The report counts from it how many statushouders left welfare for work or study 3 to 7 years
after settling (001 §3.3, indicator 2: target 36% work, 20% study); without these periods that
indicator could not be computed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.enums import IncomeKind
from desktop.domain.model import IncomeSituation, PersonId
from desktop.dossier.checks import Anchors, parse_form, raw_value
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.operations import Saved, drop_draft
from desktop.dossier.records import (
    editing_id,
    record_of,
    records_of,
    remove_record,
    too_far_ahead,
)
from desktop.dossier.validation import FieldError, Raw, ValidationFailed
from desktop.messages import N_, message
from desktop.store import Store

INCOME = FormSpec(
    "income",
    (
        FieldSpec("kind", Kind.CHOICE, tuple(k.value for k in IncomeKind), need=Need.ALWAYS),
        FieldSpec("start_date", Kind.DATE, need=Need.ALWAYS),
        FieldSpec("end_date", Kind.DATE, not_before=("start_date",)),
        FieldSpec("note", Kind.NOTE),
    ),
    IncomeSituation,
    many=True,
)

OVERLAP = N_("Er loopt in deze periode al een uitkering; beëindig die eerst.")


@dataclass(frozen=True)
class IncomeRow:
    """One period of income as the dossier lists it."""

    record_id: str
    kind: IncomeKind
    start_date: date
    end_date: date | None
    note: str

    def values(self) -> dict[str, Raw]:
        """The period as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in INCOME.fields}


def load_income(session: Session, person_id: PersonId) -> list[IncomeRow]:
    """Every income period of the person, oldest first."""
    return [
        IncomeRow(r.id, r.kind, r.start_date, r.end_date, r.note)
        for r in records_of(session, IncomeSituation, person_id)
    ]


def _overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return a_start <= (b_end or date.max) and b_start <= (a_end or date.max)


def save_income(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add an income period, or change the one named by ``values["record_id"]``.

    Two uitkeringen may not overlap (a household has one benefit); work and study may run
    alongside anything (part-time work next to a benefit is common).
    """
    record_id = editing_id(values)
    errors: list[FieldError] = list(too_far_ahead(values, ("start_date", "end_date"), today))
    try:
        parsed = parse_form(INCOME, values, today=today, anchors=Anchors())
    except ValidationFailed as failed:
        raise ValidationFailed([*failed.errors, *errors]) from None
    if errors:
        raise ValidationFailed(errors)
    kind = IncomeKind(parsed["kind"])
    with store.transaction() as session:
        if kind is IncomeKind.UITKERING:
            others = [r for r in records_of(session, IncomeSituation, person_id)
                      if r.id != record_id and r.kind is IncomeKind.UITKERING]  # fmt: skip
            if any(_overlaps(parsed["start_date"], parsed["end_date"], o.start_date, o.end_date)
                   for o in others):  # fmt: skip
                raise ValidationFailed([FieldError("start_date", message(OVERLAP))])
        if record_id:
            record = record_of(session, IncomeSituation, person_id, record_id)
        else:
            record = IncomeSituation(person_id=person_id)
            session.add(record)
        record.kind = kind
        record.start_date = parsed["start_date"]
        record.end_date = parsed["end_date"]
        record.note = parsed["note"] or ""
        drop_draft(session, person_id, INCOME.key)
        session.flush()
        return Saved(INCOME.key, record.id, False)


def remove_income(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete an income period."""
    with store.transaction() as session:
        remove_record(session, IncomeSituation, person_id, record_id)
