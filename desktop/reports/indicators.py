"""Every indicator of "sturen en meten" (001 §3.3, 002 §3.1, issue 12), computed for a period
and a team or one consultant from :class:`~desktop.reports.data.ReportData`.

Pure: no store, no clock. ``as_of`` (the end of the period, or today when that is earlier) is
the day the "now" figures describe; nothing recorded after it counts.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.enums import (
    ActivityKind,
    Category,
    EndKind,
    EnforcementKind,
    IncomeKind,
    LegalGround,
    Route,
)
from desktop.journey.engine import StepKey, StepStatus
from desktop.journey.engine import planned_participation_hours as planned_hours
from desktop.journey.facts import JourneyFacts
from desktop.journey.labels import CATEGORY_LABELS, END_LABELS, ROUTE_LABELS, step_label
from desktop.journey.rules import Rules, Term, add_months
from desktop.journey.rules import Unit as TermUnit
from desktop.messages import N_, Message
from desktop.reports.data import ReportData, ReportPerson
from desktop.reports.journeys import JourneyMemo, ReportJourney, report_journeys
from desktop.reports.model import (
    Breakdown,
    Extra,
    Indicator,
    Part,
    Reference,
    Report,
    Theme,
    Unit,
)
from desktop.reports.period import MONTH_SHORT, Period
from desktop.reports.settings import ReportSettings

#: "na een half jaar na vestiging" (001 §3.3, indicator 3).
PARTICIPATION_AFTER = Term(6, TermUnit.MONTHS)
#: Activities that count as taalstage, vrijwilligerswerk, studie or werk(ervaringsplek).
PARTICIPATING = frozenset({
    ActivityKind.TAALSTAGE, ActivityKind.VRIJWILLIGERSWERK, ActivityKind.OPLEIDING,
    ActivityKind.WERKERVARINGSPLAATS, ActivityKind.BETAALD_WERK,
})  # fmt: skip
#: "statushouders": the people with a residence permit (not gezinsmigranten).
STATUSHOUDERS = frozenset({Category.ASIELSTATUSHOUDER, Category.NAREIZIGER, Category.HERVESTIGER})
ADULT_AGE = 18
#: Average length of a month in days, for durations in months.
MONTH_DAYS = 365.25 / 12

#: Route split references (002 §3.1).
NATIONAL_ROUTES = Reference(
    Message(N_("Landelijke verwachting")),
    {"route.z": 15.0, "route.b1": 60.0, "route.onderwijs": 25.0},
    "002 §3.1 (002:353-354)",
)  # fmt: skip
DALFSEN_ROUTES = Reference(
    Message(N_("Handmatige telling Dalfsen")),
    {"route.z": 40.0, "route.b1": 45.0, "route.onderwijs": 15.0},
    "002 §3.1 (002:356-357)",
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _after(term: Term, day: date) -> date:
    """``term.after(day)``, remembered: every report asks it for everyone, for the same days."""
    return term.after(day)


def _text(text: str | Message, **args: object) -> Message:
    """A text of the report, kept as a Message: rendered when shown, in the language then."""
    return text if isinstance(text, Message) else Message(text, args)


def _earliest(days: Iterable[date | None], as_of: date) -> date | None:
    known = [day for day in days if day is not None and day <= as_of]
    return min(known) if known else None


def ended_by(facts: JourneyFacts, day: date) -> bool:
    """True when the trajectory ended on or before ``day``."""
    return facts.end_kind is not None and facts.end_date is not None and facts.end_date <= day


def inflow_date(person: ReportPerson) -> date | None:
    """When someone came in: the koppeling, else the melding (gezinsmigrant), else housing."""
    facts = person.facts
    return facts.koppeling_date or person.melding_date or facts.housing_date


def age_on(birth: date | None, day: date) -> int | None:
    """Age in whole years on ``day``."""
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass
class _Context:
    """The people in scope with their evaluated journeys, shared by the indicator functions."""

    people: list[ReportPerson]
    period: Period
    as_of: date
    rules: Rules
    settings: ReportSettings
    consultants: dict[str, str]
    states: dict[str, ReportJourney]  # on as_of, for the trajectories running then
    unended: dict[str, ReportJourney]  # also for recently ended ones, as if they had not ended
    _active: list[ReportPerson] | None = None

    def active(self) -> list[ReportPerson]:
        """People whose trajectory runs on ``as_of``: started and not ended (a new list each
        time, made once)."""
        if self._active is None:
            self._active = [p for p in self.people if p.person_id in self.states]
        return list(self._active)

    def in_period(self, day: date | None) -> bool:
        return day is not None and day in self.period and day <= self.as_of


def _ids(people: Iterable[ReportPerson]) -> tuple[str, ...]:
    return tuple(p.person_id for p in people)


def _percent(count: int, total: int) -> float | None:
    return 100.0 * count / total if total else None


def _parts(
    groups: Sequence[tuple[str, str | Message, list[ReportPerson]]],
) -> tuple[Part, ...]:
    return tuple(
        Part(key, _text(label), len(people), _ids(people)) for key, label, people in groups
    )


def _on_time(
    ctx: _Context,
    key: str,
    title: str,
    definition: str | Message,
    source: str,
    theme: Theme,
    cohort: list[tuple[ReportPerson, date, date | None]],
) -> Indicator:
    """A "within the term" indicator: each person with their due date and completion date."""
    on_time = [p for p, due, done in cohort if done is not None and done <= due]
    late = [p for p, due, done in cohort if done is not None and done > due]
    missing = [p for p, _due, done in cohort if done is None]
    total = len(cohort)
    parts = _parts([
        (f"{key}.op_tijd", N_("op tijd"), on_time),
        (f"{key}.te_laat", N_("te laat"), late),
        (f"{key}.nog_niet", N_("nog niet (termijn verstreken)"), missing),
    ])  # fmt: skip
    return Indicator(
        key=key, theme=theme, title=_text(title), definition=_text(definition), source=source,
        unit=Unit.PERCENT, value=_percent(len(on_time), total), total=total,
        person_ids=_ids(p for p, _due, _done in cohort),
        breakdowns=(Breakdown(f"{key}.uitkomst", _text(N_("Uitkomst")), parts),),
        target=ctx.settings.target(key), numerator=f"{key}.op_tijd",
    )  # fmt: skip


def _excluded(facts: JourneyFacts, due: date, done: date | None) -> bool:
    """Left before the term ended without doing the step: not counted either way."""
    return ended_by(facts, due) and (done is None or done > due)


def _pip_anchor(person: ReportPerson) -> date | None:
    # Gezinsmigranten count from their melding at the municipality (002:240).
    if person.facts.category is Category.GEZINSMIGRANT and person.melding_date:
        return person.melding_date
    return person.facts.housing_date


def _pip_cohort(
    ctx: _Context, done_of: Callable[[JourneyFacts], date | None]
) -> list[tuple[ReportPerson, date, date | None]]:
    cohort = []
    for person in ctx.people:
        anchor = _pip_anchor(person)
        if anchor is None:
            continue
        due = _after(ctx.rules.pip.term, anchor)
        done = done_of(person.facts)
        if ctx.in_period(due) and not _excluded(person.facts, due, done):
            cohort.append((person, due, done))
    return cohort


def pip_vastgesteld(ctx: _Context) -> Indicator:
    """The PIP fixed by a beschikking within the legal term after housing (002:299-308)."""
    term = ctx.rules.pip.term.as_message()
    return _on_time(
        ctx, "pip_vastgesteld", N_("PIP vastgesteld binnen de wettelijke termijn"),
        Message(N_("Van wie de wettelijke termijn ({term} na de eerste huisvesting; voor een "
                   "gezinsmigrant na de melding) in de periode afliep: het deel met een "
                   "beschikking (PIP vastgesteld) binnen die termijn. De handtekening telt hier "
                   "niet. Wie vóór het einde van de termijn vertrok zonder beschikking, telt "
                   "niet mee."), {"term": term}),
        "001 §3.3 (indicator 1); 002 §2.1.4", Theme.KLANTREIS,
        _pip_cohort(ctx, lambda f: _earliest((v.beschikking_on for v in f.pip_versions),
                                             ctx.as_of)),
    )  # fmt: skip


def pip_ondertekend(ctx: _Context) -> Indicator:
    """The PIP signed within the legal term after housing (the seed's own wording)."""
    term = ctx.rules.pip.term.as_message()
    return _on_time(
        ctx, "pip_ondertekend", N_("PIP ondertekend binnen de wettelijke termijn"),
        Message(N_("Dezelfde groep als bij 'PIP vastgesteld': het deel dat het PIP binnen "
                   "{term} na de huisvesting heeft ondertekend, los van de beschikking."),
                {"term": term}),
        "001 §3.3 (indicator 1)", Theme.KLANTREIS,
        _pip_cohort(ctx, lambda f: _earliest((v.signed_on for v in f.pip_versions), ctx.as_of)),
    )  # fmt: skip


def _step_cohort(
    ctx: _Context, step: StepKey, done_of: Callable[[JourneyFacts], date | None]
) -> list[tuple[ReportPerson, date, date | None]]:
    cohort = []
    for person in ctx.people:
        journey = ctx.unended.get(person.person_id)
        if journey is None:
            continue
        state = journey.step(step)
        if state.status is StepStatus.NOT_APPLICABLE or state.due is None:
            continue
        done = done_of(person.facts)
        done = done if done is not None and done <= ctx.as_of else None
        if ctx.in_period(state.due) and not _excluded(person.facts, state.due, done):
            cohort.append((person, state.due, done))
    return cohort


def koffie_en_koek(ctx: _Context) -> Indicator:
    """Koffie en Koek within its term after koppeling (002 §2.1 punt 1)."""
    term = ctx.rules.koffie_en_koek.term.as_message()
    return _on_time(
        ctx, "koffie_en_koek", N_("Koffie en Koek op tijd"),
        Message(N_("Van wie de termijn ({term} na de koppeling) in de periode afliep: het deel "
                   "met een Koffie en Koek gesprek binnen die termijn. Alleen wie via de opvang "
                   "gekoppeld is; nareizigers en gezinsmigranten krijgen geen Koffie en Koek."),
                {"term": term}),
        "002 §2.1 punt 1 (002:201-203)", Theme.KLANTREIS,
        _step_cohort(ctx, StepKey.KOFFIE_EN_KOEK, lambda f: f.koffie_en_koek_held),
    )  # fmt: skip


def brede_intake(ctx: _Context) -> Indicator:
    """The (first) Brede Intake talk within its term (002 §2.1 punt 2)."""
    term = ctx.rules.brede_intake.term.as_message()
    return _on_time(
        ctx, "brede_intake", N_("Brede Intake op tijd"),
        Message(N_("Van wie de termijn ({term} na Koffie en Koek; zonder Koffie en Koek na de "
                   "huisvesting) in de periode afliep: het deel van wie het eerste Brede Intake "
                   "gesprek binnen die termijn is gehouden."), {"term": term}),
        "002 §2.1 punt 2 (002:205-206)", Theme.KLANTREIS,
        _step_cohort(ctx, StepKey.BREDE_INTAKE,
                     lambda f: min((d for d in (f.brede_intake_started, f.brede_intake_completed)
                                    if d is not None), default=None)),
    )  # fmt: skip


def voortgang(ctx: _Context) -> Indicator:
    """Progress talks on time: on ``as_of``, no progress talk overdue."""
    interval = ctx.rules.voortgang.interval.as_message()
    cohort = [
        p for p in ctx.active()
        if _earliest((v.beschikking_on for v in p.facts.pip_versions), ctx.as_of)
    ]  # fmt: skip
    late = [p for p in cohort if ctx.states[p.person_id].step(StepKey.VOORTGANG).status
            is StepStatus.OVERDUE]  # fmt: skip
    late_ids = set(_ids(late))
    on_time = [p for p in cohort if p.person_id not in late_ids]
    key = "voortgang"
    parts = _parts([(f"{key}.op_tijd", N_("op tijd"), on_time),
                    (f"{key}.te_laat", N_("te laat"), late)])  # fmt: skip
    return Indicator(
        key=key, theme=Theme.KLANTREIS, title=_text(N_("Voortgangsgesprekken op tijd")),
        definition=Message(N_("Lopende trajecten met een beschikking op de peildatum (einde "
                              "periode): het deel zonder te laat voortgangsgesprek (elke "
                              "{interval})."), {"interval": interval}),
        source="002 §2.1.4 (002:310-311)", unit=Unit.PERCENT,
        value=_percent(len(on_time), len(cohort)), total=len(cohort), person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.uitkomst", _text(N_("Uitkomst")), parts),),
        target=ctx.settings.target(key), numerator=f"{key}.op_tijd",
    )  # fmt: skip


def formele_gesprekken(ctx: _Context) -> Indicator:
    """At least the minimum of formal progress talks in the first year (001:583-587)."""
    rule = ctx.rules.voortgang
    cohort, enough = [], []
    for person in ctx.people:
        start = _earliest((v.beschikking_on for v in person.facts.pip_versions), ctx.as_of)
        if start is None:
            continue
        year_end = _after(rule.first_year, start)
        if not ctx.in_period(year_end) or ended_by(person.facts, year_end):
            continue
        cohort.append(person)
        held = [
            t
            for t in person.facts.progress_talks
            if t.formal and t.held_on is not None and start <= t.held_on < year_end
        ]
        if len(held) >= rule.minimum_formal_first_year:
            enough.append(person)
    enough_ids = set(_ids(enough))
    key = "formele_gesprekken"
    parts = _parts([
        (f"{key}.genoeg", N_("minimaal het aantal"), enough),
        (f"{key}.te_weinig", N_("te weinig"), [p for p in cohort if p.person_id not in enough_ids]),
    ])  # fmt: skip
    return Indicator(
        key=key, theme=Theme.KLANTREIS, title=_text(N_("Formele voortgangsgesprekken eerste jaar")),
        definition=Message(N_("Van wie het eerste jaar na de beschikking in de periode eindigde "
                              "(en het traject toen nog liep): het deel met minstens {minimum} "
                              "formele voortgangsgesprekken in dat jaar."),
                           {"minimum": rule.minimum_formal_first_year}),
        source="001:583-587", unit=Unit.PERCENT, value=_percent(len(enough), len(cohort)),
        total=len(cohort), person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.uitkomst", _text(N_("Uitkomst")), parts),),
        target=ctx.settings.target(key), numerator=f"{key}.genoeg",
    )  # fmt: skip


def participatie_6_maanden(ctx: _Context) -> Indicator:
    """Adults who, 6 months after settling, do a taalstage, volunteer, study or work."""
    cohort, doing = [], []
    for person in ctx.people:
        facts = person.facts
        if facts.housing_date is None or facts.category not in STATUSHOUDERS:
            continue
        mark = _after(PARTICIPATION_AFTER, facts.housing_date)
        age = age_on(facts.birth_date, mark)
        if (
            not ctx.in_period(mark)
            or ended_by(facts, mark)
            or (age is not None and age < ADULT_AGE)
        ):
            continue
        cohort.append(person)
        active = any(
            a.kind in PARTICIPATING and a.start is not None and a.start <= mark
            and (a.end is None or a.end >= mark) for a in facts.activities
        ) or any(i.kind in (IncomeKind.WERK, IncomeKind.STUDIE) and i.runs_on(mark)
                 for i in person.income)  # fmt: skip
        if active:
            doing.append(person)
    doing_ids = set(_ids(doing))
    key = "participatie_6_maanden"
    parts = _parts([
        (f"{key}.wel", N_("taalstage, vrijwilligerswerk, studie of werk"), doing),
        (f"{key}.niet", N_("geen van deze"), [p for p in cohort if p.person_id not in doing_ids]),
    ])  # fmt: skip
    return Indicator(
        key=key, theme=Theme.PARTICIPATIE,
        title=_text(N_("Participatie een half jaar na vestiging")),
        definition=_text(N_("Volwassen statushouders (18+) van wie de dag een half jaar na de "
                            "eerste huisvesting in de periode viel: het deel dat op die dag een "
                            "taalstage of vrijwilligerswerk deed, een studie volgde of "
                            "werk(ervaringsplek) had (participatieactiviteit of inkomen uit werk "
                            "of studie). Wie vóór die dag vertrok, telt niet mee.")),
        source="001 §3.3 (indicator 3)", unit=Unit.PERCENT,
        value=_percent(len(doing), len(cohort)), total=len(cohort), person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.uitkomst", _text(N_("Uitkomst")), parts),),
        target=ctx.settings.target(key), numerator=f"{key}.wel",
    )  # fmt: skip


def duur_tot_voldaan(ctx: _Context) -> Indicator:
    """Months from the first beschikking to voldaan, for those who completed in the period."""
    months: list[float] = []
    cohort = []
    for person in ctx.people:
        facts = person.facts
        if facts.end_kind is not EndKind.VOLDAAN or not ctx.in_period(facts.end_date):
            continue
        end = facts.end_date
        assert end is not None
        start = _earliest((v.beschikking_on for v in facts.pip_versions), end)
        if start is None:
            continue
        cohort.append(person)
        months.append((end - start).days / MONTH_DAYS)
    target = ctx.settings.target("duur_tot_voldaan")
    limit = target if target is not None else 30.0
    within = [p for p, m in zip(cohort, months, strict=True) if m <= limit]
    longer = [p for p, m in zip(cohort, months, strict=True) if m > limit]
    key = "duur_tot_voldaan"
    parts = (
        Part(f"{key}.binnen", _text(N_("binnen {months} maanden"), months=f"{limit:g}"),
             len(within), _ids(within)),
        Part(f"{key}.langer", _text(N_("langer")), len(longer), _ids(longer)),
    )  # fmt: skip
    return Indicator(
        key=key, theme=Theme.PARTICIPATIE, title=_text(N_("Duur tot voldaan (maanden)")),
        definition=_text(N_("Wie in de periode aan de inburgeringsplicht voldeed: het "
                            "gemiddelde aantal maanden van de eerste beschikking (PIP "
                            "vastgesteld) tot voldaan; de mediaan ernaast.")),
        source="001 §3.3 (indicator 4)", unit=Unit.MONTHS,
        value=statistics.fmean(months) if months else None, total=len(cohort),
        person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.verdeling", _text(N_("Verdeling")), parts),),
        target=target, lower_is_better=True,
        extras=(Extra(_text(N_("mediaan")), statistics.median(months) if months else None),),
    )  # fmt: skip


def _uitstroom(ctx: _Context, key: str, outcome: str, title: str) -> Indicator:
    # "% statushouders (3 tot 7 jaar in Dalfsen) dat uit de bijstand is gestroomd door werk /
    # studie" (001 §3.3, indicator 2), counted on as_of from the income periods.
    groups: dict[str, list[ReportPerson]] = {
        n: [] for n in ("ooit", "nooit", "onbekend", "werk", "studie", "nog")
    }
    low, high = add_months(ctx.as_of, -7 * 12), add_months(ctx.as_of, -3 * 12)
    cohort = []
    for person in ctx.people:
        facts = person.facts
        if facts.category not in STATUSHOUDERS or facts.housing_date is None:
            continue
        if not low < facts.housing_date <= high:
            continue
        if facts.end_kind is EndKind.VERHUISD and ended_by(facts, ctx.as_of):
            continue  # no longer in the municipality
        cohort.append(person)
        income = [i for i in person.income if i.start <= ctx.as_of]
        if not income:
            groups["onbekend"].append(person)
            continue
        if not any(i.kind is IncomeKind.UITKERING for i in income):
            groups["nooit"].append(person)
            continue
        groups["ooit"].append(person)
        running = {i.kind for i in income if i.runs_on(ctx.as_of)}
        if IncomeKind.UITKERING in running:
            groups["nog"].append(person)
        elif IncomeKind.WERK in running:
            groups["werk"].append(person)
        elif IncomeKind.STUDIE in running:
            groups["studie"].append(person)
        else:
            groups["nog"].append(person)
    p = "uitstroom"
    first = _parts([
        (f"{p}.ooit", N_("ooit een uitkering"), groups["ooit"]),
        (f"{p}.nooit", N_("nooit een uitkering"), groups["nooit"]),
        (f"{p}.onbekend", N_("geen inkomensgegevens"), groups["onbekend"]),
    ])  # fmt: skip
    second = _parts([
        (f"{p}.werk", N_("uitgestroomd naar werk"), groups["werk"]),
        (f"{p}.studie", N_("uitgestroomd naar studie"), groups["studie"]),
        (f"{p}.nog", N_("nog een uitkering of anders"), groups["nog"]),
    ])  # fmt: skip
    count = len(groups[outcome])
    return Indicator(
        key=key, theme=Theme.PARTICIPATIE, title=_text(title),
        definition=_text(N_("Statushouders die op de peildatum 3 tot 7 jaar geleden zijn "
                            "gehuisvest en nog in de gemeente wonen, en ooit een uitkering "
                            "hadden: het deel dat op de peildatum geen uitkering meer heeft en "
                            "werkt (of studeert). Telt uit de inkomenssituatie in het dossier; "
                            "wie geen inkomensgegevens heeft, telt apart.")),
        source="001 §3.3 (indicator 2)", unit=Unit.PERCENT,
        value=_percent(count, len(groups["ooit"])), total=len(cohort), person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.bijstand", _text(N_("Inkomen")), first),
                    Breakdown(f"{key}.uitstroom", _text(N_("Uitstroom")), second,
                              total=f"{p}.ooit")),
        target=ctx.settings.target(key), numerator=f"{p}.{outcome}", denominator=f"{p}.ooit",
    )  # fmt: skip


