"""A report as text figures, the same for every output: the screen, the PDF, the spreadsheet,
CSV and JSON. For outside readers (``outside=True``) every count goes through suppression.

This is where the report's Messages are rendered: call it when showing or writing, so that the
texts are in the language of that moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import N_, Message
from desktop.reports.model import Breakdown, Indicator, Report, Unit
from desktop.reports.suppression import HIDDEN_TEXT, Suppressed, suppress_indicator

NO_VALUE = "–"
LEGEND = N_("< 5: een aantal kleiner dan 5; ×: niet getoond, omdat anders een klein aantal af "
            "te leiden is (zoals DUO doet, 001 §1.2.2); –: niemand om te tellen.")  # fmt: skip


def number(value: float, decimals: int = 1) -> str:
    """A Dutch number: 71,4 (no trailing ",0")."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def value_text(unit: Unit, value: float | None) -> str:
    """An indicator's value as the reports show it."""
    if value is None:
        return NO_VALUE
    if unit is Unit.PERCENT:
        return f"{number(value)}%"
    if unit is Unit.MONTHS:
        return Message(N_("{n} maanden"), {"n": number(value)}).render()
    if unit is Unit.HOURS:
        return Message(N_("{n} uur"), {"n": number(value, 0)}).render()
    return number(value)


@dataclass(frozen=True)
class Line:
    """One part of a breakdown: its label, count and share of the breakdown (text)."""

    breakdown: str
    key: str
    label: str
    count: str
    share: str
    raw_count: int  # for charts and the people behind it: never written for outside readers
    breakdown_key: str = ""


@dataclass(frozen=True)
class Figures:
    """One indicator as text."""

    key: str
    theme: str
    title: str
    definition: str
    source: str
    value: str
    target: str
    meets_target: bool | None
    total: str
    extras: tuple[tuple[str, str], ...]
    lines: tuple[Line, ...]
    references: tuple[str, ...]
    indicator: Indicator


def _shares(breakdown: Breakdown, counts: dict[str, int]) -> dict[str, float]:
    base = breakdown.share_base or tuple(p.key for p in breakdown.parts)
    total = sum(counts[k] for k in base)
    return {k: 100.0 * counts[k] / total for k in base} if total else {}


def figures(indicator: Indicator, *, outside: bool) -> Figures:
    """The indicator's figures; suppressed when ``outside``."""
    cells = indicator.cells()
    hidden: Suppressed | None = suppress_indicator(indicator) if outside else None

    def count(key: str) -> str:
        return hidden.cell(key) if hidden is not None else str(cells[key])

    value_shown = hidden is None or hidden.value_shown
    value = value_text(indicator.unit, indicator.value) if value_shown else HIDDEN_TEXT
    if indicator.value is None:
        value = NO_VALUE
    elif indicator.unit is Unit.COUNT and indicator.value == float(indicator.total):
        value = count("total")  # a plain count reads like its cell: "< 5" where it is small
    extras_shown = hidden is None or hidden.extras_shown
    extras = tuple(
        (e.label.render(), value_text(indicator.unit, e.value) if extras_shown or e.value is None
         else HIDDEN_TEXT) for e in indicator.extras
    )  # fmt: skip
    lines = []
    for breakdown in indicator.breakdowns:
        open_ = hidden is None or hidden.shares_shown[breakdown.key]
        shares = _shares(breakdown, cells) if open_ else {}
        for part in breakdown.parts:
            share = f"{number(shares[part.key])}%" if part.key in shares else ""
            lines.append(Line(breakdown.title.render(), part.key, part.label.render(),
                              count(part.key), share, part.count, breakdown.key))  # fmt: skip
    references = tuple(
        f"{r.label.render()}: "
        + " · ".join(
            f"{indicator.part(k).label.render()} {number(v)}%" for k, v in r.shares.items()
        )
        + f" ({r.source})"
        for r in indicator.references
    )
    target = NO_VALUE if indicator.target is None else value_text(indicator.unit, indicator.target)
    return Figures(
        key=indicator.key, theme=indicator.theme.value, title=indicator.title.render(),
        definition=indicator.definition.render(), source=indicator.source, value=value,
        target=target,
        meets_target=indicator.meets_target if value_shown else None, total=count("total"),
        extras=extras, lines=tuple(lines), references=references, indicator=indicator,
    )  # fmt: skip


def trend(report: Report, *, outside: bool) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per indicator key, its value in each earlier period (:attr:`Report.earlier`), oldest
    first, as (period label, value text); suppressed like the value itself when ``outside``.
    The periods do not overlap, so one period's shown value tells nothing of another's."""
    found: dict[str, list[tuple[str, str]]] = {i.key: [] for i in report.indicators}
    for before in report.earlier:
        label = before.period.label()
        for indicator in before.indicators:
            if indicator.key in found:
                found[indicator.key].append((label, figures(indicator, outside=outside).value))
    return {key: tuple(values) for key, values in found.items()}


def report_figures(report: Report, *, outside: bool) -> list[Figures]:
    """Every indicator's figures, in report order."""
    return [figures(indicator, outside=outside) for indicator in report.indicators]


def subject(report: Report) -> str:
    """Who the report is about: the whole team or one consultant (Dutch)."""
    if report.consultant_id is None:
        return Message(N_("heel het team")).render()
    return Message(N_("consulent {name}"), {"name": report.consultant_name or "?"}).render()
