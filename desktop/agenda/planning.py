"""Planning, moving, cancelling and holding talks; every change leaves a line of history.

The screens hold the talk form as text (``Raw`` values, as every dossier form); :func:`parse_talk`
reads them and names each problem next to its field, in Dutch. A planned talk is one
:class:`~desktop.domain.appointments.Appointment`; moving it raises its iCalendar SEQUENCE and
records from when to when, cancelling keeps it (struck through in the agenda) with its reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.appointments import (
    Appointment,
    AppointmentChange,
    AppointmentStatus,
    ChangeKind,
    TalkKind,
)
from desktop.domain.enums import InterpreterMode, Place
from desktop.domain.model import Person
from desktop.dossier.validation import (
    FieldError,
    Raw,
    ValidationFailed,
    as_text,
    format_date,
    parse_date,
)
from desktop.messages import N_, Problem, message
from desktop.store import Store

#: The talk form's fields, in the order the dialog shows them.
FIELDS = ("kind", "date", "time", "duration", "place", "place_detail", "interpreter_mode",
          "interpreter_language", "coa_casemanager", "vwn_begeleider", "attendees",
          "reason")  # fmt: skip
#: Which talk kinds count for which journey step (their values are the step keys).
STEP_TALKS = frozenset(kind.value for kind in TalkKind if kind is not TalkKind.HANDHAVING)

DEFAULT_DURATION = 60
MAX_DURATION = 8 * 60
EARLIEST, LATEST = time(7, 0), time(21, 0)


class TalkNotFound(Problem):
    """The talk was removed (for instance by a colleague, through sync)."""

    text = N_("Dit gesprek bestaat niet meer.")


class TalkClosed(Problem):
    """A held or cancelled talk cannot be moved or cancelled again."""

    text = N_("Dit gesprek is al gehouden of geannuleerd; plan een nieuw gesprek.")


@dataclass(frozen=True)
class TalkInput:
    """A checked talk form."""

    kind: TalkKind
    starts_at: datetime
    duration_minutes: int
    place: Place
    place_detail: str
    interpreter_mode: InterpreterMode
    interpreter_language: str
    coa_casemanager: str
    vwn_begeleider: str
    attendees: str
    reason: str


def parse_time(raw: Raw) -> time | None:
    """Read 9:30, 09:30, 09.30 or 0930; ValueError otherwise."""
    text = as_text(raw).replace(".", ":")
    if not text:
        return None
    if ":" not in text and text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    hours, _, minutes = text.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    return time(int(hours), int(minutes))


_E = TypeVar("_E", TalkKind, Place, InterpreterMode)


def _choice(enum: type[_E], raw: Raw, default: _E | None) -> _E | None:
    text = as_text(raw)
    if not text:
        return default
    try:
        return enum(text)
    except ValueError:
        return None


def parse_talk(values: Mapping[str, Raw], *, today: date) -> TalkInput:
    """The talk of a form; ValidationFailed with a Dutch message per wrong field.

    A talk is planned for today or later, between 07:00 and 21:00, for 5 minutes to 8 hours.
    """
    errors: list[FieldError] = []
    kind = _choice(TalkKind, values.get("kind"), None)
    if kind is None:
        errors.append(FieldError("kind", message(N_("Kies welk gesprek je plant."))))
    day: date | None = None
    try:
        day = parse_date(values.get("date"))
        if day is None:
            errors.append(FieldError("date", message(N_("Vul de datum van het gesprek in."))))
        elif day < today:
            errors.append(FieldError("date", message(N_("Een gesprek plan je vandaag of later."))))
    except ValueError:
        errors.append(FieldError("date", message(N_("Schrijf de datum als dd-mm-jjjj."))))
    moment: time | None = None
    try:
        moment = parse_time(values.get("time"))
        if moment is None:
            errors.append(
                FieldError("time", message(N_("Vul de begintijd in, bijvoorbeeld 09:30.")))
            )
        elif not EARLIEST <= moment <= LATEST:
            errors.append(
                FieldError("time", message(N_("Kies een begintijd tussen 07:00 en 21:00.")))
            )
    except ValueError:
        errors.append(
            FieldError("time", message(N_("Schrijf de tijd als uu:mm, bijvoorbeeld 09:30.")))
        )
    duration = DEFAULT_DURATION
    text = as_text(values.get("duration"))
    if text:
        if not text.isdigit() or not 5 <= int(text) <= MAX_DURATION:
            errors.append(
                FieldError("duration", message(N_("Vul de duur in minuten in (5 tot 480).")))
            )
        else:
            duration = int(text)
    place = _choice(Place, values.get("place"), Place.GEMEENTEHUIS)
    if place is None:
        errors.append(FieldError("place", message(N_("Kies een plaats uit de lijst."))))
    detail = as_text(values.get("place_detail"))
    if place is Place.OVERIG and not detail:
        errors.append(FieldError("place_detail", message(N_("Vul in waar het gesprek is."))))
    mode = _choice(InterpreterMode, values.get("interpreter_mode"), InterpreterMode.GEEN)
    if mode is None:
        errors.append(FieldError("interpreter_mode", message(N_("Kies een tolk uit de lijst."))))
    language = as_text(values.get("interpreter_language"))
    if mode not in (None, InterpreterMode.GEEN) and not language:
        errors.append(
            FieldError("interpreter_language", message(N_("Vul de taal van de tolk in.")))
        )
    if errors:
        raise ValidationFailed(errors)
    assert kind and day and moment and place and mode  # narrowed by the checks above
    return TalkInput(
        kind=kind, starts_at=datetime.combine(day, moment), duration_minutes=duration,
        place=place, place_detail=detail, interpreter_mode=mode,
        interpreter_language=language if mode is not InterpreterMode.GEEN else "",
        coa_casemanager=as_text(values.get("coa_casemanager")),
        vwn_begeleider=as_text(values.get("vwn_begeleider")),
        attendees=as_text(values.get("attendees")), reason=as_text(values.get("reason")),
    )  # fmt: skip


def talk_values(talk: Appointment | Talk) -> dict[str, Raw]:
    """The form values of a planned talk (to move or change it)."""
    return {
        "kind": talk.kind.value, "date": format_date(talk.starts_at.date()),
        "time": talk.starts_at.strftime("%H:%M"), "duration": str(talk.duration_minutes),
        "place": talk.place.value, "place_detail": talk.place_detail,
        "interpreter_mode": talk.interpreter_mode.value,
        "interpreter_language": talk.interpreter_language,
        "coa_casemanager": talk.coa_casemanager, "vwn_begeleider": talk.vwn_begeleider,
        "attendees": talk.attendees, "reason": "",
    }  # fmt: skip


def _apply(talk: Appointment, parsed: TalkInput) -> None:
    talk.kind = parsed.kind
    talk.starts_at = parsed.starts_at
    talk.duration_minutes = parsed.duration_minutes
    talk.place = parsed.place
    talk.place_detail = parsed.place_detail
    talk.interpreter_mode = parsed.interpreter_mode
    talk.interpreter_language = parsed.interpreter_language
    talk.coa_casemanager = parsed.coa_casemanager
    talk.vwn_begeleider = parsed.vwn_begeleider
    talk.attendees = parsed.attendees


def _history(
    session: Session, talk: Appointment, change: ChangeKind, old: datetime | None, reason: str
) -> None:
    session.add(AppointmentChange(
        appointment_id=talk.id, person_id=talk.person_id, change=change, old_starts_at=old,
        new_starts_at=talk.starts_at, reason=reason,
    ))  # fmt: skip


def plan_talk(store: Store, person_id: str, values: Mapping[str, Raw], *, today: date) -> str:
    """Plan a talk with a person; returns the appointment id. ValidationFailed, LookupError."""
    parsed = parse_talk(values, today=today)
    with store.transaction() as session:
        if session.get(Person, person_id) is None:
            raise LookupError(person_id)
        talk = Appointment(person_id=person_id, status=AppointmentStatus.GEPLAND, sequence=0)
        _apply(talk, parsed)
        session.add(talk)
        session.flush()
        _history(session, talk, ChangeKind.GEPLAND, None, parsed.reason)
        return talk.id


def _open_talk(session: Session, appointment_id: str) -> Appointment:
    talk = session.get(Appointment, appointment_id)
    if talk is None:
        raise TalkNotFound()
    if talk.status is not AppointmentStatus.GEPLAND:
        raise TalkClosed()
    return talk


def change_talk(
    store: Store, appointment_id: str, values: Mapping[str, Raw], *, today: date
) -> ChangeKind | None:
    """Move a planned talk or change its details; returns what changed (None: nothing).

    A new date or time is a move: the SEQUENCE goes up and the history says from when to when.
    """
    parsed = parse_talk(values, today=today)
    with store.transaction() as session:
        talk = _open_talk(session, appointment_id)
        old = talk.starts_at
        before = talk_values(talk)
        _apply(talk, parsed)
        if talk_values(talk) == before:
            return None
        change = ChangeKind.VERPLAATST if talk.starts_at != old else ChangeKind.GEWIJZIGD
        if change is ChangeKind.VERPLAATST:
            talk.sequence += 1
        _history(session, talk, change, old, parsed.reason)
        return change


def cancel_talk(store: Store, appointment_id: str, *, reason: str) -> None:
    """Cancel a planned talk, with a reason (ValidationFailed without one)."""
    if not reason.strip():
        problem = N_("Vul in waarom het gesprek niet doorgaat.")
        raise ValidationFailed([FieldError("reason", message(problem))])
    with store.transaction() as session:
        talk = _open_talk(session, appointment_id)
        talk.status = AppointmentStatus.GEANNULEERD
        talk.sequence += 1
        _history(session, talk, ChangeKind.GEANNULEERD, talk.starts_at, reason.strip())


def mark_held(store: Store, appointment_id: str) -> None:
    """Record that a planned talk took place (the step's own form records what was said)."""
    with store.transaction() as session:
        talk = _open_talk(session, appointment_id)
        talk.status = AppointmentStatus.GEHOUDEN
        _history(session, talk, ChangeKind.GEHOUDEN, talk.starts_at, "")


@dataclass(frozen=True)
class HistoryLine:
    """One change of a talk: what, from when to when, why, by whom and when."""

    change: ChangeKind
    old_starts_at: datetime | None
    new_starts_at: datetime | None
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class Talk:
    """A talk of one person with its history, for the dossier and the talk dialog."""

    id: str
    person_id: str
    kind: TalkKind
    starts_at: datetime
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
    history: tuple[HistoryLine, ...]

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def values(self) -> dict[str, Raw]:
        """The form values of this talk."""
        return talk_values(self)


def _talk(row: Appointment, history: list[AppointmentChange]) -> Talk:
    return Talk(
        id=row.id, person_id=row.person_id, kind=row.kind, starts_at=row.starts_at,
        duration_minutes=row.duration_minutes, place=row.place, place_detail=row.place_detail,
        interpreter_mode=row.interpreter_mode, interpreter_language=row.interpreter_language,
        coa_casemanager=row.coa_casemanager, vwn_begeleider=row.vwn_begeleider,
        attendees=row.attendees, status=row.status, sequence=row.sequence,
        history=tuple(
            HistoryLine(h.change, h.old_starts_at, h.new_starts_at, h.reason, h.created_by,
                        h.created_at)
            for h in sorted(history, key=lambda h: h.created_at)
        ),
    )  # fmt: skip


def talks_for_person(session: Session, person_id: str) -> list[Talk]:
    """Every talk of a person, newest first, each with its history (two queries)."""
    rows = session.scalars(select(Appointment).where(Appointment.person_id == person_id))
    changes = session.scalars(
        select(AppointmentChange).where(AppointmentChange.person_id == person_id)
    )
    by_talk: dict[str, list[AppointmentChange]] = {}
    for change in changes:
        by_talk.setdefault(change.appointment_id, []).append(change)
    talks = [_talk(row, by_talk.get(row.id, [])) for row in rows]
    return sorted(talks, key=lambda talk: talk.starts_at, reverse=True)


def load_talks(store: Store, person_id: str) -> list[Talk]:
    """:func:`talks_for_person` in a read transaction of its own."""
    with store.reading() as session:
        return talks_for_person(session, person_id)


def load_talk(store: Store, appointment_id: str) -> Talk:
    """One talk with its history; TalkNotFound when it is gone."""
    with store.reading() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise TalkNotFound()
        history = list(session.scalars(
            select(AppointmentChange).where(AppointmentChange.appointment_id == appointment_id)
        ))  # fmt: skip
        return _talk(row, history)