def uitstroom_werk(ctx: _Context) -> Indicator:
    return _uitstroom(ctx, "uitstroom_werk", "werk", N_("Uitstroom uit de bijstand naar werk"))


def uitstroom_studie(ctx: _Context) -> Indicator:
    return _uitstroom(ctx, "uitstroom_studie", "studie",
                      N_("Uitstroom uit de bijstand naar studie"))  # fmt: skip


def participatie_uren(ctx: _Context) -> Indicator:
    """Planned and realised participation hours of Z-route trajectories vs the target."""
    target = ctx.settings.participation_hours
    cohort, planned, realised = [], [], []
    for person in ctx.active():
        facts = person.facts
        if ctx.states[person.person_id].route is not Route.Z:
            continue
        advised = facts.starterz_advice_on is not None and facts.starterz_advice_on <= ctx.as_of
        if facts.starterz_started is not None and not advised:
            continue  # still in the StarterZ-klas: its participation comes after the advice
        start = _earliest((v.beschikking_on for v in facts.pip_versions), ctx.as_of)
        hours = planned_hours(facts, ctx.rules)
        if start is None or hours is None:
            continue
        term_end = _after(ctx.rules.inburgeringstermijn.term, start)
        done = 0.0
        for activity in facts.activities:
            if activity.start is None:
                continue
            begin = max(activity.start, start)
            end = min(activity.end or ctx.as_of, ctx.as_of, term_end)
            if end > begin:
                done += activity.hours_per_week * (end - begin).days / 7
        cohort.append(person)
        planned.append(hours)
        realised.append(done)
    enough = [p for p, h in zip(cohort, planned, strict=True) if h >= target]
    short = [p for p, h in zip(cohort, planned, strict=True) if h < target]
    key = "participatie_uren"
    parts = _parts([(f"{key}.genoeg", N_("planning haalt de uren"), enough),
                    (f"{key}.te_weinig", N_("planning te laag"), short)])  # fmt: skip
    return Indicator(
        key=key, theme=Theme.PARTICIPATIE, title=_text(N_("Participatie-uren Z-route")),
        definition=_text(N_("Lopende Z-routetrajecten met een beschikking: gemiddeld geplande "
                            "participatie-uren in de inburgeringstermijn (uit de activiteiten "
                            "met hun uren per week) tegen de {target} uur van de Z-route; "
                            "daarnaast de uren tot de peildatum."), target=target),
        source="002 §3.4 (002:423, 002:450)", unit=Unit.HOURS,
        value=statistics.fmean(planned) if planned else None, total=len(cohort),
        person_ids=_ids(cohort),
        breakdowns=(Breakdown(f"{key}.planning", _text(N_("Planning")), parts),),
        target=float(target),
        extras=(Extra(_text(N_("gemiddeld gerealiseerd tot de peildatum")),
                      statistics.fmean(realised) if realised else None),),
    )  # fmt: skip


