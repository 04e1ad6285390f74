"""Hypothesis strategies for consistent klantreis facts: later steps happen after earlier ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from hypothesis import strategies as st

from desktop.domain.enums import (
    ActivityKind,
    Category,
    EndKind,
    IntakeVariant,
    PipChange,
    Route,
    TestOutcome,
)
from desktop.journey.facts import (
    Activity,
    JourneyFacts,
    OntzorgenPeriod,
    PipVersion,
    ProgressTalkFact,
)

T = TypeVar("T")
FIRST_DAY = date(2022, 1, 1)
LAST_DAY = date(2027, 12, 31)

#: Days on which journeys are evaluated: around and well after the journeys.
days = st.dates(min_value=FIRST_DAY - timedelta(days=60), max_value=LAST_DAY + timedelta(days=1500))


@st.composite
def journeys(draw: Callable[[st.SearchStrategy[Any]], Any]) -> JourneyFacts:
    """A JourneyFacts whose dates follow the journey's order, with gaps and unknowns."""

    def maybe(strategy: st.SearchStrategy[T]) -> T | None:
        return draw(st.none() | strategy)  # type: ignore[no-any-return]

    def after(day: date | None, most: int = 120) -> date | None:
        if day is None:
            return None
        return day + timedelta(days=draw(st.integers(0, most)))

    def maybe_after(day: date | None, most: int = 120) -> date | None:
        return maybe(st.just(after(day, most))) if day else None

    base = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
    koppeling = maybe(st.just(base))
    kek_held = maybe_after(base, 40)
    intake_started = maybe_after(kek_held or base, 40)
    toets = maybe_after(intake_started or base, 60)
    starterz = maybe_after(toets or base, 30)
    housing = maybe_after(base, 400)

    versions: list[PipVersion] = []
    anchor = toets or base
    for number in range(1, draw(st.integers(0, 4)) + 1):
        drafted = after(anchor, 200)
        signed = maybe_after(drafted, 30)
        beschikking = maybe_after(signed, 30) if signed else None
        versions.append(PipVersion(
            version=number,
            route=draw(st.sampled_from(Route)),
            drafted_on=drafted,
            signed_on=signed,
            beschikking_on=beschikking,
            route_started_on=maybe_after(beschikking, 30) if beschikking else None,
            deviation_reason=draw(st.sampled_from(["", "", "Advies taalaanbieder"])),
            change=PipChange.INITIEEL if number == 1 else draw(st.sampled_from(PipChange)),
        ))  # fmt: skip
        anchor = beschikking or signed or drafted or anchor
    first_beschikking = next((v.beschikking_on for v in versions if v.beschikking_on), None)
    start = first_beschikking or base

    talks = tuple(
        ProgressTalkFact(after(start, 1100), draw(st.booleans()))
        for _ in range(draw(st.integers(0, 6)))
    )
    ontzorgen = tuple(
        OntzorgenPeriod(
            period_start := after(housing or base, 60) or base,
            maybe_after(period_start, 300),
            draw(st.sampled_from(["", "maatwerk"])),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    activities = tuple(
        Activity(
            draw(st.sampled_from(ActivityKind)),
            draw(st.floats(0, 20, allow_nan=False)),
            activity_start := maybe_after(start, 400),
            maybe_after(activity_start, 400),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    end_kind = maybe(st.sampled_from(EndKind))
    return JourneyFacts(
        person_id="p",
        category=maybe(st.sampled_from(Category)),
        birth_date=base - timedelta(days=draw(st.integers(18 * 365, 60 * 365))),
        koppeling_date=koppeling,
        housing_date=housing,
        voorinburgering_end=maybe_after(base, 200),
        koffie_en_koek_planned=maybe_after(base, 30),
        koffie_en_koek_held=kek_held,
        brede_intake_started=intake_started,
        brede_intake_completed=maybe_after(intake_started, 60),
        brede_intake_variant=maybe(st.sampled_from(IntakeVariant)),
        toets_date=toets,
        toets_outcome=draw(st.sampled_from(TestOutcome)) if toets else None,
        starterz_started=starterz,
        starterz_advice_on=maybe_after(starterz, 90),
        starterz_advice=maybe(st.sampled_from([Route.B1, Route.Z])) if starterz else None,
        pip_versions=tuple(versions),
        progress_talks=talks,
        pvt_started=maybe_after(start, 300),
        pvt_signed=maybe_after(start, 700),
        map_started=maybe_after(start, 300),
        map_completed=maybe_after(start, 1000),
        ontzorgen=ontzorgen,
        activities=activities,
        end_kind=end_kind,
        end_date=maybe_after(start, 1300) if end_kind else None,
    )
