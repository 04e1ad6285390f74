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

from desktop.domain.enums import BesluitKind, Category, EndKind, PipChange, Route
from desktop.journey.facts import JourneyFacts, PipVersion
from desktop.journey.labels import (
    CATEGORY_LABELS,
    END_LABELS,
    OUTCOME_LABELS,
    ROUTE_LABELS,
    dutch_date,
)
from desktop.journey.rules import ANCHOR_LABELS, Anchor, ExtraStep, Rules, TermRule

#: Named values of a note or message, in order: dates as ``date``, terms as ``Term``, routes,
#: outcomes, end kinds and categories as their enums, counts as ``int``, free text as ``str``.
NoteArgs = tuple[tuple[str, object], ...]


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
    NOT_APPLICABLE = "not_applicable"


#: Statuses of a step that still needs doing.
OPEN_STATUSES = frozenset({StepStatus.OPEN, StepStatus.DUE_SOON, StepStatus.OVERDUE})


@dataclass(frozen=True)
class StepState:
    """One step on one day: its status, due date, completion date and a short Dutch note.

    ``note_key`` and ``note_args`` are the same note in structured form, so that the screens
    can show it in their own language; ``note_key`` is empty when there is no note.
    ``step`` is a StepKey, or the key of a step the rules file adds (``[[stap]]``).
    ``working_agreement`` marks a due date that is the team's own agreement, not law or policy:
    it is labelled so on screen and never printed as "uiterlijk" on a handout.
    """

    step: StepKey | str
    status: StepStatus
    due: date | None
    done_on: date | None
    note: str = ""
    note_key: str = ""
    note_args: NoteArgs = ()
    working_agreement: bool = False
    label: str = ""  # the name a step of the rules file has there (empty for built-in steps)


@dataclass(frozen=True)
class Violation:
    """Something in the dossier that breaks a rule; ``message`` is Dutch.

    ``code`` and ``args`` are the same message in structured form, for the screens.
    """

    code: str
    step: StepKey | str
    message: str
    args: NoteArgs = ()


@dataclass(frozen=True)
class _Note:
    """A Dutch note with its key and named values."""

    text: str
    key: str = ""
    args: NoteArgs = ()


def _note(key: str, text: str, **args: object) -> _Note:
    return _Note(text, key, tuple(args.items()))


_NO_NOTE = _Note("")


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
        """True when any step is late."""
        return any(state.status is StepStatus.OVERDUE for state in self.steps)

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
        note: _Note,
        *,
        done: bool | None = None,
        rule: TermRule | None = None,
    ) -> StepState:
        """A step's state; done when its completion date has come (or ``done`` says so)."""
        agreement = rule is not None and rule.working_agreement
        if done is None:
            done = done_on is not None and done_on <= self.today
        if agreement and not done:
            args = (*note.args, ("kind", "werkafspraak"))
            note = _Note(f"{note.text} (werkafspraak)", note.key, args)
        if done:
            return StepState(key, StepStatus.DONE, due, done_on, note.text, note.key, note.args,
                             agreement)  # fmt: skip
        if due is None:
            status = StepStatus.OPEN
        elif due < self.today:
            status = StepStatus.OVERDUE
        elif due <= self.soon:
            status = StepStatus.DUE_SOON
        else:
            status = StepStatus.OPEN
        return StepState(key, status, due, None, note.text, note.key, note.args, agreement)

    def not_applicable(self, key: StepKey | str, note: _Note) -> StepState:
        return StepState(key, StepStatus.NOT_APPLICABLE, None, None, note.text, note.key,
                         note.args)  # fmt: skip

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

    def term_note(self, key: str, rule: TermRule, prefix: str = "") -> _Note:
        """ "3 weken na koppeling", or, while the anchor date is unknown, when the term starts."""
        day, anchor = self.anchor(rule)
        name = ANCHOR_LABELS[anchor] if anchor else ""
        if day is None:
            text = f"termijn ({rule.term.describe()}) start bij {name}"
            return _note(f"{key}.waiting", prefix + text, term=rule.term, anchor=anchor)
        text = f"{rule.term.describe()} na {name}"
        return _note(f"{key}.after", prefix + text, term=rule.term, anchor=anchor)

    def koffie_en_koek_due(self) -> date | None:
        return self.due(self.rules.koffie_en_koek)

    def brede_intake_due(self) -> date | None:
        return self.due(self.rules.brede_intake)

    def from_beschikking(self, term_after: Callable[[date], date]) -> date | None:
        return term_after(self.beschikking) if self.beschikking else None