def route_split(ctx: _Context) -> Indicator:
    """The route of those whose PIP was fixed in the period, against 15/60/25 and 40/45/15."""
    by_route: dict[str, list[ReportPerson]] = {"z": [], "b1": [], "onderwijs": [], "starterz": []}
    via_starterz: list[ReportPerson] = []
    direct: list[ReportPerson] = []
    for person in ctx.people:
        facts = person.facts
        fixed = [
            v
            for v in facts.pip_versions
            if v.beschikking_on is not None and v.beschikking_on <= ctx.as_of
        ]
        if not fixed or not ctx.in_period(min(v.beschikking_on or ctx.as_of for v in fixed)):
            continue
        route = max(fixed, key=lambda v: v.version).route
        group = route.value
        # The StarterZ-klas is a class within the Z-route: until its advice, "starterz".
        if route is Route.Z and facts.starterz_started is not None:
            advice = facts.starterz_advice
            advised = facts.starterz_advice_on is not None and facts.starterz_advice_on <= ctx.as_of
            group = advice.value if advice is not None and advised else "starterz"
        by_route[group].append(person)
        (via_starterz if facts.starterz_started else direct).append(person)
    key = "routes"
    decided = sum(len(by_route[r]) for r in ("z", "b1", "onderwijs"))
    everyone = [p for group in by_route.values() for p in group]
    parts = _parts([
        ("route.z", ROUTE_LABELS[Route.Z], by_route["z"]),
        ("route.b1", ROUTE_LABELS[Route.B1], by_route["b1"]),
        ("route.onderwijs", ROUTE_LABELS[Route.ONDERWIJS], by_route["onderwijs"]),
        ("route.starterz", N_("nog in de StarterZ-klas (geen routebesluit)"), by_route["starterz"]),
    ])  # fmt: skip
    starterz = _parts([("klas.starterz", N_("via de StarterZ-klas"), via_starterz),
                       ("klas.direct", N_("direct een route"), direct)])  # fmt: skip
    return Indicator(
        key=key, theme=Theme.ROUTES, title=_text(N_("Leerroutes (waarde: aandeel Z-route)")),
        definition=_text(N_("Wie in de periode een eerste beschikking kreeg, naar de leerroute "
                            "in het PIP op de peildatum. De StarterZ-klas is geen route maar een "
                            "klas vóór het besluit tussen Z-route en B1: wie na het advies een "
                            "route kreeg, telt bij die route; wie nog in de klas zit, apart en "
                            "buiten de percentages.")),
        source="002 §3.1; 002 §3.4.1", unit=Unit.PERCENT,
        value=_percent(len(by_route["z"]), decided), total=len(everyone),
        person_ids=_ids(everyone),
        breakdowns=(Breakdown(f"{key}.route", _text(N_("Leerroute")), parts, chart=True,
                              share_base=("route.z", "route.b1", "route.onderwijs")),
                    Breakdown(f"{key}.klas", _text(N_("StarterZ-klas")), starterz)),
        numerator="route.z", references=(NATIONAL_ROUTES, DALFSEN_ROUTES),
    )  # fmt: skip


