"""What a report is made of: indicators with their counts, parts and the people behind them.

Every text is a :class:`~desktop.messages.Message`, rendered when it is shown or written
(:mod:`desktop.reports.figures`), so that a report computed before a language switch reads
in the new language.

An indicator's counts live in *cells*: ``"total"`` (the people it is about) and one cell per
part. A :class:`Breakdown` is a partition: its parts add up to the cell named ``total``, which
is how small-number suppression knows what a reader could add up or subtract
(:mod:`desktop.reports.suppression`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.messages import N_, Message
from desktop.reports.period import Period


class Unit(StrEnum):
    """What an indicator's value is."""

    PERCENT = "percent"
    MONTHS = "months"
    HOURS = "hours"
    COUNT = "count"


class Theme(StrEnum):
    """The themes of the report; the council PDF has a page per theme."""

    KLANTREIS = "klantreis"
    PARTICIPATIE = "participatie"
    ROUTES = "routes"
    STROMEN = "stromen"
    CASELOAD = "caseload"
    HANDHAVING = "handhaving"


THEME_TITLES: dict[Theme, str] = {
    Theme.KLANTREIS: N_("Klantreis op tijd"),
    Theme.PARTICIPATIE: N_("Participatie en uitstroom"),
    Theme.ROUTES: N_("Leerroutes"),
    Theme.STROMEN: N_("Instroom, uitstroom en stappen"),
    Theme.CASELOAD: N_("Caseload per consulent"),
    Theme.HANDHAVING: N_("Handhaving"),
}


@dataclass(frozen=True)
class Part:
    """One part of a breakdown: a count and, for the screen, the people behind it.

    ``count`` is the number of people, except where the indicator counts events (handhaving
    steps), where it may be larger than ``len(person_ids)``.
    """

    key: str
    label: Message
    count: int
    person_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    """A partition of the cell ``total`` (``"total"`` or the key of a part elsewhere)."""

    key: str
    title: Message
    parts: tuple[Part, ...]
    total: str = "total"
    chart: bool = False  # worth a bar chart (route split, inflow per month)
    share_base: tuple[str, ...] = ()  # the parts shares are of (default: all of them)


@dataclass(frozen=True)
class Reference:
    """A set of shares to hold a breakdown against (the national route forecast, say)."""

    label: Message
    shares: dict[str, float]  # part key -> percentage
    source: str


@dataclass(frozen=True)
class Extra:
    """A second value of an indicator (the median beside the mean), over the same group."""

    label: Message
    value: float | None


@dataclass(frozen=True)
class Indicator:
    """One indicator for a period and a team or consultant.

    ``value`` is the percentage ``numerator``/``denominator`` (cells) for PERCENT, otherwise a
    mean over the ``denominator`` cell's people or a plain count. None when nobody counts.
    """

    key: str
    theme: Theme
    title: Message
    definition: Message
    source: str
    unit: Unit
    value: float | None
    total: int
    person_ids: tuple[str, ...]
    breakdowns: tuple[Breakdown, ...] = ()
    target: float | None = None
    lower_is_better: bool = False
    numerator: str = ""
    denominator: str = "total"
    extras: tuple[Extra, ...] = ()
    references: tuple[Reference, ...] = ()

    def cells(self) -> dict[str, int]:
        """Every count of the indicator by cell key."""
        found = {"total": self.total}
        for breakdown in self.breakdowns:
            for part in breakdown.parts:
                found[part.key] = part.count
        return found

    def part(self, key: str) -> Part:
        """The part with cell key ``key``."""
        for breakdown in self.breakdowns:
            for part in breakdown.parts:
                if part.key == key:
                    return part
        raise KeyError(key)

    def people(self, key: str = "total") -> tuple[str, ...]:
        """The person ids behind a cell."""
        return self.person_ids if key == "total" else self.part(key).person_ids

    @property
    def meets_target(self) -> bool | None:
        """True when the value reaches the target (None without a value or a target)."""
        if self.value is None or self.target is None:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target


@dataclass(frozen=True)
class Report:
    """Every indicator for one period and one team or consultant."""

    period: Period
    as_of: date
    municipality: str
    consultant_id: str | None
    consultant_name: str
    indicators: tuple[Indicator, ...] = field(default=())
    #: The same indicators for the periods before, oldest first (the trend; may be empty).
    earlier: tuple[Report, ...] = field(default=())

    def indicator(self, key: str) -> Indicator:
        """The indicator named ``key``."""
        for indicator in self.indicators:
            if indicator.key == key:
                return indicator
        raise KeyError(key)

    def by_theme(self) -> list[tuple[Theme, list[Indicator]]]:
        """The indicators grouped by theme, in theme order."""
        return [
            (theme, [i for i in self.indicators if i.theme is theme])
            for theme in Theme
            if any(i.theme is theme for i in self.indicators)
        ]
