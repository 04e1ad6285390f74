"""The klantreis: the steps of one inburgeraar's journey, their terms and what is due.

``rules`` reads the municipality's terms (``resources/rules/*.toml``), ``facts`` gathers what
the dossier says about a person, ``engine`` turns both into step states and violations.
No Qt, no database writes.

The facts' names are imported when first used (PEP 562): the facts' loader imports SQLAlchemy
and the models, which ``wegwijzer deadlines`` reads without (desktop/access/glance.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
from desktop.journey.rules import Rules, RulesError, Term, add_months, load_rules

if TYPE_CHECKING:
    from desktop.journey.facts import JourneyFacts, facts_for_person, load_facts

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

_LATE = {"JourneyFacts", "facts_for_person", "load_facts"}


def __getattr__(name: str) -> Any:
    if name not in _LATE:  # submodules (``from desktop.journey import cache``) import as ever
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("desktop.journey.facts"), name)
    globals()[name] = value
    return value