def instroom(ctx: _Context) -> Indicator:
    """Newcomers in the period, by category and by month."""
    came = [p for p in ctx.people if ctx.in_period(inflow_date(p))]
    by_category = [
        (f"categorie.{c.value}", CATEGORY_LABELS[c], [p for p in came if p.facts.category is c])
        for c in Category
    ]
    by_month = []
    for year, number in ctx.period.months():
        people = [p for p in came if (d := inflow_date(p)) and (d.year, d.month) == (year, number)]
        label = Message(N_("{month} {year}"), {"month": Message(MONTH_SHORT[number - 1]),
                                                "year": year})  # fmt: skip
        by_month.append((f"maand.{year}-{number:02d}", label, people))
    return Indicator(
        key="instroom", theme=Theme.STROMEN, title=_text(N_("Instroom")),
        definition=_text(N_("Nieuwe inburgeraars in de periode: de koppelingsdatum, anders de "
                            "melding (gezinsmigrant), anders de huisvesting.")),
        source="002 §2.1; 004", unit=Unit.COUNT, value=float(len(came)), total=len(came),
        person_ids=_ids(came),
        breakdowns=(Breakdown("instroom.categorie", _text(N_("Per categorie")),
                              _parts(by_category)),
                    Breakdown("instroom.maand", _text(N_("Per maand")), _parts(by_month),
                              chart=True)),
    )  # fmt: skip


