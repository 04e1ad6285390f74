"""Indicators on tiny hand-built sets: steps now, overdue per consultant, minors, periods."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import EndKind
from desktop.journey.rules import load_rules
from desktop.reports import PeriodError, Report, earlier, month, quarter, year
from desktop.reports.data import ReportData
from desktop.reports.indicators import compute_report
from desktop.reports.period import Period
from desktop.reports.settings import default_settings
from tests.desktop.reports.people import D, person

RULES = load_rules()


def run(data: ReportData, period: Period, today: date, who: str | None = None) -> Report:
    return compute_report(data, period, today=today, rules=RULES,
                          settings=default_settings(RULES), consultant_id=who)  # fmt: skip


def test_steps_now_and_overdue_per_consultant() -> None:
    # On 30-11-2026: R was linked on 20-11 (Koffie en Koek due 11-12, open); S on 2-11 without
    # Koffie en Koek (due 23-11: overdue); T's trajectory has stopped; U comes next month.
    data = ReportData((
        person("R", "X", koppeling_date=D(2026, 11, 20)),
        person("S", "Y", koppeling_date=D(2026, 11, 2)),
        person("T", "Y", koppeling_date=D(2026, 1, 5), end_kind=EndKind.GESTOPT,
               end_date=D(2026, 6, 1)),
        person("U", "Y", koppeling_date=D(2026, 12, 7)),
    ), {"X": "Xandra", "Y": "Yusuf"})  # fmt: skip
    report = run(data, month(2026, 11), D(2026, 11, 30))
    steps = report.indicator("stappen")
    assert steps.total == 2
    assert {p.key: p.count for p in steps.breakdowns[0].parts if p.count} == {
        "stap.koffie_en_koek": 2
    }
    late = report.indicator("achterstand")
    assert late.person_ids == ("S",)
    assert [(p.label.render(), p.count) for p in late.breakdowns[0].parts] == [("Yusuf", 1)]
    assert report.indicator("instroom").total == 2  # R and S; U is in December


def test_minors_do_not_count_for_participation() -> None:
    # 001 §3.3 indicator 3 is about "volwassen statushouders": V is 17 half a year after housing.
    data = ReportData((
        person("V", "X", housing_date=D(2026, 1, 5), birth_date=D(2009, 3, 1)),
        person("W", "X", housing_date=D(2026, 1, 5), birth_date=D(1980, 3, 1)),
    ), {"X": "Xandra"})  # fmt: skip
    part = run(data, year(2026), D(2026, 12, 31)).indicator("participatie_6_maanden")
    assert part.person_ids == ("W",) and part.value == 0.0


def test_an_empty_team_has_no_values() -> None:
    report = run(ReportData((), {}), year(2026), D(2026, 12, 31))
    assert all(i.total == 0 for i in report.indicators)
    assert all(i.value is None for i in report.indicators if i.unit != "count")


def test_a_future_period_is_counted_up_to_today() -> None:
    data = ReportData((person("R", "X", koppeling_date=D(2026, 3, 2)),), {})
    report = run(data, year(2026), D(2026, 6, 30))
    assert report.as_of == D(2026, 6, 30)


def test_periods_and_their_dutch_names() -> None:
    assert year(2026).label() == "2026"
    assert quarter(2026, 2) == Period(D(2026, 4, 1), D(2026, 6, 30))
    assert quarter(2026, 2).label() == "2e kwartaal 2026"
    assert month(2026, 2).end == D(2026, 2, 28) and month(2026, 2).label() == "februari 2026"
    assert Period(D(2026, 3, 5), D(2026, 4, 9)).label() == "5-3-2026 t/m 9-4-2026"
    assert len(Period(D(2025, 11, 5), D(2026, 2, 1)).months()) == 4
    assert [p.label() for p in earlier(year(2026), 2)] == ["2024", "2025"]
    assert [p.label() for p in earlier(quarter(2026, 1), 2)] == [
        "3e kwartaal 2025", "4e kwartaal 2025"]  # fmt: skip
    assert earlier(month(2026, 3), 1) == [month(2026, 2)]
    assert earlier(Period(D(2026, 3, 5), D(2026, 3, 14)), 1) == [
        Period(D(2026, 2, 23), D(2026, 3, 4))]  # fmt: skip
    with pytest.raises(PeriodError) as wrong:
        Period(D(2026, 2, 1), D(2026, 1, 1))
    assert "eindigt vóór" in str(wrong.value)
