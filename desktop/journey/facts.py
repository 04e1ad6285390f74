"""What the klantreis engine knows about one inburgeraar: plain, immutable values.

:func:`load_facts` builds them for a whole caseload with one query per table, so that a list of
20,000 people is evaluated without a query per person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import (
    ActivityKind,
    BesluitKind,
    Category,
    Decision,
    EndKind,
    IntakeVariant,
    LinkedVia,
    PipChange,
    ResidenceKind,
    Route,
    TestOutcome,
)
from desktop.domain.model import (
    BredeIntake,
    KoffieEnKoek,
    Leerbaarheidstoets,
    Map,
    Ontzorgen,
    ParticipationActivity,
    Person,
    Pip,
    ProgressTalk,
    Pvt,
    Residence,
    StarterZ,
    StepRecord,
    TermijnBesluit,
    Trajectory,
)

#: Above this many requested people, all rows are read and filtered in Python: one scan is
#: faster than a huge IN list, and SQLite limits the number of bound parameters.
_IN_LIST_LIMIT = 500


@dataclass(frozen=True)
class PipVersion:
    """One version of the PIP, as far as its dates and route matter for the journey."""

    version: int
    route: Route
    drafted_on: date | None = None
    signed_on: date | None = None
    beschikking_on: date | None = None
    route_registered_on: date | None = None
    route_started_on: date | None = None
    deviation_reason: str = ""
    change: PipChange = PipChange.INITIEEL
    change_reason: str = ""


@dataclass(frozen=True)
class ProgressTalkFact:
    """A progress talk; only held talks (with a date) count."""

    held_on: date | None
    formal: bool = True


@dataclass(frozen=True)
class OntzorgenPeriod:
    """A period of ontzorgen; a period longer than the term needs an extension reason."""

    start: date
    end: date | None = None
    extension_reason: str = ""


@dataclass(frozen=True)
class TermijnDecision:
    """A verlenging or ontheffing of the inburgeringstermijn and DUO's decision."""

    kind: BesluitKind
    decision: Decision
    requested_on: date | None = None
    decided_on: date | None = None
    until: date | None = None

    @property
    def granted(self) -> bool:
        """True when DUO granted it."""
        return self.decision is Decision.TOEGEKEND


@dataclass(frozen=True)
class Activity:
    """A participation activity with its weekly hours (for the Z-route hours)."""

    kind: ActivityKind
    hours_per_week: float
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class JourneyFacts:
    """Everything the engine needs about one person; every field may be unknown."""

    person_id: str = ""
    category: Category | None = None
    birth_date: date | None = None
    koppeling_date: date | None = None
    linked_via: LinkedVia | None = None  # where the COA linked the person from
    melding_date: date | None = None  # a gezinsmigrant's melding at the municipality
    housing_date: date | None = None  # first HAR or regular home
    voorinburgering_end: date | None = None
    vwn_start: date | None = None
    duo_registered_on: date | None = None
    koffie_en_koek_planned: date | None = None
    koffie_en_koek_held: date | None = None
    brede_intake_started: date | None = None
    brede_intake_completed: date | None = None
    brede_intake_variant: IntakeVariant | None = None
    toets_date: date | None = None  # the latest leerbaarheidstoets
    toets_outcome: TestOutcome | None = None
    starterz_started: date | None = None
    starterz_advice_on: date | None = None
    starterz_advice: Route | None = None
    pip_versions: tuple[PipVersion, ...] = ()  # by version number
    progress_talks: tuple[ProgressTalkFact, ...] = ()
    pvt_started: date | None = None
    pvt_signed: date | None = None
    map_started: date | None = None
    map_completed: date | None = None
    ontzorgen: tuple[OntzorgenPeriod, ...] = ()
    activities: tuple[Activity, ...] = ()
    termijn_decisions: tuple[TermijnDecision, ...] = ()
    steps_done: tuple[tuple[str, date], ...] = ()  # (step key, date) of the file's extra steps
    end_kind: EndKind | None = None
    end_date: date | None = None
    #: Talks planned and not yet held or cancelled: (step key, day), soonest first.
    planned_talks: tuple[tuple[str, date], ...] = ()

    def planned_for(self, step: str) -> tuple[date, ...]:
        """The days a talk for ``step`` (a StepKey value) is planned on, soonest first."""
        return tuple(day for key, day in self.planned_talks if key == step)


#: Talk kinds that belong to a journey step (their values are the step keys).
_STEP_TALKS = [kind for kind in TalkKind if kind is not TalkKind.HANDHAVING]


def _day(moment: datetime | date | None) -> date | None:
    if isinstance(moment, datetime):
        return moment.date()
    return moment


