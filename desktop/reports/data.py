"""What the report needs per inburgeraar: the journey facts and a few things beside them.

Loaded with one query per table for everyone (:func:`desktop.journey.facts.load_facts` plus
three more), so that 5,000 people take no more queries than 5.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import EnforcementKind, IncomeKind, LegalGround
from desktop.domain.model import Consultant, Handhaving, IncomeSituation, Trajectory
from desktop.journey.facts import JourneyFacts, load_facts

if TYPE_CHECKING:
    from desktop.reports.kept import KeptJourneys


@dataclass(frozen=True)
class Enforcement:
    """One handhaving step."""

    kind: EnforcementKind
    on: date
    ground: LegalGround


@dataclass(frozen=True)
class Income:
    """One period of income."""

    kind: IncomeKind
    start: date
    end: date | None = None

    def runs_on(self, day: date) -> bool:
        """True when the period includes ``day``."""
        return self.start <= day and (self.end is None or self.end >= day)


@dataclass(frozen=True)
class ReportPerson:
    """One inburgeraar as the report sees them."""

    facts: JourneyFacts
    consultant_id: str | None = None
    melding_date: date | None = None
    enforcement: tuple[Enforcement, ...] = ()
    income: tuple[Income, ...] = ()
    #: The facts' person id, as a plain attribute: the indicators read it for everyone, often.
    person_id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "person_id", self.facts.person_id)


@dataclass(frozen=True)
class ReportData:
    """Everyone with a trajectory, and the team's consultants by id."""

    people: tuple[ReportPerson, ...]
    consultants: dict[str, str]  # id -> name (inactive ones too: old caseloads)
    #: The journeys kept with the people (:mod:`desktop.reports.kept`): people read from kept
    #: rows carry only the facts the indicators read, so their journeys come from here.
    journeys: KeptJourneys | None = field(default=None, compare=False, repr=False)


def load_report_data(session: Session) -> ReportData:
    """Everything the report counts, for everyone with a trajectory."""
    people = tuple(load_people(session))
    connection = session.connection()
    consultants = {
        row[0]: row[1] for row in connection.execute(select(Consultant.id, Consultant.name))
    }
    return ReportData(people, consultants)


_IN_LIST = 500


def load_people(session: Session, person_ids: Collection[str] | None = None) -> list[ReportPerson]:
    """Everyone with a trajectory (or of ``person_ids``) with the full facts."""
    facts = load_facts(session, person_ids)
    wanted = set(person_ids) if person_ids is not None else None
    few = wanted is not None and len(wanted) <= _IN_LIST
    connection = session.connection()

    def rows(query: Any, column: Any) -> Iterable[Any]:
        if few:
            assert wanted is not None
            query = query.where(column.in_(sorted(wanted)))
        for row in connection.execute(query):
            if wanted is None or row[0] in wanted:
                yield row

    assigned = {
        row[0]: (row[1], row[2])
        for row in rows(select(Trajectory.person_id, Trajectory.consultant_id,
                               Trajectory.melding_date), Trajectory.person_id)
    }  # fmt: skip
    enforcement: dict[str, list[Enforcement]] = defaultdict(list)
    for person_id, kind, on, ground in rows(
        select(Handhaving.person_id, Handhaving.kind, Handhaving.on_date, Handhaving.legal_ground),
        Handhaving.person_id,
    ):
        enforcement[person_id].append(Enforcement(kind, on, ground))
    income: dict[str, list[Income]] = defaultdict(list)
    for person_id, kind, start, end in rows(
        select(IncomeSituation.person_id, IncomeSituation.kind, IncomeSituation.start_date,
               IncomeSituation.end_date),
        IncomeSituation.person_id,
    ):  # fmt: skip
        income[person_id].append(Income(kind, start, end))
    return [
        ReportPerson(
            facts=person_facts,
            consultant_id=assigned.get(person_id, (None, None))[0],
            melding_date=assigned.get(person_id, (None, None))[1],
            enforcement=tuple(enforcement.get(person_id, ())),
            income=tuple(sorted(income.get(person_id, ()), key=lambda i: i.start)),
        )
        for person_id, person_facts in facts.items()
    ]
