"""The contact journal: notes saved through the one write path, searched, own notes only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.dossier import saving
from desktop.dossier.journal.models import ContactNote, NoteCategory, NoteSource
from desktop.dossier.journal.notes import NotYourNote, filter_notes, load_notes
from desktop.dossier.operations import save_draft
from desktop.dossier.validation import ValidationFailed
from desktop.dossier.view import load_dossier
from desktop.journey.rules import load_rules
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.dossier.journal.conftest import TODAY, add_person

NOTE = {"on_date": "27-02-2025", "category": "telefoon", "source": "vwn",
        "text": "Begeleider belde: huurcontract getekend.", "health": False}  # fmt: skip


def _notes(store: Store, person_id: str):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return load_notes(session, person_id)


def test_a_note_is_saved_stamped_and_listed_newest_first(store: Store, person_id: str) -> None:
    save_draft(store, person_id, "contact_note", {**NOTE, "text": "Begeleider bel"})
    saving.save(store, person_id, "contact_note", NOTE, today=TODAY)
    later = {**NOTE, "on_date": "28-02-2025", "category": "signaal", "source": "school",
             "text": "School meldt verzuim van de oudste zoon."}  # fmt: skip
    saving.save(store, person_id, "contact_note", later, today=TODAY)
    notes = _notes(store, person_id)
    assert [(n.on_date, n.category, n.source) for n in notes] == [
        (date(2025, 2, 28), NoteCategory.SIGNAAL, NoteSource.SCHOOL),
        (date(2025, 2, 27), NoteCategory.TELEFOON, NoteSource.VWN),
    ]
    assert {n.author for n in notes} == {store.user}
    dossier = load_dossier(store, person_id, today=TODAY, rules=load_rules())
    assert dossier.forms["contact_note"].draft is None  # saving dropped the draft
    assert dossier.forms["contact_note"].values["on_date"] == "01-03-2025"  # today by default
    assert [n.record_id for n in dossier.notes] == [n.record_id for n in notes]
    with store.reading() as session:
        tables = list(session.scalars(select(AuditEntry.record_table)))
    assert tables.count("contact_note") == 2  # audited


def test_messages_per_field_in_dutch(store: Store, person_id: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        saving.save(store, person_id, "contact_note",
                    {**NOTE, "on_date": "02-03-2025", "text": "  "}, today=TODAY)  # fmt: skip
    assert failed.value.message_for("on_date") and "toekomst" in failed.value.message_for("on_date")
    assert failed.value.message_for("text")
    assert _notes(store, person_id) == []


def test_search_and_hidden_health_notes(store: Store, person_id: str) -> None:
    saving.save(store, person_id, "contact_note", NOTE, today=TODAY)
    health = {**NOTE, "source": "coa", "text": "Casemanager: slaapt slecht, naar de huisarts.",
              "health": True}  # fmt: skip
    saving.save(store, person_id, "contact_note", health, today=TODAY)
    notes = _notes(store, person_id)
    shown, hidden = filter_notes(notes, "", show_health=False)
    assert hidden == 1 and [n.health for n in shown] == [False]
    assert filter_notes(notes, "huisarts", show_health=False) == ([], 1)  # not searched either
    found, _ = filter_notes(notes, "HUISARTS", show_health=True)
    assert [n.source for n in found] == [NoteSource.COA]
    found, _ = filter_notes(notes, "vwn huurcontract", show_health=True)
    assert [n.source for n in found] == [NoteSource.VWN]


def test_only_the_author_changes_or_deletes_a_note(tmp_path: Path) -> None:
    from desktop.access.session import unlock
    from desktop.access.users import add_user

    folder = tmp_path / "data"
    store, _ = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    store.close()
    with unlock(folder, PASSPHRASE) as admin:
        person_id = add_person(admin)
        saved = saving.save(admin, person_id, "contact_note", NOTE, today=TODAY)
        add_user(admin, "mehmet", "mehmet zijn wachtwoord", params=FAST_KDF)
    with unlock(folder, "mehmet zijn wachtwoord") as other:
        edit = {**NOTE, "text": "Anders", "record_id": saved.record_id}
        with pytest.raises(NotYourNote) as refused:
            saving.save(other, person_id, "contact_note", edit, today=TODAY)
        assert "beheerder" in str(refused.value) and "Alleen de schrijver" in str(refused.value)
        with pytest.raises(NotYourNote):
            saving.remove(other, person_id, "contact_note", saved.record_id)
    with unlock(folder, PASSPHRASE) as admin:
        edit = {**NOTE, "text": "Aangevuld", "record_id": saved.record_id}
        saving.save(admin, person_id, "contact_note", edit, today=TODAY)
        assert [n.text for n in _notes(admin, person_id)] == ["Aangevuld"]
        saving.remove(admin, person_id, "contact_note", saved.record_id)
        with admin.reading() as session:
            assert session.query(ContactNote).count() == 0
