"""The klantreis engine, rule by rule, with concrete dates (Dalfsen's shipped rules)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.domain.enums import ActivityKind, Category, EndKind, PipChange, Route, TestOutcome
from desktop.journey.engine import (
    JourneyState,
    StepKey,
    StepStatus,
    evaluate,
    route_changes,
)
from desktop.journey.facts import (
    Activity,
    JourneyFacts,
    OntzorgenPeriod,
    PipVersion,
    ProgressTalkFact,
)
from desktop.journey.labels import STATUS_LABELS, STEP_LABELS, status_label, step_label
from desktop.journey.rules import Rules, load_rules


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def facts(**fields: Any) -> JourneyFacts:
    fields.setdefault("category", Category.ASIELSTATUSHOUDER)
    return JourneyFacts(**fields)


def pip(version: int = 1, route: Route = Route.B1, **fields: Any) -> PipVersion:
    return PipVersion(version=version, route=route, **fields)


def codes(state: JourneyState) -> set[str]:
    return {violation.code for violation in state.violations}


# -- koppeling, Koffie en Koek, Brede Intake --------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2025, 1, 11), StepStatus.OPEN),
        (date(2025, 1, 17), StepStatus.DUE_SOON),  # 14 days before the due date
        (date(2025, 1, 31), StepStatus.DUE_SOON),  # the due date itself is still on time
        (date(2025, 2, 1), StepStatus.OVERDUE),
    ],
)
def test_koffie_en_koek_is_due_three_weeks_after_koppeling(
    rules: Rules, today: date, status: StepStatus
) -> None:
    state = evaluate(facts(koppeling_date=date(2025, 1, 10)), rules, today)
    kek = state.step(StepKey.KOFFIE_EN_KOEK)
    assert kek.due == date(2025, 1, 31)
    assert kek.status is status
    assert kek.note == "3 weken na koppeling"
    assert state.step(StepKey.KOPPELING).status is StepStatus.DONE


def test_a_held_koffie_en_koek_is_done_and_starts_the_brede_intake_term(rules: Rules) -> None:
    state = evaluate(
        facts(koppeling_date=date(2025, 1, 10), koffie_en_koek_held=date(2025, 2, 5)),
        rules,
        date(2025, 2, 6),
    )
    kek = state.step(StepKey.KOFFIE_EN_KOEK)
    assert (kek.status, kek.done_on) == (StepStatus.DONE, date(2025, 2, 5))
    assert state.step(StepKey.BREDE_INTAKE).due == date(2025, 2, 19)
    assert state.current_step is StepKey.BREDE_INTAKE


def test_before_koffie_en_koek_the_brede_intake_counts_from_its_due_date(rules: Rules) -> None:
    state = evaluate(facts(koppeling_date=date(2025, 1, 10)), rules, date(2025, 1, 11))
    assert state.step(StepKey.BREDE_INTAKE).due == date(2025, 2, 14)  # 31 Jan + 2 weeks
    assert state.step(StepKey.LEERBAARHEIDSTOETS).due == date(2025, 2, 28)


def test_a_planned_talk_in_the_future_is_not_done_yet(rules: Rules) -> None:
    journey = facts(koppeling_date=date(2025, 1, 10), koffie_en_koek_held=date(2025, 1, 20))
    before = evaluate(journey, rules, date(2025, 1, 19)).step(StepKey.KOFFIE_EN_KOEK)
    assert before.status is StepStatus.DUE_SOON
    assert before.done_on is None
    after = evaluate(journey, rules, date(2025, 1, 20)).step(StepKey.KOFFIE_EN_KOEK)
    assert after.status is StepStatus.DONE


def test_koffie_en_koek_planned_date_is_in_the_note(rules: Rules) -> None:
    journey = facts(koppeling_date=date(2025, 1, 10), koffie_en_koek_planned=date(2025, 1, 28))
    note = evaluate(journey, rules, date(2025, 1, 11)).step(StepKey.KOFFIE_EN_KOEK).note
    assert note.startswith("gepland op 28-01-2025")


def test_gezinsmigrant_skips_koppeling_and_koffie_en_koek(rules: Rules) -> None:
    # Updated: a gezinsmigrant counts from the melding at the municipality, not from housing:
    # 002:255 "Voor gezinsmigranten geldt dat zij na melding bij de gemeente de Brede Intake
    # krijgen". Melding 03-03-2025 + 2 weken = 17-03-2025.
    journey = facts(
        category=Category.GEZINSMIGRANT, melding_date=date(2025, 3, 3),
        housing_date=date(2025, 6, 1),
    )  # fmt: skip
    state = evaluate(journey, rules, date(2025, 3, 4))
    assert state.step(StepKey.KOPPELING).status is StepStatus.NOT_APPLICABLE
    assert state.step(StepKey.KOFFIE_EN_KOEK).status is StepStatus.NOT_APPLICABLE
    intake = state.step(StepKey.BREDE_INTAKE)
    assert intake.due == date(2025, 3, 17)
    assert intake.note == "2 weken na melding bij de gemeente"
    assert state.current_step is StepKey.BREDE_INTAKE


def test_the_brede_intake_is_done_when_its_first_talk_was_held(rules: Rules) -> None:
    journey = facts(koppeling_date=date(2025, 1, 10), brede_intake_started=date(2025, 2, 10))
    intake = evaluate(journey, rules, date(2025, 2, 11)).step(StepKey.BREDE_INTAKE)
    assert (intake.status, intake.done_on) == (StepStatus.DONE, date(2025, 2, 10))
    assert "PIP" in intake.note


# -- leerbaarheidstoets, StarterZ, PIP ------------------------------------------------------


def test_toets_due_two_weeks_after_the_first_intake_talk(rules: Rules) -> None:
    journey = facts(koppeling_date=date(2025, 1, 10), brede_intake_started=date(2025, 2, 10))
    toets = evaluate(journey, rules, date(2025, 2, 11)).step(StepKey.LEERBAARHEIDSTOETS)
    assert toets.due == date(2025, 2, 24)
    done = evaluate(
        facts(toets_date=date(2025, 2, 20), toets_outcome=TestOutcome.TWIJFEL), rules,
        date(2025, 2, 21),
    ).step(StepKey.LEERBAARHEIDSTOETS)  # fmt: skip
    assert done.status is StepStatus.DONE
    assert done.note == "uitkomst: twijfel"


def test_starterz_is_not_applicable_unless_started(rules: Rules) -> None:
    # Updated: the StarterZ-klas is no route any more (002:439-440), so a PIP cannot "choose" it;
    # the step applies once the person is registered in the class.
    today = date(2025, 6, 1)
    assert evaluate(facts(), rules, today).step(StepKey.STARTERZ).status is (
        StepStatus.NOT_APPLICABLE
    )
    started = evaluate(facts(starterz_started=date(2025, 3, 3)), rules, today)
    assert started.step(StepKey.STARTERZ).due == date(2025, 5, 12)  # 10 weeks
    assert started.step(StepKey.STARTERZ).status is StepStatus.OVERDUE
    advised = evaluate(
        facts(starterz_started=date(2025, 3, 3), starterz_advice_on=date(2025, 4, 28),
              starterz_advice=Route.B1), rules, today,
    ).step(StepKey.STARTERZ)  # fmt: skip
    assert advised.status is StepStatus.DONE
    assert advised.note == "advies: B1-route"


def test_pip_has_no_legal_due_date_before_housing(rules: Rules) -> None:
    state = evaluate(facts(koppeling_date=date(2025, 1, 10)), rules, date(2026, 1, 1))
    step = state.step(StepKey.PIP_VASTGESTELD)
    assert (step.status, step.due) == (StepStatus.OPEN, None)
    assert step.note == "termijn (10 weken) start bij huisvesting"


def test_pip_is_due_ten_weeks_after_housing_and_done_when_vastgesteld(rules: Rules) -> None:
    # Updated: the legal term is met by the beschikking, not the signature (002:299, 002:308).
    housed = facts(housing_date=date(2025, 3, 3), pip_versions=(pip(drafted_on=date(2025, 4, 1)),))
    assert evaluate(housed, rules, date(2025, 5, 13)).step(StepKey.PIP).note == (
        "concept van 01-04-2025"
    )
    late = evaluate(housed, rules, date(2025, 5, 13)).step(StepKey.PIP_VASTGESTELD)
    assert late.due == date(2025, 5, 12)
    assert late.status is StepStatus.OVERDUE
    signed = facts(
        housing_date=date(2025, 3, 3),
        pip_versions=(pip(signed_on=date(2025, 5, 1), beschikking_on=date(2025, 5, 20)),),
    )
    step = evaluate(signed, rules, date(2025, 6, 1)).step(StepKey.PIP_VASTGESTELD)
    # Done late: the report can see that from done_on after due.
    assert (step.status, step.due, step.done_on) == (
        StepStatus.DONE, date(2025, 5, 12), date(2025, 5, 20),
    )  # fmt: skip


def test_a_pip_signed_before_housing_is_done(rules: Rules) -> None:
    journey = facts(pip_versions=(pip(signed_on=date(2025, 2, 1)),))
    assert evaluate(journey, rules, date(2025, 2, 2)).step(StepKey.PIP).status is StepStatus.DONE


# -- from the beschikking -------------------------------------------------------------------


def test_route_start_is_done_only_with_its_start_date(rules: Rules) -> None:
    journey = facts(
        voorinburgering_end=date(2025, 5, 1),
        pip_versions=(pip(signed_on=date(2025, 4, 1), beschikking_on=date(2025, 4, 30)),),
    )
    before = evaluate(journey, rules, date(2025, 4, 2)).step(StepKey.ROUTE_START)
    assert before.status is StepStatus.OPEN
    assert before.note == "B1-route; liefst bij einde voorinburgering (01-05-2025)"
    after = evaluate(journey, rules, date(2025, 5, 2)).step(StepKey.ROUTE_START)
    assert after.status is StepStatus.OPEN  # a beschikking alone is no start: "gedaan" lies
    assert "Route gestart op" in after.note
    started = facts(pip_versions=(pip(signed_on=date(2025, 4, 1), beschikking_on=date(
        2025, 4, 30), route_started_on=date(2025, 5, 1)),))  # fmt: skip
    done = evaluate(started, rules, date(2025, 5, 2)).step(StepKey.ROUTE_START)
    assert (done.status, done.done_on) == (StepStatus.DONE, date(2025, 5, 1))


def test_progress_talk_every_three_months_counting_calendar_months(rules: Rules) -> None:
    beschikking = (pip(beschikking_on=date(2024, 11, 30)),)
    first = evaluate(facts(pip_versions=beschikking), rules, date(2024, 12, 1))
    assert first.step(StepKey.VOORTGANG).due == date(2025, 2, 28)
    talked = facts(pip_versions=beschikking, progress_talks=(ProgressTalkFact(date(2025, 2, 20)),))
    step = evaluate(talked, rules, date(2025, 3, 1)).step(StepKey.VOORTGANG)
    assert step.due == date(2025, 5, 20)
    assert step.status is StepStatus.OPEN
    assert step.note == "elke 3 maanden; laatste gesprek 20-02-2025"


def test_pvt_is_due_18_months_after_the_beschikking(rules: Rules) -> None:
    journey = facts(pip_versions=(pip(beschikking_on=date(2024, 8, 31)),))
    pvt = evaluate(journey, rules, date(2024, 9, 1)).step(StepKey.PVT)
    assert pvt.due == date(2026, 2, 28)
    signed = facts(pip_versions=journey.pip_versions, pvt_signed=date(2025, 6, 1))
    assert evaluate(signed, rules, date(2025, 6, 1)).step(StepKey.PVT).status is StepStatus.DONE


def test_pvt_has_no_due_date_before_the_beschikking(rules: Rules) -> None:
    pvt = evaluate(facts(housing_date=date(2025, 1, 1)), rules, date(2025, 2, 1)).step(StepKey.PVT)
    assert (pvt.status, pvt.due) == (StepStatus.OPEN, None)


def test_map_does_not_apply_to_the_onderwijsroute(rules: Rules) -> None:
    today = date(2025, 6, 1)
    onderwijs = facts(pip_versions=(pip(route=Route.ONDERWIJS, beschikking_on=date(2025, 1, 1)),))
    step = evaluate(onderwijs, rules, today).step(StepKey.MAP)
    assert step.status is StepStatus.NOT_APPLICABLE
    assert step.note == "niet voor de Onderwijsroute"
    z_route = facts(pip_versions=(pip(route=Route.Z, beschikking_on=date(2025, 1, 1)),))
    assert evaluate(z_route, rules, today).step(StepKey.MAP).due == date(2028, 1, 1)


def test_ontzorgen_lasts_six_calendar_months(rules: Rules) -> None:
    journey = facts(ontzorgen=(OntzorgenPeriod(date(2024, 8, 31)),))
    step = evaluate(journey, rules, date(2025, 3, 1)).step(StepKey.ONTZORGEN)
    assert (step.due, step.status) == (date(2025, 2, 28), StepStatus.OVERDUE)
    ended = facts(ontzorgen=(OntzorgenPeriod(date(2024, 8, 31), date(2025, 2, 28)),))
    step = evaluate(ended, rules, date(2025, 3, 1)).step(StepKey.ONTZORGEN)
    assert (step.status, step.done_on) == (StepStatus.DONE, date(2025, 2, 28))
    # Updated: ontzorgen is the default after housing (002:707), so without a record it waits
    # for the housing instead of being "not applicable".
    waiting = evaluate(facts(), rules, date(2025, 3, 1)).step(StepKey.ONTZORGEN)
    assert (waiting.status, waiting.due) == (StepStatus.OPEN, None)
    gezinsmigrant = facts(category=Category.GEZINSMIGRANT)
    assert evaluate(gezinsmigrant, rules, date(2025, 3, 1)).step(StepKey.ONTZORGEN).status is (
        StepStatus.NOT_APPLICABLE
    )


def test_extended_ontzorgen_is_due_at_its_planned_end(rules: Rules) -> None:
    period = OntzorgenPeriod(date(2024, 8, 31), date(2025, 5, 31), "schulden in beeld")
    step = evaluate(facts(ontzorgen=(period,)), rules, date(2025, 3, 1)).step(StepKey.ONTZORGEN)
    assert (step.due, step.status) == (date(2025, 5, 31), StepStatus.OPEN)
    assert step.note == "verlengd: schulden in beeld"


def test_inburgeringstermijn_is_three_years_from_the_first_beschikking(rules: Rules) -> None:
    versions = (
        pip(1, beschikking_on=date(2024, 2, 29)),
        pip(2, route=Route.Z, beschikking_on=date(2024, 9, 1)),
    )
    state = evaluate(facts(pip_versions=versions), rules, date(2024, 10, 1))
    assert state.step(StepKey.INBURGERINGSTERMIJN).due == date(2027, 2, 28)
    assert state.route is Route.Z


# -- violations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "route", "deviates"),
    [
        (TestOutcome.B1, Route.B1, False),
        (TestOutcome.B1, Route.ONDERWIJS, False),
        (TestOutcome.B1, Route.Z, True),
        (TestOutcome.Z, Route.Z, False),
        (TestOutcome.Z, Route.B1, True),
        (TestOutcome.Z, Route.ONDERWIJS, True),
        (TestOutcome.TWIJFEL, Route.B1, False),
        (TestOutcome.TWIJFEL, Route.Z, False),
        (TestOutcome.TWIJFEL, Route.ONDERWIJS, True),
    ],
)
def test_a_route_deviating_from_the_test_needs_a_reason(
    rules: Rules, outcome: TestOutcome, route: Route, deviates: bool
) -> None:
    journey = facts(
        toets_date=date(2025, 1, 1), toets_outcome=outcome,
        pip_versions=(pip(route=route, signed_on=date(2025, 2, 1)),),
    )  # fmt: skip
    state = evaluate(journey, rules, date(2025, 3, 1))
    assert ("route_deviates_without_reason" in codes(state)) is deviates
    reasoned = facts(
        toets_date=date(2025, 1, 1), toets_outcome=outcome,
        pip_versions=(pip(route=route, deviation_reason="Advies docent na proefles"),),
    )  # fmt: skip
    assert "route_deviates_without_reason" not in codes(evaluate(reasoned, rules, date(2025, 3, 1)))


def test_the_deviation_message_cites_the_ruling(rules: Rules) -> None:
    journey = facts(
        toets_date=date(2025, 1, 1), toets_outcome=TestOutcome.B1,
        pip_versions=(pip(route=Route.Z),),
    )  # fmt: skip
    (violation,) = evaluate(journey, rules, date(2025, 3, 1)).violations
    assert violation.step is StepKey.PIP
    assert "ECLI:NL:RVS:2024:5413" in violation.message
    assert "Z-route" in violation.message


def test_a_signed_pip_without_leerbaarheidstoets_is_reported(rules: Rules) -> None:
    journey = facts(pip_versions=(pip(signed_on=date(2025, 2, 1)),))
    assert codes(evaluate(journey, rules, date(2025, 1, 31))) == set()
    assert codes(evaluate(journey, rules, date(2025, 2, 1))) == {"pip_without_leerbaarheidstoets"}


def test_route_changes_lists_each_change_with_its_date() -> None:
    journey = facts(pip_versions=(
        pip(1, Route.B1, beschikking_on=date(2025, 1, 1)),
        pip(2, Route.B1, signed_on=date(2025, 2, 1), change=PipChange.BIJSTELLING),
        pip(3, Route.Z, beschikking_on=date(2025, 5, 1), change=PipChange.AFSCHALEN),
    ))  # fmt: skip
    (change,) = route_changes(journey)
    assert (change.version, change.previous, change.route, change.on, change.change) == (
        3, Route.B1, Route.Z, date(2025, 5, 1), PipChange.AFSCHALEN,
    )  # fmt: skip


def _changes(*dates_and_routes: tuple[date, Route]) -> JourneyFacts:
    versions = tuple(
        pip(number, route, beschikking_on=day)
        for number, (day, route) in enumerate(dates_and_routes, start=1)
    )
    return facts(pip_versions=versions)


def test_one_route_change_in_the_first_year_is_allowed_a_second_is_not(rules: Rules) -> None:
    once = _changes((date(2025, 1, 31), Route.B1), (date(2025, 6, 1), Route.Z))
    assert codes(evaluate(once, rules, date(2025, 7, 1))) == set()
    twice = _changes(
        (date(2025, 1, 31), Route.B1), (date(2025, 6, 1), Route.Z), (date(2026, 1, 30), Route.B1)
    )
    assert "second_route_change_first_year" in codes(evaluate(twice, rules, date(2026, 2, 1)))
    # Updated: the first year includes its last day (the anniversary, 31-01-2026); a change
    # on the first day after it (01-02-2026) is allowed.
    anniversary = _changes(
        (date(2025, 1, 31), Route.B1), (date(2025, 6, 1), Route.Z), (date(2026, 1, 31), Route.B1)
    )
    assert "second_route_change_first_year" in codes(evaluate(anniversary, rules, date(2026, 2, 2)))
    later = _changes(
        (date(2025, 1, 31), Route.B1), (date(2025, 6, 1), Route.Z), (date(2026, 2, 1), Route.B1)
    )
    assert "second_route_change_first_year" not in codes(evaluate(later, rules, date(2026, 2, 1)))


def test_leaving_the_starterz_klas_is_not_a_route_change(rules: Rules) -> None:
    # Updated: the class is within the Z-route (002:439-440): a Z-route PIP with a StarterZ
    # record, then B1 on the class's advice, is the first real choice.
    journey = replace(
        _changes(
            (date(2025, 1, 31), Route.Z), (date(2025, 4, 1), Route.B1),
            (date(2025, 9, 1), Route.Z),
        ),
        starterz_started=date(2025, 1, 31), starterz_advice_on=date(2025, 3, 20),
        starterz_advice=Route.B1,
    )  # fmt: skip
    state = evaluate(journey, rules, date(2025, 10, 1))
    assert "second_route_change_first_year" not in codes(state)


def test_two_formal_progress_talks_in_the_first_year(rules: Rules) -> None:
    def journey(*talks: ProgressTalkFact) -> JourneyFacts:
        return facts(pip_versions=(pip(beschikking_on=date(2024, 1, 31)),), progress_talks=talks)

    one = journey(ProgressTalkFact(date(2024, 5, 1)), ProgressTalkFact(date(2024, 8, 1), False))
    assert codes(evaluate(one, rules, date(2025, 1, 30))) == set()  # the year is not over
    # Updated: the anniversary (31-01-2025) is still in the first year.
    assert codes(evaluate(one, rules, date(2025, 1, 31))) == set()
    (violation,) = evaluate(one, rules, date(2025, 2, 1)).violations
    assert violation.code == "too_few_progress_talks_first_year"
    assert violation.step is StepKey.VOORTGANG
    assert "1 formele" in violation.message
    two = journey(ProgressTalkFact(date(2024, 5, 1)), ProgressTalkFact(date(2024, 12, 1)))
    assert codes(evaluate(two, rules, date(2025, 6, 1))) == set()


def test_z_route_hours_short_is_reported_only_with_activities(rules: Rules) -> None:
    versions = (pip(route=Route.Z, beschikking_on=date(2025, 1, 1)),)
    none_yet = facts(pip_versions=versions)
    assert codes(evaluate(none_yet, rules, date(2025, 2, 1))) == set()
    few = facts(
        pip_versions=versions,
        activities=(Activity(ActivityKind.TAALCAFE, 2.0, date(2025, 1, 1), date(2025, 12, 31)),),
    )
    (violation,) = evaluate(few, rules, date(2025, 2, 1)).violations
    assert violation.code == "z_route_hours_short"
    assert "104 van de 800 uur" in violation.message
    enough = facts(
        pip_versions=versions,
        activities=(Activity(ActivityKind.WERKCARROUSEL, 6.0, date(2025, 4, 1)),),
    )
    assert codes(evaluate(enough, rules, date(2025, 2, 1))) == set()


# -- the whole journey ----------------------------------------------------------------------


def test_a_moved_person_has_nothing_due_any_more(rules: Rules) -> None:
    journey = facts(
        koppeling_date=date(2024, 1, 10), koffie_en_koek_held=date(2024, 1, 20),
        end_kind=EndKind.VERHUISD, end_date=date(2024, 6, 1),
    )  # fmt: skip
    state = evaluate(journey, rules, date(2025, 1, 1))
    assert state.ended
    assert not state.overdue
    assert state.current_step is None
    assert state.next_deadline is None
    assert state.step(StepKey.KOFFIE_EN_KOEK).status is StepStatus.DONE
    assert state.step(StepKey.BREDE_INTAKE).status is StepStatus.NOT_APPLICABLE
    assert state.step(StepKey.BREDE_INTAKE).note == "vervallen: traject beëindigd (verhuisd)"
    einde = state.step(StepKey.EINDE)
    assert (einde.status, einde.done_on, einde.note) == (
        StepStatus.DONE, date(2024, 6, 1), "verhuisd",
    )  # fmt: skip
    # Before the end date the journey still runs.
    assert not evaluate(journey, rules, date(2024, 5, 31)).ended


def test_voldaan_completes_the_inburgeringstermijn(rules: Rules) -> None:
    journey = facts(
        pip_versions=(pip(beschikking_on=date(2024, 1, 1)),),
        end_kind=EndKind.VOLDAAN, end_date=date(2026, 6, 1),
    )  # fmt: skip
    step = evaluate(journey, rules, date(2026, 6, 2)).step(StepKey.INBURGERINGSTERMIJN)
    assert (step.status, step.done_on) == (StepStatus.DONE, date(2026, 6, 1))


def test_next_deadline_is_the_earliest_open_due_date(rules: Rules) -> None:
    journey = facts(
        koppeling_date=date(2025, 1, 10), housing_date=date(2025, 1, 15),
        ontzorgen=(OntzorgenPeriod(date(2025, 1, 15)),),
    )  # fmt: skip
    state = evaluate(journey, rules, date(2025, 1, 11))
    assert state.next_deadline is not None
    assert state.next_deadline.step is StepKey.KOFFIE_EN_KOEK
    assert state.current_step is StepKey.KOFFIE_EN_KOEK
    assert [s.step for s in state.steps] == list(StepKey)


def test_every_step_and_status_has_a_dutch_label() -> None:
    assert list(STEP_LABELS) == [key.value for key in StepKey]
    assert set(STATUS_LABELS) == {status.value for status in StepStatus}
    assert step_label(StepKey.PIP) == "PIP getekend"
    assert status_label(StepStatus.OVERDUE) == "Te laat"