class _Loader:
    """Runs one query per table and indexes the rows by person id.

    Plain scans, no GROUP BY: SQLite would walk the person_id index and fetch every row by
    rowid, which is slower than one pass over the table. Core execution (not the ORM) keeps
    the per-row cost low.
    """

    def __init__(self, session: Session, person_ids: Collection[str] | None) -> None:
        self.connection = session.connection()
        self.wanted = None if person_ids is None else set(person_ids)
        self.in_list = self.wanted is not None and len(self.wanted) <= _IN_LIST_LIMIT

    def run(self, query: Select[*tuple[Any, ...]], column: Any) -> Iterable[Sequence[Any]]:
        if self.in_list:
            query = query.where(column.in_(self.wanted))
        return self.connection.execute(query).all()  # fetchall: far cheaper than row by row

    def one_each(
        self, query: Select[*tuple[Any, ...]], column: Any, key: Callable[[Sequence[Any]], Any]
    ) -> dict[str, Sequence[Any]]:
        """Per person the row with the smallest ``key`` (most people have just one row)."""
        found: dict[str, Sequence[Any]] = {}
        for row in self.run(query, column):
            old = found.get(row[0])
            if old is None or key(row) < key(old):
                found[row[0]] = row
        return found

    def many_each(self, query: Select[*tuple[Any, ...]], column: Any) -> dict[str, list[Any]]:
        """All rows per person id, in the query's order."""
        found: dict[str, list[Any]] = defaultdict(list)
        for row in self.run(query, column):
            found[row[0]].append(row)
        return found


