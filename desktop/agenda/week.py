"""The agenda of a day or a week: planned talks next to the deadlines that fall in it.

Talks come from one query on the appointments of the period; deadlines from the journey
cache (:mod:`desktop.journey.cache`: only people changed since are evaluated), kept in a
:class:`DeadlineIndex` so that paging through weeks does not evaluate everyone
again. A deadline whose talk is planned says so (``planned``), and late if after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import InterpreterMode, Place
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.domain.text import display_name
from desktop.journey.cache import journeys, keep
from desktop.journey.engine import StepStatus
from desktop.journey.rules import Rules
from desktop.store import Store


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (weeks run Monday to Sunday, as in the Netherlands)."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class AgendaEntry:
    """A planned talk (``starts_at`` set) or a deadline (``starts_at`` None) on one day.

    ``kind`` is a TalkKind value for a talk and a StepKey value for a deadline.
    """

    day: date
    starts_at: datetime | None
    person_id: str
    display_name: str
    name_original: str
    consultant_id: str | None
    consultant_name: str
    kind: str
    appointment_id: str | None = None
    talk_status: AppointmentStatus | None = None
    duration_minutes: int = 0
    place: Place | None = None
    place_detail: str = ""
    interpreter_mode: InterpreterMode = InterpreterMode.GEEN
    interpreter_language: str = ""
    step_status: StepStatus | None = None
    planned: date | None = None  # a deadline: the day its talk is planned

    @property
    def is_talk(self) -> bool:
        return self.starts_at is not None


def _talks(store: Store, first: date, last: date, consultant_id: str | None) -> list[AgendaEntry]:
    begin = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    query = (
        select(Appointment.id, Appointment.person_id, Appointment.kind, Appointment.starts_at,
               Appointment.duration_minutes, Appointment.status, Appointment.place,
               Appointment.place_detail, Appointment.interpreter_mode,
               Appointment.interpreter_language, Person.family_name, Person.given_names,
               Person.name_original, Trajectory.consultant_id, Consultant.name)
        .join(Person, Person.id == Appointment.person_id)
        .outerjoin(Trajectory, Trajectory.person_id == Appointment.person_id)
        .outerjoin(Consultant, Consultant.id == Trajectory.consultant_id)
        .where(Appointment.starts_at >= begin, Appointment.starts_at < end)
    )  # fmt: skip
    if consultant_id is not None:
        query = query.where(Trajectory.consultant_id == consultant_id)
    with store.reading() as session:
        rows = session.execute(query).all()
    return [
        AgendaEntry(
            day=row.starts_at.date(), starts_at=row.starts_at, person_id=row.person_id,
            display_name=display_name(row.family_name, row.given_names),
            name_original=row.name_original, consultant_id=row.consultant_id,
            consultant_name=row.name or "", kind=TalkKind(row.kind).value, appointment_id=row.id,
            talk_status=row.status, duration_minutes=row.duration_minutes, place=row.place,
            place_detail=row.place_detail, interpreter_mode=row.interpreter_mode,
            interpreter_language=row.interpreter_language,
        )
        for row in rows
    ]  # fmt: skip


def _deadlines_of(
    store: Store, person_ids: list[str] | None, today: date, rules: Rules
) -> dict[str, list[AgendaEntry]]:
    """Every open step with a due date, per person (everyone when ``person_ids`` is None)."""
    query = (
        select(Person.id, Person.family_name, Person.given_names, Person.name_original,
               Trajectory.consultant_id, Consultant.name)
        .join(Trajectory, Trajectory.person_id == Person.id)
        .outerjoin(Consultant, Consultant.id == Trajectory.consultant_id)
    )  # fmt: skip
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    with store.reading() as session:
        people = session.execute(query).all()
        kept = journeys(session, today=today, rules=rules, person_ids=person_ids, steps=True)
        keep(session)
    found: dict[str, list[AgendaEntry]] = {}
    for row in people:
        journey = kept.get(row.id)
        if journey is None:
            continue
        found[row.id] = [
            AgendaEntry(
                day=step.due, starts_at=None, person_id=row.id,
                display_name=display_name(row.family_name, row.given_names),
                name_original=row.name_original, consultant_id=row.consultant_id,
                consultant_name=row.name or "", kind=str(step.step),
                step_status=step.status, planned=step.planned,
            )
            for step in journey.open_deadlines
            if step.due is not None
        ]  # fmt: skip
    return found


@dataclass(frozen=True)
class DeadlineIndex:
    """Every open deadline of the team on ``today``, by day, built once in the background.

    Evaluating the klantreis of a whole team takes a few hundred milliseconds at 5,000
    people; the agenda pages through weeks, so the screens keep this index and rebuild only
    the people that changed (:meth:`refreshed`). It is never changed in place: a refresh
    returns a new index, which the screens swap in on the GUI thread.
    """

    today: date
    people: dict[str, list[AgendaEntry]]
    by_day: dict[date, list[AgendaEntry]]

    @classmethod
    def build(cls, store: Store, *, today: date, rules: Rules) -> DeadlineIndex:
        """The index of everyone with a trajectory."""
        return cls._of(today, _deadlines_of(store, None, today, rules))

    @classmethod
    def _of(cls, today: date, people: dict[str, list[AgendaEntry]]) -> DeadlineIndex:
        by_day: dict[date, list[AgendaEntry]] = {}
        for entries in people.values():
            for entry in entries:
                by_day.setdefault(entry.day, []).append(entry)
        return cls(today, people, by_day)

    def refreshed(self, store: Store, person_ids: list[str], *, rules: Rules) -> DeadlineIndex:
        """A new index with the deadlines of ``person_ids`` evaluated again (only the days
        they had or now have are rebuilt; the rest is shared with this index)."""
        changed = set(person_ids)
        fresh = _deadlines_of(store, list(person_ids), self.today, rules)
        people = {pid: entries for pid, entries in self.people.items() if pid not in changed}
        people.update(fresh)
        days = {e.day for pid in changed for e in self.people.get(pid, ())}
        days |= {e.day for entries in fresh.values() for e in entries}
        by_day = dict(self.by_day)
        for day in days:
            kept = [e for e in self.by_day.get(day, ()) if e.person_id not in changed]
            kept += [e for entries in fresh.values() for e in entries if e.day == day]
            if kept:
                by_day[day] = kept
            else:
                by_day.pop(day, None)
        return DeadlineIndex(self.today, people, by_day)

    def between(self, first: date, last: date, consultant_id: str | None) -> list[AgendaEntry]:
        """The deadlines from ``first`` to ``last`` (inclusive) of a consultant or the team."""
        found = []
        day = first
        while day <= last:
            for entry in self.by_day.get(day, ()):
                if consultant_id is None or entry.consultant_id == consultant_id:
                    found.append(entry)
            day += timedelta(days=1)
        return found


def load_agenda(
    store: Store,
    *,
    first: date,
    days: int,
    today: date,
    rules: Rules,
    consultant_id: str | None = None,
    index: DeadlineIndex | None = None,
) -> list[AgendaEntry]:
    """Talks and deadlines from ``first`` for ``days`` days, by day: talks by time, then
    the deadlines of that day. ``consultant_id`` None is the whole team. Without an ``index``
    the deadlines are evaluated now (for everyone)."""
    last = first + timedelta(days=days - 1)
    if index is None:
        index = DeadlineIndex.build(store, today=today, rules=rules)
    entries = _talks(store, first, last, consultant_id)
    entries += index.between(first, last, consultant_id)
    entries.sort(key=lambda e: (e.day, e.starts_at is None, e.starts_at or datetime.min,
                                e.display_name))  # fmt: skip
    return entries


def talks_between(
    store: Store, first: date, last: date, consultant_id: str | None = None
) -> list[AgendaEntry]:
    """Only the talks from ``first`` to ``last`` (inclusive), by moment (for a week export)."""
    talks = _talks(store, first, last, consultant_id)
    return sorted(talks, key=lambda e: (e.starts_at or datetime.min, e.display_name))
