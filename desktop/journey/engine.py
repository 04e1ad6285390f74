"""The klantreis engine: from one person's facts and the rules to step states and violations.

Due dates depend only on the facts and the rules, never on ``today``; ``today`` only decides
what is done, late or nearly late. A date recorded in the future (a planned talk) does not make
a step done before that day.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.enums import EndKind, PipChange, Route
from desktop.journey.facts import JourneyFacts
from desktop.journey.labels import (
    CATEGORY_LABELS,
    END_LABELS,
    OUTCOME_LABELS,
    ROUTE_LABELS,
    dutch_date,
)
from desktop.journey.rules import PvtStart, Rules
from desktop.messages import N_, Message


class StepKey(StrEnum):
    """The steps of the klantreis, in journey order."""

    KOPPELING = "koppeling"
    KOFFIE_EN_KOEK = "koffie_en_koek"
    BREDE_INTAKE = "brede_intake"
    LEERBAARHEIDSTOETS = "leerbaarheidstoets"
    STARTERZ = "starterz"
    PIP = "pip"
    ROUTE_START = "route_start"
    VOORTGANG = "voortgang"
    PVT = "pvt"
    MAP = "map"
    ONTZORGEN = "ontzorgen"
    INBURGERINGSTERMIJN = "inburgeringstermijn"
    EINDE = "einde"


class StepStatus(StrEnum):
    """Where a step stands on a given day."""

    DONE = "done"
    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PLANNED = "planned"  # its talk is planned on or before the deadline: no alarm
    PLANNED_LATE = "planned_late"  # its talk is planned after the deadline: still an alarm
    NOT_APPLICABLE = "not_applicable"


#: Statuses of a step that still needs doing.
OPEN_STATUSES = frozenset({StepStatus.OPEN, StepStatus.DUE_SOON, StepStatus.OVERDUE,
                           StepStatus.PLANNED, StepStatus.PLANNED_LATE})  # fmt: skip
#: Statuses that are an alarm: the deadline is (or will be) missed.
LATE_STATUSES = frozenset({StepStatus.OVERDUE, StepStatus.PLANNED_LATE})


@dataclass(frozen=True)
class StepState:
    """One step on one day: its status, due date, completion date and a short note.

    ``text`` is the note as a message of the core catalogue (Dutch id, named values), shown
    in the UI language; ``note`` is that text rendered now (Dutch by default).
    """

    step: StepKey
    status: StepStatus
    due: date | None
    done_on: date | None
    text: Message | None = None
    planned: date | None = None  # the day its talk is planned (today or later), if any

    @property
    def note(self) -> str:
        """The note in the current language; empty when there is none."""
        return str(self.text) if self.text is not None else ""


@dataclass(frozen=True)
class Violation:
    """Something in the dossier that breaks a rule; ``code`` names the rule.

    ``text`` is the message (core catalogue); ``message`` is it rendered now (Dutch by default).
    """

    code: str
    step: StepKey
    text: Message

    @property
    def message(self) -> str:
        """The message in the current language."""
        return str(self.text)


def _note(text: str, **args: object) -> Message:
    """A note: a Dutch message id (marked with ``N_``) and its named values."""
    return Message(text, args)


def _label(text: str) -> Message:
    """A value label of :mod:`desktop.journey.labels` as a message."""
    return Message(text)


_NO_NOTE: Message | None = None


@dataclass(frozen=True)
class RouteChange:
    """A PIP version whose route differs from the previous version's route."""

    version: int
    previous: Route
    route: Route
    on: date | None  # beschikking, else signing, else drafting date of the new version
    change: PipChange


@dataclass(frozen=True)
class JourneyState:
    """The whole klantreis of one person on one day."""

    steps: tuple[StepState, ...]
    violations: tuple[Violation, ...]
    current_step: StepKey | None
    next_deadline: StepState | None
    route: Route | None
    ended: bool

    @property
    def overdue(self) -> bool:
        """True when any step is late, or its talk is planned after the deadline."""
        return any(state.status in LATE_STATUSES for state in self.steps)

    def step(self, key: StepKey) -> StepState:
        """The state of one step."""
        for state in self.steps:
            if state.step is key:
                return state
        raise KeyError(key)