def _first(index: int, *more: int) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Sort key: the earliest date in column ``index`` (then ``more``); unknown dates last."""
    columns = (index, *more)

    def key(row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple((row[i] is None, _day(row[i]) or date.max) for i in columns)

    return key


def _last(index: int) -> Callable[[Sequence[Any]], Any]:
    """Sort key: the latest date in column ``index`` (a NOT NULL column)."""
    return lambda row: -row[index].toordinal()


def _versions(rows: Iterable[Any]) -> tuple[PipVersion, ...]:
    """PipVersions, by version number, from (person_id, version, route, ...) rows.

    A later version that is not signed yet is a draft: it is no route change, and neither the
    timeline nor the handouts show it until it is signed (version 1 is the PIP being made).
    """
    rows = [row for row in rows if row[1] == 1 or row[4] is not None]
    return tuple(
        PipVersion(
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            row[7],
            row[8] or "",
            row[9],
            row[10] or "",
        )
        for row in sorted(rows, key=lambda row: row[1])
    )


def load_facts(
    session: Session, person_ids: Collection[str] | None = None
) -> dict[str, JourneyFacts]:
    """Facts per person id for everyone with a Trajectory (or only ``person_ids``).

    One query per table, whatever the number of people; family members without a trajectory
    are left out. Where a step has several rows, the earliest one counts (the latest for the
    leerbaarheidstoets and the StarterZ-klas: a retake replaces the earlier outcome).
    """
    load = _Loader(session, person_ids)
    trajectories = load.run(
        select(
            Trajectory.person_id, Trajectory.koppeling_date, Trajectory.voorinburgering_end,
            Trajectory.end_kind, Trajectory.end_date, Person.birth_date, Person.category,
            Trajectory.linked_via, Trajectory.melding_date, Trajectory.vwn_start,
            Trajectory.duo_registered_on,
        ).join(Person, Person.id == Trajectory.person_id),
        Trajectory.person_id,
    )  # fmt: skip
    housing = load.one_each(
        select(Residence.person_id, Residence.start_date).where(
            Residence.kind.in_([kind for kind in ResidenceKind if kind.is_housing])
        ),
        Residence.person_id,
        _first(1),
    )
    kek = load.one_each(
        select(KoffieEnKoek.person_id, KoffieEnKoek.held_on), KoffieEnKoek.person_id, _first(1)
    )
    # The agenda is the one source of planned talks (planned_at of the step tables is legacy).
    planned = load.many_each(
        select(Appointment.person_id, Appointment.kind, Appointment.starts_at)
        .where(Appointment.status == AppointmentStatus.GEPLAND)
        .where(Appointment.kind.in_(_STEP_TALKS))
        .order_by(Appointment.starts_at),
        Appointment.person_id,
    )
    intake = load.one_each(
        select(BredeIntake.person_id, BredeIntake.started_on, BredeIntake.completed_on,
               BredeIntake.variant),
        BredeIntake.person_id,
        _first(1, 2),
    )  # fmt: skip
    toets = load.one_each(
        select(Leerbaarheidstoets.person_id, Leerbaarheidstoets.taken_on,
               Leerbaarheidstoets.outcome),
        Leerbaarheidstoets.person_id,
        _last(1),
    )  # fmt: skip
    starterz = load.one_each(
        select(StarterZ.person_id, StarterZ.started_on, StarterZ.advice_on, StarterZ.advice),
        StarterZ.person_id,
        _last(1),
    )  # fmt: skip
    pips = load.many_each(
        select(
            Pip.person_id, Pip.version, Pip.route, Pip.drafted_on, Pip.signed_on,
            Pip.beschikking_on, Pip.route_registered_on, Pip.route_started_on,
            Pip.deviation_reason, Pip.change, Pip.change_reason,
        ),
        Pip.person_id,
    )  # fmt: skip
    talks = load.many_each(
        select(ProgressTalk.person_id, ProgressTalk.held_on, ProgressTalk.formal).where(
            ProgressTalk.held_on.is_not(None)  # a talk counts once it was held
        ),
        ProgressTalk.person_id,
    )
    pvt = load.one_each(
        select(Pvt.person_id, Pvt.started_on, Pvt.signed_on), Pvt.person_id, _first(2, 1)
    )
    map_ = load.one_each(
        select(Map.person_id, Map.started_on, Map.completed_on), Map.person_id, _first(2, 1)
    )
    ontzorgen = load.many_each(
        select(Ontzorgen.person_id, Ontzorgen.start_date, Ontzorgen.end_date,
               Ontzorgen.extension_reason),
        Ontzorgen.person_id,
    )  # fmt: skip
    activities = load.many_each(
        select(
            ParticipationActivity.person_id, ParticipationActivity.kind,
            ParticipationActivity.hours_per_week, ParticipationActivity.start_date,
            ParticipationActivity.end_date,
        ),
        ParticipationActivity.person_id,
    )  # fmt: skip

    decisions = load.many_each(
        select(TermijnBesluit.person_id, TermijnBesluit.kind, TermijnBesluit.decision,
               TermijnBesluit.requested_on, TermijnBesluit.decided_on, TermijnBesluit.until),
        TermijnBesluit.person_id,
    )  # fmt: skip
    records = load.many_each(
        select(StepRecord.person_id, StepRecord.step, StepRecord.done_on).where(
            StepRecord.done_on.is_not(None)
        ),
        StepRecord.person_id,
    )

    none: tuple[Any, ...] = (None, None, None, None)  # a missing row: every value unknown
    facts: dict[str, JourneyFacts] = {}
    for row in trajectories:
        person_id, koppeling, voor_end, end_kind, end_date, birth, category = row[:7]
        linked_via, melding, vwn_start, duo = row[7:]
        if load.wanted is not None and person_id not in load.wanted:
            continue
        home = housing.get(person_id)
        _, kek_held = kek.get(person_id, none)[:2]
        talks_planned = tuple((str(row[1]), row[2].date()) for row in planned.get(person_id, ()))
        kek_planned = next((day for key, day in talks_planned if key == "koffie_en_koek"), None)
        _, intake_started, intake_completed, variant = intake.get(person_id, none)[:4]
        _, toets_date, toets_outcome = toets.get(person_id, none)[:3]
        _, z_started, z_advice_on, z_advice = starterz.get(person_id, none)[:4]
        _, pvt_started, pvt_signed = pvt.get(person_id, none)[:3]
        _, map_started, map_completed = map_.get(person_id, none)[:3]
        facts[person_id] = JourneyFacts(
            person_id=person_id, category=category, birth_date=birth,
            koppeling_date=koppeling, linked_via=linked_via, melding_date=melding,
            vwn_start=vwn_start, duo_registered_on=duo, housing_date=home[1] if home else None,
            voorinburgering_end=voor_end,
            koffie_en_koek_planned=kek_planned, koffie_en_koek_held=kek_held,
            brede_intake_started=intake_started, brede_intake_completed=intake_completed,
            brede_intake_variant=variant,
            toets_date=toets_date, toets_outcome=toets_outcome,
            starterz_started=z_started, starterz_advice_on=z_advice_on, starterz_advice=z_advice,
            pip_versions=_versions(pips.get(person_id, ())),
            progress_talks=tuple(
                ProgressTalkFact(row[1], bool(row[2])) for row in talks.get(person_id, ())
            ),
            pvt_started=pvt_started, pvt_signed=pvt_signed,
            map_started=map_started, map_completed=map_completed,
            ontzorgen=tuple(
                OntzorgenPeriod(row[1], row[2], row[3] or "")
                for row in ontzorgen.get(person_id, ())
            ),
            activities=tuple(
                Activity(row[1], float(row[2] or 0), row[3], row[4])
                for row in activities.get(person_id, ())
            ),
            termijn_decisions=tuple(
                TermijnDecision(row[1], row[2], row[3], row[4], row[5])
                for row in decisions.get(person_id, ())
            ),
            steps_done=tuple((row[1], row[2]) for row in records.get(person_id, ())),
            end_kind=end_kind, end_date=end_date, planned_talks=talks_planned,
        )  # fmt: skip
    return facts


def facts_for_person(session: Session, person_id: str) -> JourneyFacts:
    """The facts of one inburgeraar; LookupError when the person has no trajectory."""
    found = load_facts(session, [person_id])
    if person_id not in found:
        raise LookupError(f"Persoon {person_id} heeft geen inburgeringstraject.")
    return found[person_id]


__all__ = [
    "Activity",
    "JourneyFacts",
    "OntzorgenPeriod",
    "PipVersion",
    "ProgressTalkFact",
    "TermijnDecision",
    "facts_for_person",
    "load_facts",
]