def uitstroom(ctx: _Context) -> Indicator:
    """Trajectories that ended in the period, by how they ended."""
    ended = [
        p for p in ctx.people if p.facts.end_kind is not None and ctx.in_period(p.facts.end_date)
    ]
    parts = [(f"einde.{k.value}", END_LABELS[k], [p for p in ended if p.facts.end_kind is k])
             for k in EndKind]  # fmt: skip
    return Indicator(
        key="uitstroom", theme=Theme.STROMEN, title=_text(N_("Uitstroom")),
        definition=_text(N_("Trajecten die in de periode eindigden, naar de manier waarop: "
                            "voldaan, ontheven, verhuisd of gestopt.")),
        source="Wet inburgering 2021 (einde inburgeringsplicht)", unit=Unit.COUNT,
        value=float(len(ended)),
        total=len(ended), person_ids=_ids(ended),
        breakdowns=(Breakdown("uitstroom.einde", _text(N_("Per einde")), _parts(parts),
                              chart=True),),
    )  # fmt: skip


def stappen(ctx: _Context) -> Indicator:
    """Running trajectories by their current klantreis step on ``as_of``."""
    active = ctx.active()
    groups = [
        (
            f"stap.{s.value}",
            step_label(s),
            [p for p in active if ctx.states[p.person_id].current_step is s],
        )
        for s in StepKey
    ]
    groups.append(
        (
            "stap.geen",
            N_("geen open stap"),
            [p for p in active if ctx.states[p.person_id].current_step is None],
        )
    )
    return Indicator(
        key="stappen", theme=Theme.STROMEN, title=_text(N_("Lopende trajecten per stap")),
        definition=_text(N_("Trajecten die op de peildatum lopen, naar de eerste stap van de "
                            "klantreis die nog open staat (zoals de caseload die toont).")),
        source="002 §2.1", unit=Unit.COUNT, value=float(len(active)), total=len(active),
        person_ids=_ids(active),
        breakdowns=(Breakdown("stappen.stap", _text(N_("Per stap")), _parts(groups), chart=True),),
    )  # fmt: skip


