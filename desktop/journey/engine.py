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
from typing import TYPE_CHECKING

from desktop.domain.enums import BesluitKind, Category, EndKind, PipChange, Route
from desktop.journey.labels import (
    CATEGORY_LABELS,
    END_LABELS,
    OUTCOME_LABELS,
    ROUTE_LABELS,
    dutch_date,
)
from desktop.journey.rules import ANCHOR_LABELS, Anchor, ExtraStep, Rules, TermRule
from desktop.messages import N_, Message

if TYPE_CHECKING:  # the facts' loader imports SQLAlchemy; the engine only reads them
    from desktop.journey.facts import JourneyFacts, PipVersion


class StepKey(StrEnum):
    """The steps of the klantreis, in journey order."""

    KOPPELING = "koppeling"
    KOFFIE_EN_KOEK = "koffie_en_koek"
    BREDE_INTAKE = "brede_intake"
    LEERBAARHEIDSTOETS = "leerbaarheidstoets"
    STARTERZ = "starterz"
    PIP = "pip"  # signed
    PIP_VASTGESTELD = "pip_vastgesteld"  # fixed by a beschikking: the legal term (002:299)
    ROUTE_START = "route_start"
    VOORTGANG = "voortgang"
    PVT = "pvt"
    MAP = "map"
    ONTZORGEN = "ontzorgen"
    VWN_BEGELEIDING = "vwn_begeleiding"
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
    ``step`` is a StepKey, or the key of a step the rules file adds (``[[stap]]``).
    ``working_agreement`` marks a due date that is the team's own agreement, not law or policy:
    it is labelled so on screen and never printed as "uiterlijk" on a handout.
    """

    step: StepKey | str
    status: StepStatus
    due: date | None
    done_on: date | None
    text: Message | None = None
    planned: date | None = None  # the day its talk is planned (today or later), if any
    working_agreement: bool = False
    label: str = ""  # the name a step of the rules file has there (empty for built-in steps)

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
    step: StepKey | str
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
    current_step: StepKey | str | None
    next_deadline: StepState | None
    route: Route | None
    ended: bool

    @property
    def overdue(self) -> bool:
        """True when any step is late, or its talk is planned after the deadline."""
        return any(state.status in LATE_STATUSES for state in self.steps)

    @property
    def focus(self) -> StepState | None:
        """The step to act on next, shown with its own deadline everywhere (caseload row,
        dossier header): the open step with the nearest deadline, else the current step
        (open, no deadline yet: the PIP after the Brede Intake), else nothing."""
        if self.next_deadline is not None:
            return self.next_deadline
        if self.current_step is None:
            return None
        return self.step(self.current_step)

    def step(self, key: StepKey | str) -> StepState:
        """The state of one step."""
        for state in self.steps:
            if state.step == key:
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


def _counts_as_deviation_free(pip: PipVersion) -> bool:
    """A later version that changed the route with a written change reason (001:587)."""
    return pip.change is not PipChange.INITIEEL and bool(pip.change_reason.strip())


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
        key: StepKey | str,
        due: date | None,
        done_on: date | None,
        note: Message | None,
        *,
        done: bool | None = None,
        rule: TermRule | None = None,
    ) -> StepState:
        """A step's state; done when its completion date has come (or ``done`` says so).

        An open step whose talk is planned (today or later) is "planned" when the talk is on
        or before the deadline and "planned late" after it; a planned day that has passed
        without the talk being recorded counts for nothing.
        """
        agreement = rule is not None and rule.working_agreement
        if done is None:
            done = done_on is not None and done_on <= self.today
        if agreement and not done:
            note = (_note(N_("{note} (werkafspraak)"), note=note) if note is not None
                    else _note(N_("werkafspraak")))  # fmt: skip
        if done:
            return StepState(key, StepStatus.DONE, due, done_on, note,
                             working_agreement=agreement)  # fmt: skip
        planned = next((day for day in self.facts.planned_for(str(key)) if day >= self.today),
                       None)  # fmt: skip
        if planned is not None:
            late = due is not None and planned > due
            status = StepStatus.PLANNED_LATE if late else StepStatus.PLANNED
            return StepState(key, status, due, None, note, planned, agreement)
        if due is None:
            status = StepStatus.OPEN
        elif due < self.today:
            status = StepStatus.OVERDUE
        elif due <= self.soon:
            status = StepStatus.DUE_SOON
        else:
            status = StepStatus.OPEN
        return StepState(key, status, due, None, note, working_agreement=agreement)

    def not_applicable(self, key: StepKey | str, note: Message) -> StepState:
        return StepState(key, StepStatus.NOT_APPLICABLE, None, None, note)

    def applies_to_category(self, categories: frozenset[Category]) -> bool:
        # An unknown category gets the full journey: better a step too many than one missed.
        # A step the file gives to no category at all applies to nobody.
        if not categories:
            return False
        return self.facts.category is None or self.facts.category in categories

    def koffie_en_koek_applies(self) -> bool:
        """Koffie en Koek: the file's categories, linked via one of the file's paths.

        Those linked from another AZC (and nareizigers) get the Brede Intake right after housing
        instead (002:256-258). An unknown path counts as the ROL path, like an unknown category.
        """
        rule, facts = self.rules.koffie_en_koek, self.facts
        if facts.koffie_en_koek_held is not None:
            return True
        if not self.applies_to_category(rule.categories):
            return False
        return facts.linked_via is None or facts.linked_via in rule.linked_via

    # -- due dates (facts and rules only) --------------------------------------------------

    def anchor(self, rule: TermRule) -> tuple[date | None, Anchor | None]:
        """The date the rule's term counts from: the first of its anchors that applies."""
        for anchor in rule.anchors:
            applies, day = self._anchor(anchor)
            if applies:
                return day, anchor
        return None, None

    def _anchor(self, anchor: Anchor) -> tuple[bool, date | None]:
        facts = self.facts
        if anchor is Anchor.KOPPELING:
            return True, facts.koppeling_date
        if anchor is Anchor.MELDING:
            # Gezinsmigranten count from their melding at the municipality (002:255).
            applies = facts.category is Category.GEZINSMIGRANT or facts.melding_date is not None
            return applies, facts.melding_date
        if anchor is Anchor.HUISVESTING:
            return True, facts.housing_date
        if anchor is Anchor.KOFFIE_EN_KOEK:
            return self.koffie_en_koek_applies(), (
                facts.koffie_en_koek_held or self.koffie_en_koek_due()
            )
        if anchor is Anchor.BREDE_INTAKE:
            return True, facts.brede_intake_started or self.brede_intake_due()
        if anchor is Anchor.BESCHIKKING:
            return True, self.beschikking
        if anchor is Anchor.STARTERZ:
            return True, facts.starterz_started
        return facts.vwn_start is not None, facts.vwn_start

    def due(self, rule: TermRule) -> date | None:
        """The due date of a term rule: its term after its anchor (None while that is unknown)."""
        day, _ = self.anchor(rule)
        return rule.term.after(day) if day else None

    def term_note(self, rule: TermRule) -> Message:
        """ "3 weken na koppeling", or, while the anchor date is unknown, when the term starts."""
        day, anchor = self.anchor(rule)
        name = _label(ANCHOR_LABELS[anchor]) if anchor else ""
        term = rule.term.as_message()
        if day is None:
            return _note(N_("termijn ({term}) start bij {anchor}"), term=term, anchor=name)
        return _note(N_("{term} na {anchor}"), term=term, anchor=name)

    def koffie_en_koek_due(self) -> date | None:
        return self.due(self.rules.koffie_en_koek)

    def brede_intake_due(self) -> date | None:
        return self.due(self.rules.brede_intake)

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
    if not j.koffie_en_koek_applies():
        return j.not_applicable(StepKey.KOFFIE_EN_KOEK,
                                _note(N_("alleen bij koppeling via de ROL")))  # fmt: skip
    note = j.term_note(rule)
    if facts.koffie_en_koek_planned and not facts.koffie_en_koek_held:
        planned = facts.koffie_en_koek_planned
        note = _note(N_("gepland op {date}; {note}"), date=dutch_date(planned), note=note)
    return j.state(StepKey.KOFFIE_EN_KOEK, j.koffie_en_koek_due(), facts.koffie_en_koek_held,
                   note, rule=rule)  # fmt: skip


