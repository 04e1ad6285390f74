"""The PIP for partners: only with the person's consent, only what the partner needs, audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.documents import HandoutMaker
from desktop.documents.partners import (
    NoConsent,
    give_consent,
    make_partner_pip,
    valid_consent,
    withdraw_consent,
)
from desktop.domain.enums import Recipient
from desktop.store import Store
from desktop.sync.tables import table_named
from tests.desktop.documents.conftest import HEALTH_SECRET, TODAY, pdf_text
from tests.desktop.documents.test_archive import check_pdfa_2b


def _audit(store: Store, action: Action) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action.value)))


def test_without_consent_no_partner_document_is_made(
    store: Store, people: dict[str, str], maker: HandoutMaker
) -> None:
    with pytest.raises(NoConsent, match="geen geldige toestemming"):
        make_partner_pip(store, maker, people["ar"], Recipient.TAALAANBIEDER, today=TODAY)
    (refused,) = _audit(store, Action.REFUSED)
    assert refused.person_id == people["ar"] and "taalaanbieder" in refused.detail
    assert _audit(store, Action.EXPORT) == []


def test_the_language_school_gets_the_language_agreements_and_nothing_else(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    consent = give_consent(
        store, people["ar"], Recipient.TAALAANBIEDER, given_on=date(2025, 1, 6),
        recipient_name="NT2 Centrum Vechtdal",
    )  # fmt: skip
    document = make_partner_pip(store, maker, people["ar"], Recipient.TAALAANBIEDER, today=TODAY)
    assert document.consent_id == consent
    text = pdf_text(document.pdf, tmp_path)
    assert "Rami Haddad" in text and "NT2 Centrum Vechtdal" in text
    assert "dagdelen" in text  # the agreement on language
    assert "PTSS" not in text and HEALTH_SECRET not in text
    assert "Reiskosten" not in text  # the support is not the school's business
    assert "6 januari 2025" in text  # the consent it was made under
    check_pdfa_2b(document.pdf, "PIP voor de taalaanbieder")
    (shared,) = _audit(store, Action.EXPORT)
    assert shared.person_id == people["ar"] and shared.record_id == consent


def test_the_vwn_begeleider_gets_dates_and_support_but_not_the_language_agreements(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    give_consent(store, people["ar"], Recipient.VWN_BEGELEIDER, given_on=date(2025, 1, 6))
    with pytest.raises(NoConsent):  # a consent for VWN is none for the school
        make_partner_pip(store, maker, people["ar"], Recipient.TAALAANBIEDER, today=TODAY)
    document = make_partner_pip(store, maker, people["ar"], Recipient.VWN_BEGELEIDER, today=TODAY)
    text = pdf_text(document.pdf, tmp_path)
    assert "Reiskosten" in text and "9 december 2024" in text  # support, beschikking
    assert "dagdelen" not in text and "PTSS" not in text


def test_a_withdrawn_consent_stops_sharing_from_that_day(
    store: Store, people: dict[str, str], maker: HandoutMaker
) -> None:
    consent = give_consent(store, people["ar"], Recipient.TAALAANBIEDER, given_on=date(2025, 1, 6))
    withdraw_consent(store, consent, on=TODAY)
    assert valid_consent(store, people["ar"], Recipient.TAALAANBIEDER, date(2025, 3, 9))
    assert valid_consent(store, people["ar"], Recipient.TAALAANBIEDER, TODAY) is None
    with pytest.raises(NoConsent):
        make_partner_pip(store, maker, people["ar"], Recipient.TAALAANBIEDER, today=TODAY)


def test_consents_sync_between_the_teams_laptops() -> None:
    table = table_named("consent")
    assert table is not None and "withdrawn_on" in table.fields
