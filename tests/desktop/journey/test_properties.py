"""Properties of the engine over random, consistent journeys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.journey.engine import (
    OPEN_STATUSES,
    JourneyState,
    StepKey,
    StepStatus,
    evaluate,
    route_changes,
)
from desktop.journey.facts import JourneyFacts
from desktop.journey.rules import Rules, load_rules
from tests.desktop.journey.strategies import days, journeys

RULES: Rules = load_rules()

#: Steps whose due dates do not depend on the later-journey facts swapped in below.
EARLY_STEPS = (
    StepKey.KOPPELING, StepKey.KOFFIE_EN_KOEK, StepKey.BREDE_INTAKE, StepKey.LEERBAARHEIDSTOETS,
    StepKey.STARTERZ, StepKey.PIP, StepKey.ROUTE_START, StepKey.INBURGERINGSTERMIJN,
)  # fmt: skip

pytestmark = pytest.mark.filterwarnings("error")


def dues(state: JourneyState, keys: tuple[StepKey, ...]) -> dict[StepKey, date | None]:
    return {key: state.step(key).due for key in keys}


@given(journeys(), days)
def test_all_fifteen_steps_in_journey_order(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    assert [step.step for step in state.steps] == list(StepKey)
    assert len(state.steps) == 15


@given(journeys(), days)
def test_done_means_done_by_today_and_late_means_not_done(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    for step in state.steps:
        if step.done_on is not None:
            assert step.status is StepStatus.DONE
            assert step.done_on <= today
        if step.status is StepStatus.OVERDUE:
            assert step.due is not None and step.due < today
        if step.status is StepStatus.DUE_SOON:
            assert step.due is not None and today <= step.due <= RULES.due_soon.after(today)
    assert state.overdue == any(step.status is StepStatus.OVERDUE for step in state.steps)


@given(journeys(), days, st.integers(1, 2000))
def test_done_stays_done_on_a_later_day(facts: JourneyFacts, today: date, later: int) -> None:
    before = evaluate(facts, RULES, today)
    after = evaluate(facts, RULES, date.fromordinal(today.toordinal() + later))
    for old, new in zip(before.steps, after.steps, strict=True):
        if old.status is StepStatus.DONE:
            assert new.status is StepStatus.DONE
            assert new.done_on == old.done_on
    if before.ended:
        assert after.ended


@given(journeys(), days, days)
def test_due_dates_do_not_depend_on_today(facts: JourneyFacts, one: date, other: date) -> None:
    first, second = evaluate(facts, RULES, one), evaluate(facts, RULES, other)
    for a, b in zip(first.steps, second.steps, strict=True):
        if StepStatus.NOT_APPLICABLE not in (a.status, b.status):
            assert a.due == b.due


@given(journeys(), journeys(), days)
def test_later_facts_do_not_move_earlier_due_dates(
    facts: JourneyFacts, other: JourneyFacts, today: date
) -> None:
    grafted = replace(
        facts,
        progress_talks=other.progress_talks,
        pvt_started=other.pvt_started,
        pvt_signed=other.pvt_signed,
        map_started=other.map_started,
        map_completed=other.map_completed,
        ontzorgen=other.ontzorgen,
        activities=other.activities,
    )
    assert dues(evaluate(facts, RULES, today), EARLY_STEPS) == dues(
        evaluate(grafted, RULES, today), EARLY_STEPS
    )


@given(journeys(), days)
def test_current_step_is_the_first_step_still_to_do(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    if state.ended:
        assert state.current_step is None
        return
    todo = [step.step for step in state.steps if step.status in OPEN_STATUSES]
    assert state.current_step == (todo[0] if todo else None)
    if state.current_step is not None:
        index = list(StepKey).index(state.current_step)
        for step in state.steps[:index]:
            assert step.status in (StepStatus.DONE, StepStatus.NOT_APPLICABLE)


@given(journeys(), days)
def test_next_deadline_is_the_earliest_open_due_date(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    open_dues = [s.due for s in state.steps if s.status in OPEN_STATUSES and s.due is not None]
    if not open_dues:
        assert state.next_deadline is None
    else:
        assert state.next_deadline is not None
        assert state.next_deadline.status in OPEN_STATUSES
        assert state.next_deadline.due == min(open_dues)
        assert state.next_deadline in state.steps


@given(journeys(), days)
def test_an_ended_journey_has_nothing_late_or_open(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    if state.ended:
        assert not state.overdue
        assert state.step(StepKey.EINDE).status is StepStatus.DONE
        assert all(step.status not in OPEN_STATUSES for step in state.steps)
        assert all(v.code != "z_route_hours_short" for v in state.violations)


@given(journeys(), days)
def test_route_and_route_changes_follow_the_pip_versions(facts: JourneyFacts, today: date) -> None:
    state = evaluate(facts, RULES, today)
    versions = sorted(facts.pip_versions, key=lambda v: v.version)
    assert state.route == (versions[-1].route if versions else None)
    changes = route_changes(facts)
    assert len(changes) <= max(len(versions) - 1, 0)
    assert all(change.previous != change.route for change in changes)


@settings(max_examples=50)
@given(journeys(), days)
def test_violations_are_dutch_and_name_a_step(facts: JourneyFacts, today: date) -> None:
    for violation in evaluate(facts, RULES, today).violations:
        assert violation.step in StepKey
        assert violation.message and violation.code.islower()