def _brede_intake(j: _Journey) -> StepState:
    # The term is about holding the (first) Brede Intake talk (002:205); the intake is closed
    # in the talk where the PIP is signed, which the PIP step follows.
    facts, rule = j.facts, j.rules.brede_intake
    note = j.term_note(rule)
    if facts.brede_intake_completed and facts.brede_intake_completed <= j.today:
        completed = facts.brede_intake_completed
        note = _note(N_("afgerond op {date}"), date=dutch_date(completed))
    elif facts.brede_intake_started and facts.brede_intake_started <= j.today:
        note = _note(N_("gestart; wordt afgerond bij het tekenen van het PIP"))
    done_on = _earliest(facts.brede_intake_started, facts.brede_intake_completed)
    return j.state(StepKey.BREDE_INTAKE, j.brede_intake_due(), done_on, note, rule=rule)


def _leerbaarheidstoets(j: _Journey) -> StepState:
    facts, rule = j.facts, j.rules.leerbaarheidstoets
    note = j.term_note(rule)
    if facts.toets_outcome is not None and facts.toets_date and facts.toets_date <= j.today:
        note = _note(N_("uitkomst: {outcome}"), outcome=_label(OUTCOME_LABELS[facts.toets_outcome]))
    return j.state(StepKey.LEERBAARHEIDSTOETS, j.due(rule), facts.toets_date, note, rule=rule)


