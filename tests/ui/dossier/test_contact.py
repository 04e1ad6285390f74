"""The Contact tab from an empty store: journal notes typed and saved with Ctrl+S, health
notes hidden until shown, the search box; attachments added through the file dialog, viewed
inside the app, saved as a copy, refused when too large or not a document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from desktop.store import Store
from desktop.store.content import MAX_SIZE
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.dossier.journal.conftest import add_person
from tests.desktop.dossier.journal.files import pdf
from tests.ui.conftest import TODAY, type_text, unlock
from tests.ui.dossier.conftest import fill, open_dossier
from ui.dossier import contact
from ui.dossier.dossier_page import DossierPage
from ui.main_window import MainWindow


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    """A new store holding one person, registered through the model (no demo data)."""
    folder = tmp_path / "data"
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        add_person(store, "Senait", "Tesfay")
    return folder


@pytest.fixture
def contact_window(qtbot, make_window: Callable[[Path], MainWindow], empty_dir: Path) -> MainWindow:
    window = make_window(empty_dir)
    unlock(qtbot, window)
    open_dossier(qtbot, window, "Tesfay")
    window.dossier.show_tab("contact")
    return window


def notes_shown(page: DossierPage) -> list[str]:
    model = page.editor("contact_note").model
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def save_with_ctrl_s(qtbot, page: DossierPage) -> None:
    text = page.form("contact_note").editors["text"].widget
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_notes_are_typed_saved_searched_and_health_is_hidden_until_shown(
    qtbot, contact_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = contact_window.dossier
    journal = page.pages["contact"].journal
    form = page.form("contact_note")
    assert notes_shown(page) == []
    assert form.editors["on_date"].value() == "01-03-2025"  # today, ready to type

    text = form.editors["text"].widget
    text.setFocus()
    type_text(text, "Taalcoach belde: komt elke dinsdag trouw.")
    fill(form, category="telefoon", source="taalcoach")
    save_with_ctrl_s(qtbot, page)
    assert notes_shown(page) == ["Taalcoach belde: komt elke dinsdag trouw."]
    assert page.editor("contact_note").model.index(0, 4).data() == "beheerder"  # stamped

    fill(form, category="signaal", source="coa", health=True)
    page.form("contact_note").editors["text"].widget.setFocus()
    type_text(page.form("contact_note").editors["text"].widget, "Slaapt slecht; huisarts.")
    save_with_ctrl_s(qtbot, page)
    assert notes_shown(page) == ["Taalcoach belde: komt elke dinsdag trouw."]  # health hidden
    assert (
        journal.hidden.isVisible()
        and journal.hidden.text() == "Notities met gezondheidsinformatie verborgen: 1."
    )

    qtbot.keyClicks(journal.filter, "huisarts")
    assert notes_shown(page) == []  # hidden notes are not searched either
    journal.show_health.setChecked(True)
    assert notes_shown(page) == ["⚕ Slaapt slecht; huisarts."]
    assert not journal.hidden.isVisible()
    journal.filter.clear()
    assert len(notes_shown(page)) == 2
    journal.filter.setText("DINSDAG")
    assert notes_shown(page) == ["Taalcoach belde: komt elke dinsdag trouw."]
    journal.filter.clear()

    # Opening the health note and hiding health again covers the form too.
    editor = page.editor("contact_note")
    health_row = next(r for r in range(editor.model.rowCount()) if editor.model.row_at(r).health)
    editor.table.setCurrentIndex(editor.model.index(health_row, 0))
    assert form.editors["text"].value() == "Slaapt slecht; huisarts."
    journal.show_health.setChecked(False)
    assert not form.isVisible() and journal.cover.isVisible()
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and not journal.cover.isVisible()

    # Deleting one's own note asks first.
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(notes_shown(page)) == 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert (
        notes_shown(page) == []
        and journal.hidden.text() == "Notities met gezondheidsinformatie verborgen: 1."
    )


def test_a_note_being_typed_survives_locking(qtbot, contact_window: MainWindow) -> None:
    page = contact_window.dossier
    form = page.form("contact_note")
    text = form.editors["text"].widget
    text.setFocus()
    with qtbot.waitSignal(form.draft_saved, timeout=5_000):
        type_text(text, "Huisbezoek met VWN-begeleider")
    contact_window.lock()
    unlock(qtbot, contact_window)
    open_dossier(qtbot, contact_window, "Tesfay")
    form = contact_window.dossier.form("contact_note")
    assert form.editors["text"].value() == "Huisbezoek met VWN-begeleider"
    assert form.status.text() == "Niet-opgeslagen wijzigingen teruggezet."


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(contact.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))  # fmt: skip


def test_attachments_are_added_viewed_saved_and_refused_with_a_dutch_message(
    qtbot, contact_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = contact_window.dossier
    attachments = page.pages["contact"].attachments
    page.pages["contact"].inner.setCurrentWidget(attachments)
    scans = tmp_path / "scans"
    scans.mkdir()

    signed = scans / "pip-tesfay.pdf"
    signed.write_bytes(pdf(3))
    _choose(monkeypatch, signed)
    qtbot.keyClicks(attachments.title, "Ondertekend PIP")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(attachments.title, Qt.Key.Key_Return)  # keyboard only
    assert attachments.model.rowCount() == 1
    assert attachments.model.index(0, 0).data() == "Ondertekend PIP"
    assert attachments.model.index(0, 2).data() == "pip-tesfay.pdf"
    attachments.table.setFocus()
    attachments.table.setCurrentIndex(attachments.model.index(0, 0))
    qtbot.keyClick(attachments.table, Qt.Key.Key_Return)
    assert len(attachments.viewer.pages) == 3
    assert not attachments.viewer.pages[0].pixmap().isNull()

    photo = scans / "brief.jpg"
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    assert image.save(str(photo), "JPEG")
    _choose(monkeypatch, photo)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(2) if attachments.model.row_at(r).title == "brief")
    attachments.table.setCurrentIndex(attachments.model.index(row, 0))
    qtbot.mouseClick(attachments.view_button, Qt.MouseButton.LeftButton)
    assert len(attachments.viewer.pages) == 1
    assert attachments.viewer.pages[0].pixmap().width() == 120  # never blown up

    copy = tmp_path / "kopie.jpg"
    monkeypatch.setattr(contact.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(copy), "")))  # fmt: skip
    qtbot.mouseClick(attachments.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == photo.read_bytes()

    huge = scans / "scan.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_SIZE + 1)
    _choose(monkeypatch, huge)
    qtbot.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    assert attachments.message.isVisible()
    assert "een bijlage mag hoogstens 10 MB zijn" in attachments.message.text()

    disguised = scans / "verslag.pdf"
    disguised.write_text("Dit is gewoon tekst.", encoding="utf-8")
    _choose(monkeypatch, disguised)
    qtbot.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    assert "geen PDF, JPEG of PNG" in attachments.message.text()
    assert attachments.model.rowCount() == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(attachments.remove_button, Qt.MouseButton.LeftButton)
    assert attachments.model.rowCount() == 1


def test_a_document_still_on_its_way_says_so(qtbot, contact_window: MainWindow) -> None:
    page = contact_window.dossier
    store, person = page._store()
    from desktop.dossier.journal.attachments import add_attachment

    add_attachment(store, person, data=pdf(), title="Overdracht COA", file_name="o.pdf",
                   today=page._today)  # fmt: skip
    with store.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM attachment_content")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    attachments = page.pages["contact"].attachments
    assert attachments.model.index(0, 6).data() == "wordt nog opgehaald"
    attachments.table.setCurrentIndex(attachments.model.index(0, 0))
    attachments.view_current()
    assert "wordt nog opgehaald" in attachments.viewer.note.text()
    assert attachments.viewer.pages == []


def test_a_colleagues_note_is_shown_not_changed(
    qtbot, make_window: Callable[[Path], MainWindow], empty_dir: Path
) -> None:
    from desktop.access.session import unlock as unlock_store
    from desktop.access.users import add_user
    from desktop.dossier import saving

    with unlock_store(empty_dir, PASSPHRASE) as admin:
        with admin.reading() as session:  # the one person of the store
            person_id = session.connection().exec_driver_sql("SELECT id FROM person").scalar()
        saving.save(admin, person_id, "contact_note", {"on_date": "20-02-2025", "category":
                    "bezoek", "source": "vwn", "text": "Huisbezoek gedaan."},
                    today=TODAY)  # fmt: skip
        add_user(admin, "mehmet", "mehmet zijn wachtwoord", params=FAST_KDF)
    window = make_window(empty_dir)
    window.unlock.user_choice.setCurrentText("mehmet")
    unlock(qtbot, window, "mehmet zijn wachtwoord")
    open_dossier(qtbot, window, "Tesfay")
    page = window.dossier
    page.show_tab("contact")
    editor = page.editor("contact_note")
    assert editor.form.save_button.isEnabled()  # a new note of one's own
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    assert editor.form.editors["text"].value() == "Huisbezoek gedaan."
    assert not editor.form.save_button.isEnabled() and not editor.remove_button.isEnabled()
    assert "beheerder" in editor.mode.text()
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.form.save_button.isEnabled()
