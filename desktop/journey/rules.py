"""The municipality's klantreis terms, read from a TOML rules file in ``resources/rules/``.

The code knows how to count; the file says what the municipality decided (Dalfsen by default).
Every term has an explicit unit, so "3 maanden" is counted on the calendar (31 januari plus one
month is the last day of februari), never as 90 days.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.enums import Category, LinkedVia, Route, TestOutcome
from desktop.messages import N_, Message, Problem
from desktop.resources import resource_path

E = TypeVar("E", bound=StrEnum)


class RulesError(Problem):
    """The rules file is missing, unreadable or has wrong values; the message says where.

    ``problems`` lists each error on its own (one per section), with its line number; the
    error reads as all of them, one per line.
    """

    text = N_("Het regelbestand kan niet worden gelezen.")

    def __init__(
        self,
        detail: Message | str | None = None,
        /,
        problems: list[Message] | None = None,
        **args: object,
    ) -> None:
        super().__init__(detail, **args)
        self.problems: list[Message] = problems or [self.message]

    def __str__(self) -> str:
        return "\n".join(problem.render() for problem in self.problems)


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


class Kind(StrEnum):
    """Where a term comes from: the law, the municipality's policy, or the team's own agreement.

    A working agreement is never printed on a handout as "uiterlijk": it is no legal deadline.
    """

    WET = "wet"
    BELEID = "beleid"
    WERKAFSPRAAK = "werkafspraak"


class Anchor(StrEnum):
    """An event a term counts from. ``vanaf`` in the file lists them; the first that applies wins.

    - ``koppeling``, ``huisvesting``, ``beschikking``: always apply (the date may be unknown);
    - ``melding``: for gezinsmigranten, or whoever has a melding date;
    - ``koffie_en_koek``: when that step applies to the person (the talk held, else its due date);
    - ``brede_intake``: the first Brede Intake talk, else its due date;
    - ``starterz``: the start in the StarterZ-klas;
    - ``vwn_start``: the start of VWN's begeleiding, when it is known.
    """

    KOPPELING = "koppeling"
    MELDING = "melding"
    HUISVESTING = "huisvesting"
    KOFFIE_EN_KOEK = "koffie_en_koek"
    BREDE_INTAKE = "brede_intake"
    BESCHIKKING = "beschikking"
    STARTERZ = "starterz"
    VWN_START = "vwn_start"


#: How the notes name an anchor ("3 weken na koppeling").
ANCHOR_LABELS: dict[Anchor, str] = {
    Anchor.KOPPELING: N_("koppeling"),
    Anchor.MELDING: N_("melding bij de gemeente"),
    Anchor.HUISVESTING: N_("huisvesting"),
    Anchor.KOFFIE_EN_KOEK: N_("Koffie en Koek"),
    Anchor.BREDE_INTAKE: N_("het eerste Brede Intake gesprek"),
    Anchor.BESCHIKKING: N_("beschikking"),
    Anchor.STARTERZ: N_("de start"),
    Anchor.VWN_START: N_("de start van de begeleiding"),
}


@dataclass(frozen=True)
class TermRule:
    """A term of one klantreis step: how long, from which event, its kind and its source."""

    term: Term
    source: str
    anchors: tuple[Anchor, ...] = ()
    kind: Kind = Kind.BELEID

    @property
    def working_agreement(self) -> bool:
        """True when the term is the team's own agreement, not law or policy."""
        return self.kind is Kind.WERKAFSPRAAK


@dataclass(frozen=True)
class CategoryRule:
    """A step that only applies to some categories of inburgeraars (e.g. the ROL route)."""

    categories: frozenset[Category]
    source: str


@dataclass(frozen=True)
class KoffieEnKoekRule(TermRule):
    """Koffie en Koek: the term after koppeling, and who gets one (category and linking path)."""

    categories: frozenset[Category] = frozenset()
    linked_via: frozenset[LinkedVia] = frozenset()


@dataclass(frozen=True)
class LeerbaarheidstoetsRule(TermRule):
    """The test's term and which routes fit which outcome (other routes need a written reason)."""

    fits: Mapping[TestOutcome, frozenset[Route]] = field(default_factory=dict)

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
    kind: Kind = Kind.BELEID


@dataclass(frozen=True)
class RouteChangeRule:
    """How often the route may change in the first year after the beschikking."""

    period: Term
    maximum: int
    starterz_choice_counts: bool
    source: str


@dataclass(frozen=True)
class MapRule(TermRule):
    """The MAP term (from the beschikking) and the routes it applies to."""

    routes: frozenset[Route] = frozenset()