def route_changes(facts: JourneyFacts) -> list[RouteChange]:
    """Every route change between consecutive PIP versions, oldest first."""
    versions = sorted(facts.pip_versions, key=lambda pip: pip.version)
    return [
        RouteChange(
            version=new.version,
            previous=old.route,
            route=new.route,
            on=new.beschikking_on or new.signed_on or new.drafted_on,
            change=new.change,
        )
        for old, new in itertools.pairwise(versions)
        if new.route != old.route
    ]


def _earliest(*days: date | None) -> date | None:
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _latest(*days: date | None) -> date | None:
    known = [day for day in days if day is not None]
    return max(known) if known else None


class _Journey:
    """Derived values shared by the step functions of one evaluation."""

    def __init__(self, facts: JourneyFacts, rules: Rules, today: date) -> None:
        self.facts = facts
        self.rules = rules
        self.today = today
        versions = sorted(facts.pip_versions, key=lambda pip: pip.version)
        self.route = versions[-1].route if versions else None
        # The inburgeringstermijn, PVT, MAP and progress talks count from the first beschikking.
        self.beschikking = _earliest(*(pip.beschikking_on for pip in versions))
        self.soon = rules.due_soon.after(today)  # due on or before this day: due soon
        self.ended = facts.end_kind is not None and (
            facts.end_date is None or facts.end_date <= today
        )

    def state(
        self,
        key: StepKey,
        due: date | None,
        done_on: date | None,
        note: Message | None,
        *,
        done: bool | None = None,
    ) -> StepState:
        """A step's state; done when its completion date has come (or ``done`` says so).

        An open step whose talk is planned (today or later) is "planned" when the talk is on
        or before the deadline and "planned late" after it; a planned day that has passed
        without the talk being recorded counts for nothing.
        """
        if done is None:
            done = done_on is not None and done_on <= self.today
        if done:
            return StepState(key, StepStatus.DONE, due, done_on, note)
        planned = next((day for day in self.facts.planned_for(key.value) if day >= self.today),
                       None)  # fmt: skip
        if planned is not None:
            late = due is not None and planned > due
            status = StepStatus.PLANNED_LATE if late else StepStatus.PLANNED
            return StepState(key, status, due, None, note, planned)
        if due is None:
            status = StepStatus.OPEN
        elif due < self.today:
            status = StepStatus.OVERDUE
        elif due <= self.soon:
            status = StepStatus.DUE_SOON
        else:
            status = StepStatus.OPEN
        return StepState(key, status, due, None, note)

    def not_applicable(self, key: StepKey, note: Message) -> StepState:
        return StepState(key, StepStatus.NOT_APPLICABLE, None, None, note)

    def applies_to_category(self, categories: frozenset[object]) -> bool:
        # An unknown category gets the full journey: better a step too many than one missed.
        return self.facts.category is None or self.facts.category in categories

    # -- due dates (facts and rules only) --------------------------------------------------

    def koffie_en_koek_due(self) -> date | None:
        koppeling = self.facts.koppeling_date
        return self.rules.koffie_en_koek.term.after(koppeling) if koppeling else None

    def brede_intake_due(self) -> date | None:
        term = self.rules.brede_intake.term
        held = self.facts.koffie_en_koek_held
        if held is not None:
            return term.after(held)
        if self.applies_to_category(self.rules.koffie_en_koek.categories):
            kek_due = self.koffie_en_koek_due()
            return term.after(kek_due) if kek_due else None
        housing = self.facts.housing_date
        return term.after(housing) if housing else None

    def toets_due(self) -> date | None:
        anchor = self.facts.brede_intake_started or self.brede_intake_due()
        return self.rules.leerbaarheidstoets.term.after(anchor) if anchor else None

    def from_beschikking(self, term_after: Callable[[date], date]) -> date | None:
        return term_after(self.beschikking) if self.beschikking else None


