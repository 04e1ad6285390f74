"""List forms after a sync: a row being changed here and there is asked about, never
overwritten silently; rows a sync added or removed come and go without losing what is typed.

Each test starts from no data folder (first run through the real screens) on "this laptop";
a colleague's laptop is a second real store in the same team folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop.domain.enums import ResidenceKind
from desktop.domain.model import ProgressTalk, Residence
from desktop.dossier.journal.models import ContactNote, NoteCategory, NoteSource
from desktop.store import Store
from desktop.sync.engine import synchronise
from tests.ui.two_laptops import colleague, new_laptop, sync
from ui.main_window import MainWindow


def _colleague_adds(other: Store, share: Path, *records: object) -> list[str]:
    with other.transaction() as session:
        session.add_all(records)
        session.flush()
        ids = [record.id for record in records]  # type: ignore[attr-defined]
    synchronise(other, share)
    return ids


def _colleague_changes(other: Store, share: Path, table: type, record_id: str, **values) -> None:
    with other.transaction() as session:
        record = session.get(table, record_id)
        for key, value in values.items():
            setattr(record, key, value)
    synchronise(other, share)


def _colleague_removes(other: Store, share: Path, table: type, record_id: str) -> None:
    with other.transaction() as session:
        session.delete(session.get(table, record_id))
    synchronise(other, share)


def _open_tab(qtbot, window: MainWindow, person_id: str, tab: str) -> None:
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        window.open_person(person_id)
    window.dossier.show_tab(tab)


def _sync_and_reload(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.dossier.loaded, timeout=20_000):
        sync(qtbot, window)


def _choose_row(qtbot, editor, record_id: str) -> None:
    row = editor.model.row_of(record_id)
    assert row >= 0
    rect = editor.table.visualRect(editor.model.index(row, 0))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.editing_id == record_id


def _retype(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _residence(
    person_id: str, location: str, start: date = date(2025, 1, 10), end: date | None = None
) -> Residence:
    return Residence(person_id=person_id, kind=ResidenceKind.AZC, location=location,
                     start_date=start, end_date=end)  # fmt: skip


def _residence_clash(qtbot, make_window, tmp_path: Path) -> tuple[Any, Any, str]:
    """A residence whose location is typed here (not saved) while the colleague changes its
    location and end date and syncs: (window, editor, the residence's id), the clash shown."""
    other, share, person_id = colleague(tmp_path)
    (home,) = _colleague_adds(other, share, _residence(person_id, "AZC Zwolle"))
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    _open_tab(qtbot, window, person_id, "housing")
    editor = window.dossier.editor("residence")
    _choose_row(qtbot, editor, home)
    _retype(qtbot, editor.form.editors["location"].widget, "AZC Dalfsen")  # typed, not saved
    _colleague_changes(other, share, Residence, home, location="AZC Ommen",
                       end_date=date(2025, 2, 1))  # fmt: skip
    other.close()
    _sync_and_reload(qtbot, window)
    form = editor.form
    qtbot.waitUntil(lambda: form.clash_box is not None and form.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    return window, editor, home


def test_a_residence_changed_on_both_laptops_shows_both_and_takes_theirs(
    qtbot, make_window, tmp_path: Path
) -> None:
    _window, editor, home = _residence_clash(qtbot, make_window, tmp_path)
    form = editor.form
    location = form.editors["location"].widget
    text = form.clash_box.text()
    assert "AZC Dalfsen" in text and "AZC Ommen" in text  # both values shown
    assert location.text() == "AZC Dalfsen"  # never overwritten before the answer
    assert form.editors["end_date"].value() == "01-02-2025"  # untouched here: theirs
    assert editor.editing_id == home  # still changing the same row
    assert form.clash_box.findChild(QPushButton, "keep_both") is None  # one line: no "both"
    qtbot.mouseClick(form.clash_box.findChild(QPushButton, "take_theirs"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert location.text() == "AZC Ommen"
    assert not form.has_changes()


def test_keep_mine_on_a_residence_saves_mine_beside_their_other_change(
    qtbot, make_window, tmp_path: Path
) -> None:
    window, editor, home = _residence_clash(qtbot, make_window, tmp_path)
    form = editor.form
    qtbot.mouseClick(form.clash_box.findChild(QPushButton, "keep_mine"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with window.store.reading() as session:
        stored = session.get(Residence, home)
        assert (stored.location, stored.end_date) == ("AZC Dalfsen", date(2025, 2, 1))
        assert len(list(session.scalars(select(Residence)))) == 1  # changed, not added


def test_a_journal_note_changed_on_both_laptops_can_keep_both_texts(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    with window.store.transaction() as session:  # my note, written earlier on this laptop
        note = ContactNote(person_id=person_id, on_date=date(2025, 2, 1),
                           category=NoteCategory.TELEFOON, source=NoteSource.INBURGERAAR,
                           text="Gebeld over de les.")  # fmt: skip
        session.add(note)
        session.flush()
        note_id = note.id
    sync(qtbot, window)
    _open_tab(qtbot, window, person_id, "contact")
    editor = window.dossier.editor("contact_note")
    _choose_row(qtbot, editor, note_id)
    text = editor.form.editors["text"].widget
    text.selectAll()
    qtbot.keyClicks(text, "Gebeld: komt dinsdag.")
    synchronise(other, share)
    _colleague_changes(other, share, ContactNote, note_id, text="Gebeld: ziek gemeld.")
    other.close()
    _sync_and_reload(qtbot, window)
    form = editor.form
    qtbot.waitUntil(lambda: form.clash_box is not None and form.clash_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    assert "komt dinsdag" in form.clash_box.text() and "ziek gemeld" in form.clash_box.text()
    assert text.toPlainText() == "Gebeld: komt dinsdag."
    qtbot.mouseClick(form.clash_box.findChild(QPushButton, "keep_both"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert text.toPlainText() == "Gebeld: ziek gemeld.\n\nGebeld: komt dinsdag."
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with window.store.reading() as session:
        assert session.get(ContactNote, note_id).text.endswith("komt dinsdag.")


def test_a_row_removed_on_the_other_laptop_while_changed_here_is_asked_about(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    before = _residence(person_id, "ROL Budel", date(2024, 6, 1), date(2025, 1, 9))
    home, other_home = _colleague_adds(other, share, _residence(person_id, "AZC Zwolle"), before)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    _open_tab(qtbot, window, person_id, "housing")
    editor = window.dossier.editor("residence")
    _choose_row(qtbot, editor, home)
    _retype(qtbot, editor.form.editors["location"].widget, "AZC Dalfsen")
    _colleague_removes(other, share, Residence, home)
    other.close()
    _sync_and_reload(qtbot, window)
    qtbot.waitUntil(lambda: editor.gone_box is not None and editor.gone_box.isVisible(),
                    timeout=10_000)  # fmt: skip
    assert editor.model.rowCount() == 1  # the removed row is gone from the list
    assert editor.form.editors["location"].value() == "AZC Dalfsen"  # nothing lost
    qtbot.mouseClick(editor.gone_box.findChild(QPushButton, "keep_mine"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert editor.editing_id is None
    with qtbot.waitSignal(window.dossier.loaded, timeout=10_000):
        qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
    with window.store.reading() as session:
        locations = sorted(r.location for r in session.scalars(select(Residence)))
    assert locations == ["AZC Dalfsen", "ROL Budel"]
    assert other_home != home


def test_rows_a_sync_adds_appear_and_the_new_entry_being_typed_stays(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    _open_tab(qtbot, window, person_id, "housing")
    editor = window.dossier.editor("residence")
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    _retype(qtbot, editor.form.editors["location"].widget, "AZC Dalfsen")
    (home,) = _colleague_adds(other, share, _residence(person_id, "AZC Zwolle"))
    other.close()
    _sync_and_reload(qtbot, window)
    assert editor.model.row_of(home) == 0  # their row is listed
    assert editor.editing_id is None  # still adding a new entry
    assert editor.form.editors["location"].value() == "AZC Dalfsen"
    assert editor.form.clash_box is None


def test_a_progress_talk_being_typed_stays_while_a_synced_talk_is_listed(
    qtbot, make_window, tmp_path: Path
) -> None:
    other, share, person_id = colleague(tmp_path)
    window = new_laptop(qtbot, make_window, tmp_path, share)
    sync(qtbot, window)
    _open_tab(qtbot, window, person_id, "progress_talk")
    page = window.dossier.pages["progress_talk"]
    summary = page.form.editors["summary"].widget
    qtbot.keyClicks(summary, "Gaat goed met de les.")
    _colleague_adds(other, share, ProgressTalk(person_id=person_id, held_on=date(2025, 2, 3),
                                               summary="Eerste gesprek bij Bram."))  # fmt: skip
    other.close()
    _sync_and_reload(qtbot, window)
    assert page.earlier.count() == 1 and "Eerste gesprek" in page.earlier.item(0).text()
    assert summary.toPlainText() == "Gaat goed met de les."
    assert page.form.clash_box is None