@dataclass(frozen=True)
class OntzorgenRule(TermRule):
    """Ontzorgen: its length, and who gets it by default after housing (002:707)."""

    categories: frozenset[Category] = frozenset()


@dataclass(frozen=True)
class InburgeringstermijnRule(TermRule):
    """The inburgeringstermijn, with a term per route where it differs (None: no fixed end)."""

    per_route: Mapping[Route, Term | None] = field(default_factory=dict)

    def term_for(self, route: Route | None) -> Term | None:
        """The term of this route (the general one unless the file says otherwise)."""
        if route is not None and route in self.per_route:
            return self.per_route[route]
        return self.term


@dataclass(frozen=True)
class VwnRule(TermRule):
    """VWN's maatschappelijke begeleiding (``term``), then the weekly consultation hour."""

    spreekuur: Term = Term(0, Unit.MONTHS)
    categories: frozenset[Category] = frozenset()


@dataclass(frozen=True)
class ExtraStep(TermRule):
    """A step the team's file adds (e.g. the social team's visit); done by a StepRecord."""

    key: str = ""
    name: str = ""
    categories: frozenset[Category] = frozenset()


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
    due_soon_kind: Kind
    koppeling: CategoryRule
    koffie_en_koek: KoffieEnKoekRule
    brede_intake: TermRule
    leerbaarheidstoets: LeerbaarheidstoetsRule
    starterz: TermRule
    pip: TermRule
    voortgang: VoortgangRule
    route_change: RouteChangeRule
    pvt: TermRule
    map: MapRule
    ontzorgen: OntzorgenRule
    inburgeringstermijn: InburgeringstermijnRule
    vwn_begeleiding: VwnRule
    z_route: ZRouteRule
    extra_steps: tuple[ExtraStep, ...] = ()


def default_rules_path() -> Path:
    """The shipped rules file (Dalfsen)."""
    return resource_path("rules", "dalfsen.toml")


def example_rules_paths() -> list[Path]:
    """Every rules file shipped in ``resources/rules/`` (Dalfsen and the examples)."""
    return sorted(default_rules_path().parent.glob("*.toml"))


def load_rules(path: Path | None = None) -> Rules:
    """Read and check a rules file; raises RulesError with Dutch messages naming line and key."""
    path = path or default_rules_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RulesError(N_("Regelbestand {path} bestaat niet."), path=path) from None
    except OSError as error:
        raise RulesError(
            N_("Regelbestand {path} kan niet worden gelezen: {error}."), path=path, error=error
        ) from None
    return parse_rules(raw.decode("utf-8", errors="replace"), str(path))