def _koppeling(j: _Journey) -> StepState:
    facts = j.facts
    if facts.koppeling_date is None and not j.applies_to_category(j.rules.koppeling.categories):
        category = _label(CATEGORY_LABELS[facts.category]) if facts.category else ""
        return j.not_applicable(StepKey.KOPPELING, _note(
            N_("geen koppeling door het COA ({category})"), category=category))  # fmt: skip
    note = _NO_NOTE
    if not facts.koppeling_date:
        note = _note(N_("koppelingsdatum nog niet bekend"))
    return j.state(StepKey.KOPPELING, None, facts.koppeling_date, note)


def _koffie_en_koek(j: _Journey) -> StepState:
    facts, rule = j.facts, j.rules.koffie_en_koek
    if facts.koffie_en_koek_held is None and not j.applies_to_category(rule.categories):
        return j.not_applicable(StepKey.KOFFIE_EN_KOEK,
                                _note(N_("alleen bij koppeling vanuit de opvang")))  # fmt: skip
    term = rule.term.as_message()
    note = _note(N_("{term} na koppeling"), term=term)
    if facts.koffie_en_koek_planned and not facts.koffie_en_koek_held:
        planned = facts.koffie_en_koek_planned
        note = _note(N_("gepland op {date}; {term} na koppeling"), date=dutch_date(planned),
                     term=term)  # fmt: skip
    return j.state(StepKey.KOFFIE_EN_KOEK, j.koffie_en_koek_due(), facts.koffie_en_koek_held,
                   note)  # fmt: skip


def _brede_intake(j: _Journey) -> StepState:
    # The term is about holding the (first) Brede Intake talk (002:205); the intake is closed
    # in the talk where the PIP is signed, which the PIP step follows.
    facts, term = j.facts, j.rules.brede_intake.term.as_message()
    note = _note(N_("{term} na Koffie en Koek"), term=term)
    if facts.koffie_en_koek_held is None and not j.applies_to_category(
        j.rules.koffie_en_koek.categories
    ):
        note = _note(N_("{term} na huisvesting"), term=term)
    if facts.brede_intake_completed and facts.brede_intake_completed <= j.today:
        completed = facts.brede_intake_completed
        note = _note(N_("afgerond op {date}"), date=dutch_date(completed))
    elif facts.brede_intake_started and facts.brede_intake_started <= j.today:
        note = _note(N_("gestart; wordt afgerond bij het tekenen van het PIP"))
    done_on = _earliest(facts.brede_intake_started, facts.brede_intake_completed)
    return j.state(StepKey.BREDE_INTAKE, j.brede_intake_due(), done_on, note)


def _leerbaarheidstoets(j: _Journey) -> StepState:
    facts, term = j.facts, j.rules.leerbaarheidstoets.term.as_message()
    note = _note(N_("{term} na het eerste Brede Intake gesprek"), term=term)
    if facts.toets_outcome is not None and facts.toets_date and facts.toets_date <= j.today:
        note = _note(N_("uitkomst: {outcome}"), outcome=_label(OUTCOME_LABELS[facts.toets_outcome]))
    return j.state(StepKey.LEERBAARHEIDSTOETS, j.toets_due(), facts.toets_date, note)


def _starterz(j: _Journey) -> StepState:
    facts, term = j.facts, j.rules.starterz.term
    if facts.starterz_started is None and j.route is not Route.STARTERZ:
        return j.not_applicable(StepKey.STARTERZ, _note(N_("geen StarterZ-klas")))
    if facts.starterz_started is None:
        return j.state(StepKey.STARTERZ, None, None, _note(
            N_("aanmelden; advies binnen {term} na de start"), term=term.as_message()))  # fmt: skip
    note = _note(N_("advies binnen {term} na de start"), term=term.as_message())
    if facts.starterz_advice and facts.starterz_advice_on and facts.starterz_advice_on <= j.today:
        note = _note(N_("advies: {route}"), route=_label(ROUTE_LABELS[facts.starterz_advice]))
    return j.state(StepKey.STARTERZ, term.after(facts.starterz_started), facts.starterz_advice_on,
                   note)  # fmt: skip


