"""Attachments between laptops: the description in a batch, the bytes once in their own file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.dossier.journal.attachments import (
    ContentMissing,
    add_attachment,
    content_of,
    remove_attachment,
)
from desktop.dossier.journal.models import Attachment
from desktop.sync import blobs
from desktop.sync.crypto import FileProblem
from desktop.sync.team import current_team
from tests.desktop.dossier.journal.conftest import TODAY, add_person
from tests.desktop.dossier.journal.files import pdf
from tests.desktop.sync.helpers import Fleet, fleet_of

SCAN_PAGES = 40  # about half a megabyte: large next to a batch


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    yield from fleet_of(tmp_path, 2)


def _batches(share: Path) -> list[Path]:
    return sorted((share / "devices").rglob("*.wwb"))


def _blob_files(share: Path) -> list[Path]:
    return sorted((share / blobs.FOLDER).glob(f"*{blobs.SUFFIX}"))


def test_an_attachment_added_on_one_laptop_is_viewable_on_the_other(pair: Fleet) -> None:
    a, b = pair.laptops
    person_id = add_person(a.store)
    scan = pdf(SCAN_PAGES, "Ondertekend PIP van Rami Haddad") + os.urandom(400_000)
    record_id = add_attachment(a.store, person_id, data=scan, title="Ondertekend PIP",
                               file_name="pip-haddad.pdf", today=TODAY)  # fmt: skip
    report = a.sync()
    assert report.documents_sent == 1
    files = _blob_files(a.share)
    assert len(files) == 1
    name = files[0].name
    assert "haddad" not in name.lower() and scan[:64].hex() not in name
    assert b"Haddad" not in files[0].read_bytes()  # encrypted
    assert all(p.stat().st_size < 50_000 for p in _batches(a.share))  # the batch stays small

    report = b.sync()
    assert report.documents_fetched == 1 and report.documents_missing == 0
    assert content_of(b.store, person_id, record_id) == scan

    # A second sync sends and fetches nothing again; later batches stay small too.
    a.edit(Attachment, record_id, title="Ondertekend PIP (versie 1)")
    assert a.sync().documents_sent == 0
    assert b.sync().documents_fetched == 0
    assert all(p.stat().st_size < 50_000 for p in _batches(a.share))

    # A laptop joining later (from a snapshot or the batches) fetches the document too.
    c = pair.laptop()
    assert c.sync().documents_fetched == 1
    assert content_of(c.store, person_id, record_id) == scan


def test_bytes_not_yet_on_the_share_show_as_being_fetched(pair: Fleet) -> None:
    a, b = pair.laptops
    person_id = add_person(a.store)
    record_id = add_attachment(a.store, person_id, data=pdf(), title="Overdrachtsformulier",
                               file_name="coa.pdf", today=TODAY)  # fmt: skip
    a.sync()
    for file in _blob_files(a.share):  # as if A's blob was lost on the way
        file.unlink()
    report = b.sync()
    assert report.documents_missing == 1
    assert "nog op te halen" in report.summary()
    with pytest.raises(ContentMissing):
        content_of(b.store, person_id, record_id)
    a.sync()  # A notices the share lacks it and writes it again
    assert b.sync().documents_fetched == 1
    assert content_of(b.store, person_id, record_id) == pdf()


def test_a_damaged_or_oversized_blob_file_is_refused_and_tried_again(pair: Fleet) -> None:
    a, b = pair.laptops
    person_id = add_person(a.store)
    record_id = add_attachment(a.store, person_id, data=pdf(), title="PIP", file_name="p.pdf",
                               today=TODAY)  # fmt: skip
    a.sync()
    (file,) = _blob_files(a.share)
    good = file.read_bytes()
    file.write_bytes(good[:-5] + b"xxxxx")
    assert b.sync().documents_missing == 1
    with file.open("r+b") as handle:  # a huge file is not read into memory
        handle.truncate(blobs.MAX_FILE + 1)
    assert b.sync().documents_missing == 1
    file.write_bytes(good)
    assert b.sync().documents_fetched == 1
    assert content_of(b.store, person_id, record_id) == pdf()
    team, _ = current_team(b.store)
    with pytest.raises(FileProblem):  # bound to its name: another document's file is refused
        blobs.open_blob(team, "0" * 64, good)


def test_a_deleted_attachment_leaves_the_other_laptop_and_the_share(pair: Fleet) -> None:
    a, b = pair.laptops
    person_id = add_person(a.store)
    record_id = add_attachment(a.store, person_id, data=pdf(), title="PIP", file_name="p.pdf",
                               today=TODAY)  # fmt: skip
    pair.sync_all()
    remove_attachment(a.store, person_id, record_id)
    pair.sync_all()
    with b.store.reading() as session:
        count = session.connection().exec_driver_sql("SELECT COUNT(*) FROM attachment_content")
        assert count.scalar() == 0
    (file,) = _blob_files(a.share)  # kept during the grace period...
    old = time.time() - blobs.GRACE_SECONDS - 60
    os.utime(file, (old, old))
    b.sync()  # ...then removed by whoever syncs next
    assert _blob_files(a.share) == []


def test_retention_on_one_laptop_removes_the_bytes_on_the_other(pair: Fleet) -> None:
    from datetime import date

    from desktop.access.session import start_session
    from desktop.domain.enums import EndKind
    from desktop.domain.model import Trajectory
    from desktop.privacy import retention

    a, b = pair.laptops
    start_session(a.store)  # the first user of laptop A is its admin
    person_id = add_person(a.store)
    add_attachment(a.store, person_id, data=pdf(), title="PIP", file_name="p.pdf", today=TODAY)
    with a.store.transaction() as session:
        trajectory = session.query(Trajectory).one()
        trajectory.end_kind, trajectory.end_date = EndKind.VOLDAAN, date(2019, 6, 30)
    pair.sync_all()
    assert b.sync().documents_missing == 0
    retention.set_retention_years(a.store, 5)
    retention.delete_dossiers(a.store, [person_id], today=TODAY)
    pair.sync_all()
    for laptop in (a, b):
        with laptop.store.reading() as session:
            connection = session.connection()
            for table in ("attachment", "attachment_content"):
                count = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar()
                assert count == 0, (laptop.name, table)
