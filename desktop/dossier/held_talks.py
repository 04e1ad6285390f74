"""A talk recorded in its step's form was held: its planned appointment says so too.

Without this the Agenda kept showing a Koffie en Koek as planned after its form was completed,
and an invitation still offered it. A planned talk of the form's kind on or before the day the
form says it took place is marked held (with a line in the talk's history); later planned
talks are left alone (the consultant moves or cancels those).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.domain.appointments import (
    Appointment,
    AppointmentChange,
    AppointmentStatus,
    ChangeKind,
    TalkKind,
)
from desktop.dossier.validation import Raw, parse_date
from desktop.store import Store

#: Form -> the talk it records and the field with the day it took place.
HELD_BY_FORM: dict[str, tuple[TalkKind, str]] = {
    "koffie_en_koek": (TalkKind.KOFFIE_EN_KOEK, "held_on"),
    "brede_intake": (TalkKind.BREDE_INTAKE, "started_on"),
    "pip": (TalkKind.PIP, "signed_on"),
    "progress_talk": (TalkKind.VOORTGANG, "held_on"),
}


def mark_talks_held(store: Store, person_id: str, form: str, values: Mapping[str, Raw]) -> int:
    """Mark the person's planned talks that ``form``'s saved values record as held; how many."""
    found = HELD_BY_FORM.get(form)
    if found is None:
        return 0
    kind, field = found
    try:
        day = parse_date(values.get(field))
    except ValueError:
        return 0
    if not isinstance(day, date):
        return 0
    until = datetime.combine(day + timedelta(days=1), time.min)
    with store.transaction() as session:
        talks = list(
            session.scalars(
                select(Appointment).where(
                    Appointment.person_id == person_id,
                    Appointment.kind == kind,
                    Appointment.status == AppointmentStatus.GEPLAND,
                    Appointment.starts_at < until,
                )
            )
        )
        for talk in talks:
            talk.status = AppointmentStatus.GEHOUDEN
            session.add(AppointmentChange(
                appointment_id=talk.id, person_id=talk.person_id, change=ChangeKind.GEHOUDEN,
                old_starts_at=talk.starts_at, new_starts_at=talk.starts_at, reason="",
            ))  # fmt: skip
    return len(talks)
