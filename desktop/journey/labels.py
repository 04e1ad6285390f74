"""Dutch labels for the klantreis steps, statuses and values (CLI and engine notes).

The value labels are message ids of the core catalogue (:mod:`desktop.messages`), so that a
note naming a route or an outcome reads right in the UI language.

The Qt screens translate these separately; the keys are the StepKey and StepStatus values, so
this module needs nothing from the engine (the engine uses the value labels in its notes).
"""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import Category, EndKind, Route, TestOutcome
from desktop.messages import N_

#: Per StepKey value, in journey order.
STEP_LABELS: dict[str, str] = {
    "koppeling": "Koppeling",
    "koffie_en_koek": "Koffie en Koek gesprek",
    "brede_intake": "Brede Intake",
    "leerbaarheidstoets": "Leerbaarheidstoets",
    "starterz": "StarterZ-klas",
    "pip": "PIP getekend",
    "pip_vastgesteld": "PIP vastgesteld (beschikking)",
    "route_start": "Start leerroute",
    "voortgang": "Voortgangsgesprek",
    "pvt": "Participatieverklaringstraject (PVT)",
    "map": "Module Arbeidsmarkt en Participatie (MAP)",
    "ontzorgen": "Ontzorgen",
    "vwn_begeleiding": "Maatschappelijke begeleiding (VWN)",
    "inburgeringstermijn": "Inburgeringstermijn",
    "einde": "Einde traject",
}

#: Per StepStatus value.
STATUS_LABELS: dict[str, str] = {
    "done": "Gedaan",
    "open": "Open",
    "due_soon": "Bijna verlopen",
    "overdue": "Te laat",
    "planned": "Gepland",
    "planned_late": "Te laat gepland",
    "not_applicable": "Niet van toepassing",
}

ROUTE_LABELS: dict[Route, str] = {
    Route.B1: N_("B1-route"),
    Route.ONDERWIJS: N_("Onderwijsroute"),
    Route.Z: N_("Z-route"),
}

OUTCOME_LABELS: dict[TestOutcome, str] = {
    TestOutcome.B1: N_("B1"),
    TestOutcome.Z: N_("Z"),
    TestOutcome.TWIJFEL: N_("twijfel"),
}

END_LABELS: dict[EndKind, str] = {
    EndKind.VOLDAAN: N_("voldaan"),
    EndKind.ONTHEVEN: N_("ontheven"),
    EndKind.VERHUISD: N_("verhuisd"),
    EndKind.GESTOPT: N_("gestopt"),
}

CATEGORY_LABELS: dict[Category, str] = {
    Category.ASIELSTATUSHOUDER: N_("asielstatushouder"),
    Category.NAREIZIGER: N_("nareiziger"),
    Category.GEZINSMIGRANT: N_("gezinsmigrant"),
    Category.HERVESTIGER: N_("hervestiger"),
    Category.OVERIG: N_("overig"),
}


def step_label(key: str, rules: object = None) -> str:
    """The Dutch name of a step (a StepKey or its value, or a step the rules file adds)."""
    if str(key) in STEP_LABELS:
        return STEP_LABELS[str(key)]
    for extra in getattr(rules, "extra_steps", ()):
        if extra.key == str(key):
            return str(extra.name)
    return str(key)


def status_label(status: str) -> str:
    """The Dutch name of a status (a StepStatus or its value)."""
    return STATUS_LABELS[str(status)]


def dutch_date(day: date) -> str:
    """A date as Dutch consultants write it: 05-03-2025."""
    return day.strftime("%d-%m-%Y")
