"""Participation activities in the PIP (Koffie en Taal, taalcoach, vrijwilligerswerk, ...) with
their hours per week, and how many hours they add up to against the Z-route target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.enums import ActivityKind, Route
from desktop.domain.model import ParticipationActivity, PersonId
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
from desktop.journey.engine import JourneyState, planned_participation_hours
from desktop.journey.facts import JourneyFacts
from desktop.journey.rules import Rules
from desktop.messages import N_
from desktop.store import Store

#: Hours per week an activity may take: a full working week at most.
MAX_HOURS_PER_WEEK = 40.0

ACTIVITY = FormSpec(
    "activity",
    (
        FieldSpec("kind", Kind.CHOICE, tuple(k.value for k in ActivityKind), need=Need.ALWAYS),
        FieldSpec("description", Kind.TEXT),
        FieldSpec("organisation", Kind.TEXT),
        FieldSpec(
            "hours_per_week",
            Kind.NUMBER,
            need=Need.ALWAYS,
            minimum=0,
            maximum=MAX_HOURS_PER_WEEK,
            out_of_range=N_("Vul een aantal uren per week in van {minimum} tot en met {maximum}."),
        ),
        FieldSpec("start_date", Kind.DATE, need=Need.ALWAYS),
        FieldSpec("end_date", Kind.DATE, not_before=("start_date",)),
    ),
    ParticipationActivity,
    many=True,
)


@dataclass(frozen=True)
class ActivityRow:
    """One participation activity as the PIP page lists it."""

    record_id: str
    kind: ActivityKind
    description: str
    organisation: str
    hours_per_week: float
    start_date: date | None
    end_date: date | None

    def values(self) -> dict[str, Raw]:
        """The activity as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in ACTIVITY.fields}

    def runs_on(self, day: date) -> bool:
        """True when the activity takes place in the week of ``day``."""
        started = self.start_date is not None and self.start_date <= day
        return started and (self.end_date is None or self.end_date >= day)


@dataclass(frozen=True)
class ParticipationSummary:
    """The hours of the activities: per week now, and planned within the inburgeringstermijn.

    ``planned_hours`` is None before the beschikking (the term has not started);
    ``target`` is set for the Z-route only, which has a participation hours requirement.
    """

    hours_this_week: float
    planned_hours: float | None
    target: int | None


def load_activities(session: Session, person_id: PersonId) -> list[ActivityRow]:
    """Every participation activity of the person, oldest start first."""
    return [
        ActivityRow(a.id, a.kind, a.description, a.organisation, float(a.hours_per_week or 0),
                    a.start_date, a.end_date)
        for a in records_of(session, ParticipationActivity, person_id)
    ]  # fmt: skip


def summarise(
    activities: Sequence[ActivityRow],
    facts: JourneyFacts | None,
    journey: JourneyState | None,
    rules: Rules,
    today: date,
) -> ParticipationSummary:
    """The hours this week and the planned hours against the Z-route target."""
    this_week = sum(a.hours_per_week for a in activities if a.runs_on(today))
    planned = planned_participation_hours(facts, rules) if facts is not None else None
    route = journey.route if journey is not None else None
    target = rules.z_route.participation_hours if route is Route.Z else None
    return ParticipationSummary(this_week, planned, target)


def save_activity(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add a participation activity, or change the one named by ``values["record_id"]``."""
    record_id = editing_id(values)
    errors: list[FieldError] = []
    try:
        parsed = parse_form(ACTIVITY, values, today=today, anchors=Anchors())
    except ValidationFailed as failed:
        errors.extend(failed.errors)
        parsed = {}
    errors.extend(too_far_ahead(values, ("start_date", "end_date"), today))
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        if record_id:
            record = record_of(session, ParticipationActivity, person_id, record_id)
        else:
            record = ParticipationActivity(person_id=person_id)
            session.add(record)
        record.kind = ActivityKind(parsed["kind"])
        for name in ("description", "organisation", "hours_per_week", "start_date", "end_date"):
            setattr(record, name, parsed[name])
        drop_draft(session, person_id, ACTIVITY.key)
        session.flush()
        return Saved(ACTIVITY.key, record.id, False)


def remove_activity(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete a participation activity."""
    with store.transaction() as session:
        remove_record(session, ParticipationActivity, person_id, record_id)