def _koppeling(j: _Journey) -> StepState:
    facts = j.facts
    if facts.koppeling_date is None and not j.applies_to_category(j.rules.koppeling.categories):
        category = CATEGORY_LABELS[facts.category] if facts.category else ""
        return j.not_applicable(StepKey.KOPPELING, _note(
            "koppeling.not_applicable", f"geen koppeling door het COA ({category})",
            category=facts.category,
        ))  # fmt: skip
    note = _NO_NOTE
    if not facts.koppeling_date:
        note = _note("koppeling.date_unknown", "koppelingsdatum nog niet bekend")
    return j.state(StepKey.KOPPELING, None, facts.koppeling_date, note)


def _koffie_en_koek(j: _Journey) -> StepState:
    facts, rule = j.facts, j.rules.koffie_en_koek
    if not j.koffie_en_koek_applies():
        return j.not_applicable(StepKey.KOFFIE_EN_KOEK, _note(
            "koffie_en_koek.not_applicable", "alleen bij koppeling via de ROL"))  # fmt: skip
    note = j.term_note("koffie_en_koek", rule)
    if facts.koffie_en_koek_planned and not facts.koffie_en_koek_held:
        planned = facts.koffie_en_koek_planned
        note = _note("koffie_en_koek.planned",
                     f"gepland op {dutch_date(planned)}; {note.text}",
                     date=planned, term=rule.term)  # fmt: skip
    return j.state(StepKey.KOFFIE_EN_KOEK, j.koffie_en_koek_due(), facts.koffie_en_koek_held,
                   note, rule=rule)  # fmt: skip


def _brede_intake(j: _Journey) -> StepState:
    # The term is about holding the (first) Brede Intake talk (002:205); the intake is closed
    # in the talk where the PIP is signed, which the PIP step follows.
    facts, rule = j.facts, j.rules.brede_intake
    note = j.term_note("brede_intake", rule)
    if facts.brede_intake_completed and facts.brede_intake_completed <= j.today:
        completed = facts.brede_intake_completed
        note = _note("brede_intake.completed", f"afgerond op {dutch_date(completed)}",
                     date=completed)  # fmt: skip
    elif facts.brede_intake_started and facts.brede_intake_started <= j.today:
        note = _note("brede_intake.started",
                     "gestart; wordt afgerond bij het tekenen van het PIP")  # fmt: skip
    done_on = _earliest(facts.brede_intake_started, facts.brede_intake_completed)
    return j.state(StepKey.BREDE_INTAKE, j.brede_intake_due(), done_on, note, rule=rule)


def _leerbaarheidstoets(j: _Journey) -> StepState:
    facts, rule = j.facts, j.rules.leerbaarheidstoets
    note = j.term_note("leerbaarheidstoets", rule)
    if facts.toets_outcome is not None and facts.toets_date and facts.toets_date <= j.today:
        note = _note("leerbaarheidstoets.outcome",
                     f"uitkomst: {OUTCOME_LABELS[facts.toets_outcome]}",
                     outcome=facts.toets_outcome)  # fmt: skip
    return j.state(StepKey.LEERBAARHEIDSTOETS, j.due(rule), facts.toets_date, note, rule=rule)


def _starterz(j: _Journey) -> StepState:
    # The StarterZ-klas is a class within the Z-route (002:439-440), recorded on its own; it
    # applies once someone is registered for it, whatever the PIP's route says.
    facts, rule = j.facts, j.rules.starterz
    if facts.starterz_started is None:
        return j.not_applicable(StepKey.STARTERZ,
                                _note("starterz.not_applicable", "geen StarterZ-klas"))  # fmt: skip
    term = rule.term
    note = _note("starterz.term", f"advies binnen {term.describe()} na de start", term=term)
    if facts.starterz_advice and facts.starterz_advice_on and facts.starterz_advice_on <= j.today:
        note = _note("starterz.advice", f"advies: {ROUTE_LABELS[facts.starterz_advice]}",
                     route=facts.starterz_advice)  # fmt: skip
    return j.state(StepKey.STARTERZ, j.due(rule), facts.starterz_advice_on, note, rule=rule)


