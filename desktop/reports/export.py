"""The report as a spreadsheet (.xlsx), CSV or JSON, with the same suppressed figures as the
council PDF, and the one audited way to write any of them to a file."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from desktop.messages import N_, Message
from desktop.reports.figures import LEGEND, Figures, report_figures, subject, trend
from desktop.reports.model import THEME_TITLES, Report, Theme

if TYPE_CHECKING:
    from desktop.store import Store


class Format(StrEnum):
    """The output formats of ``wegwijzer report``."""

    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"
    JSON = "json"


HEADER = (N_("Thema"), N_("Indicator"), N_("Onderdeel"), N_("Omschrijving"), N_("Aantal"),
          N_("Aandeel"), N_("Waarde"), N_("Streefwaarde"), N_("Definitie"), N_("Bron"))  # fmt: skip


def _t(text: str, **args: object) -> str:
    return Message(text, args).render()


#: The "Onderdeel" of a trend row: the value of the indicator in an earlier period.
EARLIER = N_("Eerdere periode")


def rows(report: Report) -> list[list[str]]:
    """One row per indicator (its value and total), one per earlier period (the trend,
    suppressed like the value) and one per part of each breakdown."""
    found: list[list[str]] = []
    earlier = trend(report, outside=True)
    for f in report_figures(report, outside=True):
        theme = _t(THEME_TITLES[Theme(f.theme)])
        found.append([theme, f.title, "", _t(N_("Totaal")), f.total, "", f.value, f.target,
                      f.definition, f.source])  # fmt: skip
        found += [[theme, f.title, _t(EARLIER), label, "", "", value, "", "", ""]
                  for label, value in earlier.get(f.key, ())]  # fmt: skip
        found += [[theme, f.title, label, "", "", "", value, "", "", ""]
                  for label, value in f.extras]  # fmt: skip
        found += [[theme, f.title, line.breakdown, line.label, line.count, line.share, "", "",
                   "", ""] for line in f.lines]  # fmt: skip
    return found


def _heading(report: Report) -> list[str]:
    return [
        Message(N_("Sturen en meten inburgering, gemeente {name}"),
                {"name": report.municipality}).render(),
        Message(N_("Periode {period}, {who}, peildatum {as_of}"),
                {"period": report.period.label(), "who": subject(report),
                 "as_of": report.as_of.isoformat()}).render(),
        _t(LEGEND),
    ]  # fmt: skip


def _cell(text: str) -> int | str:
    """Counts as numbers (a spreadsheet can add them up), marks and percentages as text."""
    return int(text) if text.isdigit() else text


def render_xlsx(report: Report) -> bytes:
    """An overview sheet and a sheet of every figure."""
    book = Workbook()
    overview = book.active
    assert overview is not None
    overview.title = _t(N_("Overzicht"))
    bold = Font(bold=True)
    for line in _heading(report):
        overview.append([line])
    overview["A1"].font = Font(bold=True, size=14)
    overview.append([])
    labels = [before.period.label() for before in report.earlier]
    overview.append([_t(N_("Indicator")), _t(N_("Waarde")), _t(N_("Streefwaarde")),
                     _t(N_("Aantal")), _t(N_("Gehaald")),
                     *(_t(N_("Waarde {period}"), period=label) for label in labels)])  # fmt: skip
    for cell in overview[overview.max_row]:
        cell.font = bold
    earlier = trend(report, outside=True)
    for f in report_figures(report, outside=True):
        verdict = "" if f.meets_target is None else _t(N_("ja") if f.meets_target else N_("nee"))
        overview.append([f.title, f.value, f.target, _cell(f.total), verdict,
                         *(value for _label, value in earlier.get(f.key, ()))])  # fmt: skip
    overview.column_dimensions["A"].width = 48
    for column in "BCDEFGH":
        overview.column_dimensions[column].width = 16
    figures = book.create_sheet(_t(N_("Cijfers")))
    figures.append([_t(text) for text in HEADER])
    fill = PatternFill("solid", fgColor="E8EEF6")
    for cell in figures[1]:
        cell.font, cell.fill = bold, fill
    for row in rows(report):
        figures.append([_cell(value) if index == 4 else value for index, value in enumerate(row)])
    for column, width in zip("ABCDEFGHIJ", (26, 40, 24, 34, 9, 9, 16, 13, 80, 26), strict=True):
        figures.column_dimensions[column].width = width
    for row in figures.iter_rows(min_row=2, min_col=9, max_col=9):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    figures.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def render_csv(report: Report) -> bytes:
    """The figures sheet as CSV: UTF-8 with BOM and ';', as Dutch spreadsheets expect."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_t(text) for text in HEADER])
    writer.writerows(rows(report))
    return buffer.getvalue().encode("utf-8-sig")


def _figures_json(f: Figures, earlier: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    return {
        "key": f.key, "theme": f.theme, "title": f.title, "definition": f.definition,
        "source": f.source, "value": f.value, "target": f.target, "total": f.total,
        "meets_target": f.meets_target,
        "trend": [{"period": label, "value": value} for label, value in earlier],
        "extras": [{"label": label, "value": value} for label, value in f.extras],
        "parts": [{"breakdown": line.breakdown, "key": line.key, "label": line.label,
                   "count": line.count, "share": line.share} for line in f.lines],
    }  # fmt: skip


def render_json(report: Report) -> bytes:
    """The suppressed figures as JSON (counts as text: "< 5" and "×" are not numbers)."""
    earlier = trend(report, outside=True)
    document = {
        "format": "wegwijzer-report", "version": 1, "municipality": report.municipality,
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat(),
                   "label": report.period.label()},
        "as_of": report.as_of.isoformat(), "consultant": report.consultant_name or None,
        "legend": _t(LEGEND),
        "indicators": [_figures_json(f, earlier.get(f.key, ()))
                       for f in report_figures(report, outside=True)],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def render(report: Report, fmt: Format, *, made_on: date) -> bytes:
    """The report in one format."""
    if fmt is Format.PDF:
        from desktop.reports.pdf import render_pdf

        return render_pdf(report, made_on=made_on)
    if fmt is Format.XLSX:
        return render_xlsx(report)
    if fmt is Format.CSV:
        return render_csv(report)
    return render_json(report)


def export_report(store: Store, report: Report, fmt: Format, path: Path, *, made_on: date) -> None:
    """Write the report to ``path`` (atomically, owner-only) and record it in the audit trail.

    The file holds suppressed figures, no names; the entry says which period and format.
    """
    from desktop.audit.trail import Action, record
    from desktop.store.atomic import write_atomic

    data = render(report, fmt, made_on=made_on)
    who = f", consulent {report.consultant_id}" if report.consultant_id else ", team"
    write_atomic(path, data, mode=0o600)
    record(
        store,
        Action.EXPORT,
        record_table="rapportage",
        detail=f"rapportage {report.period.start} t/m {report.period.end}{who} ({fmt.value})",
    )
