"""Drafts, undo, discard, validation next to the field, right-to-left text, item models."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.dossier.history import HistoryEntry
from tests.ui.conftest import type_text, unlock
from tests.ui.dossier.conftest import fill, open_dossier
from ui.dossier.history import HistoryModel
from ui.dossier.timeline import TimelineModel
from ui.dossier.today import TodayModel
from ui.main_window import MainWindow


def test_typed_text_is_kept_as_a_draft_over_a_lock(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    page.show_tab("koffie_en_koek")
    kek = page.form("koffie_en_koek")
    widget = kek.editors["topic_questions"].widget
    widget.setFocus()
    with qtbot.waitSignal(kek.draft_saved, timeout=5_000):
        type_text(widget, "سؤال عن المدرسة")
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.lock()
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    kek = window.dossier.form("koffie_en_koek")
    assert kek.editors["topic_questions"].value() == "سؤال عن المدرسة"
    assert kek.status.text() == "Niet-opgeslagen wijzigingen teruggezet."


def test_validation_appears_next_to_the_field(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    kek = window.dossier.form("koffie_en_koek")
    fill(kek, held_on="01-02-2025")
    kek.save_button.click()
    assert kek.editors["held_on"].error.text() == (
        "Deze datum kan niet vóór de koppeling (20-02-2025) liggen."
    )
    fill(kek, held_on="31-02-2025")
    kek.complete_button.click()
    assert kek.editors["held_on"].error.text().startswith("Dit is geen geldige datum")
    assert kek.editors["coa_casemanager"].error.text() == "Vul dit in om de stap af te ronden."
    person = window.dossier.form("person")
    fill(person, bsn="123456789", birth_date="01-01-2030")
    person.save_button.click()
    assert "elfproef" in person.editors["bsn"].error.text()
    assert "toekomst" in person.editors["birth_date"].error.text()


def test_undo_and_discard_ask_first(
    qtbot, dossier_window: Callable[[str], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = dossier_window("Tesfay")
    pvt = window.dossier.form("pvt")
    fill(pvt, started_on="01-03-2025")
    pvt.flush_draft()
    fill(pvt, started_on="02-03-2025")
    pvt.flush_draft()
    pvt.undo()
    assert pvt.editors["started_on"].value() == "01-03-2025"
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    pvt.discard()
    assert pvt.editors["started_on"].value() == "01-03-2025"  # cancelled: nothing lost
    pvt.discard()
    assert pvt.editors["started_on"].value() == ""


def test_health_domains_are_hidden_until_shown(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    intake = window.dossier.form("brede_intake")
    window.dossier.show_tab("brede_intake")
    assert not intake.group("gezondheid_mentaal").isVisibleTo(intake)
    assert intake.group("taalniveau").isVisibleTo(intake)
    intake.show_health.setChecked(True)
    assert intake.group("gezondheid_mentaal").isVisibleTo(intake)
    fill(intake, variant="gezinsmigrant")
    assert not intake.group("voorinburgering").isVisibleTo(intake)


def test_today_view_opens_a_person(qtbot, make_window, populated_dir) -> None:
    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = window.today_view
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() > 0
    assert "te laat" in view.counts.text()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.dossier
    assert view.model.row_at(0).display_name == window.dossier.name.text()
    view.consultant.setCurrentIndex(1)
    # The choice shows the consultant's caseload beside the name: "Anna de Vries (2)".
    chosen, _, count = view.consultant.currentText().rpartition(" (")
    assert count.rstrip(")").isdigit()
    qtbot.waitUntil(lambda: all(view.model.row_at(r).consultant_name == chosen
                                for r in range(view.model.rowCount())))  # fmt: skip


def test_item_models_pass_the_model_tester(
    qtmodeltester, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Haddad")
    page = window.dossier
    assert page.timeline.timeline.rowCount() == 15  # PIP vastgesteld and VWN since schema 10
    qtmodeltester.check(page.timeline.timeline)
    assert page.history.rowCount() > 0
    qtmodeltester.check(page.history)
    qtmodeltester.check(TimelineModel())
    qtmodeltester.check(HistoryModel())
    qtmodeltester.check(TodayModel())
    entries = [page.history._entries[0]]
    model = HistoryModel()
    model.set_entries(entries)
    assert isinstance(entries[0], HistoryEntry)
    qtmodeltester.check(model)


def test_the_dossiers_shortcuts_work_after_a_language_switch(
    qtbot, dossier_window: Callable[[str], MainWindow]
) -> None:
    window = dossier_window("Tesfay")
    page = window.dossier
    window.set_language("en")  # retranslation sets every button's text again
    window.set_language("nl")
    page.show_tab("koffie_en_koek")
    kek = page.form("koffie_en_koek")
    widget = kek.editors["place_detail"].widget
    widget.setFocus()
    qtbot.keyClicks(widget, "Kamer 3")
    qtbot.keyClick(widget, Qt.Key.Key_Backspace, Qt.KeyboardModifier.AltModifier)
    assert kek.editors["place_detail"].value() == ""  # Alt+Backspace: undo the last change
    with qtbot.waitSignal(page.handouts_requested, timeout=5_000):
        qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)  # the preview is made
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    with qtbot.waitSignal(page.back_requested, timeout=5_000):
        qtbot.keyClick(widget, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.caseload
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
