"""Talks as an iCalendar file (RFC 5545) for Outlook, built with the ``icalendar`` library.

What leaves the app is the least a consultant's calendar needs: the kind of talk, when, where,
the interpreter and who attends. Never health data or notes. The person appears as initials
and the last four digits of the V-nummer unless the consultant chooses the full name. The UID
is the appointment's id, so a re-export updates the event Outlook has; SEQUENCE goes up on
every move, and a cancelled talk is exported as STATUS:CANCELLED.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select

from desktop.audit.trail import Action, append
from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import InterpreterMode, Place
from desktop.domain.model import Person
from desktop.store import Store
from desktop.store.atomic import write_atomic

TIMEZONE = "Europe/Amsterdam"
PRODID = "-//Wegwijzer//Agenda//NL"
UID_DOMAIN = "wegwijzer"

#: Dutch names of the talks as they appear in the calendar.
TALK_NAMES = {
    TalkKind.KOFFIE_EN_KOEK: "Koffie en Koek gesprek",
    TalkKind.BREDE_INTAKE: "Brede Intake",
    TalkKind.LEERBAARHEIDSTOETS: "Leerbaarheidstoets",
    TalkKind.PIP: "Afsluitend gesprek PIP",
    TalkKind.VOORTGANG: "Voortgangsgesprek",
    TalkKind.PVT: "PVT-bijeenkomst",
    TalkKind.HANDHAVING: "Gesprek handhaving",
}
PLACE_NAMES = {
    Place.ROL: "ROL", Place.AZC: "AZC", Place.NOODOPVANG: "Noodopvang", Place.AMV: "AMV-locatie",
    Place.GEMEENTEHUIS: "Gemeentehuis", Place.THUIS: "Thuis", Place.TELEFONISCH: "Telefonisch",
    Place.OVERIG: "",
}  # fmt: skip
INTERPRETER_NAMES = {
    InterpreterMode.TELEFONISCH: "telefonisch",
    InterpreterMode.AANWEZIG: "aanwezig",
    InterpreterMode.VIDEO: "via video",
}


@dataclass(frozen=True)
class CalendarTalk:
    """What the calendar file says about one talk."""

    appointment_id: str
    kind: TalkKind
    starts_at: datetime  # local wall-clock time in Europe/Amsterdam
    duration_minutes: int
    place: Place
    place_detail: str
    interpreter_mode: InterpreterMode
    interpreter_language: str
    coa_casemanager: str
    vwn_begeleider: str
    attendees: str
    status: AppointmentStatus
    sequence: int
    person_id: str
    given_names: str
    family_name: str
    v_nummer: str


def person_label(talk: CalendarTalk, *, full_name: bool) -> str:
    """'R.H. (…4567)', or the full name when the consultant chose it."""
    if full_name:
        return f"{talk.given_names} {talk.family_name}".strip()
    words = f"{talk.given_names} {talk.family_name}".split()
    initials = "".join(f"{word[0].upper()}." for word in words if word[0].isalpha())
    digits = "".join(ch for ch in talk.v_nummer if ch.isdigit())
    return f"{initials} (…{digits[-4:]})" if digits else initials


def _description(talk: CalendarTalk) -> str:
    lines = []
    if talk.interpreter_mode is not InterpreterMode.GEEN:
        language = f" {talk.interpreter_language}" if talk.interpreter_language else ""
        lines.append(f"Tolk{language}: {INTERPRETER_NAMES[talk.interpreter_mode]}")
    if talk.coa_casemanager:
        lines.append(f"COA-casemanager: {talk.coa_casemanager}")
    if talk.vwn_begeleider:
        lines.append(f"Begeleider VluchtelingenWerk: {talk.vwn_begeleider}")
    if talk.attendees:
        lines.append(f"Verder aanwezig: {talk.attendees}")
    return "\n".join(lines)


def calendar_of(talks: Iterable[CalendarTalk], *, full_name: bool, now: datetime) -> bytes:
    """An iCalendar file with one VEVENT per talk and the Europe/Amsterdam VTIMEZONE."""
    zone = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for talk in talks:
        event = Event()
        event.add("uid", f"{talk.appointment_id}@{UID_DOMAIN}")
        event.add("dtstamp", now.astimezone(UTC))
        start = talk.starts_at.replace(tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=talk.duration_minutes))
        event.add("summary", f"{TALK_NAMES[talk.kind]} – {person_label(talk, full_name=full_name)}")
        location = ", ".join(p for p in (PLACE_NAMES[talk.place], talk.place_detail) if p)
        if location:
            event.add("location", location)
        description = _description(talk)
        if description:
            event.add("description", description)
        event.add("sequence", talk.sequence)
        cancelled = talk.status is AppointmentStatus.GEANNULEERD
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def load_calendar_talks(store: Store, appointment_ids: Sequence[str]) -> list[CalendarTalk]:
    """The talks to export, by start (unknown ids are left out)."""
    query = (
        select(Appointment, Person.given_names, Person.family_name, Person.v_nummer)
        .join(Person, Person.id == Appointment.person_id)
        .where(Appointment.id.in_(list(appointment_ids)))
        .order_by(Appointment.starts_at)
    )
    with store.reading() as session:
        return [
            CalendarTalk(
                appointment_id=talk.id, kind=talk.kind, starts_at=talk.starts_at,
                duration_minutes=talk.duration_minutes, place=talk.place,
                place_detail=talk.place_detail, interpreter_mode=talk.interpreter_mode,
                interpreter_language=talk.interpreter_language,
                coa_casemanager=talk.coa_casemanager, vwn_begeleider=talk.vwn_begeleider,
                attendees=talk.attendees, status=talk.status, sequence=talk.sequence,
                person_id=talk.person_id, given_names=given or "", family_name=family or "",
                v_nummer=v_nummer or "",
            )
            for talk, given, family, v_nummer in session.execute(query)
        ]  # fmt: skip


def export_ics(
    store: Store, appointment_ids: Sequence[str], path: Path, *, full_name: bool, now: datetime
) -> int:
    """Write the talks to ``path`` as .ics and audit the export per talk; returns the count.

    The trail names the talk and whether full names left the app, never the file's path.
    """
    talks = load_calendar_talks(store, appointment_ids)
    write_atomic(path, calendar_of(talks, full_name=full_name, now=now))
    with store.transaction() as session:
        connection = session.connection()
        for talk in talks:
            append(
                connection, actor=store.user, action=Action.CALENDAR_EXPORT,
                person_id=talk.person_id, record_table="appointment",
                record_id=talk.appointment_id,
                detail="ics, volledige naam" if full_name else "ics, initialen",
            )  # fmt: skip
    return len(talks)
