"""Loading journey facts from a real encrypted store, with a bounded number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event

from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import (
    ActivityKind,
    Category,
    EndKind,
    IntakeVariant,
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
    Trajectory,
)
from desktop.journey import StepKey, StepStatus, evaluate, load_rules
from desktop.journey.facts import (
    Activity,
    OntzorgenPeriod,
    PipVersion,
    ProgressTalkFact,
    facts_for_person,
    load_facts,
)
from desktop.store import Store


def add_inburgeraar(
    session: Any, name: str, *, complete: bool = True, end_kind: EndKind | None = None
) -> str:
    """A person with a trajectory and (if complete) a row in every step table."""
    person = Person(given_names=name, family_name="Test", birth_date=date(1990, 5, 1),
                    category=Category.ASIELSTATUSHOUDER)  # fmt: skip
    person.trajectory = Trajectory(koppeling_date=date(2024, 1, 10), end_kind=end_kind,
                                   voorinburgering_end=date(2024, 6, 1))  # fmt: skip
    session.add(person)
    session.flush()
    if not complete:
        return person.id
    pid = person.id
    session.add_all([
        Residence(person_id=pid, kind=ResidenceKind.ROL, start_date=date(2024, 1, 1)),
        Residence(person_id=pid, kind=ResidenceKind.REGULIERE_WONING, start_date=date(2024, 9, 1)),
        Residence(person_id=pid, kind=ResidenceKind.HAR_WONING, start_date=date(2024, 4, 1)),
        KoffieEnKoek(person_id=pid, held_on=date(2024, 1, 25)),
        # The agenda: a planned Koffie en Koek and progress talk; cancelled and held talks
        # and a handhaving talk (no journey step) are not "planned".
        Appointment(person_id=pid, kind=TalkKind.KOFFIE_EN_KOEK,
                    starts_at=datetime(2024, 1, 25, 10, 0)),
        Appointment(person_id=pid, kind=TalkKind.VOORTGANG,
                    starts_at=datetime(2024, 9, 2, 9, 30)),
        Appointment(person_id=pid, kind=TalkKind.VOORTGANG, starts_at=datetime(2024, 8, 1, 9),
                    status=AppointmentStatus.GEANNULEERD),
        Appointment(person_id=pid, kind=TalkKind.PVT, starts_at=datetime(2024, 8, 1, 9),
                    status=AppointmentStatus.GEHOUDEN),
        Appointment(person_id=pid, kind=TalkKind.HANDHAVING, starts_at=datetime(2024, 8, 5, 9)),
        BredeIntake(person_id=pid, variant=IntakeVariant.STANDAARD, started_on=date(2024, 2, 5),
                    completed_on=date(2024, 3, 20)),
        Leerbaarheidstoets(person_id=pid, taken_on=date(2024, 2, 12), outcome=TestOutcome.Z),
        Leerbaarheidstoets(person_id=pid, taken_on=date(2024, 2, 26),
                           outcome=TestOutcome.TWIJFEL),
        StarterZ(person_id=pid, started_on=date(2024, 3, 1), advice_on=date(2024, 4, 20),
                 advice=Route.B1),
        Pip(person_id=pid, version=2, route=Route.B1, change=PipChange.SCHAKELEN,
            signed_on=date(2024, 5, 1), beschikking_on=date(2024, 5, 3)),
        Pip(person_id=pid, version=1, route=Route.Z, drafted_on=date(2024, 3, 15),
            signed_on=date(2024, 3, 20), beschikking_on=date(2024, 3, 22),
            route_started_on=date(2024, 3, 25), deviation_reason=""),
        ProgressTalk(person_id=pid, held_on=date(2024, 6, 20), formal=True),
        ProgressTalk(person_id=pid, held_on=None, formal=False),
        Pvt(person_id=pid, started_on=date(2024, 10, 1), signed_on=date(2024, 12, 1)),
        Map(person_id=pid, started_on=date(2025, 1, 1)),
        Ontzorgen(person_id=pid, start_date=date(2024, 4, 1), end_date=date(2024, 10, 1)),
        ParticipationActivity(person_id=pid, kind=ActivityKind.TAALCOACH, hours_per_week=1.5,
                              start_date=date(2024, 5, 1)),
    ])  # fmt: skip
    return pid


def test_load_facts_reads_every_step_table(store: Store) -> None:
    with store.transaction() as session:
        pid = add_inburgeraar(session, "Amal")
        family = Person(given_names="Kind", family_name="Test")
        session.add(family)
    with store.reading() as session:
        found = load_facts(session)
    assert set(found) == {pid}  # the child has no trajectory: not an inburgeraar
    facts = found[pid]
    assert facts.category is Category.ASIELSTATUSHOUDER
    assert facts.birth_date == date(1990, 5, 1)
    assert facts.koppeling_date == date(2024, 1, 10)
    assert facts.voorinburgering_end == date(2024, 6, 1)
    assert facts.housing_date == date(2024, 4, 1)  # the HAR home, not the ROL
    assert facts.koffie_en_koek_planned == date(2024, 1, 25)
    assert facts.planned_talks == (
        ("koffie_en_koek", date(2024, 1, 25)), ("voortgang", date(2024, 9, 2)),
    )  # fmt: skip
    assert facts.planned_for("voortgang") == (date(2024, 9, 2),)
    assert facts.koffie_en_koek_held == date(2024, 1, 25)
    assert (facts.brede_intake_started, facts.brede_intake_completed) == (
        date(2024, 2, 5), date(2024, 3, 20),
    )  # fmt: skip
    assert facts.brede_intake_variant is IntakeVariant.STANDAARD
    assert (facts.toets_date, facts.toets_outcome) == (date(2024, 2, 26), TestOutcome.TWIJFEL)
    assert (facts.starterz_started, facts.starterz_advice_on, facts.starterz_advice) == (
        date(2024, 3, 1), date(2024, 4, 20), Route.B1,
    )  # fmt: skip
    assert [v.version for v in facts.pip_versions] == [1, 2]
    assert facts.pip_versions[0] == PipVersion(
        version=1, route=Route.Z, drafted_on=date(2024, 3, 15),
        signed_on=date(2024, 3, 20), beschikking_on=date(2024, 3, 22),
        route_started_on=date(2024, 3, 25),
    )  # fmt: skip
    assert facts.pip_versions[1].change is PipChange.SCHAKELEN
    assert facts.progress_talks == (ProgressTalkFact(date(2024, 6, 20), True),)  # held only
    assert (facts.pvt_started, facts.pvt_signed) == (date(2024, 10, 1), date(2024, 12, 1))
    assert (facts.map_started, facts.map_completed) == (date(2025, 1, 1), None)
    assert facts.ontzorgen == (OntzorgenPeriod(date(2024, 4, 1), date(2024, 10, 1)),)
    assert facts.activities == (Activity(ActivityKind.TAALCOACH, 1.5, date(2024, 5, 1)),)
    assert (facts.end_kind, facts.end_date) == (None, None)

    state = evaluate(facts, load_rules(), date(2025, 2, 1))
    assert state.step(StepKey.PIP).status is StepStatus.DONE
    assert state.step(StepKey.STARTERZ).status is StepStatus.DONE
    assert state.route is Route.B1


def test_facts_for_one_person_and_a_selection(store: Store) -> None:
    with store.transaction() as session:
        first = add_inburgeraar(session, "Amal")
        second = add_inburgeraar(session, "Bereket", complete=False, end_kind=EndKind.VERHUISD)
        child = Person(given_names="Kind", family_name="Test")
        session.add(child)
    with store.reading() as session:
        assert facts_for_person(session, second).end_kind is EndKind.VERHUISD
        assert facts_for_person(session, second).pip_versions == ()
        assert set(load_facts(session, [first])) == {first}
        # A large selection is filtered in Python rather than with a huge IN list.
        many = [first, *(f"onbekend-{n}" for n in range(600))]
        assert set(load_facts(session, many)) == {first}
        with pytest.raises(LookupError, match="geen inburgeringstraject"):
            facts_for_person(session, child.id)


@contextmanager
def counting_queries(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):  # not the BEGIN of the session
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


@pytest.mark.parametrize("selection", [False, True])
def test_load_facts_makes_the_same_few_queries_for_few_or_many_people(
    store: Store, selection: bool
) -> None:
    def queries_for(people: int) -> int:
        with store.transaction() as session:
            ids = [add_inburgeraar(session, f"P{n}") for n in range(people)]
        with store.reading() as session, counting_queries(store) as statements:
            found = load_facts(session, ids if selection else None)
        assert set(ids) <= set(found)
        return len(statements)

    few = queries_for(2)
    many = queries_for(40)
    assert few == many
    # One per table: trajectory joined with person, residence, the ten step tables, the planned
    # talks of the agenda, and (since schema 10) the verlenging/ontheffing decisions and the rules
    # file's extra steps.
    assert many == 15
