"""The income situation on the housing page: uitkering, werk, studie with dates, for the
report's outflow from welfare (001 §3.3, indicator 2)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from tests.ui.dossier.conftest import fill
from tests.ui.dossier.test_records import save_and_reload, texts
from ui.main_window import MainWindow


def test_income_periods_are_added_and_checked(
    qtbot, qtmodeltester, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("housing")
    editor = page.editor("income")
    assert editor.isVisible()
    form = page.form("income")
    kinds = form.editors["kind"].widget
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "—", "Uitkering (bijstand)", "Werk", "Studie"]  # fmt: skip
    fill(form, kind="uitkering", start_date="01-01-2025")
    save_and_reload(qtbot, page, form)
    fill(form, kind="uitkering", start_date="01-02-2025")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "al een uitkering" in form.editors["start_date"].error.text()
    fill(form, kind="werk", start_date="01-02-2025", note="Bakkerij, 24 uur")
    save_and_reload(qtbot, page, form)
    assert texts(editor.table, 0) == ["Uitkering (bijstand)", "Werk"]
    assert texts(editor.table, 3) == ["", "Bakkerij, 24 uur"]
    qtmodeltester.check(editor.model)
