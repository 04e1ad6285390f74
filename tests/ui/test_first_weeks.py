"""A consultant's first weeks, through the GUI only, from no data folder at all.

Day 1: first run; the admin adds two consultants; the first consultant's Syrian family of four
is registered (two adults with their own trajectory, two children); the Koffie en Koek at the
ROL is planned; the invitation and the klantreis are saved in Arabic and read back. Day 2: the
talk is held and the Brede Intake planned. Day 3: the Brede Intake and the leerbaarheidstoets
are recorded. Day 4: the PIP is signed and the second consultant takes the caseload over.
After every step the timeline, the Agenda and the Vandaag view show the expected next item.
The app is closed and opened again on each day, as a consultant does. No demo data anywhere.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton

from desktop.documents.dossier_papers import PaperKind
from desktop.domain.enums import Recipient
from desktop.dossier.forms import ASSESSMENTS, domain_field
from desktop.journey.engine import StepKey, StepStatus
from tests.conftest import FAST_KDF
from tests.desktop.documents.conftest import pdfium_text
from tests.ui.conftest import pick_languages, type_text
from tests.ui.day_one import NEW_PASSPHRASE, add_consultant, first_run
from tests.ui.dossier.test_papers import _choose as choose_paper
from tests.ui.dossier.test_papers import _open as open_papers
from ui.handouts.dialog import HandoutDialog
from ui.i18n import Translations
from ui.language_picker import LanguagePicker
from ui.main_window import MainWindow

PASSPHRASE = NEW_PASSPHRASE
DAY1, DAY2, DAY3, DAY4 = date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17), date(2025, 3, 24)
KOPPELING = "24-02-2025"  # Koffie en Koek due three weeks later: 17-03-2025


@pytest.fixture
def open_app(
    qtbot, translations: Translations, settings: QSettings, tmp_path: Path
) -> Iterator[object]:
    """Open the app on a given day (closing the one before), on one data folder."""
    folder = tmp_path / "nieuw"
    windows: list[MainWindow] = []

    def open_on(day: date) -> MainWindow:
        for old in windows:
            old.close()
        window = MainWindow(folder, today=day, translations=translations, settings=settings,
                            params=FAST_KDF)  # fmt: skip
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        if window.first_run is None:  # not the first day: unlock
            qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
            with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
                qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        return window

    yield open_on
    for window in windows:
        window.lock()
        window.runner.wait()


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def fill(qtbot, form, **values: str | bool) -> None:
    """Type into a form's fields as a consultant does (choices picked, boxes ticked)."""
    for name, value in values.items():
        widget = form.editors[name].widget
        if isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox):
            choose(widget, value)
        elif isinstance(widget, LanguagePicker):  # languages are chosen by name
            pick_languages(qtbot, widget, value)
        else:
            widget.clear()
            if value.isascii():
                qtbot.keyClicks(widget, value)
            else:
                type_text(widget, value)


def step(window: MainWindow, key: StepKey):
    journey = window.dossier.dossier.journey  # type: ignore[union-attr]
    return journey.step(key)


def open_person(qtbot, window: MainWindow, family_and_given: str) -> None:
    caseload = window.caseload
    qtbot.waitUntil(lambda: caseload.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(caseload.model.rowCount())
               if caseload.model.row_at(r).display_name == family_and_given)  # fmt: skip
    caseload.table.setFocus()
    caseload.table.selectRow(row)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(caseload.table, Qt.Key.Key_Return)


def plan_talk(qtbot, window: MainWindow, kind: str, day: str, time: str, **extra: str) -> None:
    """Press "Plan gesprek…" in the dossier, fill the dialog, press Enter."""
    talks = window.dossier.talks
    qtbot.mouseClick(talks.plan_button, Qt.MouseButton.LeftButton)
    dialog = talks.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["kind"].currentData() == kind  # the current step's talk
    for name, value in {"date": day, "time": time, **extra}.items():
        field = dialog.fields[name]
        if isinstance(field, QComboBox):
            choose(field, value)
        elif isinstance(field, LanguagePicker):
            pick_languages(qtbot, field, value)
        else:
            field.clear()
            qtbot.keyClicks(field, value)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(dialog.fields["time"], Qt.Key.Key_Return)
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values() if e.text()]


