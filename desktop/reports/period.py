"""The period a report covers: a month, a quarter, a year or any range of days."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.journey.rules import add_months
from desktop.messages import N_, Message, Problem

MONTH_NAMES = (
    N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
    N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"), N_("december"),
)  # fmt: skip
MONTH_SHORT = (
    N_("jan"), N_("feb"), N_("mrt"), N_("apr"), N_("mei"), N_("jun"),
    N_("jul"), N_("aug"), N_("sep"), N_("okt"), N_("nov"), N_("dec"),
)  # fmt: skip


class PeriodError(Problem):
    """A period that ends before it starts."""

    text = N_("De periode eindigt vóór ze begint.")


@dataclass(frozen=True)
class Period:
    """From ``start`` up to and including ``end``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError()

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> list[tuple[int, int]]:
        """The (year, month) pairs the period touches, in order."""
        found = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def label(self) -> str:
        """Dutch: "2026", "2e kwartaal 2026", "maart 2026" or "1-3-2026 t/m 15-4-2026"."""
        start, end = self.start, self.end
        last = calendar.monthrange(end.year, end.month)[1]
        whole_months = start.day == 1 and end.day == last
        if whole_months and start.year == end.year:
            if (start.month, end.month) == (1, 12):
                return str(start.year)
            if start.month == end.month:
                return f"{Message(MONTH_NAMES[start.month - 1]).render()} {start.year}"
            if start.month % 3 == 1 and end.month == start.month + 2:
                quarter = {"quarter": start.month // 3 + 1, "year": start.year}
                return Message(N_("{quarter}e kwartaal {year}"), quarter).render()
        return Message(N_("{start} t/m {end}"), {"start": _d(start), "end": _d(end)}).render()


def earlier(period: Period, count: int) -> list[Period]:
    """The ``count`` periods before ``period``, oldest first: the same months, quarters or
    years before, or for any other range the same number of days right before it."""
    start, end = period.start, period.end
    whole_months = start.day == 1 and end == month(end.year, end.month).end
    found = []
    if whole_months:
        length = (end.year - start.year) * 12 + end.month - start.month + 1
        for back in range(count, 0, -1):
            first = add_months(start, -length * back)
            last = add_months(first, length - 1)
            found.append(Period(first, month(last.year, last.month).end))
        return found
    days = (end - start).days + 1
    return [Period(start - timedelta(days=days * back), end - timedelta(days=days * back))
            for back in range(count, 0, -1)]  # fmt: skip


def _d(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def month(year: int, number: int) -> Period:
    """One calendar month."""
    return Period(date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1]))


def quarter(year: int, number: int) -> Period:
    """Quarter 1 to 4 of a year."""
    first = 3 * (number - 1) + 1
    return Period(date(year, first, 1), month(year, first + 2).end)


def year(number: int) -> Period:
    """A calendar year."""
    return Period(date(number, 1, 1), date(number, 12, 31))