def _pip(j: _Journey) -> StepState:
    facts, term = j.facts, j.rules.pip.term
    signed = _earliest(*(pip.signed_on for pip in facts.pip_versions))
    housing = facts.housing_date
    due = term.after(housing) if housing else None
    # Before housing the legal term has not started: open, no due date, and the note says when
    # it will start (Dalfsen usually signs the PIP at the ROL, before housing).
    note = _note(N_("{term} na huisvesting"), term=term.as_message())
    if housing is None:
        note = _note(N_("termijn ({term}) start bij huisvesting"), term=term.as_message())
    drafted = _earliest(*(pip.drafted_on for pip in facts.pip_versions))
    if (signed is None or signed > j.today) and drafted and drafted <= j.today:
        text = N_("concept van {date}; {term} na huisvesting")
        if housing is None:
            text = N_("concept van {date}; termijn ({term}) start bij huisvesting")
        note = _note(text, date=dutch_date(drafted), term=term.as_message())
    return j.state(StepKey.PIP, due, signed, note)


def _route_start(j: _Journey) -> StepState:
    # The beschikking is given at the start of the route (002:220), so it marks the start
    # when no separate start date was recorded.
    facts = j.facts
    started = _earliest(*(pip.route_started_on for pip in facts.pip_versions)) or j.beschikking
    note = _label(ROUTE_LABELS[j.route]) if j.route else _note(N_("route nog niet gekozen"))
    if facts.voorinburgering_end and not (started and started <= j.today):
        end = dutch_date(facts.voorinburgering_end)
        if j.route:
            note = _note(N_("{route}; liefst bij einde voorinburgering ({date})"), route=note,
                         date=end)  # fmt: skip
        else:
            note = _note(N_("route nog niet gekozen; liefst bij einde voorinburgering ({date})"),
                         date=end)  # fmt: skip
    return j.state(StepKey.ROUTE_START, None, started, note)


def _voortgang(j: _Journey) -> StepState:
    interval = j.rules.voortgang.interval
    term = interval.as_message()
    if j.beschikking is None:
        note = _note(N_("elke {term} na de beschikking van het PIP"), term=term)
        return j.state(StepKey.VOORTGANG, None, None, note)
    last = _latest(*(talk.held_on for talk in j.facts.progress_talks))
    anchor = max(j.beschikking, last) if last else j.beschikking
    note = _note(N_("elke {term}"), term=term)
    if last and last <= j.today:
        note = _note(N_("elke {term}; laatste gesprek {date}"), term=term, date=dutch_date(last))
    # Progress talks recur until the journey ends: the step is never done by itself.
    return j.state(StepKey.VOORTGANG, interval.after(anchor), None, note, done=False)


def _pvt(j: _Journey) -> StepState:
    rule, facts = j.rules.pvt, j.facts
    term = rule.term.as_message()
    if rule.start is PvtStart.HUISVESTING:
        anchor, text = facts.housing_date, N_("{term} na huisvesting")
        started_text = N_("gestart op {date}; {term} na huisvesting")
    else:
        anchor, text = j.beschikking, N_("{term} na beschikking")
        started_text = N_("gestart op {date}; {term} na beschikking")
    note = _note(text, term=term)
    if facts.pvt_started and facts.pvt_started <= j.today:
        note = _note(started_text, date=dutch_date(facts.pvt_started), term=term)
    due = rule.term.after(anchor) if anchor else None
    return j.state(StepKey.PVT, due, facts.pvt_signed, note)


def _map(j: _Journey) -> StepState:
    rule, facts = j.rules.map, j.facts
    done = facts.map_completed is not None and facts.map_completed <= j.today
    if not done and j.route is not None and j.route not in rule.routes:
        route = _label(ROUTE_LABELS[j.route])
        return j.not_applicable(StepKey.MAP, _note(N_("niet voor de {route}"), route=route))
    note = _note(N_("{term} na beschikking"), term=rule.term.as_message())
    return j.state(StepKey.MAP, j.from_beschikking(rule.term.after), facts.map_completed, note)


def _ontzorgen(j: _Journey) -> StepState:
    periods, term = j.facts.ontzorgen, j.rules.ontzorgen.term
    if not periods:
        return j.not_applicable(StepKey.ONTZORGEN, _note(N_("geen ontzorgen")))
    start = min(period.start for period in periods)
    due: date | None = term.after(start)
    note = _note(N_("{term} vanaf {date}"), term=term.as_message(), date=dutch_date(start))
    reasons = [period.extension_reason.strip() for period in periods]
    if any(reasons):
        # Tailoring (002:707): the planned end of the extension becomes the due date.
        ends = [period.end for period in periods]
        due = None if None in ends else _latest(*ends)
        reason = next(reason for reason in reasons if reason)
        note = _note(N_("verlengd: {reason}"), reason=reason)
    ends_known = all(period.end is not None for period in periods)
    done_on = _latest(*(period.end for period in periods)) if ends_known else None
    return j.state(StepKey.ONTZORGEN, due, done_on, note)


