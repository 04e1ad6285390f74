"""Attachments: type by content, size limit, bytes inside the database, inzage and retention."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.access.session import start_session
from desktop.audit.models import AuditEntry
from desktop.domain.enums import EndKind
from desktop.domain.model import Trajectory
from desktop.dossier.journal.attachments import (
    MAX_SIZE,
    ContentMissing,
    EmptyFile,
    TooLarge,
    WrongType,
    add_attachment,
    content_of,
    load_attachments,
    read_upload,
    remove_attachment,
    save_copy,
)
from desktop.dossier.journal.models import AttachmentContent, AttachmentKind
from desktop.privacy import retention
from desktop.privacy.inzage import make_inzage
from desktop.store import Store
from tests.desktop.dossier.journal.conftest import TODAY, add_person
from tests.desktop.dossier.journal.files import pdf, png


def _add(store: Store, person_id: str, data: bytes, name: str = "pip-rami-haddad.pdf") -> str:
    return add_attachment(store, person_id, data=data, title="Ondertekend PIP", file_name=name,
                          today=TODAY)  # fmt: skip


def _contents(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentContent)) or 0)


def test_type_is_recognised_by_content_not_by_name(
    store: Store, person_id: str, tmp_path: Path
) -> None:
    scan = pdf()
    _add(store, person_id, scan, name="scan.png")  # a misleading name does not matter
    _add(store, person_id, png(), name="foto.pdf")
    with store.reading() as session:
        rows = load_attachments(session, person_id)
    assert sorted(r.kind for r in rows) == [AttachmentKind.PDF, AttachmentKind.PNG]
    assert all(r.available for r in rows)
    disguised = tmp_path / "pip.pdf"
    disguised.write_bytes(b"MZ\x90\x00 not a document at all")
    with pytest.raises(WrongType) as refused:
        _add(store, person_id, read_upload(disguised))
    assert "geen PDF, JPEG of PNG" in str(refused.value)
    with pytest.raises(EmptyFile):
        _add(store, person_id, b"")


def test_too_large_is_refused_with_a_clear_message_without_reading_it_all(
    store: Store, person_id: str, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_SIZE + 1)
    with pytest.raises(TooLarge) as refused:
        read_upload(big)
    assert str(refused.value).startswith(
        "Dit bestand is 10 MB groot; een bijlage mag hoogstens 10 MB"
    )
    with pytest.raises(TooLarge):
        _add(store, person_id, b"%PDF-" + bytes(MAX_SIZE))
    assert _contents(store) == 0


def test_bytes_are_stored_once_and_go_with_their_last_attachment(
    store: Store, person_id: str
) -> None:
    scan = pdf()
    other = add_person(store, "Senait", "Tesfay")
    first = _add(store, person_id, scan)
    second = _add(store, other, scan)  # the same scan in a second dossier
    assert _contents(store) == 1
    assert content_of(store, person_id, first) == scan
    remove_attachment(store, person_id, first)
    assert _contents(store) == 1
    remove_attachment(store, other, second)
    assert _contents(store) == 0


def test_missing_bytes_say_they_are_still_being_fetched(store: Store, person_id: str) -> None:
    record_id = _add(store, person_id, pdf())
    with store.transaction() as session:
        session.execute(AttachmentContent.__table__.delete())  # type: ignore[attr-defined]
    with store.reading() as session:
        assert [r.available for r in load_attachments(session, person_id)] == [False]
    with pytest.raises(ContentMissing) as missing:
        content_of(store, person_id, record_id)
    assert "wordt nog opgehaald" in str(missing.value)


def test_a_saved_copy_is_audited_without_its_name(
    store: Store, person_id: str, tmp_path: Path
) -> None:
    scan = pdf()
    record_id = _add(store, person_id, scan)
    target = tmp_path / "export" / "kopie.pdf"
    target.parent.mkdir()
    save_copy(store, person_id, record_id, target)
    assert target.read_bytes() == scan
    with store.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document opgeslagen")
        ).one()
    assert (entry.person_id, entry.record_id) == (person_id, record_id)
    assert entry.detail == "kopie van bijlage"  # no file name, no folder


def test_inzage_lists_attachments_and_adds_the_documents(store: Store, person_id: str) -> None:
    scan, photo = pdf(), png()
    _add(store, person_id, scan)
    _add(store, person_id, photo, name="brief.png")
    made = make_inzage(store, person_id, today=TODAY)
    data = json.loads(made.json)
    listed = data["records"]["attachment"]
    assert sorted(a["file_name"] for a in listed) == ["brief.png", "pip-rami-haddad.pdf"]
    files = dict(made.attachments)
    assert sorted(files) == ["bijlage-01.pdf", "bijlage-02.png"] or sorted(files) == [
        "bijlage-01.png", "bijlage-02.pdf"]  # fmt: skip
    assert sorted(files.values()) == sorted([scan, photo])
    assert {a["bestand"] for a in listed} == set(files)
    assert all("haddad" not in name for name in files)  # nothing personal in the file names


def test_retention_removes_notes_attachments_and_their_bytes(tmp_path: Path) -> None:
    from desktop.dossier import saving
    from tests.conftest import FAST_KDF, PASSPHRASE

    store, _ = Store.create(tmp_path / "data", PASSPHRASE, params=FAST_KDF)
    with store:
        start_session(store)
        person_id = add_person(store)
        with store.transaction() as session:
            trajectory = session.scalars(select(Trajectory)).one()
            trajectory.end_kind, trajectory.end_date = EndKind.VOLDAAN, date(2019, 12, 31)
        saving.save(store, person_id, "contact_note", {"on_date": "01-12-2019", "category":
                    "bezoek", "source": "coa", "text": "Huisbezoek met de casemanager"},
                    today=TODAY)  # fmt: skip
        _add(store, person_id, b"%PDF-1.4 geheim gescand document")
        retention.set_retention_years(store, 5)
        retention.delete_dossiers(store, [person_id], today=TODAY)
        assert _contents(store) == 0
        with store.reading() as session:
            connection = session.connection()
            for table in ("contact_note", "attachment", "attachment_content"):
                count = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar()
                assert count == 0, table
