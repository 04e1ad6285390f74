"""The trend (the same indicators for the periods before) in every output, suppressed like the
value itself, read back from the spreadsheet, CSV, JSON and the PDF text."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain.enums import Category
from desktop.domain.model import Person, Trajectory
from desktop.reports import Report, build_report, year
from desktop.reports.export import render_csv, render_json, render_xlsx
from desktop.reports.pdf import render_pdf
from desktop.store import Store
from tests.desktop.reports.store_team import fill

TODAY = date(2026, 12, 31)
PIP = "PIP vastgesteld binnen de wettelijke termijn"


@pytest.fixture
def report(store: Store) -> Report:
    """Seven housed in March 2025 (linked 27-1-2025) and seven in January 2026 (linked
    1-12-2025): 14 came in 2025; three more were linked in 2024, none in 2023 or 2026."""
    fill(store, housed=date(2025, 3, 3))
    fill(store)
    with store.transaction() as session:
        for n in range(3):
            person = Person(given_names=f"Vroeg{n}", family_name="Test",
                            category=Category.GEZINSMIGRANT)  # fmt: skip
            session.add(person)
            session.flush()
            session.add(Trajectory(person_id=person.id, koppeling_date=date(2024, 6, 1)))
    return build_report(store, year(2026), today=TODAY, trend=3)


# By hand: inflow 2023-2025 is 0, 3 (shown "< 5") and 14; in 2026 it is 0. The PIP term of
# the 2025 cohort ran out in 2025 (7 people, 1 late: 85,7% would give the 1 away: "×"); no
# PIP term ran out in 2023 or 2024 ("–").
INFLOW = ["0", "< 5", "14"]
PIP_TREND = ["–", "–", "×"]


def test_the_report_carries_the_earlier_periods(report: Report) -> None:
    assert [r.period.label() for r in report.earlier] == ["2023", "2024", "2025"]
    assert [r.indicator("instroom").total for r in report.earlier] == [0, 3, 14]
    assert report.earlier[2].indicator("pip_vastgesteld").total == 7


def test_spreadsheet_overview_has_a_column_per_earlier_period(report: Report) -> None:
    sheet = load_workbook(io.BytesIO(render_xlsx(report)))["Overzicht"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert rows[0][5:8] == ("Waarde 2023", "Waarde 2024", "Waarde 2025")
    by_title = {row[0]: row for row in rows[1:]}
    assert list(by_title["Instroom"][5:8]) == INFLOW
    assert list(by_title[PIP][5:8]) == PIP_TREND


def test_csv_and_json_have_the_trend_rows(report: Report) -> None:
    table = list(csv.reader(io.StringIO(render_csv(report).decode("utf-8-sig")), delimiter=";"))
    trend = [(row[1], row[3], row[6]) for row in table[1:] if row[2] == "Eerdere periode"]
    assert [(p, v) for t, p, v in trend if t == "Instroom"] == list(
        zip(["2023", "2024", "2025"], INFLOW, strict=True))  # fmt: skip
    assert [v for t, _p, v in trend if t == PIP] == PIP_TREND
    assert not [v for _t, _p, v in trend if v in {"1", "2", "3", "4"}]
    document = json.loads(render_json(report))
    inflow = next(i for i in document["indicators"] if i["key"] == "instroom")
    assert inflow["trend"] == [
        {"period": p, "value": v} for p, v in zip(["2023", "2024", "2025"], INFLOW, strict=True)
    ]


def test_pdf_shows_the_trend_per_indicator(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "raad.pdf"
    path.write_bytes(render_pdf(report, made_on=TODAY))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    lines = text.splitlines()
    heads = [n for n, line in enumerate(lines) if re.match(r"\s*Trend\s+2023\s+2024\s+2025\s+2026",
                                                            line)]  # fmt: skip
    assert len(heads) == len(report.indicators)
    values = {}
    for n in heads:
        title = next(
            lines[k].strip()
            for k in range(n, 0, -1)
            if lines[k].strip()
            and lines[k].strip()[0].isupper()
            and lines[k].strip() in {i.title.render() for i in report.indicators}
        )
        # pdftotext may close up "< 5" to "<5".
        values[title] = [
            v.replace("<5", "< 5") for v in re.split(r"\s{2,}", lines[n + 1].strip())[1:]
        ]
    assert values["Instroom"] == [*INFLOW, "0"]
    assert values[PIP][:3] == PIP_TREND
    assert not any(v in {"1", "2", "3", "4"} for row in values.values() for v in row)