def _consultant_groups(
    ctx: _Context, people: list[ReportPerson]
) -> list[tuple[str, str, list[ReportPerson]]]:
    ids = sorted(
        {p.consultant_id or "" for p in people},
        key=lambda c: (c == "", ctx.consultants.get(c, "").casefold()),
    )
    return [(f"consulent.{c or 'geen'}", ctx.consultants.get(c, "") or N_("geen consulent"),
             [p for p in people if (p.consultant_id or "") == c]) for c in ids]  # fmt: skip


def caseload(ctx: _Context) -> Indicator:
    """Running trajectories per consultant, Z-route apart, weighted against the norm."""
    active = ctx.active()
    groups = _consultant_groups(ctx, active)
    breakdowns = [Breakdown("caseload.consulent", _text(N_("Per consulent")), _parts(groups),
                            chart=True)]  # fmt: skip
    weighted = []
    for key, label, people in groups:
        z = [p for p in people if ctx.states[p.person_id].route is Route.Z]
        z_ids = set(_ids(z))
        rest = [p for p in people if p.person_id not in z_ids]
        breakdowns.append(Breakdown(f"{key}.route", _text(label), _parts([
            (f"{key}.z", N_("Z-route"), z), (f"{key}.overig", N_("overige"), rest),
        ]), total=key))  # fmt: skip
        weighted.append(len(rest) + ctx.settings.z_weight * len(z))
    return Indicator(
        key="caseload", theme=Theme.CASELOAD, title=_text(N_("Caseload per consulent")),
        definition=_text(N_("Lopende trajecten op de peildatum per consulent. Een Z-route "
                            "vraagt meer begeleiding en telt gewogen ({weight} keer); de waarde "
                            "is de gemiddelde gewogen caseload per consulent, tegen de norm."),
                         weight=f"{ctx.settings.z_weight:g}"),
        source="002 §8.1; 002 §3.1", unit=Unit.COUNT,
        value=statistics.fmean(weighted) if weighted else None, total=len(active),
        person_ids=_ids(active), breakdowns=tuple(breakdowns),
        target=ctx.settings.caseload_norm, lower_is_better=True,
    )  # fmt: skip