def _pip(j: _Journey) -> StepState:
    # Signing has no term of its own: the legal term is about the beschikking (002:299, 308).
    facts = j.facts
    signed = _earliest(*(pip.signed_on for pip in facts.pip_versions))
    note = _note("pip.to_sign", "tekenen in het afsluitende gesprek; de termijn geldt voor de "
                 "vaststelling")  # fmt: skip
    drafted = _earliest(*(pip.drafted_on for pip in facts.pip_versions))
    if (signed is None or signed > j.today) and drafted and drafted <= j.today:
        note = _note("pip.drafted", f"concept van {dutch_date(drafted)}", date=drafted)
    elif signed is not None and signed <= j.today:
        note = _note("pip.signed", f"getekend op {dutch_date(signed)}", date=signed)
    return j.state(StepKey.PIP, None, signed, note)


def _pip_vastgesteld(j: _Journey) -> StepState:
    # "Middels een beschikking wordt de PIP vastgesteld" (002:299): the beschikking counts for
    # the 10 weeks after housing (002:308), not the signature. Before housing (or, for a
    # gezinsmigrant, the melding) the legal term has not started: open, no due date.
    rule = j.rules.pip
    note = j.term_note("pip", rule)
    if j.beschikking is not None and j.beschikking <= j.today:
        note = _note("pip.beschikking", f"beschikking van {dutch_date(j.beschikking)}",
                     date=j.beschikking)  # fmt: skip
    return j.state(StepKey.PIP_VASTGESTELD, j.due(rule), j.beschikking, note, rule=rule)


def _route_start(j: _Journey) -> StepState:
    # The beschikking is given at the start of the route (002:220), so it marks the start
    # when no separate start date was recorded.
    facts = j.facts
    started = _earliest(*(pip.route_started_on for pip in facts.pip_versions)) or j.beschikking
    if j.route:
        key, text = "route_start.route", ROUTE_LABELS[j.route]
    else:
        key, text = "route_start.no_route", "route nog niet gekozen"
    note = _note(key, text, route=j.route)
    if facts.voorinburgering_end and not (started and started <= j.today):
        end = facts.voorinburgering_end
        note = _note(f"{key}.voorinburgering",
                     f"{text}; liefst bij einde voorinburgering ({dutch_date(end)})",
                     route=j.route, date=end)  # fmt: skip
    return j.state(StepKey.ROUTE_START, None, started, note)


def _voortgang(j: _Journey) -> StepState:
    interval = j.rules.voortgang.interval
    if j.beschikking is None:
        note = _note("voortgang.waiting",
                     f"elke {interval.describe()} na de beschikking van het PIP",
                     term=interval)  # fmt: skip
        return j.state(StepKey.VOORTGANG, None, None, note)
    last = _latest(*(talk.held_on for talk in j.facts.progress_talks))
    anchor = max(j.beschikking, last) if last else j.beschikking
    note = _note("voortgang.interval", f"elke {interval.describe()}", term=interval)
    if last and last <= j.today:
        note = _note("voortgang.last_talk",
                     f"elke {interval.describe()}; laatste gesprek {dutch_date(last)}",
                     term=interval, date=last)  # fmt: skip
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
    text = "ontheffing verleend" + (f" op {dutch_date(exempted)}" if exempted != date.min else "")
    return j.not_applicable(key, _note("ontheffing", text, date=exempted))


def _pvt(j: _Journey) -> StepState:
    rule, facts = j.rules.pvt, j.facts
    exempted = _exempted(j, StepKey.PVT)
    if exempted and not facts.pvt_signed:
        return exempted
    note = j.term_note("pvt", rule)
    if facts.pvt_started and facts.pvt_started <= j.today:
        started = facts.pvt_started
        note = _note("pvt.started", f"gestart op {dutch_date(started)}; {note.text}",
                     date=started, term=rule.term)  # fmt: skip
    return j.state(StepKey.PVT, j.due(rule), facts.pvt_signed, note, rule=rule)


