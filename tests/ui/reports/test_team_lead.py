"""Issue 12's "done when", through the GUI from no data folder: the admin's first run, a
teamleider made in Beheer → Gebruikers, who unlocks, picks "2026, het hele team", sees every
indicator against its target with a chart, drills into the people behind a figure, and saves
the council PDF and the spreadsheet with the real buttons; neither reveals a count under 5
(the PDF read back by two engines, the spreadsheet by openpyxl)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pypdfium2
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.access.models import Role
from desktop.reports import build_report, year
from tests.desktop.reports.store_team import fill
from tests.desktop.reports.test_output import COUNT_ROW, assert_nothing_small_derivable
from tests.ui.day_one import NEW_USER, first_run
from tests.ui.reports.test_reports_view import PIP_TITLE, cells, open_reports, row_of
from tests.ui.test_first_weeks import open_app  # noqa: F401  (the fixture: no data folder)
from ui.reports import view as reports_view

TAMARA, TAMARA_PASS = "Tamara Teamleider", "tamara haar eigen wachtwoord"
TODAY = date(2026, 12, 31)


def _make_teamleider(qtbot, window) -> None:
    window.admin.open_admin()
    tab = window.admin.dialog.users
    qtbot.keyClicks(tab.name, TAMARA)
    qtbot.keyClicks(tab.passphrase, TAMARA_PASS)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if tab.table.item(r, 0).text() == TAMARA)
    tab.table.selectRow(row)
    tab.role.setCurrentIndex(tab.role.findData(Role.TEAMLEIDER.value))
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(2) if tab.table.item(r, 0).text() == TAMARA)
    assert tab.table.item(row, 1).text() == "Teamleider"
    window.admin.dialog.close()


def _save_with_button(qtbot, monkeypatch, view, button, target: Path) -> None:
    monkeypatch.setattr(reports_view.QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))  # fmt: skip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "Opgeslagen" in view.status.text(),
                    timeout=20_000)  # fmt: skip


def test_a_team_lead_answers_the_council_from_no_data_folder(
    qtbot,
    open_app,  # noqa: F811  (the fixture imported above)
    monkeypatch,
    tmp_path: Path,
) -> None:
    window = open_app(TODAY)
    first_run(qtbot, window)  # the first user, the admin
    assert window.store is not None and window.store.user == NEW_USER
    # Seven newcomers housed in 2026 through the core's write path (one PIP decided late).
    fill(window.store, housed=date(2026, 1, 5))
    _make_teamleider(qtbot, window)
    window.lock()

    window.unlock.user_choice.setCurrentText(TAMARA)
    qtbot.keyClicks(window.unlock.passphrase, TAMARA_PASS)
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.store.user == TAMARA and not window.admin_menu.menuAction().isVisible()

    window.activateWindow()  # the admin dialog had the focus (offscreen gives it back late)
    qtbot.waitUntil(window.isActiveWindow)
    # Ctrl+4: the year 2026 and the whole team (the defaults on 31-12-2026).
    view = open_reports(qtbot, window)
    assert (view.kind.currentText(), view.year.value()) == ("Jaar", 2026)
    assert view.consultant.currentText() == "Het hele team"
    model = view.indicators
    assert model.rowCount() == 18
    targets = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(18)}
    assert targets[PIP_TITLE] == "95%" and all(targets.values())  # "–" where the seeds set none
    row = row_of(view, PIP_TITLE)
    assert cells(view, row)[1:5] == ["85,7%", "95%", "7", "Nee"]
    for chart in ("Instroom", "Leerroutes (waarde: aandeel Z-route)"):  # a chart to look at
        view.indicator_table.selectRow(row_of(view, chart))
        assert not view.chart.isHidden(), chart
    view.indicator_table.selectRow(row)
    assert "beschikking" in view.definition.text()  # each figure with its definition

    # Drill down: the one decided late.
    view.part_table.selectRow(1)
    assert [view.people.index(r, 0).data() for r in range(view.people.rowCount())] == [
        "Test, Naam6"]  # fmt: skip

    # The council PDF with the real button: no count 1-4 in its text, by two engines.
    pdf = tmp_path / "raad 2026.pdf"
    _save_with_button(qtbot, monkeypatch, view, view.pdf_button, pdf)
    poppler = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
    rows = [m for line in poppler.splitlines() if "pagina" not in line
            if (m := COUNT_ROW.match(line))]  # fmt: skip
    assert rows and not [m.group(0) for m in rows if m.group("count") in {"1", "2", "3", "4"}]
    assert any(m.group("label").strip() == "te laat" and "<" in m.group("count") for m in rows)
    document = pypdfium2.PdfDocument(str(pdf))
    pdfium = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    for text in (poppler, pdfium):
        assert "85,7%" not in text and "14,3%" not in text  # 6 of 7 would tell 1 was late
        assert "Sturen en meten inburgering" in text

    # The spreadsheet with its button: every count read back, nothing small derivable.
    xlsx = tmp_path / "raad 2026.xlsx"
    _save_with_button(qtbot, monkeypatch, view, view.sheet_button, xlsx)
    sheet = load_workbook(xlsx)["Cijfers"]
    counts = {}
    for values in sheet.iter_rows(min_row=2, values_only=True):
        _theme, title, breakdown, label, count = values[:5]
        key = "Totaal" if label == "Totaal" else f"{breakdown}/{label}"
        if label:
            counts[(title, key)] = str(count)
    assert counts[(PIP_TITLE, "Uitkomst/te laat")] == "< 5"
    assert_nothing_small_derivable(build_report(window.store, year(2026), today=TODAY), counts)
