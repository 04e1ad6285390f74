"""Papers from the dossier: PIP to sign, partners' PIPs, Brede Intake, overdracht."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.documents import HandoutMaker
from desktop.documents.dossier_papers import (
    PAPER_NAMES,
    NoIntake,
    PaperKind,
    make_paper,
)
from desktop.documents.partners import NoConsent, give_consent, withdraw_consent
from desktop.domain.enums import LifeDomain, Recipient
from desktop.domain.model import BredeIntake, IntakeDomain
from desktop.store import Store
from tests.desktop.documents.conftest import HEALTH_SECRET, TODAY, pdf_text, pdfium_text
from tests.desktop.documents.test_archive import check_pdfa_2b


def _audit(store: Store, action: Action) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action.value)))


def _intake(store: Store, person_id: str) -> None:
    with store.transaction() as session:
        intake = BredeIntake(
            person_id=person_id, started_on=date(2024, 10, 1), completed_on=date(2024, 10, 15)
        )
        session.add(intake)
        session.flush()
        session.add(IntakeDomain(intake_id=intake.id, domain=LifeDomain.TAALNIVEAU,
                                 assessment="aandacht nodig",
                                 notes="Spreekt nog weinig Nederlands.",
                                 details=json.dumps({"niveau": "A1"})))  # fmt: skip
        session.add(IntakeDomain(intake_id=intake.id, domain=LifeDomain.GEZONDHEID_MENTAAL,
                                 assessment="zorg", notes=HEALTH_SECRET))  # fmt: skip


def test_the_pip_to_sign_has_every_agreement_and_two_signature_lines(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    paper = make_paper(store, maker, people["ar"], PaperKind.PIP_ONDERTEKENING, today=TODAY)
    text = pdf_text(paper.pdf, tmp_path)
    assert "Rami Haddad" in text and "dagdelen" in text and "Reiskosten" in text
    assert "Handtekening inburgeraar" in text and "Handtekening consulent" in text
    assert "Anna de Vries" in text
    assert paper.consent_id is None and paper.file_name == "pip_ondertekening.pdf"
    check_pdfa_2b(paper.pdf, PAPER_NAMES[PaperKind.PIP_ONDERTEKENING])
    (made,) = _audit(store, Action.EXPORT)
    assert made.person_id == people["ar"] and made.detail == "PIP om te ondertekenen"


def test_the_intake_summary_leaves_health_in_the_dossier(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    with pytest.raises(NoIntake, match="nog geen Brede Intake"):
        make_paper(store, maker, people["ar"], PaperKind.BREDE_INTAKE, today=TODAY)
    _intake(store, people["ar"])
    paper = make_paper(store, maker, people["ar"], PaperKind.BREDE_INTAKE, today=TODAY)
    text = pdfium_text(paper.pdf)
    assert "Spreekt nog weinig Nederlands." in text and "niveau: A1" in text
    assert "Afspraak: Volgt de B1-route" in text
    assert "Gezondheid (psychisch)" in text and HEALTH_SECRET not in text
    assert "zorg" not in text  # not even the assessment of a health domain
    assert "Handtekening inburgeraar" in text and "15 oktober 2024" in text
    check_pdfa_2b(paper.pdf, PAPER_NAMES[PaperKind.BREDE_INTAKE])


def test_the_overdracht_needs_consent_and_names_it(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    with pytest.raises(NoConsent, match="over te dragen aan de nieuwe gemeente"):
        make_paper(store, maker, people["ti"], PaperKind.OVERDRACHT, today=TODAY)
    (refused,) = _audit(store, Action.REFUSED)
    assert refused.detail == PAPER_NAMES[PaperKind.OVERDRACHT]
    consent = give_consent(store, people["ti"], Recipient.NIEUWE_GEMEENTE,
                           given_on=date(2025, 3, 3), recipient_name="Gemeente Zwolle")  # fmt: skip
    paper = make_paper(store, maker, people["ti"], PaperKind.OVERDRACHT, today=TODAY)
    text = pdfium_text(paper.pdf)
    assert "Senait Tesfay" in text and "3 maart 2025" in text and "uitwisselbestand" in text
    assert "Koffie en Koek" in text and "Anna de Vries" in text
    assert HEALTH_SECRET not in text
    check_pdfa_2b(paper.pdf, PAPER_NAMES[PaperKind.OVERDRACHT])
    (made,) = _audit(store, Action.EXPORT)
    assert made.record_id == consent and paper.consent_id == consent
    withdraw_consent(store, consent, on=TODAY)
    with pytest.raises(NoConsent):
        make_paper(store, maker, people["ti"], PaperKind.OVERDRACHT, today=TODAY)


@pytest.mark.parametrize(
    ("kind", "recipient"),
    [(PaperKind.PIP_TAALAANBIEDER, Recipient.TAALAANBIEDER),
     (PaperKind.PIP_VWN, Recipient.VWN_BEGELEIDER)],
)  # fmt: skip
def test_partner_pips_go_through_the_consent(
    store: Store, people: dict[str, str], maker: HandoutMaker, kind: PaperKind,
    recipient: Recipient,
) -> None:  # fmt: skip
    with pytest.raises(NoConsent):
        make_paper(store, maker, people["ar"], kind, today=TODAY)
    consent = give_consent(store, people["ar"], recipient, given_on=date(2025, 1, 6))
    paper = make_paper(store, maker, people["ar"], kind, today=TODAY)
    assert paper.consent_id == consent and HEALTH_SECRET not in pdfium_text(paper.pdf)


def test_papers_render_to_pages(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    """Each paper renders to page images (pdftoppm), for someone to look at."""
    _intake(store, people["ar"])
    give_consent(store, people["ar"], Recipient.NIEUWE_GEMEENTE, given_on=date(2025, 3, 3))
    for kind in (PaperKind.PIP_ONDERTEKENING, PaperKind.BREDE_INTAKE, PaperKind.OVERDRACHT):
        source = tmp_path / f"{kind.value}.pdf"
        source.write_bytes(make_paper(store, maker, people["ar"], kind, today=TODAY).pdf)
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(source), str(tmp_path / kind.value)],
                       check=True)  # fmt: skip
        assert list(tmp_path.glob(f"{kind.value}-*.png"))
