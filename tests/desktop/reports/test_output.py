"""The council PDF, the spreadsheet, CSV and JSON: the same figures, nothing under 5 derivable
from what they show (read back with pdftotext and openpyxl), and every export audited."""

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

from desktop.access import review
from desktop.audit.trail import Action
from desktop.dossier import saving
from desktop.dossier.validation import ValidationFailed
from desktop.reports import Report, build_report, year
from desktop.reports.export import Format, export_report, render_csv, render_json, render_xlsx
from desktop.reports.pdf import render_pdf
from desktop.reports.suppression import (
    HIDDEN_TEXT,
    SMALL_TEXT,
    Mark,
    Shown,
    partitions_of,
    reader_ranges,
)
from desktop.store import Store, settings
from tests.desktop.reports.store_team import fill

TODAY = date(2026, 12, 31)


@pytest.fixture
def report(store: Store) -> Report:
    fill(store)
    return build_report(store, year(2026), today=TODAY)


def test_the_small_team_counts_as_expected(report: Report) -> None:
    pip = report.indicator("pip_vastgesteld")
    assert (pip.total, pip.part("pip_vastgesteld.te_laat").count) == (7, 1)


def _shown(text: str) -> Shown:
    if text == SMALL_TEXT:
        return Mark.SMALL
    if text == HIDDEN_TEXT:
        return Mark.HIDDEN
    return int(text)


def assert_nothing_small_derivable(report: Report, counts: dict[tuple[str, str], str]) -> None:
    """``counts``: (indicator title, part label or "Totaal") -> the count as read back."""
    for indicator in report.indicators:
        title = indicator.title.render()
        shown: dict[str, Shown] = {"total": _shown(counts[(title, "Totaal")])}
        for breakdown in indicator.breakdowns:
            for part in breakdown.parts:
                shown[part.key] = _shown(
                    counts[(title, f"{breakdown.title.render()}/{part.label.render()}")]
                )
        for key, value in shown.items():
            assert not (isinstance(value, int) and 1 <= value <= 4), (indicator.key, key)
        ranges = reader_ranges(shown, partitions_of(indicator))
        pinned = [k for k, v in shown.items() if v is Mark.SMALL and ranges[k][0] == ranges[k][1]]
        assert not pinned, (indicator.key, pinned)