def _inburgeringstermijn(j: _Journey) -> StepState:
    facts, term = j.facts, j.rules.inburgeringstermijn.term
    voldaan = facts.end_kind is EndKind.VOLDAAN and j.ended
    note = _note(N_("{term} na beschikking"), term=term.as_message())
    if j.beschikking is None:
        note = _note(N_("{term}, start bij de beschikking van het PIP"), term=term.as_message())
    return j.state(StepKey.INBURGERINGSTERMIJN, j.from_beschikking(term.after),
                   facts.end_date if voldaan else None, note, done=voldaan)  # fmt: skip


def _einde(j: _Journey) -> StepState:
    facts = j.facts
    if facts.end_kind is None:
        return j.state(StepKey.EINDE, None, None, _NO_NOTE)
    label = _label(END_LABELS[facts.end_kind])
    if j.ended:
        return j.state(StepKey.EINDE, None, facts.end_date, label, done=True)
    if facts.end_date:
        note = _note(N_("gepland: {end} per {date}"), end=label, date=dutch_date(facts.end_date))
    else:
        note = _note(N_("gepland: {end}"), end=label)
    return j.state(StepKey.EINDE, None, None, note)


# -- violations ----------------------------------------------------------------------------


def _route_deviation(j: _Journey) -> list[Violation]:
    # The PIP in force (latest version) is checked against the latest test; which routes fit
    # which outcome is in the rules file. A deviation needs a written reason in the PIP:
    # the Raad van State quashed a PIP without one (ECLI:NL:RVS:2024:5413).
    facts = j.facts
    if not facts.pip_versions or facts.toets_outcome is None:
        return []
    pip = max(facts.pip_versions, key=lambda version: version.version)
    if j.rules.leerbaarheidstoets.route_fits(facts.toets_outcome, pip.route):
        return []
    if pip.deviation_reason.strip():
        return []
    return [Violation(
        "route_deviates_without_reason", StepKey.PIP,
        _note(N_("De {route} in PIP versie {version} wijkt af van de uitkomst van de "
                 "leerbaarheidstoets ({outcome}) zonder schriftelijke motivering "
                 "(ECLI:NL:RVS:2024:5413)."),
              route=_label(ROUTE_LABELS[pip.route]), version=pip.version,
              outcome=_label(OUTCOME_LABELS[facts.toets_outcome])),
    )]  # fmt: skip


def _pip_without_toets(j: _Journey) -> list[Violation]:
    signed = _earliest(*(pip.signed_on for pip in j.facts.pip_versions))
    if signed is None or signed > j.today or j.facts.toets_date is not None:
        return []
    return [Violation(
        "pip_without_leerbaarheidstoets", StepKey.LEERBAARHEIDSTOETS,
        _note(N_("Het PIP is getekend zonder leerbaarheidstoets; de toets hoort bij de Brede "
                 "Intake.")),
    )]  # fmt: skip


def _route_changes_first_year(j: _Journey) -> list[Violation]:
    rule = j.rules.route_change
    if j.beschikking is None:
        return []
    year_end = rule.period.after(j.beschikking)
    counted = [
        change for change in route_changes(j.facts)
        if change.on is not None and j.beschikking <= change.on < year_end
        # Leaving the StarterZ-klas on its advice is the first real choice, not a change.
        and (rule.starterz_choice_counts or change.previous is not Route.STARTERZ)
    ]  # fmt: skip
    if len(counted) <= rule.maximum:
        return []
    return [Violation(
        "second_route_change_first_year", StepKey.PIP,
        _note(N_("De leerroute is in de eerste {term} na de beschikking {count} keer gewijzigd; "
                 "dat mag hoogstens {maximum} keer."),
              term=rule.period.as_message(), count=len(counted), maximum=rule.maximum),
    )]  # fmt: skip