def agenda_rows(qtbot, window: MainWindow, weeks_ahead: int) -> list[tuple[date, str, bool]]:
    """Ctrl+3, then PageDown ``weeks_ahead`` times: the week's talks and deadlines."""
    agenda = window.agenda_view
    with qtbot.waitSignal(agenda.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    for _ in range(weeks_ahead):
        with qtbot.waitSignal(agenda.loaded, timeout=10_000):
            qtbot.keyClick(agenda.table, Qt.Key.Key_PageDown)
    return [(r.day, r.kind, r.is_talk) for r in agenda.model.rows()]


def today_rows(qtbot, window: MainWindow) -> list[tuple[str, StepKey, StepStatus]]:
    """Ctrl+2: what needs doing (whole team)."""
    view = window.today_view
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    return [(r.display_name, r.step, r.status) for r in rows]


def save_handout(qtbot, window: MainWindow, kind: str, language: str, target: Path) -> str:
    """Ctrl+P in the dossier, pick the document and language, Save as PDF; the text read back."""
    page = window.dossier
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.handouts.dialogs), timeout=10_000)
    dialog = window.handouts.dialogs[-1]
    assert isinstance(dialog, HandoutDialog)
    choose(dialog.document, kind)
    qtbot.waitUntil(dialog.language.isEnabled, timeout=20_000)  # the person read: theirs shown
    choose(dialog.language, language)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.handout is not None
                    and dialog.handout.kind.value == kind
                    and dialog.handout.language.code == language, timeout=20_000)  # fmt: skip
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    file_dialog = dialog.file_dialog
    assert isinstance(file_dialog, QFileDialog)
    qtbot.waitUntil(file_dialog.isVisible)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        file_dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        accept = next(b for b in file_dialog.findChildren(QPushButton)
                      if b.isVisible() and b.isEnabled() and b.isDefault())  # fmt: skip
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    dialog.close()
    window.activateWindow()
    return subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def test_a_consultants_first_weeks_from_no_data_folder(qtbot, open_app, tmp_path: Path) -> None:
    # -- day 1: first run, the team, the registration, planning the first talk -------------
    window = open_app(DAY1)
    first_run(qtbot, window)
    assert window.caseload.empty_state.isVisible()
    qtbot.mouseClick(window.caseload.team_button, Qt.MouseButton.LeftButton)
    add_consultant(qtbot, window, "Anna de Vries", "0529 488 100")
    add_consultant(qtbot, window, "Jan Bakker", "0529 488 200")
    window.admin.dialog.close()  # type: ignore[union-attr]

    window.activateWindow()
    window.caseload.search.setFocus()
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.registration
    assert dialog is not None
    fill(qtbot, dialog.form, given_names="Amal", family_name="Haddad", name_original="أمل حداد",
         birth_date="14-05-1988", v_nummer="1234567890", country_of_origin="SY",
         languages="ar", interpreter_needed=True, koppeling_date=KOPPELING,
         residence_location="ROL Zwolle")  # fmt: skip
    dialog.consultant.setCurrentIndex(dialog.consultant.findText("Anna de Vries"))
    for member in (
        {"given_names": "Yusuf", "family_name": "Haddad", "birth_date": "02-01-1986",
         "household_role": "partner", "own_trajectory": True},
        {"given_names": "Lina", "family_name": "Haddad", "birth_date": "09-09-2015",
         "household_role": "kind"},
        {"given_names": "Omar", "family_name": "Haddad", "birth_date": "11-11-2019",
         "household_role": "kind"},
    ):  # fmt: skip
        assert dialog.add_member(member)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.keyClick(dialog.form.editors["given_names"].widget, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert window.dossier.name.text() == "Haddad, Amal"
    kek = step(window, StepKey.KOFFIE_EN_KOEK)
    assert kek.status is StepStatus.DUE_SOON and kek.due == date(2025, 3, 17)

    plan_talk(qtbot, window, "koffie_en_koek", "10-03-2025", "10:00",
              place_detail="ROL Zwolle", interpreter_mode="telefonisch",
              interpreter_language="ar", coa_casemanager="Petra Smit")  # fmt: skip
    assert step(window, StepKey.KOFFIE_EN_KOEK).status is StepStatus.PLANNED
    # The agenda of next week: the talk on the 10th, both adults' deadline on the 17th after.
    rows = agenda_rows(qtbot, window, weeks_ahead=1)
    assert (date(2025, 3, 10), "koffie_en_koek", True) in rows
    # Vandaag: nothing of Amal's is overdue, and her first talk is no alarm.
    assert all(status is not StepStatus.OVERDUE for _n, _s, status in today_rows(qtbot, window))

    # The invitation and the klantreis in Arabic, saved as PDF and read back.
    window.show_caseload()
    open_person(qtbot, window, "Haddad, Amal")
    invitation = save_handout(qtbot, window, "uitnodiging", "ar", tmp_path / "uitnodiging_ar.pdf")
    assert "Haddad" in invitation and "10 maart 2025" in invitation
    assert "10:00" in invitation
    klantreis = save_handout(qtbot, window, "klantreis", "ar", tmp_path / "klantreis_ar.pdf")
    assert "Haddad" in klantreis and "Anna de Vries" in klantreis  # her consultant, her phone
    assert "0529 488 100" in klantreis

    # -- day 2: the Koffie en Koek is held; the Brede Intake is planned --------------------
    window = open_app(DAY2)
    open_person(qtbot, window, "Haddad, Amal")
    page = window.dossier
    page.show_tab("koffie_en_koek")
    kek_form = page.form("koffie_en_koek")
    fill(qtbot, kek_form, held_on="10-03-2025", coa_casemanager="Petra Smit",
         interpreter_mode="telefonisch", interpreter_language="ar",
         agreements="Brede Intake over een week.", klantreis_handed_over=True,
         klantreis_language="ar")  # fmt: skip
    qtbot.mouseClick(kek_form.complete_button, Qt.MouseButton.LeftButton)
    assert kek_form.status.text() == "Opgeslagen.", {
        n: e.error.text() for n, e in kek_form.editors.items() if e.error.text()
    }
    qtbot.waitUntil(lambda: step(window, StepKey.KOFFIE_EN_KOEK).status is StepStatus.DONE,
                    timeout=10_000)  # fmt: skip
    assert step(window, StepKey.KOFFIE_EN_KOEK).status is StepStatus.DONE
    intake = step(window, StepKey.BREDE_INTAKE)
    assert intake.due == date(2025, 3, 24)  # two weeks after the Koffie en Koek
    assert page.tabs.currentIndex() == page.tabs.indexOf(page.pages["brede_intake"])
    plan_talk(qtbot, window, "brede_intake", "17-03-2025", "13:30")
    assert step(window, StepKey.BREDE_INTAKE).status is StepStatus.PLANNED
    assert (date(2025, 3, 17), "brede_intake", True) in agenda_rows(qtbot, window, 1)

    # -- day 3: the Brede Intake and the leerbaarheidstoets --------------------------------
    window = open_app(DAY3)
    open_person(qtbot, window, "Haddad, Amal")
    page = window.dossier
    page.show_tab("brede_intake")
    form = page.form("brede_intake")
    page.pages["brede_intake"].show_health.setChecked(True)  # asked on purpose, in the room
    fill(qtbot, form, started_on="17-03-2025", toets_taken_on="17-03-2025", toets_outcome="b1")
    for name in form.editors:
        if name.startswith("domain.") and name.endswith(".assessment"):
            choose(form.editors[name].widget, ASSESSMENTS[2])
    assert domain_field("taalniveau", "assessment") in form.editors
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert step(window, StepKey.BREDE_INTAKE).status is StepStatus.DONE
    assert step(window, StepKey.LEERBAARHEIDSTOETS).status is StepStatus.DONE
    # Next: the PIP; its legal term starts only when the family is housed (no date yet).
    assert page.dossier.journey.current_step is StepKey.PIP  # type: ignore[union-attr]
    assert step(window, StepKey.PIP).status is StepStatus.OPEN

    # -- day 4: the PIP is signed; Anna's caseload goes to Jan -----------------------------
    window = open_app(DAY4)
    open_person(qtbot, window, "Haddad, Amal")
    page = window.dossier
    page.show_tab("pip")
    pip = page.form("pip")
    fill(qtbot, pip, route="b1", signed_on="24-03-2025", beschikking_on="24-03-2025",
         language_provider="Taalschool Zwolle")  # fmt: skip
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(pip.complete_button, Qt.MouseButton.LeftButton)
    assert step(window, StepKey.PIP).status is StepStatus.DONE
    assert page.dossier.journey.route is not None  # type: ignore[union-attr]

    # The language school gets its PIP only with Amal's consent (Toestemming en papieren…).
    papers = open_papers(qtbot, window)
    choose_paper(papers, PaperKind.PIP_TAALAANBIEDER)
    with qtbot.waitSignal(papers.failed, timeout=20_000) as refused:
        qtbot.mouseClick(papers.make_button, Qt.MouseButton.LeftButton)
    assert "geen geldige toestemming" in refused.args[0]
    papers.recipient.setCurrentIndex(papers.recipient.findData(Recipient.TAALAANBIEDER.value))
    type_text(papers.recipient_name, "Taalschool Zwolle")
    with qtbot.waitSignal(papers.consents_changed, timeout=10_000):
        qtbot.mouseClick(papers.give_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(papers.made, timeout=20_000):
        qtbot.mouseClick(papers.make_button, Qt.MouseButton.LeftButton)
    partner_pip = papers.save_paper(str(tmp_path / "pip_taalschool"))
    assert partner_pip is not None and "Haddad" in pdfium_text(partner_pip.read_bytes())
    papers.close()
    window.activateWindow()  # back to the main window: its shortcuts again
    qtbot.waitUntil(window.isActiveWindow)

    # Before the handover, Anna's Vandaag holds Yusuf's overdue first talk.
    assert ("Haddad, Yusuf", StepKey.KOFFIE_EN_KOEK, StepStatus.OVERDUE) in today_rows(
        qtbot, window
    )
    window.admin.open_admin("team")
    team = window.admin.dialog.team  # type: ignore[union-attr]
    team.select("Anna de Vries")
    jan = next(m.consultant_id for m in team._members if m.name == "Jan Bakker")
    assert team.hand_over(jan) == 2  # Amal and Yusuf
    window.admin.dialog.close()  # type: ignore[union-attr]
    window.show_caseload()
    qtbot.waitUntil(lambda: window.caseload.consultant.findText("Jan Bakker (2)") > 0,
                    timeout=10_000)  # fmt: skip
    # Jan's Vandaag follows: Yusuf's Koffie en Koek (never planned) is his now, and overdue.
    view = window.today_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    jan_index = next(i for i in range(view.consultant.count())
                     if view.consultant.itemText(i).startswith("Jan Bakker"))  # fmt: skip
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        view.consultant.setCurrentIndex(jan_index)
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert ("Haddad, Yusuf", StepKey.KOFFIE_EN_KOEK, StepStatus.OVERDUE) in {
        (r.display_name, r.step, r.status) for r in rows
    }
    assert all(r.consultant_name == "Jan Bakker" for r in rows)
