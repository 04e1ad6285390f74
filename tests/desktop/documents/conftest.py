"""Fixtures for the handout tests: people in a real encrypted store, and reading PDFs back."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.documents import Catalogs, HandoutMaker
from desktop.documents.catalog import catalog_dir
from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.enums import InterpreterMode, LifeDomain, ResidenceKind, Route
from desktop.domain.model import (
    Consultant,
    KoffieEnKoek,
    Person,
    Pip,
    PipAgreement,
    Residence,
    Trajectory,
)
from desktop.store import Store

TODAY = date(2025, 3, 10)
HEALTH_SECRET = "PTSS-behandeling bij de GGZ"


@dataclass(frozen=True)
class Word:
    """A word as a PDF reader found it, with its box (y grows downwards)."""

    text: str
    x_min: float
    x_max: float
    y_min: float
    page: int


def pdf_words(pdf: bytes, tmp_path: Path) -> list[Word]:
    """Every word of a PDF with its box, as MuPDF reads it (reading order within a word)."""
    import pymupdf

    words = []
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        for page_number, page in enumerate(document, start=1):
            for x0, y0, x1, _y1, text, *_ in page.get_text("words", sort=False):
                words.append(Word(text, x0, x1, y0, page_number))
    return words


def poppler_text(pdf: bytes, tmp_path: Path) -> str:
    """The text as ``pdftotext`` gives it in its default mode (bidi marks removed)."""
    source = tmp_path / "read-back.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True)
    return re.sub("[\u202a-\u202e\u200e\u200f]", "", out.stdout.decode("utf-8"))


def pdfium_text(pdf: bytes) -> str:
    """The text as PDFium (Chrome, Edge, the app's preview) gives it when copied."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """All words of a PDF, joined by spaces (brackets as the reader sees them)."""
    return " ".join(word.text for word in pdf_words(pdf, tmp_path))


def add_person(
    store: Store,
    *,
    given: str,
    family: str,
    original: str,
    languages: str,
    country: str,
    with_pip: bool = True,
) -> str:
    """A person well into the journey: koppeling, Koffie en Koek, a PIP, a planned talk."""
    with store.transaction() as session:
        consultant = Consultant(name="Anna de Vries", phone="0529 48 80 12")
        session.add(consultant)
        person = Person(
            given_names=given,
            family_name=family,
            name_original=original,
            languages=languages,
            country_of_origin=country,
            birth_date=date(1990, 1, 1),
            interpreter_needed=True,
        )
        session.add(person)
        session.flush()
        session.add(
            Trajectory(
                person_id=person.id, consultant_id=consultant.id, koppeling_date=date(2024, 9, 2)
            )
        )
        session.add(
            Residence(
                person_id=person.id,
                kind=ResidenceKind.HAR_WONING,
                location="Dalfsen",
                start_date=date(2024, 11, 1),
            )
        )
        session.add(
            KoffieEnKoek(
                person_id=person.id,
                held_on=date(2024, 9, 16),
                place_detail="ROL Zwolle",
                interpreter_mode=InterpreterMode.TELEFONISCH,
            )
        )
        # Planned talks live in the agenda: the held Koffie en Koek's appointment is no
        # invitation any more, the planned progress talk is.
        session.add(Appointment(person_id=person.id, kind=TalkKind.KOFFIE_EN_KOEK,
                                starts_at=datetime(2024, 9, 16, 10),
                                status=AppointmentStatus.GEHOUDEN))  # fmt: skip
        session.add(Appointment(person_id=person.id, kind=TalkKind.VOORTGANG,
                                starts_at=datetime(2025, 3, 20, 9, 30)))  # fmt: skip
        if with_pip:
            pip = Pip(
                person_id=person.id,
                version=1,
                route=Route.B1,
                signed_on=date(2024, 12, 2),
                beschikking_on=date(2024, 12, 9),
                language_provider="NT2 Centrum Vechtdal",
                route_started_on=date(2025, 1, 6),
                support="Reiskosten vergoed.",
            )
            session.add(pip)
            session.flush()
            session.add(
                PipAgreement(
                    pip_id=pip.id,
                    domain=LifeDomain.TAALNIVEAU,
                    text="Volgt de B1-route, 3 dagdelen per week.",
                )
            )
            session.add(
                PipAgreement(
                    pip_id=pip.id, domain=LifeDomain.GEZONDHEID_MENTAAL, text=HEALTH_SECRET
                )
            )
        return person.id


@pytest.fixture(scope="session")
def maker() -> HandoutMaker:
    """One maker for the session: fonts and catalogs load once, as in the app."""
    return HandoutMaker()


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    """A copy of the shipped catalogs that a test may edit like a translator."""
    folder = tmp_path / "catalogs"
    shutil.copytree(catalog_dir(), folder)
    return folder


@pytest.fixture
def copy_maker(catalog_copy: Path) -> HandoutMaker:
    """A maker reading the editable catalog copy."""
    return HandoutMaker(catalogs=Catalogs(catalog_copy))


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """Person ids by language: a Syrian Arabic speaker, an Eritrean, an Afghan (Dari)."""
    return {
        "ar": add_person(
            store,
            given="Rami",
            family="Haddad",
            original="رامي حداد",
            languages="ar,en",
            country="SY",
        ),
        "ti": add_person(
            store,
            given="Senait",
            family="Tesfay",
            original="ሰናይት ተስፋይ",
            languages="ti",
            country="ER",
        ),
        "prs": add_person(
            store,
            given="Farid",
            family="Ahmadi",
            original="فرید احمدی",
            languages="prs",
            country="AF",
            with_pip=False,
        ),
    }
