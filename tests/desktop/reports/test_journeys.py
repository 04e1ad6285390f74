"""Evaluated journeys kept between reports: the same figures, each journey evaluated once until
its facts change, and a changed person counted anew."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.journey.rules import load_rules
from desktop.reports import quarter, year
from desktop.reports.data import ReportData
from desktop.reports.indicators import compute_report
from desktop.reports.journeys import JourneyMemo
from desktop.reports.settings import default_settings
from tests.desktop.reports.people import TEAM, TODAY, person

RULES = load_rules()
SETTINGS = default_settings(RULES)


def _report(data: ReportData, memo: JourneyMemo | None, period=None):  # type: ignore[no-untyped-def]
    return compute_report(data, period or year(2026), today=TODAY, rules=RULES,
                          settings=SETTINGS, memo=memo)  # fmt: skip


def _figures(report) -> list[tuple[str, float | None, dict[str, int]]]:  # type: ignore[no-untyped-def]
    return [(i.key, i.value, i.cells()) for i in report.indicators]


def test_a_memo_gives_the_same_figures_and_evaluates_each_journey_once() -> None:
    memo = JourneyMemo()
    plain = _report(TEAM, None)
    first = _report(TEAM, memo)
    evaluated = memo.evaluations
    assert evaluated > 0 and _figures(first) == _figures(plain)
    again = _report(TEAM, memo)
    assert memo.evaluations == evaluated and _figures(again) == _figures(plain)
    # A reload makes new (equal) facts: still nothing to evaluate.
    reloaded = ReportData(tuple(replace(p, facts=replace(p.facts)) for p in TEAM.people),
                          TEAM.consultants)  # fmt: skip
    assert _figures(_report(reloaded, memo)) == _figures(plain)
    assert memo.evaluations == evaluated
    # Another period is another day: evaluated once for it.
    _report(TEAM, memo, quarter(2026, 2))
    assert memo.evaluations > evaluated


def test_a_changed_person_is_evaluated_again_and_counts_anew() -> None:
    # On 30-11-2026, R was linked on 2-11 without Koffie en Koek: overdue (due 23-11).
    late = ReportData((person("R", "X", koppeling_date=date(2026, 11, 2)),), {"X": "Xandra"})
    memo = JourneyMemo()
    period = quarter(2026, 4)
    before = compute_report(late, period, today=date(2026, 11, 30), rules=RULES,
                            settings=SETTINGS, memo=memo)  # fmt: skip
    assert before.indicator("achterstand").total == 1
    r_held = person("R", "X", koppeling_date=date(2026, 11, 2),
                    koffie_en_koek_held=date(2026, 11, 20))  # fmt: skip
    held = ReportData((r_held,), {"X": "Xandra"})
    after = compute_report(held, period, today=date(2026, 11, 30), rules=RULES,
                           settings=SETTINGS, memo=memo)  # fmt: skip
    assert after.indicator("achterstand").total == 0
    assert memo.evaluations == 2


def test_other_rules_empty_the_memo() -> None:
    memo = JourneyMemo()
    _report(TEAM, memo)
    evaluated = memo.evaluations
    shorter = replace(RULES, municipality="Elders")
    compute_report(TEAM, year(2026), today=TODAY, rules=shorter, settings=SETTINGS, memo=memo)
    assert memo.evaluations == 2 * evaluated