def achterstand(ctx: _Context) -> Indicator:
    """Running trajectories with at least one overdue step, per consultant."""
    late = [p for p in ctx.active() if ctx.states[p.person_id].overdue]
    return Indicator(
        key="achterstand", theme=Theme.CASELOAD, title=_text(N_("Te late stappen per consulent")),
        definition=_text(N_("Lopende trajecten met op de peildatum minstens één stap over de "
                            "termijn, per consulent.")),
        source="002 §2.1", unit=Unit.COUNT, value=float(len(late)), total=len(late),
        person_ids=_ids(late),
        breakdowns=(Breakdown("achterstand.consulent", _text(N_("Per consulent")),
                              _parts(_consultant_groups(ctx, late)), chart=True),),
    )  # fmt: skip


def handhaving(ctx: _Context) -> Indicator:
    """Handhaving steps in the period per legal ground and kind (002 §6)."""
    steps = [(p, e) for p in ctx.people for e in p.enforcement if ctx.in_period(e.on)]
    grounds = {LegalGround.WI2021: N_("Wet inburgering 2021"),
               LegalGround.PARTICIPATIEWET: N_("Participatiewet")}  # fmt: skip
    kinds = {
        EnforcementKind.GESPREK: N_("gesprek"),
        EnforcementKind.WAARSCHUWING: N_("waarschuwing"),
        EnforcementKind.BOETE: N_("boete"),
    }

    def part(key: str, label: str, chosen: list[tuple[ReportPerson, object]]) -> Part:
        ids = tuple(dict.fromkeys(p.person_id for p, _e in chosen))
        return Part(key, _text(label), len(chosen), ids)

    top = tuple(part(f"grond.{g.value}", grounds[g], [s for s in steps if s[1].ground is g])
                for g in LegalGround)  # fmt: skip
    breakdowns = [Breakdown("handhaving.grond", _text(N_("Per wettelijke grondslag")), top)]
    for ground in LegalGround:
        breakdowns.append(Breakdown(f"handhaving.{ground.value}", _text(grounds[ground]), tuple(
            part(f"{ground.value}.{k.value}", kinds[k],
                 [s for s in steps if s[1].ground is ground and s[1].kind is k])
            for k in EnforcementKind
        ), total=f"grond.{ground.value}"))  # fmt: skip
    return Indicator(
        key="handhaving", theme=Theme.HANDHAVING, title=_text(N_("Handhaving")),
        definition=_text(N_("Handhavingsstappen in de periode (gesprekken, waarschuwingen, "
                            "boetes), per wettelijke grondslag: Wet inburgering 2021 of "
                            "Participatiewet. Telt stappen, niet personen.")),
        source="002 §6", unit=Unit.COUNT, value=float(len(steps)), total=len(steps),
        person_ids=tuple(dict.fromkeys(p.person_id for p, _e in steps)),
        breakdowns=tuple(breakdowns),
    )  # fmt: skip