def test_spreadsheet_cells_reveal_no_count_under_5(report: Report) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    sheet = book["Cijfers"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Thema", "Indicator", "Onderdeel", "Omschrijving", "Aantal"]
    counts = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        _theme, title, breakdown, label, count = row[:5]
        if label == "Totaal":
            counts[(title, "Totaal")] = str(count)
        elif label:
            counts[(title, f"{breakdown}/{label}")] = str(count)
    assert counts[("PIP vastgesteld binnen de wettelijke termijn", "Uitkomst/te laat")] == "< 5"
    assert counts[("PIP vastgesteld binnen de wettelijke termijn", "Uitkomst/op tijd")] == "6"
    assert_nothing_small_derivable(report, counts)
    overview = {r[0]: r for r in book["Overzicht"].iter_rows(min_row=5, values_only=True)}
    # 6 of 7 (85,7%) would tell that 1 was late: the percentage is not shown.
    assert overview["PIP vastgesteld binnen de wettelijke termijn"][1:4] == (HIDDEN_TEXT, "95%", 7)
    assert "Dalfsen" in book["Overzicht"]["A1"].value


def test_csv_and_json_carry_the_same_figures(report: Report) -> None:
    table = list(csv.reader(io.StringIO(render_csv(report).decode("utf-8-sig")), delimiter=";"))
    counts = {}
    for _theme, title, breakdown, label, count, *_rest in table[1:]:
        if label == "Totaal":
            counts[(title, "Totaal")] = count
        elif label:
            counts[(title, f"{breakdown}/{label}")] = count
    assert_nothing_small_derivable(report, counts)
    document = json.loads(render_json(report))
    pip = next(i for i in document["indicators"] if i["key"] == "pip_vastgesteld")
    assert [p["count"] for p in pip["parts"]] == ["6", "< 5", "< 5"] and pip["value"] == "×"
    assert document["municipality"] == "Dalfsen"


# pdftotext may close up "< 5" to "<5".
COUNT_ROW = re.compile(r"^\s*(?P<label>\S.*?)\s{2,}(?P<count><\s?5|×|\d+)(?:\s{2,}[\d,]+%)?\s*$")


def test_pdf_text_reveals_no_count_under_5(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "raad.pdf"
    path.write_bytes(render_pdf(report, made_on=TODAY))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    assert "Gemeente Dalfsen" in text and "Sturen en meten inburgering" in text
    assert text.count("\f") >= 7  # a summary page and a page per theme
    rows = [m for line in text.splitlines() if "pagina" not in line
            if (m := COUNT_ROW.match(line))]  # fmt: skip
    assert rows, "no table rows found in the PDF text"
    small = [m.group(0) for m in rows if m.group("count") in {"1", "2", "3", "4"}]
    assert not small
    assert any(m.group("label").strip() == "te laat" and "<" in m.group("count") for m in rows)
    assert "85,7%" not in text and "14,3%" not in text


def test_municipality_name_comes_from_the_team_settings(store: Store) -> None:
    fill(store)
    settings.REPORT_MUNICIPALITY.set(store, "Ommen")
    report = build_report(store, year(2026), today=TODAY)
    assert report.municipality == "Ommen"
    assert "Ommen" in json.loads(render_json(report))["municipality"]


def test_export_writes_a_private_file_and_is_audited(admin_store: Store, tmp_path: Path) -> None:
    store = admin_store
    fill(store)
    report = build_report(store, year(2026), today=TODAY)
    for fmt in Format:
        path = tmp_path / f"rapportage.{fmt.value}"
        export_report(store, report, fmt, path, made_on=TODAY)
        assert path.stat().st_mode & 0o077 == 0 and path.stat().st_size > 0
    exports = [e for e in review.entries(store) if e.action == Action.EXPORT]
    assert len(exports) == 4
    assert all("rapportage 2026-01-01 t/m 2026-12-31" in e.detail for e in exports)
    assert not any("Naam" in e.detail for e in exports)


def test_income_form_is_saved_through_the_registry(store: Store) -> None:
    ids = fill(store)
    saving.save(store, ids[0], "income", {"kind": "uitkering", "start_date": "5-1-2026",
                                          "end_date": "", "note": ""}, today=TODAY)  # fmt: skip
    with pytest.raises(ValidationFailed) as overlap:
        saving.save(store, ids[0], "income", {"kind": "uitkering", "start_date": "1-6-2026"},
                    today=TODAY)  # fmt: skip
    assert "al een uitkering" in str(overlap.value)
    saved = saving.save(store, ids[0], "income", {"kind": "werk", "start_date": "1-6-2026"},
                        today=TODAY)  # fmt: skip
    assert saving.removable("income")
    with pytest.raises(ValidationFailed) as backwards:
        saving.save(store, ids[0], "income", {"kind": "studie", "start_date": "1-9-2026",
                                              "end_date": "1-8-2026"}, today=TODAY)  # fmt: skip
    assert [e.field for e in backwards.value.errors] == ["end_date"]
    saving.save(store, ids[0], "income", {"kind": "studie", "start_date": "1-9-2026"},
                today=TODAY)  # fmt: skip
    from desktop.reports import load_data

    person = next(p for p in load_data(store).people if p.person_id == ids[0])
    assert [i.kind.value for i in person.income] == ["uitkering", "werk", "studie"]
    saving.remove(store, ids[0], "income", saved.record_id)
    person = next(p for p in load_data(store).people if p.person_id == ids[0])
    assert [i.kind.value for i in person.income] == ["uitkering", "studie"]
