"""Retention and inzage reach everything the database holds about a person: records deleted
earlier whose values the sync register keeps, the household, and the share files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desktop.access.session import start_session
from desktop.access.team import create_team, sync
from desktop.domain.model import Household, Person
from desktop.dossier.journal.models import ContactNote, NoteCategory, NoteSource
from desktop.privacy import retention
from desktop.privacy.inzage import make_inzage
from desktop.store import Store, settings
from desktop.sync.crypto import KIND_BATCH, KIND_SNAPSHOT
from desktop.sync.laptops import open_trust
from desktop.sync.signed import envelope, open_payload
from tests.conftest import FAST_KDF
from tests.desktop.privacy.people import NAME, add_demo_person
from tests.desktop.privacy.test_retention import ENDED, everything
from tests.desktop.sync.helpers import fleet_of

OLD_NOTE = "Vertelde over schulden bij de Belastingdienst"


def _note(store: Store, person_id: str) -> str:
    with store.transaction() as session:
        note = ContactNote(person_id=person_id, on_date=date(2019, 6, 1), text=OLD_NOTE,
                           category=NoteCategory.TELEFOON, source=NoteSource.VWN)  # fmt: skip
        session.add(note)
        session.flush()
        return note.id


def _delete_note(store: Store, note_id: str) -> None:
    with store.transaction() as session:
        session.delete(session.get(ContactNote, note_id))


def _own_files(store: Store, share: Path) -> dict[str, bytes]:
    device = settings.SYNC_DEVICE.get(store)
    return {p.name: p.read_bytes() for p in (share / "devices" / device).glob("*.ww?")}


def test_retention_purges_what_the_register_kept_and_renews_the_share(tmp_path: Path) -> None:
    for fleet in fleet_of(tmp_path, 2):
        a, b = fleet.laptops
        start_session(a.store)
        person_id = add_demo_person(a.store, ended=ENDED)
        note_id = _note(a.store, person_id)
        fleet.sync_all()
        _delete_note(a.store, note_id)  # an ordinary deletion, long before the retention
        fleet.sync_all()
        for laptop in (a, b):  # the register keeps the text (a concurrent edit may need it)
            assert OLD_NOTE in everything(laptop.store)
        before = _own_files(a.store, fleet.share)
        retention.set_retention_years(a.store, 5)
        retention.delete_dossiers(a.store, [person_id], today=date(2025, 3, 1))
        fleet.sync_all(rounds=3)
        for laptop in (a, b):
            text = everything(laptop.store)
            assert OLD_NOTE not in text and NAME[1] not in text, laptop.name
        after = _own_files(a.store, fleet.share)
        assert not set(before) & set(after)  # every older file of A's is gone
        _share, trust = open_trust(a.store)
        for name, data in after.items():  # and what is left holds none of it
            found = envelope(data, KIND_SNAPSHOT if name.endswith(".wws") else KIND_BATCH)
            payload = open_payload(found, trust.data_keys[found.statement.key][1])
            plain = json.dumps(payload, ensure_ascii=False)
            assert OLD_NOTE not in plain and NAME[1] not in plain, name


def test_inzage_includes_the_household_and_what_the_register_holds(
    admin_store: Store, tmp_path: Path
) -> None:
    person_id = add_demo_person(admin_store)
    with admin_store.transaction() as session:
        household = Household(label="Familie Gebremariam")
        session.add(household)
        session.flush()
        session.get(Person, person_id).household_id = household.id  # type: ignore[union-attr]
    # The register holds values once a sync has captured the changes.
    (tmp_path / "share").mkdir()
    create_team(admin_store, tmp_path / "share", "een team dat hier alleen test", params=FAST_KDF)
    note_id = _note(admin_store, person_id)
    sync(admin_store)
    _delete_note(admin_store, note_id)
    sync(admin_store)
    made = make_inzage(admin_store, person_id, today=date(2025, 3, 1))
    data = json.loads(made.json)
    assert data["records"]["household"][0]["label"] == "Familie Gebremariam"
    held = [v for v in data["register"] if v["onderdeel"] == "contact_note"]
    assert held and any(OLD_NOTE in json.dumps(v["waarde"]) for v in held)