def parse_rules(text: str, name: str) -> Rules:
    """Check the text of a rules file (``name`` is shown in messages: a path or a version)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesError(
            N_("Regelbestand {path} is geen geldige TOML: {error}."), path=name, error=error
        ) from None
    return _Reader(name, data, _key_lines(text)).rules()


_SECTIONS = (
    "algemeen", "koppeling", "koffie_en_koek", "brede_intake", "leerbaarheidstoets", "starterz",
    "pip", "voortgang", "route_wijziging", "pvt", "map", "ontzorgen", "inburgeringstermijn",
    "vwn_begeleiding", "z_route", "stap",
)  # fmt: skip

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_STEP_KEY = re.compile(r"^[a-z][a-z0-9_]{1,59}$")


def _key_lines(text: str) -> dict[str, int]:
    """The line (1-based) of each section header and key, e.g. ``pip.termijn`` or ``stap[2]``.

    TOML parsers give values, not positions; the file is simple enough (one key per line) to
    find them again by reading it line by line.
    """
    lines: dict[str, int] = {}
    table = ""
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = header.group(2)
            if header.group(1) == "[[":
                counts[table] = counts.get(table, 0) + 1
                table = f"{table}[{counts[table]}]"
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault(f"{table}.{key.group(1)}" if table else key.group(1), number)
    return lines


class _Reader:
    """Checks keys one by one so that every error names the exact key and its line."""

    def __init__(self, name: str, data: dict[str, Any], lines: dict[str, int]) -> None:
        self.name = name
        self.data = data
        self.lines = lines

    def line_of(self, key: str) -> int | None:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return None

    def fail(self, key: str, problem: str, **args: object) -> RulesError:
        """The error for ``key``; ``problem`` is a message id with placeholders for ``args``."""
        line = self.line_of(key)
        text = N_("Regelbestand {path}, regel {line}: '{key}' {problem}.")
        if not line:
            text = N_("Regelbestand {path}: '{key}' {problem}.")
        return RulesError(text, path=self.name, line=line, key=key, problem=Message(problem, args))

    def section(
        self, name: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        value = self.data.get(name)
        if value is None:
            raise self.fail(name, N_("ontbreekt (sectie [{name}])"), name=name)
        return self.table(value, name, keys, optional)

    def table(
        self, value: Any, name: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(name, N_("moet een sectie zijn"))
        for key in value:
            if key not in keys and key not in optional:
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

    def term_value(self, value: Any, full: str) -> Term:
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

    def term(self, section: dict[str, Any], name: str, key: str = "termijn") -> Term:
        return self.term_value(section[key], f"{name}.{key}")

    def members(self, section: dict[str, Any], name: str, key: str, enum: type[E]) -> frozenset[E]:
        return frozenset(self.sequence(section, name, key, enum))

    def sequence(self, section: dict[str, Any], name: str, key: str, enum: type[E]) -> list[E]:
        value = section[key]
        full = f"{name}.{key}"
        if isinstance(value, str):
            value = [value]
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
        return [allowed[item] for item in value]

    def anchors(self, section: dict[str, Any], name: str) -> tuple[Anchor, ...]:
        found = tuple(self.sequence(section, name, "vanaf", Anchor))
        if not found:
            raise self.fail(f"{name}.vanaf", N_("moet minstens één gebeurtenis noemen"))
        return found

    def kind(self, section: dict[str, Any], name: str) -> Kind:
        value = self.text(section, name, "soort")
        if value not in {kind.value for kind in Kind}:
            raise self.fail(
                f"{name}.soort",
                N_('("{value}") moet "wet", "beleid" of "werkafspraak" zijn'),
                value=value,
            )
        return Kind(value)

    def rules(self) -> Rules:
        problems: list[Message] = []
        for name in self.data:
            if name not in _SECTIONS:
                problems.append(self.fail(name, N_("is een onbekende sectie")).message)
        parts: dict[str, Any] = {}
        readers: dict[str, Callable[[], Any]] = {
            "general": self._general,
            "koppeling": self._koppeling,
            "koffie_en_koek": self._koffie_en_koek,
            "brede_intake": lambda: self._term_rule("brede_intake"),
            "leerbaarheidstoets": self._leerbaarheidstoets,
            "starterz": lambda: self._term_rule("starterz"),
            "pip": lambda: self._term_rule("pip"),
            "voortgang": self._voortgang,
            "route_change": self._route_change,
            "pvt": lambda: self._term_rule("pvt"),
            "map": self._map,
            "ontzorgen": self._ontzorgen,
            "inburgeringstermijn": self._inburgeringstermijn,
            "vwn_begeleiding": self._vwn,
            "z_route": self._z_route,
            "extra_steps": self._extra_steps,
        }
        # Each section is checked even after an error in another, so one run lists them all.
        for part, read in readers.items():
            try:
                parts[part] = read()
            except RulesError as error:
                problems.extend(error.problems)
        if problems:
            raise RulesError(problems[0], problems=problems)
        municipality, due_soon, due_soon_kind = parts.pop("general")
        return Rules(
            municipality=municipality,
            source_file=self.name,
            due_soon=due_soon,
            due_soon_kind=due_soon_kind,
            **parts,
        )

    def _general(self) -> tuple[str, Term, Kind]:
        general = self.section("algemeen", ("gemeente", "bijna_verlopen", "soort", "bron"))
        return (
            self.text(general, "algemeen", "gemeente"),
            self.term(general, "algemeen", "bijna_verlopen"),
            self.kind(general, "algemeen"),
        )

    _TERM_KEYS = ("termijn", "vanaf", "soort", "bron")

    def _term_fields(self, section: dict[str, Any], name: str) -> dict[str, Any]:
        return {
            "term": self.term(section, name),
            "source": self.text(section, name, "bron"),
            "anchors": self.anchors(section, name),
            "kind": self.kind(section, name),
        }

    def _term_rule(self, name: str) -> TermRule:
        section = self.section(name, self._TERM_KEYS)
        return TermRule(**self._term_fields(section, name))

    def _koppeling(self) -> CategoryRule:
        section = self.section("koppeling", ("categorieen", "bron"))
        return CategoryRule(
            self.members(section, "koppeling", "categorieen", Category),
            self.text(section, "koppeling", "bron"),
        )

    def _koffie_en_koek(self) -> KoffieEnKoekRule:
        name = "koffie_en_koek"
        section = self.section(name, (*self._TERM_KEYS, "categorieen", "gekoppeld_via"))
        return KoffieEnKoekRule(
            **self._term_fields(section, name),
            categories=self.members(section, name, "categorieen", Category),
            linked_via=self.members(section, name, "gekoppeld_via", LinkedVia),
        )

    def _leerbaarheidstoets(self) -> LeerbaarheidstoetsRule:
        name = "leerbaarheidstoets"
        section = self.section(name, (*self._TERM_KEYS, "passende_routes"))
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
        return LeerbaarheidstoetsRule(**self._term_fields(section, name), fits=fits)

    def _voortgang(self) -> VoortgangRule:
        name = "voortgang"
        section = self.section(
            name, ("interval", "eerste_jaar", "minimaal_formeel_eerste_jaar", "soort", "bron")
        )
        return VoortgangRule(
            self.term(section, name, "interval"),
            self.term(section, name, "eerste_jaar"),
            self.integer(section, name, "minimaal_formeel_eerste_jaar"),
            self.text(section, name, "bron"),
            self.kind(section, name),
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

    def _map(self) -> MapRule:
        section = self.section("map", (*self._TERM_KEYS, "routes"))
        return MapRule(
            **self._term_fields(section, "map"),
            routes=self.members(section, "map", "routes", Route),
        )

    def _ontzorgen(self) -> OntzorgenRule:
        section = self.section("ontzorgen", (*self._TERM_KEYS, "categorieen"))
        return OntzorgenRule(
            **self._term_fields(section, "ontzorgen"),
            categories=self.members(section, "ontzorgen", "categorieen", Category),
        )

    def _inburgeringstermijn(self) -> InburgeringstermijnRule:
        name = "inburgeringstermijn"
        section = self.section(name, self._TERM_KEYS, ("per_route",))
        per_route: dict[Route, Term | None] = {}
        table = section.get("per_route", {})
        if not isinstance(table, dict):
            raise self.fail(f"{name}.per_route", N_("moet een tabel zijn (route = termijn)"))
        allowed = {route.value: route for route in Route}
        for key, value in table.items():
            full = f"{name}.per_route.{key}"
            if key not in allowed:
                raise self.fail(
                    full,
                    N_("is een onbekende route (kies uit {allowed})"),
                    allowed=", ".join(allowed),
                )
            per_route[allowed[key]] = None if value == "geen" else self.term_value(value, full)
        return InburgeringstermijnRule(**self._term_fields(section, name), per_route=per_route)

    def _vwn(self) -> VwnRule:
        name = "vwn_begeleiding"
        section = self.section(name, (*self._TERM_KEYS, "spreekuur", "categorieen"))
        return VwnRule(
            **self._term_fields(section, name),
            spreekuur=self.term(section, name, "spreekuur"),
            categories=self.members(section, name, "categorieen", Category),
        )

    def _extra_steps(self) -> tuple[ExtraStep, ...]:
        value = self.data.get("stap", [])
        if not isinstance(value, list):
            raise self.fail("stap", N_("moet een lijst van stappen zijn ([[stap]])"))
        steps: list[ExtraStep] = []
        builtin = {*_SECTIONS, "koppeling", "route_start", "einde", "pip_vastgesteld"}
        for number, item in enumerate(value, start=1):
            name = f"stap[{number}]"
            section = self.table(item, name, (*self._TERM_KEYS, "sleutel", "naam", "categorieen"))
            key = self.text(section, name, "sleutel")
            if not _STEP_KEY.match(key) or key in builtin:
                raise self.fail(
                    f"{name}.sleutel",
                    N_('("{value}") moet een nieuwe naam zijn van kleine letters, cijfers en _'),
                    value=key,
                )
            if key in {step.key for step in steps}:
                raise self.fail(f"{name}.sleutel", N_('("{value}") komt twee keer voor'), value=key)
            steps.append(ExtraStep(
                **self._term_fields(section, name),
                key=key,
                name=self.text(section, name, "naam"),
                categories=self.members(section, name, "categorieen", Category),
            ))  # fmt: skip
        return tuple(steps)

    def _z_route(self) -> ZRouteRule:
        name = "z_route"
        section = self.section(name, ("taaluren", "participatieuren", "bron"))
        return ZRouteRule(
            self.integer(section, name, "taaluren"),
            self.integer(section, name, "participatieuren"),
            self.text(section, name, "bron"),
        )
