"""The municipality's klantreis terms, read from a TOML rules file in ``resources/rules/``.

The code knows how to count; the file says what the municipality decided (Dalfsen by default).
Every term has an explicit unit, so "3 maanden" is counted on the calendar (31 januari plus one
month is the last day of februari), never as 90 days.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.enums import Category, Route, TestOutcome
from desktop.messages import N_, Message, Problem
from desktop.resources import resource_path

E = TypeVar("E", bound=StrEnum)


class RulesError(Problem):
    """The rules file is missing, unreadable or has a wrong value; the message says where."""

    text = N_("Het regelbestand kan niet worden gelezen.")


class Unit(StrEnum):
    """The unit of a term."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


#: Unit words accepted in the file (English and Dutch, singular and plural).
_UNIT_WORDS: dict[str, Unit] = {
    "day": Unit.DAYS, "days": Unit.DAYS, "dag": Unit.DAYS, "dagen": Unit.DAYS,
    "week": Unit.WEEKS, "weeks": Unit.WEEKS, "weken": Unit.WEEKS,
    "month": Unit.MONTHS, "months": Unit.MONTHS, "maand": Unit.MONTHS, "maanden": Unit.MONTHS,
    "year": Unit.YEARS, "years": Unit.YEARS, "jaar": Unit.YEARS, "jaren": Unit.YEARS,
}  # fmt: skip

_DUTCH_UNIT: dict[Unit, tuple[str, str]] = {
    Unit.DAYS: ("dag", "dagen"),
    Unit.WEEKS: ("week", "weken"),
    Unit.MONTHS: ("maand", "maanden"),
    Unit.YEARS: ("jaar", "jaar"),  # Dutch says "3 jaar", not "3 jaren", for a term
}

#: A term as a message, per unit: (exactly one, any other amount ``{n}``).
_UNIT_MESSAGES: dict[Unit, tuple[str, str]] = {
    Unit.DAYS: (N_("1 dag"), N_("{n} dagen")),
    Unit.WEEKS: (N_("1 week"), N_("{n} weken")),
    Unit.MONTHS: (N_("1 maand"), N_("{n} maanden")),
    Unit.YEARS: (N_("1 jaar"), N_("{n} jaar")),
}

_TERM_PATTERN = re.compile(r"^\s*(-?\d+)\s+([A-Za-z]+)\s*$")


def add_months(start: date, months: int) -> date:
    """``start`` plus whole calendar months; a day that does not exist becomes the month's last.

    31 January + 1 month is 28 (or 29) February, as a consultant counts it.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


@dataclass(frozen=True)
class Term:
    """A length of time with an explicit unit, e.g. 3 weeks or 18 months."""

    amount: int
    unit: Unit

    def after(self, start: date) -> date:
        """The date this term after ``start`` (calendar months and years)."""
        if self.unit is Unit.DAYS:
            return start + timedelta(days=self.amount)
        if self.unit is Unit.WEEKS:
            return start + timedelta(weeks=self.amount)
        if self.unit is Unit.MONTHS:
            return add_months(start, self.amount)
        return add_months(start, 12 * self.amount)

    def describe(self) -> str:
        """Dutch text, e.g. "3 weken", "1 maand", "3 jaar"."""
        singular, plural = _DUTCH_UNIT[self.unit]
        return f"{self.amount} {singular if self.amount == 1 else plural}"

    def as_message(self) -> Message:
        """The term as a message of the core catalogue ("3 weken", "3 weeks" in English)."""
        one, more = _UNIT_MESSAGES[self.unit]
        return Message(one if self.amount == 1 else more, {"n": self.amount})


@dataclass(frozen=True)
class TermRule:
    """A term of one klantreis step and where it comes from (policy document and/or law)."""

    term: Term
    source: str


@dataclass(frozen=True)
class CategoryRule:
    """A step that only applies to some categories of inburgeraars (e.g. the ROL route)."""

    categories: frozenset[Category]
    source: str


@dataclass(frozen=True)
class KoffieEnKoekRule:
    """Koffie en Koek: the term after koppeling and who gets one."""

    term: Term
    categories: frozenset[Category]
    source: str


@dataclass(frozen=True)
class LeerbaarheidstoetsRule:
    """The test's term and which routes fit which outcome (other routes need a written reason)."""

    term: Term
    fits: Mapping[TestOutcome, frozenset[Route]]
    source: str

    def route_fits(self, outcome: TestOutcome, route: Route) -> bool:
        """True when ``route`` follows from ``outcome`` without a deviation reason."""
        return route in self.fits.get(outcome, frozenset())


@dataclass(frozen=True)
class VoortgangRule:
    """Progress talks: the interval and the minimum of formal talks in the first year."""

    interval: Term
    first_year: Term
    minimum_formal_first_year: int
    source: str


@dataclass(frozen=True)
class RouteChangeRule:
    """How often the route may change in the first year after the beschikking."""

    period: Term
    maximum: int
    starterz_choice_counts: bool
    source: str