def _progress_talks_first_year(j: _Journey) -> list[Violation]:
    rule = j.rules.voortgang
    if j.beschikking is None:
        return []
    year_end = rule.first_year.after(j.beschikking)
    if j.today < year_end:
        return []  # the year is not over: there is still time
    formal = [
        talk for talk in j.facts.progress_talks
        if talk.formal and talk.held_on is not None and j.beschikking <= talk.held_on < year_end
    ]  # fmt: skip
    if len(formal) >= rule.minimum_formal_first_year:
        return []
    return [Violation(
        "too_few_progress_talks_first_year", StepKey.VOORTGANG,
        _note(N_("In de eerste {term} na de beschikking zijn {count} formele "
                 "voortgangsgesprekken gehouden; minimaal {minimum}."),
              term=rule.first_year.as_message(), count=len(formal),
              minimum=rule.minimum_formal_first_year),
    )]  # fmt: skip


def planned_participation_hours(facts: JourneyFacts, rules: Rules) -> float | None:
    """Participation hours the recorded activities add up to within the inburgeringstermijn."""
    beschikking = _earliest(*(pip.beschikking_on for pip in facts.pip_versions))
    if beschikking is None:
        return None
    term_end = rules.inburgeringstermijn.term.after(beschikking)
    hours = 0.0
    for activity in facts.activities:
        if activity.start is None:
            continue
        start = max(activity.start, beschikking)
        end = min(activity.end or term_end, term_end)
        if end > start:
            hours += activity.hours_per_week * (end - start).days / 7
    return hours


def _z_route_hours(j: _Journey) -> list[Violation]:
    # Information only, and only when activities are recorded: without any, they may simply
    # not be planned yet (participation starts about 3 months after the lessons, 002 §3.4.2).
    if j.route is not Route.Z or j.ended or not j.facts.activities:
        return []
    hours = planned_participation_hours(j.facts, j.rules)
    target = j.rules.z_route.participation_hours
    if hours is None or hours >= target:
        return []
    return [Violation(
        "z_route_hours_short", StepKey.ROUTE_START,
        _note(N_("Let op: de geplande participatieactiviteiten komen op ongeveer {hours} van de "
                 "{target} uur in de inburgeringstermijn."),
              hours=round(hours), target=target),
    )]  # fmt: skip


_CHECKS: tuple[Callable[[_Journey], list[Violation]], ...] = (
    _pip_without_toets, _route_deviation, _route_changes_first_year,
    _progress_talks_first_year, _z_route_hours,
)  # fmt: skip

_STEPS: tuple[Callable[[_Journey], StepState], ...] = (
    _koppeling, _koffie_en_koek, _brede_intake, _leerbaarheidstoets, _starterz, _pip,
    _route_start, _voortgang, _pvt, _map, _ontzorgen, _inburgeringstermijn, _einde,
)  # fmt: skip


def evaluate(facts: JourneyFacts, rules: Rules, today: date) -> JourneyState:
    """The klantreis of one person on ``today``."""
    journey = _Journey(facts, rules, today)
    steps = tuple(step(journey) for step in _STEPS)
    if journey.ended:
        # After the end (moved, exempted, stopped, completed) nothing is due any more.
        label = _label(END_LABELS[facts.end_kind]) if facts.end_kind else ""
        lapsed = _note(N_("vervallen: traject beëindigd ({end})"), end=label)
        steps = tuple(
            state if state.status is StepStatus.DONE
            else replace(state, status=StepStatus.NOT_APPLICABLE, text=lapsed)
            for state in steps
        )  # fmt: skip
    current = None
    if not journey.ended:
        current = next((s.step for s in steps if s.status in OPEN_STATUSES), None)
    candidates = [s for s in steps if s.status in OPEN_STATUSES and s.due is not None]
    next_deadline = min(candidates, key=lambda s: s.due or date.max, default=None)
    return JourneyState(
        steps=steps,
        violations=tuple(v for check in _CHECKS for v in check(journey)),
        current_step=current,
        next_deadline=next_deadline,
        route=journey.route,
        ended=journey.ended,
    )
