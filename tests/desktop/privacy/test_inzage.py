"""Inzage: one action gives everything held about a person, as JSON and a PDF; audited."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum

import pypdfium2 as pdfium

from desktop.access import review
from desktop.audit.trail import Action
from desktop.privacy.holdings import holdings
from desktop.privacy.inzage import file_stem, make_inzage
from desktop.store import Store
from tests.desktop.privacy.people import BSN, HEALTH_NOTE, NAME, add_demo_person

TODAY = date(2025, 3, 1)


def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_inzage_holds_every_value_of_every_record(admin_store: Store) -> None:
    person_id = add_demo_person(admin_store)
    inzage = make_inzage(admin_store, person_id, today=TODAY)
    data = json.loads(inzage.json)
    with admin_store.reading() as session:
        expected = list(holdings(session.connection(), person_id))
    assert inzage.records == len(expected) == 8
    assert {table.name for table, _row in expected} == {
        "person",
        "trajectory",
        "residence",
        "brede_intake",
        "intake_domain",
        "pip",
        "pip_agreement",
        "progress_talk",
    }
    held = {(t, r["id"]): r for t, rows in data["records"].items() for r in rows}
    for table, row in expected:
        exported = held[(table.name, row["id"])]
        for column, value in row.items():
            plain = value.isoformat() if isinstance(value, date | datetime) else value
            assert exported[column] == (plain.value if isinstance(plain, Enum) else plain)
    assert data["consultant"] == "Anna de Vries"
    assert HEALTH_NOTE in inzage.json.decode()  # the person may see their health notes


def test_the_pdf_is_readable_for_the_person_and_the_inzage_is_audited(admin_store: Store) -> None:
    person_id = add_demo_person(admin_store)
    inzage = make_inzage(admin_store, person_id, today=TODAY)
    text = _pdf_text(inzage.pdf)
    for expected in (
        "Inzage in uw gegevens",
        NAME[0],
        NAME[1],
        BSN,
        "Huisarts bezoeken",
        "Anna de Vries",
        "ዮሃንስ",
    ):
        assert expected in text
    assert "Wie uw dossier heeft gebruikt" in text
    entries = review.entries(admin_store, person_id=person_id, action=Action.INZAGE)
    assert len(entries) == 1 and entries[0].actor == "beheerder"
    assert NAME[1] not in file_stem(person_id, TODAY) and file_stem(person_id, TODAY).startswith(
        "inzage-2025-03-01-"
    )