def _starterz(j: _Journey) -> StepState:
    # The StarterZ-klas is a class within the Z-route (002:439-440), recorded on its own; it
    # applies once someone is registered for it, whatever the PIP's route says.
    facts, rule = j.facts, j.rules.starterz
    if facts.starterz_started is None:
        return j.not_applicable(StepKey.STARTERZ, _note(N_("geen StarterZ-klas")))
    note = _note(N_("advies binnen {term} na de start"), term=rule.term.as_message())
    if facts.starterz_advice and facts.starterz_advice_on and facts.starterz_advice_on <= j.today:
        note = _note(N_("advies: {route}"), route=_label(ROUTE_LABELS[facts.starterz_advice]))
    return j.state(StepKey.STARTERZ, j.due(rule), facts.starterz_advice_on, note, rule=rule)


def _pip(j: _Journey) -> StepState:
    # Signing has no term of its own: the legal term is about the beschikking (002:299, 308).
    facts = j.facts
    signed = _earliest(*(pip.signed_on for pip in facts.pip_versions))
    note = _note(N_("tekenen in het afsluitende gesprek; de termijn geldt voor de vaststelling"))
    drafted = _earliest(*(pip.drafted_on for pip in facts.pip_versions))
    if (signed is None or signed > j.today) and drafted and drafted <= j.today:
        note = _note(N_("concept van {date}"), date=dutch_date(drafted))
    elif signed is not None and signed <= j.today:
        note = _note(N_("getekend op {date}"), date=dutch_date(signed))
    return j.state(StepKey.PIP, None, signed, note)


def _pip_vastgesteld(j: _Journey) -> StepState:
    # "Middels een beschikking wordt de PIP vastgesteld" (002:299): the beschikking counts for
    # the 10 weeks after housing (002:308), not the signature. Before housing (or, for a
    # gezinsmigrant, the melding) the legal term has not started: open, no due date.
    rule = j.rules.pip
    note = j.term_note(rule)
    if j.beschikking is not None and j.beschikking <= j.today:
        note = _note(N_("beschikking van {date}"), date=dutch_date(j.beschikking))
    return j.state(StepKey.PIP_VASTGESTELD, j.due(rule), j.beschikking, note, rule=rule)


def _route_start(j: _Journey) -> StepState:
    # Done only once "Route gestart op" is filled in: the beschikking is given at the start
    # (002:220) but does not say the lessons began, and "gedaan" must not claim more.
    facts = j.facts
    started = _earliest(*(pip.route_started_on for pip in facts.pip_versions))
    note = _label(ROUTE_LABELS[j.route]) if j.route else _note(N_("route nog niet gekozen"))
    if j.route and j.beschikking and j.beschikking <= j.today and not started:
        note = _note(N_("{route}; beschikking {date}, vul ‘Route gestart op’ in bij de start"),
                     route=note, date=dutch_date(j.beschikking))  # fmt: skip
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


def _ontheffing(j: _Journey) -> date | None:
    """The date of a granted ontheffing: the inburgeringsplicht ends (decided, else requested)."""
    granted = [
        d.decided_on or d.requested_on or date.min
        for d in j.facts.termijn_decisions
        if d.kind is BesluitKind.ONTHEFFING and d.granted
    ]
    return min(granted) if granted else None


def _exempted(j: _Journey, key: StepKey) -> StepState | None:
    exempted = _ontheffing(j)
    if exempted is None:
        return None
    note = _note(N_("ontheffing verleend"))
    if exempted != date.min:
        note = _note(N_("ontheffing verleend op {date}"), date=dutch_date(exempted))
    return j.not_applicable(key, note)