class PvtStart(StrEnum):
    """Where the PVT term starts counting."""

    BESCHIKKING = "beschikking"
    HUISVESTING = "huisvesting"


@dataclass(frozen=True)
class PvtRule:
    """The participatieverklaringstraject term and its start point."""

    term: Term
    start: PvtStart
    source: str


@dataclass(frozen=True)
class MapRule:
    """The MAP term (from the beschikking) and the routes it applies to."""

    term: Term
    routes: frozenset[Route]
    source: str


@dataclass(frozen=True)
class ZRouteRule:
    """The hours of the Z-route."""

    language_hours: int
    participation_hours: int
    source: str


@dataclass(frozen=True)
class Rules:
    """All terms of one municipality's klantreis."""

    municipality: str
    source_file: str
    due_soon: Term
    koppeling: CategoryRule
    koffie_en_koek: KoffieEnKoekRule
    brede_intake: TermRule
    leerbaarheidstoets: LeerbaarheidstoetsRule
    starterz: TermRule
    pip: TermRule
    voortgang: VoortgangRule
    route_change: RouteChangeRule
    pvt: PvtRule
    map: MapRule
    ontzorgen: TermRule
    inburgeringstermijn: TermRule
    z_route: ZRouteRule


def default_rules_path() -> Path:
    """The shipped rules file (Dalfsen)."""
    return resource_path("rules", "dalfsen.toml")


