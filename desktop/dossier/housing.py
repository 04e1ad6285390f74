"""Where a person lives over time: ROL, AZC, HAR home, regular home, abroad.

The first HAR or regular home starts the legal "PIP within 10 weeks" term, so these periods
are checked: the end not before the start, no two periods of one person at once, and no date
more than a year ahead. An open period that began earlier ends when a later one starts (the
move), so that recording "moved into a HAR home today" is one entry, not two.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.enums import ResidenceKind
from desktop.domain.model import PersonId, Residence
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
from desktop.dossier.validation import FieldError, Raw, ValidationFailed, format_date
from desktop.messages import N_, message
from desktop.store import Store

RESIDENCE = FormSpec(
    "residence",
    (
        FieldSpec("kind", Kind.CHOICE, tuple(k.value for k in ResidenceKind), need=Need.ALWAYS),
        FieldSpec("location", Kind.TEXT),
        FieldSpec("start_date", Kind.DATE, need=Need.ALWAYS),
        FieldSpec("end_date", Kind.DATE, not_before=("start_date",)),
    ),
    Residence,
    many=True,
)

#: Dutch names of the kinds, for the messages about overlapping periods.
KIND_NAMES: dict[ResidenceKind, str] = {
    ResidenceKind.ROL: N_("de ROL"),
    ResidenceKind.AZC: N_("het AZC"),
    ResidenceKind.NOODOPVANG: N_("de noodopvang"),
    ResidenceKind.AMV: N_("de AMV-opvang"),
    ResidenceKind.HAR_WONING: N_("de HAR-woning"),
    ResidenceKind.REGULIERE_WONING: N_("de reguliere woning"),
    ResidenceKind.BUITENLAND: N_("het buitenland"),
    ResidenceKind.OVERIG: N_("het andere verblijf"),
}


@dataclass(frozen=True)
class ResidenceRow:
    """One period of residence as the dossier lists it."""

    record_id: str
    kind: ResidenceKind
    location: str
    start_date: date
    end_date: date | None

    @property
    def is_housing(self) -> bool:
        """True for a home in the municipality (starts the PIP term)."""
        return self.kind.is_housing

    def values(self) -> dict[str, Raw]:
        """The period as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in RESIDENCE.fields}


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """True when two periods share a day; one may end on the day the other starts (a move)."""
    return a_start < (b_end or date.max) and b_start < (a_end or date.max)


def load_residences(session: Session, person_id: PersonId) -> list[ResidenceRow]:
    """Every period of residence of the person, oldest first."""
    return [
        ResidenceRow(r.id, r.kind, r.location, r.start_date, r.end_date)
        for r in records_of(session, Residence, person_id)
    ]


def _overlap_problem(others: list[Residence], start: date, end: date | None) -> FieldError | None:
    for other in others:
        if overlaps(start, end, other.start_date, other.end_date):
            until = format_date(other.end_date) if other.end_date else message(N_("nu"))
            return FieldError(
                "start_date",
                message(
                    N_(
                        "Deze periode overlapt met {kind} ({start} tot {until}). Iemand woont "
                        "op één plek tegelijk: pas de data aan."
                    ),
                    kind=message(KIND_NAMES[other.kind]),
                    start=format_date(other.start_date),
                    until=until,
                ),
            )
    return None


def save_residence(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add a period of residence, or change the one named by ``values["record_id"]``."""
    record_id = editing_id(values)
    with store.transaction() as session:
        errors: list[FieldError] = []
        try:
            parsed = parse_form(RESIDENCE, values, today=today, anchors=Anchors())
        except ValidationFailed as failed:
            errors.extend(failed.errors)
            parsed = {}
        errors.extend(too_far_ahead(values, ("start_date", "end_date"), today))
        if errors:
            raise ValidationFailed(errors)
        record = record_of(session, Residence, person_id, record_id) if record_id else None
        start, end = parsed["start_date"], parsed["end_date"]
        others = [r for r in records_of(session, Residence, person_id) if r is not record]
        # The move: an open period that began earlier ends on the day this one starts.
        moved_from = next((r for r in others if r.end_date is None and r.start_date < start), None)
        if moved_from is not None:
            moved_from.end_date = start
        problem = _overlap_problem(others, start, end)
        if problem:
            raise ValidationFailed([problem])  # the transaction rolls the move back
        if record is None:
            record = Residence(person_id=person_id)
            session.add(record)
        record.kind = ResidenceKind(parsed["kind"])
        record.location = parsed["location"]
        record.start_date, record.end_date = start, end
        drop_draft(session, person_id, RESIDENCE.key)
        session.flush()
        return Saved(RESIDENCE.key, record.id, False)


def remove_residence(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete a period of residence (entered by mistake)."""
    with store.transaction() as session:
        remove_record(session, Residence, person_id, record_id)
