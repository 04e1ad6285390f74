"""The evaluated journeys the report reads, through one function: :func:`report_journeys`.

Evaluating a klantreis is the report's largest cost (5,000 journeys take longer than every
indicator together), and the same journeys on the same day are asked again and again: the
screen opened twice, another consultant, the trend's periods again, the PDF after the screen.
:class:`JourneyMemo` keeps, per (facts, day), the little the report reads of a journey
(:class:`ReportJourney`), so that a journey is evaluated once until its facts change. Facts
are compared by value, so a person whose dossier changed is evaluated again and nobody else.
A persistent journey cache (a table the caseload keeps up to date) can stand behind
:func:`report_journeys` later without the indicators noticing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import Route
from desktop.journey.engine import JourneyState, StepKey, StepStatus, evaluate
from desktop.journey.facts import JourneyFacts
from desktop.journey.rules import Rules

#: The steps whose state an indicator reads (their due date and status).
READ_STEPS = (StepKey.KOFFIE_EN_KOEK, StepKey.BREDE_INTAKE, StepKey.VOORTGANG)


@dataclass(frozen=True)
class StepBrief:
    """A step's status and due date on the day."""

    status: StepStatus
    due: date | None


@dataclass(frozen=True)
class ReportJourney:
    """What the report reads of one evaluated journey (small: thousands are kept)."""

    current_step: StepKey | str | None
    overdue: bool
    route: Route | None
    steps: tuple[tuple[StepKey, StepBrief], ...]

    def step(self, key: StepKey) -> StepBrief:
        """The state of one of :data:`READ_STEPS`."""
        for step, brief in self.steps:
            if step == key:
                return brief
        raise KeyError(key)


def brief(state: JourneyState) -> ReportJourney:
    """The part of a journey the report reads."""
    steps = tuple((k, StepBrief(state.step(k).status, state.step(k).due)) for k in READ_STEPS)
    return ReportJourney(state.current_step, state.overdue, state.route, steps)


class JourneyMemo:
    """Evaluated journeys per (facts, day), for the days asked most recently.

    Thread-safe (the screen computes on worker threads); holds personal data in memory only
    and is dropped on lock with the screen that owns it. A change of rules empties it.
    """

    #: How many days are kept: a period and its trend, and one more.
    DAYS = 6

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: Rules | None = None
        #: How many journeys were evaluated (not found): what the memo saves is visible.
        self.evaluations = 0
        # day -> person id -> (the facts evaluated, the journey)
        self._days: OrderedDict[date, dict[str, tuple[JourneyFacts, ReportJourney]]] = OrderedDict()

    def clear(self) -> None:
        """Forget every journey."""
        with self._lock:
            self._days.clear()
            self._rules = None

    def _day(self, rules: Rules, day: date) -> dict[str, tuple[JourneyFacts, ReportJourney]]:
        with self._lock:
            if rules is not self._rules and rules != self._rules:  # the team's rules changed
                self._days.clear()
                self._rules = rules
            known = self._days.setdefault(day, {})
            self._days.move_to_end(day)
            while len(self._days) > self.DAYS:
                self._days.popitem(last=False)
            return known

    def evaluated(
        self, facts: Iterable[JourneyFacts], rules: Rules, day: date
    ) -> dict[str, ReportJourney]:
        """The journeys of ``facts`` on ``day`` by person id, evaluating only those not
        known yet."""
        known = self._day(rules, day)
        found: dict[str, ReportJourney] = {}
        for person in facts:
            kept = known.get(person.person_id)
            # Equal facts (compared field by field: a reload makes new objects) give the
            # same journey; changed facts are evaluated again and replace the old.
            if kept is not None and (kept[0] is person or kept[0] == person):
                journey = kept[1]
            else:
                journey = brief(evaluate(person, rules, day))
                with self._lock:
                    known[person.person_id] = (person, journey)
                    self.evaluations += 1
            found[person.person_id] = journey
        return found


def report_journeys(
    facts: Iterable[JourneyFacts], rules: Rules, day: date, memo: JourneyMemo | None = None
) -> dict[str, ReportJourney]:
    """The one way the report reads evaluated journeys: each person's journey on ``day``
    by person id (one person once), from ``memo`` where it is known (evaluated and kept
    there otherwise)."""
    if memo is None:
        return {f.person_id: brief(evaluate(f, rules, day)) for f in facts}
    return memo.evaluated(facts, rules, day)
