"""Every action leaves an entry: who, when, what record and field, never the content."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.access import review
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action, record, record_for_people
from desktop.domain.model import IntakeDomain, Person, ProgressTalk
from desktop.dossier.operations import save_form
from desktop.dossier.records import remove_record
from desktop.exchange import dumps, export_data, import_data
from desktop.exchange.importer import parse_exchange
from desktop.privacy.inzage import make_inzage
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.privacy.people import BSN, HEALTH_NOTE, NAME, add_demo_person

TODAY = date(2025, 3, 1)


def _trail(store: Store, person_id: str) -> list[review.EntryView]:
    return review.entries(store, person_id=person_id)


def test_changes_are_audited_with_fields_but_without_values(admin_store: Store) -> None:
    person_id = add_demo_person(admin_store)
    created = _trail(admin_store, person_id)
    assert {e.record_table for e in created} >= {"person", "trajectory", "intake_domain", "pip"}
    assert {e.action for e in created} == {Action.CREATE.value}

    with admin_store.transaction() as session:
        note = session.scalars(select(IntakeDomain)).one()
        note.notes = HEALTH_NOTE + " en hoofdpijn"
        person = session.get(Person, person_id)
        assert person is not None
        person.phone = "0687654321"
    changes = [e for e in _trail(admin_store, person_id) if e.action == Action.CHANGE.value]
    assert {(e.record_table, e.fields) for e in changes} == {
        ("intake_domain", "notes"),
        ("person", "phone"),
    }
    # A dossier form save (through the dossier operations) is audited by the same hook.
    kek = {"held_on": "20-03-2019", "place": "rol", "interpreter_mode": "telefonisch"}
    save_form(admin_store, person_id, "koffie_en_koek", kek, today=TODAY)
    assert any(e.record_table == "koffie_en_koek" for e in _trail(admin_store, person_id))
    # Bulk deletes (the dossier's remove_record) and ORM deletes alike.
    with admin_store.transaction() as session:
        talk = session.scalars(select(ProgressTalk)).one()
        remove_record(session, ProgressTalk, person_id, talk.id)
    deletes = [e for e in _trail(admin_store, person_id) if e.action == Action.DELETE.value]
    assert [(e.record_table, e.record_id) for e in deletes] == [("progress_talk", talk.id)]

    with admin_store.reading() as session:
        stored = json.dumps(
            [
                [getattr(e, c.name) for c in AuditEntry.__table__.columns]
                for e in session.scalars(select(AuditEntry))
            ],
            default=str,
        )
    for secret in ("hartklachten", "hoofdpijn", "0687654321", BSN, NAME[1]):
        assert secret not in stored


def test_open_print_export_import_inzage_and_login_are_audited(
    admin_store: Store, tmp_path: Path
) -> None:
    person_id = add_demo_person(admin_store)
    record(admin_store, Action.OPEN, person_id=person_id)
    record(admin_store, Action.PRINT, person_id=person_id, detail="klantreis ti")
    with admin_store.reading() as session:
        document = export_data(session, [person_id])
    record_for_people(admin_store, Action.EXPORT, [person_id], detail="uitwisselbestand")
    make_inzage(admin_store, person_id, today=TODAY)

    other, _key = Store.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    with other:
        import_data(other, parse_exchange(dumps(document)), today=TODAY)
        with other.reading() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.person_id == person_id))
            imported = [e.action for e in rows]
        assert imported == [Action.IMPORT.value]

    actions = [e.action for e in _trail(admin_store, person_id)]
    for action in (Action.OPEN, Action.PRINT, Action.EXPORT, Action.INZAGE):
        assert action.value in actions
    everyone = [e.action for e in review.entries(admin_store)]
    assert everyone.count(Action.LOGIN.value) == 1


def test_filters_per_person_and_user_and_export(admin_store: Store) -> None:
    first = add_demo_person(admin_store)
    record(admin_store, Action.OPEN, person_id=first)
    admin_store.user = "anna"  # as if Anna did this (the hook uses store.user)
    record(admin_store, Action.PRINT, person_id=first)
    admin_store.user = "beheerder"
    by_anna = review.entries(admin_store, actor="anna")
    assert [(e.actor, e.action) for e in by_anna] == [("anna", Action.PRINT.value)]
    opens = review.entries(admin_store, person_id=first, action=Action.OPEN)
    assert len(opens) == 1

    csv_bytes = review.export(admin_store, review.entries(admin_store, person_id=first))
    text = csv_bytes.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("moment (UTC);gebruiker;actie")
    assert "De audittrail is intact" in text
    data = json.loads(review.export(admin_store, by_anna, kind="json"))
    assert data["check"]["intact"] and data["entries"][0]["actor"] == "anna"
    exports = review.entries(admin_store, action=Action.AUDIT_EXPORT)
    assert len(exports) == 2
