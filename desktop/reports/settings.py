"""The report's team settings: targets per indicator, the caseload norm, the Z-route weight and
the municipality's name. Defaults come from the seeds; an admin changes them (audited).

Stored in the ``setting`` table under ``reports.*``; a value of "" means "no target".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, record
from desktop.messages import N_, Problem
from desktop.store import settings as store_settings

if TYPE_CHECKING:
    from desktop.journey.rules import Rules
    from desktop.store import Store

#: Default targets, with where they come from.
DEFAULT_TARGETS: dict[str, tuple[float | None, str]] = {
    # 001 §3.3 indicator 1: "% statushouders dat binnen de wettelijke termijn ... een PIP heeft
    # ondertekend": 95% (2021 and 2022). The law counts the beschikking; both are measured.
    "pip_vastgesteld": (95.0, "001 §3.3 (indicator 1)"),
    "pip_ondertekend": (95.0, "001 §3.3 (indicator 1)"),
    "koffie_en_koek": (None, "002 §2.1 punt 1: geen streefcijfer"),
    "brede_intake": (None, "002 §2.1 punt 2: geen streefcijfer"),
    "voortgang": (None, "002 §2.1.4: geen streefcijfer"),
    "formele_gesprekken": (None, "001:583-587: geen streefcijfer"),
    # 001 §3.3 indicator 3: "... na een half jaar na vestiging ... (maatschappelijke
    # participatie)": 75% in 2022 (2019: 50%).
    "participatie_6_maanden": (75.0, "001 §3.3 (indicator 3)"),
    # 001 §3.3 indicator 4: "Gemiddelde duur tot slagen inburgering in maanden": 30 (2019: 34).
    "duur_tot_voldaan": (30.0, "001 §3.3 (indicator 4)"),
    # 001 §3.3 indicator 2: "% statushouders (3 tot 7 jaar in Dalfsen) dat uit de bijstand is
    # gestroomd door werk / studie": 36% / 20% in 2022.
    "uitstroom_werk": (36.0, "001 §3.3 (indicator 2)"),
    "uitstroom_studie": (20.0, "001 §3.3 (indicator 2)"),
}


class InvalidTarget(Problem):
    """A target that is no number in range."""

    text = N_("Een streefwaarde is een getal van 0 tot en met 10.000, of leeg (geen streefwaarde).")


@dataclass(frozen=True)
class ReportSettings:
    """The settings a report is computed with."""

    municipality: str
    targets: dict[str, float | None] = field(default_factory=dict)
    z_weight: float = 1.5
    caseload_norm: float | None = None
    participation_hours: int = 800

    def target(self, key: str) -> float | None:
        """The target of an indicator (None: none set)."""
        return self.targets.get(key)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def load_settings(store: Store, rules: Rules) -> ReportSettings:
    """The stored settings, defaults where nothing (or nothing sensible) is stored."""
    targets: dict[str, float | None] = {}
    for key, (default, _source) in DEFAULT_TARGETS.items():
        stored = store_settings.REPORT_TARGET.of(key).get(store)
        targets[key] = default if stored == "-" else _number(stored)
    weight = _number(store_settings.REPORT_Z_WEIGHT.get(store)) or 1.5
    norm = _number(store_settings.REPORT_CASELOAD_NORM.get(store))
    return ReportSettings(
        municipality=store_settings.REPORT_MUNICIPALITY.get(store) or rules.municipality,
        targets=targets,
        z_weight=weight,
        caseload_norm=norm,
        participation_hours=rules.z_route.participation_hours,
    )


def default_settings(rules: Rules) -> ReportSettings:
    """The seeds' defaults, for computing without a store (tests, benchmarks)."""
    return ReportSettings(
        municipality=rules.municipality,
        targets={key: default for key, (default, _source) in DEFAULT_TARGETS.items()},
        participation_hours=rules.z_route.participation_hours,
    )


def _checked(value: float | None, high: float = 10_000) -> str:
    if value is None:
        return ""
    if not 0 <= value <= high:
        raise InvalidTarget()
    return f"{value:g}"


def set_target(store: Store, key: str, value: float | None) -> None:
    """Change one indicator's target (admins only, audited); None removes the target."""
    if key not in DEFAULT_TARGETS:
        raise KeyError(key)
    require(store, Permission.SETTINGS)
    stored = _checked(value)
    store_settings.REPORT_TARGET.of(key).set(store, stored)
    record(store, Action.SETTING, detail=f"streefwaarde {key}: {stored or 'geen'}")


def set_caseload_norm(store: Store, norm: float | None, z_weight: float) -> None:
    """Change the caseload norm per consultant and the weight of a Z-route trajectory."""
    require(store, Permission.SETTINGS)
    stored = _checked(norm)
    if not 1 <= z_weight <= 5:
        raise InvalidTarget()
    store_settings.REPORT_CASELOAD_NORM.set(store, stored)
    store_settings.REPORT_Z_WEIGHT.set(store, f"{z_weight:g}")
    record(
        store, Action.SETTING, detail=f"caseloadnorm: {stored or 'geen'}, Z-gewicht {z_weight:g}"
    )


def set_municipality(store: Store, name: str) -> None:
    """Change the municipality's name on the council report."""
    require(store, Permission.SETTINGS)
    store_settings.REPORT_MUNICIPALITY.set(store, name.strip())
    record(store, Action.SETTING, detail="gemeentenaam rapportage")