INDICATORS: tuple[Callable[[_Context], Indicator], ...] = (
    pip_vastgesteld, pip_ondertekend, koffie_en_koek, brede_intake, voortgang,
    formele_gesprekken, participatie_6_maanden, uitstroom_werk, uitstroom_studie,
    duur_tot_voldaan, participatie_uren, route_split, instroom, uitstroom, stappen, caseload,
    achterstand, handhaving,
)  # fmt: skip


def compute_report(
    data: ReportData,
    period: Period,
    *,
    today: date,
    rules: Rules,
    settings: ReportSettings,
    consultant_id: str | None = None,
    memo: JourneyMemo | None = None,
) -> Report:
    """Every indicator for ``period``, for the team or (``consultant_id``) one consultant;
    ``memo`` keeps evaluated journeys for the next report (:mod:`desktop.reports.journeys`)."""
    as_of = min(period.end, today)
    people = [p for p in data.people if consultant_id is None or p.consultant_id == consultant_id]
    running: list[ReportPerson] = []
    ended: list[ReportPerson] = []
    horizon = add_months(period.start, -12)
    for person in people:
        facts = person.facts
        came = inflow_date(person)
        if came is not None and came > as_of:
            continue  # not in yet: no figure of this period is about them
        if not ended_by(facts, as_of):
            running.append(person)
        elif facts.end_date is not None and facts.end_date >= horizon:
            # Only for the Koffie en Koek and Brede Intake terms, which follow the koppeling
            # within weeks: a trajectory ended a year before the period has none in it.
            ended.append(person)
    if data.journeys is not None:  # kept rows: their journeys are looked up, not evaluated
        states, kept_unended = data.journeys.states(running, ended, rules, as_of)
        unended = {**states, **kept_unended}
    else:
        stripped = {p.person_id: replace(p.facts, end_kind=None, end_date=None) for p in ended}
        journeys = report_journeys(
            [p.facts for p in running] + list(stripped.values()), rules, as_of, memo
        )
        states = {p.person_id: journeys[p.person_id] for p in running}
        unended = {**states, **{pid: journeys[pid] for pid in stripped}}
    ctx = _Context(people, period, as_of, rules, settings, data.consultants, states, unended)
    return Report(
        period=period, as_of=as_of, municipality=settings.municipality,
        consultant_id=consultant_id,
        consultant_name=data.consultants.get(consultant_id, "") if consultant_id else "",
        indicators=tuple(function(ctx) for function in INDICATORS),
    )  # fmt: skip
