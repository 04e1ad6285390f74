"""The klantreis: the steps of one inburgeraar's journey, their terms and what is due.

``rules`` reads the municipality's terms (``resources/rules/*.toml``), ``facts`` gathers what
the dossier says about a person, ``engine`` turns both into step states and violations.
No Qt, no database writes.
"""

from desktop.journey.engine import (
    JourneyState,
    RouteChange,
    StepKey,
    StepState,
    StepStatus,
    Violation,
    evaluate,
    route_changes,
)
from desktop.journey.facts import JourneyFacts, facts_for_person, load_facts
from desktop.journey.rules import Rules, RulesError, Term, add_months, load_rules

__all__ = [
    "JourneyFacts",
    "JourneyState",
    "RouteChange",
    "Rules",
    "RulesError",
    "StepKey",
    "StepState",
    "StepStatus",
    "Term",
    "Violation",
    "add_months",
    "evaluate",
    "facts_for_person",
    "load_facts",
    "load_rules",
    "route_changes",
]
