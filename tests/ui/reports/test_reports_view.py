"""The Rapportage screen, driven as a team lead would, starting from an empty store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.reports.export import Format
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.reports.store_team import fill
from tests.ui.conftest import unlock
from ui.main_window import MainWindow
from ui.reports.chart import Bar, BarChart
from ui.reports.models import IndicatorModel, PartModel, PeopleModel
from ui.reports.view import ReportsView

PIP_TITLE = "PIP vastgesteld binnen de wettelijke termijn"


def open_reports(qtbot, window: MainWindow) -> ReportsView:
    view = window.reports_view
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is view
    return view


def row_of(view: ReportsView, title: str) -> int:
    return next(r for r in range(view.indicators.rowCount())
                if view.indicators.index(r, 0).data() == title)  # fmt: skip


def cells(view: ReportsView, row: int) -> list[str]:
    return [view.indicators.index(row, c).data() for c in range(view.indicators.columnCount())]


def test_from_an_empty_store_to_the_people_behind_a_figure(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "leeg"
    Store.create(folder, PASSPHRASE, params=FAST_KDF)[0].close()
    window = make_window(folder)
    unlock(qtbot, window)

    # Empty: every indicator listed with its target, nobody counted.
    view = open_reports(qtbot, window)
    assert view.indicators.rowCount() == 18
    assert cells(view, row_of(view, PIP_TITLE))[1:4] == ["–", "95%", "0"]
    assert view.year.value() == 2025 and view.kind.currentText() == "Jaar"
    assert view.consultant.currentText() == "Het hele team"

    # Seven people housed on 2-9-2024; one PIP decided late. Back to the report (Ctrl+4 reads
    # the data again), and pick 2024.
    assert window.store is not None
    fill(window.store, housed=date(2024, 9, 2))
    window.show_caseload()
    view = open_reports(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.year.setValue(2024)
    row = row_of(view, PIP_TITLE)
    assert cells(view, row)[1:5] == ["85,7%", "95%", "7", "Nee"]
    # The three years before are counted next, off the GUI thread: nobody then.
    qtbot.waitUntil(lambda: cells(view, row)[5] == "– · – · –", timeout=15_000)
    tip = view.indicators.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["2021: –", "2022: –", "2023: –"]
    view.indicator_table.selectRow(row)
    assert "beschikking" in view.definition.text()
    assert [view.parts.index(r, 2).data() for r in range(view.parts.rowCount())] == [
        "6", "1", "0"]  # fmt: skip
    assert view.people.rowCount() == 7

    # The people behind "te laat": one; Enter opens her dossier.
    view.part_table.selectRow(1)
    assert [view.people.index(r, 0).data() for r in range(view.people.rowCount())] == [
        "Test, Naam6"]  # fmt: skip
    view.people_table.setFocus()
    view.people_table.setCurrentIndex(view.people.index(0, 0))
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(view.people_table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.dossier
    assert window.dossier.name.text() == "Test, Naam6"

    # Back to the report: as the council sees it, small numbers are hidden.
    view = open_reports(qtbot, window)
    qtbot.mouseClick(view.outside, Qt.MouseButton.LeftButton)
    row = row_of(view, PIP_TITLE)
    assert cells(view, row)[1] == "×"
    view.indicator_table.selectRow(row)
    assert [view.parts.index(r, 2).data() for r in range(view.parts.rowCount())] == [
        "6", "< 5", "< 5"]  # fmt: skip

    # A quarter, a consultant, a chart.
    view.kind.setCurrentIndex(view.KINDS.index("quarter"))
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.number.setCurrentIndex(3)
    assert view.report is not None and view.report.period.label() == "4e kwartaal 2024"
    view.indicator_table.selectRow(row_of(view, "Instroom"))
    assert not view.chart.isHidden()

    # The council PDF, saved from the screen, audited.
    target = tmp_path / "raad.pdf"
    view.save(Format.PDF, str(target))
    qtbot.waitUntil(lambda: target.exists() and "Opgeslagen" in view.status.text(),
                    timeout=15_000)  # fmt: skip
    assert target.read_bytes().startswith(b"%PDF")


def test_a_custom_period_that_ends_first_is_refused(qtbot, make_window, populated_dir) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = open_reports(qtbot, window)
    view.kind.setCurrentIndex(view.KINDS.index("custom"))
    later = view.end.date() + timedelta(days=10)
    view.start.selectAll()
    qtbot.keyClicks(view.start, f"{later.day}-{later.month}-{later.year % 100}")
    qtbot.keyClick(view.start, Qt.Key.Key_Return)  # leaving the field: 12-3-26 → 12-03-2026
    assert view.start.text() == later.strftime("%d-%m-%Y")
    assert "eindigt vóór" in view.message.text()
    view.start.selectAll()
    qtbot.keyClicks(view.start, "31-2")
    qtbot.keyClick(view.start, Qt.Key.Key_Return)
    assert "geen geldige datum" in view.message.text()


def test_report_models_pass_the_model_tester(qtmodeltester, qtbot) -> None:
    for model in (IndicatorModel(), PartModel(), PeopleModel()):
        qtmodeltester.check(model)
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("jan", 3.0, "3"), Bar("feb", None, "< 5", (15.0, 40.0))])
    chart.resize(400, 180)
    assert not chart.grab().isNull()


def test_indicator_texts_follow_a_language_switch_without_counting_again(
    qtbot, make_window, tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    store = Store.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    fill(store)  # seven housed in January 2025
    store.close()
    window = make_window(folder)
    unlock(qtbot, window)
    view = open_reports(qtbot, window)
    report = view.report
    row = row_of(view, PIP_TITLE)
    view.indicator_table.selectRow(row)
    assert "beschikking" in view.definition.text()
    assert view.parts.index(0, 1).data() == "Op tijd"

    window.set_language("en")
    english = "PIP adopted within the statutory deadline"
    qtbot.waitUntil(lambda: view.indicators.index(row, 0).data() == english)
    assert view.report is report  # the same report, rendered again
    assert "Of those whose statutory deadline (10 weeks" in view.definition.text()
    assert view.parts.index(0, 1).data() == "On time"
    assert view.parts.index(0, 0).data() == "Outcome"

    window.set_language("nl")
    qtbot.waitUntil(lambda: view.indicators.index(row, 0).data() == PIP_TITLE)


def test_a_visit_reads_the_data_again_only_after_a_write(qtbot, make_window, tmp_path: Path):
    folder = tmp_path / "team"
    store = Store.create(folder, PASSPHRASE, params=FAST_KDF)[0]
    fill(store)
    store.close()
    window = make_window(folder)
    unlock(qtbot, window)
    view = open_reports(qtbot, window)
    data = view._data
    assert data is not None and len(data.people) == 7
    window.show_caseload()
    assert open_reports(qtbot, window)._data is data  # nothing written: the same data
    assert window.store is not None
    fill(window.store, housed=date(2025, 3, 3))  # a write: seven more people
    window.show_caseload()
    view = open_reports(qtbot, window)
    assert view._data is not data and view._data is not None and len(view._data.people) == 14


def test_the_screen_counts_again_when_a_save_changes_what_it_shows(
    qtbot, make_window, tmp_path: Path
) -> None:
    """The change signal: a save (here seven new dossiers) while the report is on screen
    is counted in the background and shown, without a key press."""
    folder = tmp_path / "leeg"
    Store.create(folder, PASSPHRASE, params=FAST_KDF)[0].close()
    window = make_window(folder)
    unlock(qtbot, window)
    view = open_reports(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.year.setValue(2024)
    row = row_of(view, PIP_TITLE)
    assert cells(view, row)[3] == "0"
    assert window.store is not None
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        fill(window.store, housed=date(2024, 9, 2))
    assert window.stack.currentWidget() is view
    assert cells(view, row_of(view, PIP_TITLE))[1:5] == ["85,7%", "95%", "7", "Nee"]