def _pvt(j: _Journey) -> StepState:
    rule, facts = j.rules.pvt, j.facts
    exempted = _exempted(j, StepKey.PVT)
    if exempted and not facts.pvt_signed:
        return exempted
    note = j.term_note(rule)
    if facts.pvt_started and facts.pvt_started <= j.today:
        note = _note(N_("gestart op {date}; {note}"), date=dutch_date(facts.pvt_started),
                     note=note)  # fmt: skip
    return j.state(StepKey.PVT, j.due(rule), facts.pvt_signed, note, rule=rule)


def _map(j: _Journey) -> StepState:
    rule, facts = j.rules.map, j.facts
    done = facts.map_completed is not None and facts.map_completed <= j.today
    if not done and j.route is not None and j.route not in rule.routes:
        route = _label(ROUTE_LABELS[j.route])
        return j.not_applicable(StepKey.MAP, _note(N_("niet voor de {route}"), route=route))
    exempted = _exempted(j, StepKey.MAP)
    if exempted and not done:
        return exempted
    return j.state(StepKey.MAP, j.due(rule), facts.map_completed, j.term_note(rule),
                   rule=rule)  # fmt: skip


def _ontzorgen(j: _Journey) -> StepState:
    periods, rule = j.facts.ontzorgen, j.rules.ontzorgen
    term = rule.term
    if not periods:
        # Six months of ontzorgen after housing is the default (002:707): a housed person
        # without a record gets "to arrange" for those months, not "not applicable".
        if not j.applies_to_category(rule.categories):
            return j.not_applicable(StepKey.ONTZORGEN, _note(N_("geen ontzorgen")))
        start, _ = j.anchor(rule)
        if start is None:
            return j.state(StepKey.ONTZORGEN, None, None, _note(
                N_("{term} ontzorgen, start bij huisvesting"), term=term.as_message()),
                rule=rule)  # fmt: skip
        end = term.after(start)
        if end < j.today:
            return j.not_applicable(StepKey.ONTZORGEN, _note(N_("geen ontzorgen vastgelegd")))
        return j.state(StepKey.ONTZORGEN, None, None, _note(
            N_("te regelen: {term} ontzorgen vanaf {date}"), term=term.as_message(),
            date=dutch_date(start)), rule=rule)  # fmt: skip
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
    facts, rule = j.facts, j.rules.inburgeringstermijn
    key = StepKey.INBURGERINGSTERMIJN
    voldaan = facts.end_kind is EndKind.VOLDAAN and j.ended
    exempted = _exempted(j, key)
    if exempted and not voldaan:
        return exempted
    term = rule.term_for(j.route)
    start, _ = j.anchor(rule)
    if term is None:
        # The onderwijsroute may take longer than three years (001:605): no fixed end.
        route = _label(ROUTE_LABELS[j.route]) if j.route else ""
        return j.state(key, None, facts.end_date if voldaan else None, _note(
            N_("geen vaste einddatum voor de {route}"), route=route), done=voldaan)  # fmt: skip
    due = term.after(start) if start else None
    note = _note(N_("{term} na beschikking"), term=term.as_message())
    if start is None:
        note = _note(N_("{term}, start bij de beschikking van het PIP"), term=term.as_message())
    extended = [
        d.until for d in facts.termijn_decisions
        if d.kind is BesluitKind.VERLENGING and d.granted and d.until is not None
    ]  # fmt: skip
    pending = [
        d for d in facts.termijn_decisions
        if d.kind is BesluitKind.VERLENGING and not d.granted and d.decided_on is None
    ]  # fmt: skip
    if extended:
        # A verlenging by DUO moves the end of the termijn.
        due = max(extended)
        note = _note(N_("verlengd tot {date}"), date=dutch_date(due))
    elif pending:
        asked = pending[0].requested_on
        if asked:
            note = _note(N_("{note}; verlenging aangevraagd op {date}"), note=note,
                         date=dutch_date(asked))  # fmt: skip
        else:
            note = _note(N_("{note}; verlenging aangevraagd"), note=note)
    return j.state(key, due, facts.end_date if voldaan else None, note, done=voldaan,
                   rule=rule)  # fmt: skip


