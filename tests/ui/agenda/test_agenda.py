"""The agenda from an empty store: plan a talk from the dossier, see it in the Agenda (Ctrl+3)
and the timeline, move it, export the week for Outlook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.domain.enums import Category
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.journey.engine import StepKey, StepStatus
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import TODAY, unlock
from tests.ui.dossier.conftest import open_dossier
from ui.agenda.talk_dialog import TalkDialog
from ui.main_window import MainWindow

# TODAY is Saturday 01-03-2025; koppeling 20-02-2025 + 3 weeks: Koffie en Koek due 13-03-2025.
KOPPELING = date(2025, 2, 20)


def _empty_store_with_one_person(folder: Path, koppeling: date = KOPPELING) -> str:
    """A new store with one consultant and one newcomer with a trajectory, nothing else."""
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store, store.transaction() as session:
        consultant = Consultant(name="Anna de Vries")
        person = Person(given_names="Rami", family_name="Haddad", v_nummer="2001234567",
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        session.add_all([consultant, person])
        session.flush()
        session.add(Trajectory(person_id=person.id, consultant_id=consultant.id,
                               koppeling_date=koppeling))  # fmt: skip
        return person.id


def _kek(window: MainWindow):
    return window.dossier.dossier.journey.step(StepKey.KOFFIE_EN_KOEK)


def _fill(dialog: TalkDialog, qtbot, **values: str) -> None:
    for name, value in values.items():
        field = dialog.fields[name]
        field.clear()
        qtbot.keyClicks(field, value)


def _file_dialog(parent) -> QFileDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QFileDialog) and w.isVisible()]  # fmt: skip
    dialogs += parent.findChildren(QFileDialog, "save_file_dialog")
    return next(d for d in dialogs if d.isVisible())


def test_plan_move_and_export_a_talk(
    qtbot, make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    assert date(2025, 3, 1) == TODAY  # the windows' today: 12 days before the deadline
    folder = tmp_path / "data"
    _empty_store_with_one_person(folder)
    window = make_window(folder)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Haddad")
    dossier = window.dossier
    assert _kek(window).status is StepStatus.DUE_SOON

    # "Plan gesprek…" in the dossier: the dialog plans the current step's talk.
    qtbot.mouseClick(dossier.talks.plan_button, Qt.MouseButton.LeftButton)
    dialog = dossier.talks.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["kind"].currentData() == "koffie_en_koek"
    assert dialog.fields["place"].currentData() == "rol"
    _fill(dialog, qtbot, date="12-03-2025", time="25:00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved: the message is next to the field, in Dutch
    assert dialog.errors["time"].isVisible()
    assert dialog.errors["time"].text() == "Schrijf de tijd als uu:mm, bijvoorbeeld 09:30."
    _fill(dialog, qtbot, time="10:00", place_detail="ROL Zwolle")
    dialog.fields["interpreter_mode"].setCurrentIndex(
        dialog.fields["interpreter_mode"].findData("telefonisch"))  # fmt: skip
    languages = dialog.fields["interpreter_language"]  # a picker of languages by name
    qtbot.keyClick(languages.display, Qt.Key.Key_A)  # a letter opens the chooser, searching
    assert languages.chooser is not None and languages.chooser.search.text() == "a"
    qtbot.keyClicks(languages.chooser.search, "rab")  # the rest is typed into its search
    qtbot.keyClick(languages.chooser.search, Qt.Key.Key_Return)
    assert languages.value() == "ar" and languages.names() == "Arabisch"
    _fill(dialog, qtbot, coa_casemanager="J. Bakker")
    with qtbot.waitSignal(dossier.loaded, timeout=10_000):
        qtbot.keyClick(dialog.fields["coa_casemanager"], Qt.Key.Key_Return)  # Enter is OK
    assert not dialog.isVisible()
    # The timeline: planned on or before the deadline, so no alarm.
    assert _kek(window).status is StepStatus.PLANNED
    row = [s.step for s in dossier.timeline.timeline.steps()].index(StepKey.KOFFIE_EN_KOEK)
    text = dossier.timeline.timeline.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Gepland 12-03-2025" in text
    qtbot.waitUntil(lambda: dossier.talks.talks.count() == 1, timeout=10_000)

    # Ctrl+3: the agenda; two periods later is the week of 10-03 with the talk and deadline.
    agenda = window.agenda_view
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is agenda
    assert agenda.period.text() == "Week 9: 24-02-2025 – 02-03-2025"
    for _ in range(2):
        with qtbot.waitSignal(agenda.loaded, timeout=10_000):
            qtbot.keyClick(agenda.table, Qt.Key.Key_PageDown)
    rows = agenda.model.rows()
    assert [(r.day, r.kind, r.is_talk) for r in rows] == [
        (date(2025, 3, 12), "koffie_en_koek", True), (date(2025, 3, 13), "koffie_en_koek", False)
    ]  # fmt: skip
    assert agenda.model.index(1, 4).data() == "Gepland op 12-03-2025"
    assert agenda.model.index(0, 1).data() == "10:00–11:00"

    # Move the talk after the deadline: the agenda says "planned late".
    agenda.table.selectRow(0)
    qtbot.mouseClick(agenda.change_button, Qt.MouseButton.LeftButton)
    dialog = agenda.dialog
    assert dialog is not None and dialog.talk is not None
    _fill(dialog, qtbot, date="14-03-2025", reason="Tolk niet beschikbaar")
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = agenda.model.rows()
    assert [(r.day, r.is_talk) for r in rows] == [(date(2025, 3, 13), False),
                                                  (date(2025, 3, 14), True)]  # fmt: skip
    assert agenda.model.index(0, 4).data() == "Te laat gepland: 14-03-2025"

    # Export the week as .ics through the (non-native) save dialog.
    target = tmp_path / "week.ics"
    qtbot.mouseClick(agenda.export_button, Qt.MouseButton.LeftButton)
    saver = _file_dialog(agenda)
    assert saver.testOption(QFileDialog.Option.DontUseNativeDialog)
    saver.selectFile(str(target))
    saver.accept()
    qtbot.waitUntil(target.exists, timeout=5_000)
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event["SEQUENCE"] == 1 and "R.H. (…4567)" in str(event["SUMMARY"])
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"

    # Enter on the deadline opens the dossier: the timeline now says planned late.
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(agenda.model.index(0, 0))
    with qtbot.waitSignal(dossier.loaded, timeout=10_000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is dossier
    assert _kek(window).status is StepStatus.PLANNED_LATE
    qtbot.waitUntil(lambda: dossier.talks.talks.count() == 1
                    and "verplaatst" in dossier.talks.talks.item(0).text(),
                    timeout=10_000)  # fmt: skip


def test_cancel_a_talk_from_the_dossier_and_the_models(
    qtbot, qtmodeltester, make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    _empty_store_with_one_person(folder)
    window = make_window(folder)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Haddad")
    dossier = window.dossier
    qtbot.keyClick(dossier, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Plan talk…
    dialog = dossier.talks.dialog
    assert dialog is not None and dialog.isVisible()
    _fill(dialog, qtbot, date="04-03-2025", time="09:30")
    with qtbot.waitSignal(dossier.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dossier.talks.talks.count() == 1, timeout=10_000)
    dossier.talks.talks.setCurrentRow(0)
    qtbot.keyClick(dossier.talks.talks, Qt.Key.Key_Return)
    dialog = dossier.talks.dialog
    assert dialog is not None and dialog.talk is not None
    qtbot.mouseClick(dialog.cancel_talk_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["reason"].text() == "Vul in waarom het gesprek niet doorgaat."
    _fill(dialog, qtbot, reason="Ziek gemeld")
    with qtbot.waitSignal(dossier.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_talk_button, Qt.MouseButton.LeftButton)
    assert _kek(window).status is StepStatus.DUE_SOON  # the alarm is back
    qtbot.waitUntil(lambda: "Geannuleerd" in (dossier.talks.talks.item(0).text()
                                              if dossier.talks.talks.count() else ""),
                    timeout=10_000)  # fmt: skip

    agenda = window.agenda_view
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_PageDown)
    rows = agenda.model.rows()
    assert [r.talk_status.value for r in rows if r.is_talk] == ["geannuleerd"]
    qtmodeltester.check(agenda.model)
    qtmodeltester.check(dossier.timeline.timeline)
    # Day view: Monday 03-03 has nothing; Page Down is Tuesday 04-03 with the cancelled talk.
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        agenda.span.setCurrentIndex(agenda.span.findData(1))
    assert agenda.period.text() == "ma 03-03-2025"
    assert agenda.model.rowCount() == 0
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.keyClick(agenda.table, Qt.Key.Key_PageDown)
    assert agenda.period.text() == "di 04-03-2025"
    assert [r.talk_status.value for r in agenda.model.rows() if r.is_talk] == ["geannuleerd"]
    font = agenda.model.index(0, 3).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()


def test_the_caseload_and_vandaag_say_planned_and_planned_late(
    qtbot, make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    from desktop.agenda.planning import plan_talk
    from ui.caseload_model import Column

    folder = tmp_path / "data"
    # Koppeling 10-02-2025: Koffie en Koek due Monday 03-03-2025, next week for Vandaag.
    person = _empty_store_with_one_person(folder, koppeling=date(2025, 2, 10))
    window = make_window(folder)
    unlock(qtbot, window)
    caseload = window.caseload
    deadline = caseload.model.index(0, Column.NEXT_DEADLINE)
    assert deadline.data() == "03-03-2025  Binnenkort"
    # Planned after the deadline (through the core, as the dialog does), then Ctrl+1 again.
    plan_talk(window.store, person, {"kind": "koffie_en_koek", "date": "05-03-2025",
                                     "time": "10:00"}, today=TODAY)  # fmt: skip
    window.dossier.changed.emit(person)  # what a save in the dossier says
    with qtbot.waitSignal(caseload.counts_changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert caseload.model.index(0, Column.NEXT_DEADLINE).data() == "03-03-2025  Te laat gepland"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    today = window.today_view
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10_000)
    assert today.model.index(0, 3).data() == "03-03-2025  Te laat gepland"


def test_plan_talk_follows_the_tab_and_the_step(
    qtbot, make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    _empty_store_with_one_person(folder)
    window = make_window(folder)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Haddad")
    dossier = window.dossier
    dossier.show_tab("progress_talk")
    qtbot.keyClick(dossier, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert dossier.talks.dialog.fields["kind"].currentData() == "voortgang"
    dossier.talks.dialog.reject()
    dossier.show_tab("person")  # no talk of its own: the last one stays
    rows = [s.step for s in dossier.timeline.timeline.steps()]
    index = dossier.timeline.timeline.index(rows.index(StepKey.LEERBAARHEIDSTOETS))
    qtbot.mouseClick(dossier.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=dossier.timeline.visualRect(index).center())  # fmt: skip
    qtbot.mouseClick(dossier.talks.plan_button, Qt.MouseButton.LeftButton)
    assert dossier.talks.dialog.fields["kind"].currentData() == "leerbaarheidstoets"
    dossier.talks.dialog.reject()
