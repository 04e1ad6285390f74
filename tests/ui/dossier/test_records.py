"""Housing, participation activities, linking a household member, ontzorgen, labels and the
status bar, driven as a consultant would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from desktop.journey.engine import StepKey
from tests.ui.conftest import type_text, unlock
from tests.ui.dossier.conftest import fill, open_dossier
from ui.dossier.dossier_page import DossierPage
from ui.dossier.form_page import FormPage
from ui.main_window import MainWindow


def pip_due(page: DossierPage) -> date | None:
    return next(s for s in page.timeline.timeline.steps() if s.step is StepKey.PIP_VASTGESTELD).due


def save_and_reload(qtbot, page: DossierPage, form: FormPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_entering_housing_starts_the_pip_term_on_the_timeline(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    assert pip_due(page) is None  # not housed yet: the legal term has not started
    page.show_tab("housing")
    housing = page.pages["housing"]
    assert "Nog geen woning" in housing.note.text()
    form = page.form("residence")
    kinds = form.editors["kind"].widget
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "—", "ROL", "AZC", "Noodopvang", "AMV-locatie", "HAR-woning (tijdelijk)",
        "Reguliere woning", "Buitenland", "Overig"]  # fmt: skip
    fill(form, kind="rol", location="ROL Zwolle", start_date="01-01-2025")
    save_and_reload(qtbot, page, form)
    fill(form, kind="har_woning", location="Kerkstraat 1, Dalfsen", start_date="01-03-2025")
    save_and_reload(qtbot, page, form)

    assert pip_due(page) == date(2025, 5, 10)  # vastgesteld 10 weeks after the HAR home (002:308)
    table = housing.editor.table
    assert texts(table, 0) == ["ROL", "HAR-woning (tijdelijk)"]
    assert texts(table, 3) == ["01-03-2025", ""]  # the move ended the stay at the ROL
    assert housing.note.text() == (
        "Gehuisvest in de gemeente sinds 01-03-2025 (vetgedrukt). Het PIP moet uiterlijk "
        "10-05-2025 met een beschikking zijn vastgesteld."
    )
    overview = page.overview
    assert overview.facts["residence"].text() == (
        "HAR-woning (tijdelijk), Kerkstraat 1, Dalfsen (sinds 01-03-2025)"
    )
    assert overview.facts["housing_date"].text() == "01-03-2025"
    history = [page.history.index(r, 1).data() for r in range(page.history.rowCount())]
    assert "Verblijf · HAR-woning (tijdelijk)" in history
    assert not any("har_woning" in text for text in history)

    # Changing the ROL period so that it runs into the HAR home is refused, next to the field.
    click_row(qtbot, table, 0)
    assert form.editors["location"].value() == "ROL Zwolle"
    assert housing.editor.mode.text() == "De gekozen regel wijzigen."
    fill(form, end_date="15-03-2025")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert (
        form.editors["start_date"]
        .error.text()
        .startswith("Deze periode overlapt met de HAR-woning (01-03-2025 tot nu).")
    )
    fill(form, end_date="01-12-2024")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.editors["end_date"].error.text() == (
        "Deze datum kan niet vóór de startdatum (01-01-2025) liggen."
    )


def test_a_residence_draft_reopens_on_its_row_and_can_be_removed(
    qtbot, dossier_window: Callable[[str], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("housing")
    form = page.form("residence")
    fill(form, kind="reguliere_woning", location="Dorpsstraat 2", start_date="15-02-2025")
    save_and_reload(qtbot, page, form)
    assert pip_due(page) == date(2025, 4, 26)
    editor = page.editor("residence")
    click_row(qtbot, editor.table, 0)
    location = form.editors["location"].widget
    location.setFocus()
    location.selectAll()
    with qtbot.waitSignal(form.draft_saved, timeout=5_000):
        type_text(location, "Dorpsstraat 4")
    window.lock()
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    editor = window.dossier.editor("residence")
    assert editor.editing_id == editor.model.row_at(0).record_id
    assert editor.form.editors["location"].value() == "Dorpsstraat 4"
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 0
    assert editor.form.editors["location"].value() == ""  # the draft went with the record
    assert pip_due(window.dossier) is None


def test_participation_activities_on_the_pip_page(
    qtbot, dossier_window: Callable[[str], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dossier_window("Ahmadi")  # Z-route, beschikking 28-02-2025
    page = window.dossier
    page.show_tab("pip")
    pip_page = page.pages["pip"]
    route = page.form("pip").editors["route"].widget
    assert route.currentText() == "Z-route"  # the route's own label, not the level "Z"
    assert [route.itemText(i) for i in range(1, route.count())] == [
        "B1-route", "Onderwijsroute", "Z-route"]  # fmt: skip  # StarterZ: a class in the Z-route
    pip_page.inner.setCurrentWidget(pip_page.participation)
    assert pip_page.inner.tabText(1) == "Participatie"
    form = page.form("activity")
    fill(form, kind="taalcoach", hours_per_week="50", start_date="01-03-2025",
         end_date="01-02-2025")  # fmt: skip
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.editors["hours_per_week"].error.text() == (
        "Vul een aantal uren per week in van 0 tot en met 40."
    )
    assert form.editors["end_date"].error.text().startswith("Deze datum kan niet vóór")
    fill(form, hours_per_week="4", end_date="", organisation="VWN Dalfsen")
    save_and_reload(qtbot, page, form)
    editor = page.editor("activity")
    assert texts(editor.table, 0) == ["Taalcoach"]
    assert pip_page.inner.tabText(1) == "Participatie (1)"
    summary = pip_page.participation.summary.text()
    assert summary.startswith("Nu 4 uur per week. Gepland in de inburgeringstermijn: 625 van de "
                              "800 uur die de Z-route vraagt.")  # fmt: skip

    click_row(qtbot, editor.table, 0)
    fill(form, hours_per_week="6")
    save_and_reload(qtbot, page, form)
    assert texts(editor.table, 3) == ["6"]
    assert "938 van de 800" in pip_page.participation.summary.text()

    click_row(qtbot, editor.table, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 0


def test_linking_someone_who_already_has_a_dossier(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Haddad")
    page = window.dossier
    link = page.overview.link_box
    link.search.setFocus()
    type_text(link.search, "ሰናይት")  # Senait Tesfay, by her name in Ge'ez script
    qtbot.waitUntil(lambda: link.matches.count() == 1, timeout=5_000)
    assert link.matches.item(0).text().startswith("Tesfay, Senait")
    assert "ሰናይት ተስፋይ" in link.matches.item(0).text()
    link.role.setCurrentIndex(link.role.findData("partner"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(link.link_button, Qt.MouseButton.LeftButton)
    household = page.overview.household
    assert household.rowCount() == 1
    assert household.item(0, 0).text().startswith("Tesfay, Senait")
    assert household.item(0, 1).text() == "Partner"
    assert link.search.text() == ""
    # Already in the household: she is not offered again.
    qtbot.keyClicks(link.search, "Tesfay")
    qtbot.keyClick(link.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: link.error.text() == "Niemand gevonden met die naam.", timeout=5_000)
    assert not link.link_button.isEnabled()


def test_ontzorgen_longer_than_six_months_needs_a_reason(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("ontzorgen")
    form = page.form("ontzorgen")
    fill(form, start_date="01-03-2025", end_date="01-10-2025")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.editors["extension_reason"].error.text() == (
        "Ontzorgen duurt langer dan 6 maanden (standaard tot 01-09-2025). Schrijf op waarom het "
        "verlengd wordt (maatwerk)."
    )
    assert form.editors["extension_reason"].error.isVisibleTo(form)
    fill(form, extension_reason="Schuldhulp loopt nog.")
    save_and_reload(qtbot, page, form)
    assert page.pages["ontzorgen"].hint.text().startswith("De standaardduur eindigt op 01-09-2025.")


def test_the_add_member_form_keeps_a_draft(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Haddad")
    member = window.dossier.form("member")
    widget = member.editors["given_names"].widget
    widget.setFocus()
    with qtbot.waitSignal(member.draft_saved, timeout=5_000):
        type_text(widget, "لينا")
    window.lock()
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Haddad")
    member = window.dossier.form("member")
    assert member.editors["given_names"].value() == "لينا"
    assert member.editors["household_role"].value() == "partner"
    fill(member, family_name="Haddad", household_role="kind", birth_date="01-05-2015")
    save_and_reload(qtbot, window.dossier, member)
    assert window.dossier.overview.household.rowCount() == 1
    assert member.editors["given_names"].value() == ""  # saved: the draft is gone


def test_the_caseload_counts_show_only_on_the_caseload(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    assert window.counts.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today_view
    assert window.counts.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.caseload
    assert not window.counts.isHidden()
    assert window.counts.text().endswith("getoond")


def test_record_models_pass_the_model_tester(
    qtmodeltester, qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    form = page.form("residence")
    fill(form, kind="azc", location="AZC Zwolle", start_date="01-12-2024")
    save_and_reload(qtbot, page, form)
    for key in ("residence", "activity"):
        model = page.editor(key).model
        qtmodeltester.check(model)
        assert model.rowCount(QModelIndex()) == (1 if key == "residence" else 0)