def _vwn_begeleiding(j: _Journey) -> StepState:
    # VWN: 18 months of begeleiding, then 12 months of the weekly consultation (002:660-663).
    rule = j.rules.vwn_begeleiding
    key = StepKey.VWN_BEGELEIDING
    if not j.applies_to_category(rule.categories):
        return j.not_applicable(key, _note(N_("geen begeleiding door VWN")))
    start, _ = j.anchor(rule)
    if start is None:
        return j.state(key, None, None, _note(
            N_("{term} begeleiding, daarna {spreekuur} spreekuur"),
            term=rule.term.as_message(), spreekuur=rule.spreekuur.as_message()))  # fmt: skip
    end = rule.term.after(start)
    spreekuur_end = rule.spreekuur.after(end)
    note = _note(
        N_("begeleiding van {start} tot {date}, daarna spreekuur tot {until}"),
        start=dutch_date(start), date=dutch_date(end), until=dutch_date(spreekuur_end),
    )  # fmt: skip
    if rule.spreekuur.amount == 0:  # no consultation hour after the begeleiding
        note = _note(N_("begeleiding van {start} tot {date}"), start=dutch_date(start),
                     date=dutch_date(end))  # fmt: skip
    # A period, not a deadline: done when the begeleiding is over, never late.
    return j.state(key, None, end, note, rule=rule)


def _extra_step(j: _Journey, step: ExtraStep) -> StepState:
    """A step the rules file adds; done by a StepRecord with its key."""
    if not j.applies_to_category(step.categories):
        state = j.not_applicable(step.key, _note(N_("niet van toepassing")))
        return replace(state, label=step.name)
    done_on = _earliest(*(day for key, day in j.facts.steps_done if key == step.key))
    state = j.state(step.key, j.due(step), done_on, j.term_note(step), rule=step)
    return replace(state, label=step.name)


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
    if pip.deviation_reason.strip() or _counts_as_deviation_free(pip):
        return []  # a written reason, or a route change "op basis van de voortgang" (001:587)
    if facts.starterz_advice is pip.route and facts.starterz_advice_on is not None:
        return []  # the StarterZ-klas advised this route (002:296-297)
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
    # The first year includes its last day (the anniversary), like every term here.
    year_end = rule.period.after(j.beschikking)
    counted = [
        change for change in route_changes(j.facts)
        if change.on is not None and j.beschikking <= change.on <= year_end
        and (rule.starterz_choice_counts or not _starterz_choice(j, change))
    ]  # fmt: skip
    if len(counted) <= rule.maximum:
        return []
    return [Violation(
        "second_route_change_first_year", StepKey.PIP,
        _note(N_("De leerroute is in de eerste {term} na de beschikking {count} keer gewijzigd; "
                 "dat mag hoogstens {maximum} keer."),
              term=rule.period.as_message(), count=len(counted), maximum=rule.maximum),
    )]  # fmt: skip


def _starterz_choice(j: _Journey, change: RouteChange) -> bool:
    """Leaving the Z-route's StarterZ-klas for its advised route: the first real choice."""
    facts = j.facts
    return (
        facts.starterz_started is not None
        and change.previous is Route.Z
        and (facts.starterz_advice is None or change.route is facts.starterz_advice)
    )


def _progress_talks_first_year(j: _Journey) -> list[Violation]:
    rule = j.rules.voortgang
    if j.beschikking is None:
        return []
    # The first year includes its last day: a talk on the anniversary still counts.
    year_end = rule.first_year.after(j.beschikking)
    if j.today <= year_end:
        return []  # the year is not over: there is still time
    formal = [
        talk for talk in j.facts.progress_talks
        if talk.formal and talk.held_on is not None and j.beschikking <= talk.held_on <= year_end
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
    versions = sorted(facts.pip_versions, key=lambda pip: pip.version)
    term = rules.inburgeringstermijn.term_for(versions[-1].route if versions else None)
    term_end = (term or rules.inburgeringstermijn.term).after(beschikking)
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
    _pip_vastgesteld, _route_start, _voortgang, _pvt, _map, _ontzorgen, _vwn_begeleiding,
    _inburgeringstermijn, _einde,
)  # fmt: skip


def evaluate(facts: JourneyFacts, rules: Rules, today: date) -> JourneyState:
    """The klantreis of one person on ``today``."""
    journey = _Journey(facts, rules, today)
    steps = tuple(step(journey) for step in _STEPS[:-1])
    steps += tuple(_extra_step(journey, extra) for extra in rules.extra_steps)
    steps += (_STEPS[-1](journey),)
    if journey.ended:
        # After the end (moved, exempted, stopped, completed) nothing is due any more.
        label = _label(END_LABELS[facts.end_kind]) if facts.end_kind else ""
        lapsed = _note(N_("vervallen: traject beëindigd ({end})"), end=label)
        steps = tuple(
            state if state.status is StepStatus.DONE
            else replace(state, status=StepStatus.NOT_APPLICABLE, text=lapsed, planned=None)
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