def load_rules(path: Path | None = None) -> Rules:
    """Read and check a rules file; raises RulesError with a Dutch message naming file and key."""
    path = path or default_rules_path()
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise RulesError(N_("Regelbestand {path} bestaat niet."), path=path) from None
    except OSError as error:
        raise RulesError(
            N_("Regelbestand {path} kan niet worden gelezen: {error}."), path=path, error=error
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise RulesError(
            N_("Regelbestand {path} is geen geldige TOML: {error}."), path=path, error=error
        ) from None
    return _Reader(path, data).rules()


_SECTIONS = (
    "algemeen", "koppeling", "koffie_en_koek", "brede_intake", "leerbaarheidstoets", "starterz",
    "pip", "voortgang", "route_wijziging", "pvt", "map", "ontzorgen", "inburgeringstermijn",
    "z_route",
)  # fmt: skip


class _Reader:
    """Checks keys one by one so that every error names the exact key."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def fail(self, key: str, problem: str, **args: object) -> RulesError:
        """The error for ``key``; ``problem`` is a message id with placeholders for ``args``."""
        return RulesError(
            N_("Regelbestand {path}: '{key}' {problem}."),
            path=self.path,
            key=key,
            problem=Message(problem, args),
        )

    def section(self, name: str, keys: tuple[str, ...]) -> dict[str, Any]:
        value = self.data.get(name)
        if value is None:
            raise self.fail(name, N_("ontbreekt (sectie [{name}])"), name=name)
        if not isinstance(value, dict):
            raise self.fail(name, N_("moet een sectie zijn"))
        for key in value:
            if key not in keys:
                raise self.fail(f"{name}.{key}", N_("is een onbekende sleutel"))
        missing = [key for key in keys if key not in value]
        if missing:
            raise self.fail(f"{name}.{missing[0]}", N_("ontbreekt"))
        return value

    def text(self, section: dict[str, Any], name: str, key: str) -> str:
        value = section[key]
        if not isinstance(value, str):
            raise self.fail(f"{name}.{key}", N_("moet tekst zijn"))
        return value

    def integer(self, section: dict[str, Any], name: str, key: str) -> int:
        value = section[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{name}.{key}", N_("moet een geheel getal zijn"))
        if value < 0:
            raise self.fail(f"{name}.{key}", N_("mag niet negatief zijn"))
        return value

    def flag(self, section: dict[str, Any], name: str, key: str) -> bool:
        value = section[key]
        if not isinstance(value, bool):
            raise self.fail(f"{name}.{key}", N_("moet true of false zijn"))
        return value

    def term(self, section: dict[str, Any], name: str, key: str = "termijn") -> Term:
        full = f"{name}.{key}"
        value = section[key]
        if not isinstance(value, str):
            raise self.fail(
                full, N_('moet tekst zijn met getal en eenheid, bijvoorbeeld "3 weken"')
            )
        match = _TERM_PATTERN.match(value)
        if match is None:
            raise self.fail(
                full,
                N_('("{value}") moet een getal en een eenheid zijn, bijvoorbeeld "3 weken"'),
                value=value,
            )
        amount = int(match.group(1))
        if amount < 0:
            raise self.fail(full, N_('("{value}") mag niet negatief zijn'), value=value)
        unit = _UNIT_WORDS.get(match.group(2).lower())
        if unit is None:
            raise self.fail(
                full,
                N_('heeft een onbekende eenheid "{unit}" (gebruik dagen, weken, maanden of jaar)'),
                unit=match.group(2),
            )
        return Term(amount, unit)

    def members(self, section: dict[str, Any], name: str, key: str, enum: type[E]) -> frozenset[E]:
        value = section[key]
        full = f"{name}.{key}"
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(full, N_("moet een lijst met teksten zijn"))
        allowed = {member.value: member for member in enum}
        for item in value:
            if item not in allowed:
                raise self.fail(
                    full,
                    N_('bevat onbekende waarde "{item}" (kies uit {allowed})'),
                    item=item,
                    allowed=", ".join(allowed),
                )
        return frozenset(allowed[item] for item in value)

    def rules(self) -> Rules:
        for name in self.data:
            if name not in _SECTIONS:
                raise self.fail(name, N_("is een onbekende sectie"))
        general = self.section("algemeen", ("gemeente", "bijna_verlopen", "bron"))
        return Rules(
            municipality=self.text(general, "algemeen", "gemeente"),
            source_file=str(self.path),
            due_soon=self.term(general, "algemeen", "bijna_verlopen"),
            koppeling=self._koppeling(),
            koffie_en_koek=self._koffie_en_koek(),
            brede_intake=self._term_rule("brede_intake"),
            leerbaarheidstoets=self._leerbaarheidstoets(),
            starterz=self._term_rule("starterz"),
            pip=self._term_rule("pip"),
            voortgang=self._voortgang(),
            route_change=self._route_change(),
            pvt=self._pvt(),
            map=self._map(),
            ontzorgen=self._term_rule("ontzorgen"),
            inburgeringstermijn=self._term_rule("inburgeringstermijn"),
            z_route=self._z_route(),
        )

    def _term_rule(self, name: str) -> TermRule:
        section = self.section(name, ("termijn", "bron"))
        return TermRule(self.term(section, name), self.text(section, name, "bron"))

    def _koppeling(self) -> CategoryRule:
        section = self.section("koppeling", ("categorieen", "bron"))
        return CategoryRule(
            self.members(section, "koppeling", "categorieen", Category),
            self.text(section, "koppeling", "bron"),
        )

    def _koffie_en_koek(self) -> KoffieEnKoekRule:
        name = "koffie_en_koek"
        section = self.section(name, ("termijn", "categorieen", "bron"))
        return KoffieEnKoekRule(
            self.term(section, name),
            self.members(section, name, "categorieen", Category),
            self.text(section, name, "bron"),
        )

    def _leerbaarheidstoets(self) -> LeerbaarheidstoetsRule:
        name = "leerbaarheidstoets"
        section = self.section(name, ("termijn", "passende_routes", "bron"))
        table = section["passende_routes"]
        if not isinstance(table, dict):
            raise self.fail(
                f"{name}.passende_routes", N_("moet een tabel zijn (uitkomst = routes)")
            )
        fits: dict[TestOutcome, frozenset[Route]] = {}
        for outcome in TestOutcome:
            if outcome.value not in table:
                raise self.fail(f"{name}.passende_routes.{outcome.value}", N_("ontbreekt"))
            fits[outcome] = self.members(table, f"{name}.passende_routes", outcome.value, Route)
        for key in table:
            if key not in fits:
                raise self.fail(f"{name}.passende_routes.{key}", N_("is een onbekende uitkomst"))
        source = self.text(section, name, "bron")
        return LeerbaarheidstoetsRule(self.term(section, name), fits, source)

    def _voortgang(self) -> VoortgangRule:
        name = "voortgang"
        section = self.section(
            name, ("interval", "eerste_jaar", "minimaal_formeel_eerste_jaar", "bron")
        )
        return VoortgangRule(
            self.term(section, name, "interval"),
            self.term(section, name, "eerste_jaar"),
            self.integer(section, name, "minimaal_formeel_eerste_jaar"),
            self.text(section, name, "bron"),
        )

    def _route_change(self) -> RouteChangeRule:
        name = "route_wijziging"
        section = self.section(name, ("periode", "maximaal", "keuze_na_starterz_telt_mee", "bron"))
        return RouteChangeRule(
            self.term(section, name, "periode"),
            self.integer(section, name, "maximaal"),
            self.flag(section, name, "keuze_na_starterz_telt_mee"),
            self.text(section, name, "bron"),
        )

    def _pvt(self) -> PvtRule:
        section = self.section("pvt", ("termijn", "vanaf", "bron"))
        start = self.text(section, "pvt", "vanaf")
        if start not in {s.value for s in PvtStart}:
            raise self.fail(
                "pvt.vanaf", N_('("{start}") moet "beschikking" of "huisvesting" zijn'), start=start
            )
        source = self.text(section, "pvt", "bron")
        return PvtRule(self.term(section, "pvt"), PvtStart(start), source)

    def _map(self) -> MapRule:
        section = self.section("map", ("termijn", "routes", "bron"))
        return MapRule(
            self.term(section, "map"),
            self.members(section, "map", "routes", Route),
            self.text(section, "map", "bron"),
        )

    def _z_route(self) -> ZRouteRule:
        name = "z_route"
        section = self.section(name, ("taaluren", "participatieuren", "bron"))
        return ZRouteRule(
            self.integer(section, name, "taaluren"),
            self.integer(section, name, "participatieuren"),
            self.text(section, name, "bron"),
        )