def _map(j: _Journey) -> StepState:
    rule, facts = j.rules.map, j.facts
    done = facts.map_completed is not None and facts.map_completed <= j.today
    if not done and j.route is not None and j.route not in rule.routes:
        text = f"niet voor de {ROUTE_LABELS[j.route]}"
        return j.not_applicable(StepKey.MAP, _note("map.not_applicable", text, route=j.route))
    exempted = _exempted(j, StepKey.MAP)
    if exempted and not done:
        return exempted
    return j.state(StepKey.MAP, j.due(rule), facts.map_completed, j.term_note("map", rule),
                   rule=rule)  # fmt: skip


def _ontzorgen(j: _Journey) -> StepState:
    periods, rule = j.facts.ontzorgen, j.rules.ontzorgen
    term = rule.term
    if not periods:
        # Six months of ontzorgen after housing is the default (002:707): a housed person
        # without a record gets "to arrange" for those months, not "not applicable".
        if not j.applies_to_category(rule.categories):
            return j.not_applicable(StepKey.ONTZORGEN, _note("ontzorgen.none", "geen ontzorgen"))
        start, _ = j.anchor(rule)
        if start is None:
            return j.state(StepKey.ONTZORGEN, None, None, _note(
                "ontzorgen.waiting", f"{term.describe()} ontzorgen, start bij huisvesting",
                term=term), rule=rule)  # fmt: skip
        end = term.after(start)
        if end < j.today:
            return j.not_applicable(StepKey.ONTZORGEN, _note(
                "ontzorgen.none", "geen ontzorgen vastgelegd"))  # fmt: skip
        return j.state(StepKey.ONTZORGEN, None, None, _note(
            "ontzorgen.to_arrange",
            f"te regelen: {term.describe()} ontzorgen vanaf {dutch_date(start)}",
            term=term, date=start), rule=rule)  # fmt: skip
    start = min(period.start for period in periods)
    due: date | None = term.after(start)
    note = _note("ontzorgen.term", f"{term.describe()} vanaf {dutch_date(start)}",
                 term=term, date=start)  # fmt: skip
    reasons = [period.extension_reason.strip() for period in periods]
    if any(reasons):
        # Tailoring (002:707): the planned end of the extension becomes the due date.
        ends = [period.end for period in periods]
        due = None if None in ends else _latest(*ends)
        reason = next(reason for reason in reasons if reason)
        note = _note("ontzorgen.extended", f"verlengd: {reason}", reason=reason)
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
        route = ROUTE_LABELS[j.route] if j.route else ""
        return j.state(key, None, facts.end_date if voldaan else None, _note(
            "inburgeringstermijn.open_ended", f"geen vaste einddatum voor de {route}",
            route=j.route), done=voldaan)  # fmt: skip
    due = term.after(start) if start else None
    note = _note("inburgeringstermijn.term", f"{term.describe()} na beschikking", term=term)
    if start is None:
        note = _note("inburgeringstermijn.waiting",
                     f"{term.describe()}, start bij de beschikking van het PIP",
                     term=term)  # fmt: skip
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
        note = _note("inburgeringstermijn.extended", f"verlengd tot {dutch_date(due)}", date=due)
    elif pending:
        asked = pending[0].requested_on
        text = "verlenging aangevraagd" + (f" op {dutch_date(asked)}" if asked else "")
        note = _note("inburgeringstermijn.requested", f"{note.text}; {text}",
                     term=term, date=asked)  # fmt: skip
    return j.state(key, due, facts.end_date if voldaan else None, note, done=voldaan,
                   rule=rule)  # fmt: skip


