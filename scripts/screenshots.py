"""Screenshots of every screen and dialog, offscreen, on a fresh database and on the demo data,
in Dutch, to look at before release.

Usage: python scripts/screenshots.py [--out screenshots] [--people 80] [--scale 1.5]
At 100 % the screen is a 1366x768 laptop; with ``--scale 1.5`` a 1920x1080 laptop at 150 %
(1280x720 logical pixels, fonts and icons drawn at 1.5x). Dialogs are sized by the app for
that screen, as on the real laptop. A line "RAW CODE" is printed for a stored value shown
raw in a screenshot.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.demo import populate_demo
from desktop.domain.text import is_right_to_left
from desktop.store import Store
from desktop.store.keys import Argon2Params
from ui.i18n import Translations
from ui.main_window import MainWindow

TODAY = date(2025, 3, 1)
PASSPHRASE = "demo wachtwoord voor schermafdrukken"
FAST_KDF = Argon2Params(time_cost=1, memory_kib=8192, parallelism=1)
SIZE = (1366, 768)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process events until ``condition()`` holds; fail loudly after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _report_raw_codes(widget: QWidget, name: str) -> None:
    from tests.ui.raw_codes import raw_codes

    for found in raw_codes(widget.window(), allowed=frozenset({"beheerder"})):
        print(f"RAW CODE in {name}: {found}")


def shoot(window: MainWindow, out: Path, name: str) -> None:
    QCoreApplication.processEvents()
    path = out / f"{name}.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    _report_raw_codes(window, name)
    if window.width() > SIZE[0] or window.height() > SIZE[1]:  # pushed off the laptop's screen
        print(f"TOO BIG {name}: {window.width()}x{window.height()} on {SIZE[0]}x{SIZE[1]}")
    print(path)


def make_window(folder: Path, translations: Translations, settings: QSettings) -> MainWindow:
    window = MainWindow(
        folder, today=TODAY, translations=translations, settings=settings, params=FAST_KDF
    )
    window.resize(*SIZE)
    window.show()
    return window


def first_run(out: Path, work: Path, translations: Translations, settings: QSettings) -> None:
    window = make_window(work / "nieuw", translations, settings)
    page = window.first_run
    assert page is not None
    page.user_name.setText("Anna de Vries")
    page.form.passphrase.setText(PASSPHRASE)
    page.form.confirmation.setText(PASSPHRASE)
    shoot(window, out, "first_run")
    page.create_button.click()
    wait_until(lambda: page.pages.currentIndex() == 1)
    shoot(window, out, "recovery_key")
    page.kept_safe.setChecked(True)
    page.continue_button.click()
    wait_until(lambda: window.store is not None and window.stack.currentWidget() is window.caseload)
    wait_until(lambda: not window.runner.busy)
    shoot(window, out, "fresh_caseload")
    window.show_today()
    wait_until(lambda: not window.runner.busy)
    shoot(window, out, "fresh_today")
    window.show_agenda()
    wait_until(lambda: not window.runner.busy)
    shoot(window, out, "fresh_agenda")
    window.show_reports()
    wait_until(lambda: not window.runner.busy)
    shoot(window, out, "fresh_reports")
    window.show_caseload()
    dialog_screens(window, out, prefix="fresh_")
    window.close()


def caseload(
    out: Path, work: Path, people: int, translations: Translations, settings: QSettings
) -> None:
    folder = work / "demo"
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        populate_demo(store, people=people, today=TODAY)

    window = make_window(folder, translations, settings)
    unlock = window.unlock
    shoot(window, out, "unlock")
    unlock.passphrase.setText("verkeerd wachtwoord")
    unlock.unlock_button.click()
    wait_until(lambda: bool(unlock.error.text()) and unlock.pages.isEnabled())
    shoot(window, out, "unlock_error")

    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    view = window.caseload
    wait_until(lambda: view.model.rowCount() > 0)
    shoot(window, out, "caseload")

    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    arabic = next(row.name_original for row in rows if is_right_to_left(row.name_original))
    view.search.setText(arabic.split()[-1])
    view.apply_filter()
    shoot(window, out, "caseload_arabic_search")

    view.search.clear()
    view.apply_filter()
    view.overdue_only.setChecked(True)
    shoot(window, out, "caseload_overdue")
    view.overdue_only.setChecked(False)

    window.set_language("en")
    wait_until(lambda: window.file_menu.title() == "&File")
    shoot(window, out, "caseload_en")
    window.set_language("nl")
    dossier_screens(window, out, arabic)
    agenda_screens(window, out)
    tool_screens(window, out)
    report_screens(window, out)
    window.show_caseload()
    _open(window, arabic.split()[-1])
    shoot(window, out, "dossier_for_dialogs")
    dialog_screens(window, out)
    window.close()


def report_screens(window: MainWindow, out: Path) -> None:
    """Rapportage (Ctrl+4) for last year: the route split, the inflow, and the council view."""
    view = window.reports_view
    window.show_reports()
    wait_until(lambda: view.report is not None)
    loaded = view.report
    view.year.setValue(TODAY.year - 1)
    wait_until(lambda: view.report is not loaded and view.report is not None)
    wait_until(lambda: bool(view.indicators.index(0, 5).data()))  # the earlier years

    def pick(key: str) -> None:
        row = next(i for i, f in enumerate(view._figures) if f.key == key)
        view.indicator_table.selectRow(row)

    pick("routes")
    shoot(window, out, "reports")
    pick("instroom")
    view.part_table.selectRow(14)  # the month with the most newcomers, say
    shoot(window, out, "reports_inflow")
    view.outside.setChecked(True)
    pick("pip_vastgesteld")
    shoot(window, out, "reports_council_view")
    view.outside.setChecked(False)


def _shoot_widget(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    _report_raw_codes(widget, name)
    print(out / f"{name}.png")


def _shoot_dialog(window: MainWindow, dialog: QDialog | None, out: Path, name: str) -> None:
    """Show ``dialog`` at the size the app gives it, shoot it, close it."""
    if dialog is None:
        print(f"NOT SHOWN: {name}")
        return
    dialog.show()
    wait_until(lambda: not window.runner.busy)
    _shoot_widget(dialog, out, name)
    dialog.reject()
    dialog.close()
    QCoreApplication.processEvents()


def _shoot_question(out: Path, name: str, ask: Callable[[], None]) -> None:
    """Shoot the message box that ``ask`` opens (modal), then cancel it."""

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab)
            return
        _shoot_widget(box, out, name)
        box.reject()

    QTimer.singleShot(0, grab)
    ask()


def dialog_screens(window: MainWindow, out: Path, prefix: str = "") -> None:
    """Every dialog of the window: registration, household member, the dossier's papers,
    languages and PIP question (when a dossier is open), batch handouts, the team folder and
    its laptops, conflicts, assigning, admin tabs, help, shortcuts and the crash report."""
    from ui.admin.team import ConsultantChoice
    from ui.crash import CrashDialog
    from ui.registration import MemberDialog

    page = window.dossier
    if page.person_id is not None and window.stack.currentWidget() is page:
        page.papers_button.click()
        wait_until(lambda: page.papers_dialog is not None)
        _shoot_dialog(window, page.papers_dialog, out, f"{prefix}papers_dialog")
        page.show_tab("person")
        chooser = page.form("person").editors["languages"].widget.choose()
        _shoot_dialog(window, chooser, out, f"{prefix}language_chooser")
        chooser = page.form("person").editors["languages"].widget.choose(search="ara")
        _shoot_dialog(window, chooser, out, f"{prefix}language_chooser_search")
        page.show_tab("pip")
        pip = page.pages["pip"]
        if pip.new_button.isEnabled():
            _shoot_question(out, f"{prefix}pip_new_version_question", pip.new_button.click)
        window.help.help_action.trigger()
        _shoot_dialog(window, window.help.dialog, out, f"{prefix}help_dossier")
        window.show_caseload()
    window.help.help_action.trigger()
    _shoot_dialog(window, window.help.dialog, out, f"{prefix}help_caseload")
    window.help.shortcuts_action.trigger()
    _shoot_dialog(window, window.help.dialog, out, f"{prefix}shortcuts")
    registration = window.register_newcomer()
    _shoot_dialog(window, registration, out, f"{prefix}registration")
    _shoot_dialog(window, MemberDialog(TODAY, window), out, f"{prefix}member_dialog")
    _shoot_dialog(window, window.handouts.open_batch(), out, f"{prefix}batch_dialog")
    settings = window.sync.open_settings()
    if settings is not None:
        settings.show()
        _shoot_widget(settings, out, f"{prefix}sync_settings")
        _shoot_dialog(window, settings.open_laptops(), out, f"{prefix}sync_laptops")
        settings.reject()
    _shoot_dialog(window, window.sync.open_conflicts(), out, f"{prefix}sync_conflicts")
    if window.store is not None:
        from desktop.roster import roster

        choice = ConsultantChoice(roster(window.store), title="Toewijzen aan", parent=window)
        _shoot_dialog(window, choice, out, f"{prefix}assign_dialog")
    window.admin.open_admin()
    admin = window.admin.dialog
    if admin is not None:
        admin.show()
        for index, name in enumerate(("users", "team", "audit", "retention", "settings",
                                      "rules")):  # fmt: skip
            admin.tabs.setCurrentIndex(index)
            wait_until(lambda: not window.runner.busy)
            _shoot_widget(admin, out, f"{prefix}admin_{name}")
        admin.reject()
    report = 'Traceback (most recent call last):\n  File "ui/x.py", line 1\nValueError: x'
    _shoot_dialog(window, CrashDialog(report, None, window), out, f"{prefix}crash_dialog")


def tool_screens(window: MainWindow, out: Path) -> None:
    """Handouts preview, the admin tabs, and the sync settings and conflicts screens."""
    person_id = window.caseload.model.row_at(0).person_id
    dialog = window.handouts.open_for_person(person_id)
    assert dialog is not None
    wait_until(lambda: dialog.page_count() > 0)
    _shoot_widget(dialog, out, "handout_preview")
    dialog.reject()

    settings = window.sync.open_settings()
    assert settings is not None
    _shoot_widget(settings, out, "sync_settings")
    settings.reject()
    conflicts = window.sync.open_conflicts()
    assert conflicts is not None
    _shoot_widget(conflicts, out, "sync_conflicts_none")
    conflicts.reject()


def _open(window: MainWindow, family_or_original: str) -> None:
    view = window.caseload
    view.search.setText(family_or_original)
    view.apply_filter()
    loaded: list[bool] = []
    window.dossier.loaded.connect(lambda: loaded.append(True))
    window.open_person(view.model.row_at(0).person_id)
    wait_until(lambda: bool(loaded))
    window.dossier.loaded.disconnect()


def dossier_screens(window: MainWindow, out: Path, arabic: str) -> None:
    """The dossier (timeline, every form, history) and the signalering, with demo data."""
    _open(window, arabic.split()[-1])
    page = window.dossier
    for tab in ("overview", "person", "housing", "koffie_en_koek", "brede_intake", "pip",
                "progress_talk", "pvt", "map", "ontzorgen", "handhaving", "einde",
                "history"):  # fmt: skip
        page.show_tab(tab)
        shoot(window, out, f"dossier_{tab}")
    page.show_tab("pip")
    pip = page.pages["pip"]
    pip.inner.setCurrentWidget(pip.participation)
    shoot(window, out, "dossier_pip_participation")
    activity = page.form("activity")  # one activity, saved as a consultant would
    for name, value in (("kind", "koffie_en_taal"), ("description", "Elke dinsdag in de bieb"),
                        ("organisation", "Bibliotheek Dalfsen"), ("hours_per_week", "2"),
                        ("start_date", "03-02-2025")):  # fmt: skip
        activity.editors[name].set_value(value)
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    activity.save()
    wait_until(lambda: bool(loaded))
    page.loaded.disconnect()
    shoot(window, out, "dossier_pip_participation_saved")
    pip.inner.setCurrentIndex(0)
    page.show_tab("overview")
    link = page.overview.link_box
    link.search_requested.emit(page.name.text().split(",")[0][:3])
    wait_until(lambda: link.matches.count() > 0 or bool(link.error.text()))
    shoot(window, out, "dossier_link_person")
    link.reset()
    window.set_language("en")
    wait_until(lambda: window.file_menu.title() == "&File")
    for tab in ("overview", "housing", "pip"):
        page.show_tab(tab)
        shoot(window, out, f"dossier_{tab}_en")
    pip.inner.setCurrentWidget(pip.participation)
    shoot(window, out, "dossier_pip_participation_en")
    pip.inner.setCurrentIndex(0)
    window.set_language("nl")
    page.show_tab("brede_intake")
    intake = page.form("brede_intake")
    intake.show_health.setChecked(True)
    QCoreApplication.processEvents()  # lay the health groups out before scrolling to them
    intake.reveal("domain.gezondheid_mentaal.notes")
    shoot(window, out, "dossier_brede_intake_health")
    page.show_tab("koffie_en_koek")
    kek = page.form("koffie_en_koek")
    kek.editors["held_on"].set_value("01-01-2020")
    kek.save(complete=True)
    shoot(window, out, "dossier_validation")
    if page.dossier is not None:
        kek.show_values(page.dossier.forms["koffie_en_koek"].values, None)
    window.show_today()
    wait_until(lambda: window.today_view.model.rowCount() > 0)
    shoot(window, out, "today")
    window.show_caseload()


def agenda_screens(window: MainWindow, out: Path) -> None:
    """The agenda (week and day), the dossier's talks, the talk dialog with a field error and
    a moved talk with its history (the demo's planned talks, one planned here)."""
    agenda = window.agenda_view
    loaded: list[bool] = []
    agenda.loaded.connect(lambda: loaded.append(True))
    window.show_agenda()
    wait_until(lambda: bool(loaded))
    shoot(window, out, "agenda_week")
    loaded.clear()
    agenda.move_period(1)
    wait_until(lambda: bool(loaded))
    shoot(window, out, "agenda_next_week")
    loaded.clear()
    agenda.span.setCurrentIndex(agenda.span.findData(1))
    wait_until(lambda: bool(loaded))
    shoot(window, out, "agenda_day")
    loaded.clear()
    agenda.span.setCurrentIndex(0)
    wait_until(lambda: bool(loaded))
    agenda.loaded.disconnect()
    talk_row = next(r for r in range(agenda.model.rowCount()) if agenda.model.row_at(r).is_talk)
    agenda.table.selectRow(talk_row)
    person = agenda.model.row_at(talk_row).person_id
    agenda.change_selected()
    dialog = agenda.dialog
    assert dialog is not None
    dialog.fields["date"].setText("01-01-2020")
    dialog.fields["reason"].setText("Tolk niet beschikbaar")
    dialog.save()
    _shoot_widget(dialog, out, "agenda_talk_dialog_error")
    dialog.fields["date"].setText("18-03-2025")
    dialog.save()
    wait_until(lambda: not window.runner.busy)
    shoot(window, out, "agenda_after_move")
    window.open_person(person)
    wait_until(lambda: window.dossier.talks.talks.count() > 0 and not window.runner.busy)
    shoot(window, out, "dossier_talks")
    window.dossier.talks.plan()
    plan = window.dossier.talks.dialog
    assert plan is not None
    _shoot_widget(plan, out, "agenda_plan_dialog")
    plan.reject()
    window.dossier.talks.talks.setCurrentRow(0)
    item = window.dossier.talks.talks.item(0)
    window.dossier.talks.talks.itemActivated.emit(item)
    change = window.dossier.talks.dialog
    assert change is not None
    _shoot_widget(change, out, "agenda_change_dialog")
    change.reject()
    window.show_caseload()


def team_screens(out: Path, work: Path, translations: Translations, settings: QSettings) -> None:
    """A team of two laptops on the demo data: the same phone number changed on both gives a
    conflict on the conflict screen; the laptops dialog lists both and one waiting."""
    from sqlalchemy import select

    from desktop.domain.model import Person
    from desktop.sync.engine import synchronise
    from desktop.sync.laptops import approve
    from desktop.sync.team import create_team, join_team
    from desktop.sync.trust import this_laptop

    folder, share = work / "team", work / "share"
    share.mkdir()
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        populate_demo(store, people=20, today=TODAY)
        create_team(store, share, "ons team van consulenten", params=FAST_KDF)
        synchronise(store, share)
    other, _key = Store.create(work / "other", PASSPHRASE, params=FAST_KDF)
    join_team(other, share, "ons team van consulenten")
    waiting, _key = Store.create(work / "waiting", PASSPHRASE, params=FAST_KDF)
    join_team(waiting, share, "ons team van consulenten")
    waiting.close()
    with Store.open(folder, PASSPHRASE) as store:
        approve(store, this_laptop(other))
    synchronise(other, share)
    with other.reading() as session:
        person_id = session.scalars(select(Person.id).order_by(Person.family_name)).first()
    with other.transaction() as session:
        session.get(Person, person_id).phone = "06 12 34 56 78"
    with Store.open(folder, PASSPHRASE) as store, store.transaction() as session:
        session.get(Person, person_id).phone = "06 87 65 43 21"
    synchronise(other, share)
    other.close()
    window = make_window(folder, translations, settings)
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock_button.click()
    wait_until(lambda: window.caseload.model.rowCount() > 0)
    synced: list[object] = []
    window.sync.controller.synced.connect(lambda report: synced.append(report))
    window.sync.sync_action.trigger()
    wait_until(lambda: bool(synced) and not window.runner.busy)
    shoot(window, out, "team_caseload_with_conflict")
    conflicts = window.sync.open_conflicts()
    assert conflicts is not None
    wait_until(lambda: conflicts.list.count() > 0 and not window.runner.busy)
    conflicts.list.setCurrentRow(0)
    _shoot_widget(conflicts, out, "team_conflict")
    conflicts.reject()
    dialog = window.sync.open_settings()
    assert dialog is not None
    _shoot_widget(dialog, out, "team_sync_settings")
    laptops = dialog.open_laptops()
    wait_until(lambda: laptops.table.rowCount() > 1 and not window.runner.busy)
    _shoot_widget(laptops, out, "team_laptops")
    laptops.reject()
    dialog.reject()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--people", type=int, default=80)
    parser.add_argument("--scale", type=float, default=1.0, help="1.5: 1920x1080 at 150 %%")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    global SIZE
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        physical = (1366, 768) if args.scale == 1.0 else (1920, 1080)
        SIZE = (round(physical[0] / args.scale), round(physical[1] / args.scale))
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a screen of the laptop's size
            config = work / "screen.json"
            config.write_text(json.dumps({"screens": [{
                "name": "laptop", "x": 0, "y": 0, "width": physical[0], "height": physical[1],
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        if args.scale != 1.0:
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        app = QApplication([sys.argv[0]])
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        translations = Translations(app)
        translations.switch("nl")
        first_run(args.out, work, translations, settings)
        caseload(args.out, work, args.people, translations, settings)
        team_screens(args.out, work, translations, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