def _vwn_begeleiding(j: _Journey) -> StepState:
    # VWN: 18 months of begeleiding, then 12 months of the weekly consultation (002:660-663).
    rule = j.rules.vwn_begeleiding
    key = StepKey.VWN_BEGELEIDING
    if not j.applies_to_category(rule.categories):
        return j.not_applicable(key, _note("vwn_begeleiding.none", "geen begeleiding door VWN"))
    start, _ = j.anchor(rule)
    if start is None:
        return j.state(key, None, None, _note(
            "vwn_begeleiding.waiting",
            f"{rule.term.describe()} begeleiding, daarna {rule.spreekuur.describe()} spreekuur",
            term=rule.term, spreekuur=rule.spreekuur))  # fmt: skip
    end = rule.term.after(start)
    spreekuur_end = rule.spreekuur.after(end)
    note = _note(
        "vwn_begeleiding.period",
        f"begeleiding van {dutch_date(start)} tot {dutch_date(end)}, daarna spreekuur tot "
        f"{dutch_date(spreekuur_end)}",
        start=start, date=end, until=spreekuur_end,
    )  # fmt: skip
    if rule.spreekuur.amount == 0:  # no consultation hour after the begeleiding
        note = _note("vwn_begeleiding.until",
                     f"begeleiding van {dutch_date(start)} tot {dutch_date(end)}",
                     start=start, date=end)  # fmt: skip
    # A period, not a deadline: done when the begeleiding is over, never late.
    return j.state(key, None, end, note, rule=rule)


def _extra_step(j: _Journey, step: ExtraStep) -> StepState:
    """A step the rules file adds; done by a StepRecord with its key."""
    if not j.applies_to_category(step.categories):
        state = j.not_applicable(step.key, _note("extra.not_applicable", "niet van toepassing"))
        return replace(state, label=step.name)
    done_on = _earliest(*(day for key, day in j.facts.steps_done if key == step.key))
    state = j.state(step.key, j.due(step), done_on, j.term_note("extra", step), rule=step)
    return replace(state, label=step.name)


def _einde(j: _Journey) -> StepState:
    facts = j.facts
    if facts.end_kind is None:
        return j.state(StepKey.EINDE, None, None, _NO_NOTE)
    kind = facts.end_kind
    label = END_LABELS[kind]
    if j.ended:
        return j.state(StepKey.EINDE, None, facts.end_date, _note("einde.ended", label, end=kind),
                       done=True)  # fmt: skip
    if facts.end_date:
        note = _note("einde.planned_on", f"gepland: {label} per {dutch_date(facts.end_date)}",
                     end=kind, date=facts.end_date)  # fmt: skip
    else:
        note = _note("einde.planned", f"gepland: {label}", end=kind)
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
        f"De {ROUTE_LABELS[pip.route]} in PIP versie {pip.version} wijkt af van de uitkomst van "
        f"de leerbaarheidstoets ({OUTCOME_LABELS[facts.toets_outcome]}) zonder schriftelijke "
        "motivering (ECLI:NL:RVS:2024:5413).",
        (("route", pip.route), ("version", pip.version), ("outcome", facts.toets_outcome)),
    )]  # fmt: skip


def _pip_without_toets(j: _Journey) -> list[Violation]:
    signed = _earliest(*(pip.signed_on for pip in j.facts.pip_versions))
    if signed is None or signed > j.today or j.facts.toets_date is not None:
        return []
    return [Violation(
        "pip_without_leerbaarheidstoets", StepKey.LEERBAARHEIDSTOETS,
        "Het PIP is getekend zonder leerbaarheidstoets; de toets hoort bij de Brede Intake.",
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
        f"De leerroute is in de eerste {rule.period.describe()} na de beschikking "
        f"{len(counted)} keer gewijzigd; dat mag hoogstens {rule.maximum} keer.",
        (("term", rule.period), ("count", len(counted)), ("maximum", rule.maximum)),
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
        f"In de eerste {rule.first_year.describe()} na de beschikking zijn {len(formal)} formele "
        f"voortgangsgesprekken gehouden; minimaal {rule.minimum_formal_first_year}.",
        (("term", rule.first_year), ("count", len(formal)),
         ("minimum", rule.minimum_formal_first_year)),
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
        f"Let op: de geplande participatieactiviteiten komen op ongeveer {round(hours)} van de "
        f"{target} uur in de inburgeringstermijn.",
        (("hours", round(hours)), ("target", target)),
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
        label = END_LABELS[facts.end_kind] if facts.end_kind else ""
        steps = tuple(
            state if state.status is StepStatus.DONE
            else replace(state, status=StepStatus.NOT_APPLICABLE,
                         note=f"vervallen: traject beëindigd ({label})",
                         note_key="ended", note_args=(("end", facts.end_kind),))
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
