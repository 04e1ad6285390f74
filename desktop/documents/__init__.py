"""Handouts for the inburgeraar: klantreis, invitation, PIP summary and sociale kaart.

Bilingual PDFs (plain Dutch beside the reader's language) drawn with ReportLab, shaped with
HarfBuzz, translated with gettext catalogs in ``translations/handouts/``. No Qt.
"""

from desktop.documents.catalog import Catalogs, LanguageReport, ReviewStatus, translation_report
from desktop.documents.errors import (
    CatalogError,
    HandoutError,
    MissingGlyph,
    NoHandoutPerson,
    UnknownLanguage,
)
from desktop.documents.languages import LANGUAGES, Language, language, person_language
from desktop.documents.render import (
    DOCUMENT_NAMES,
    DocumentKind,
    Handout,
    HandoutMaker,
    Paragraph,
    render_plain,
)

__all__ = [
    "DOCUMENT_NAMES",
    "LANGUAGES",
    "CatalogError",
    "Catalogs",
    "DocumentKind",
    "Handout",
    "HandoutError",
    "HandoutMaker",
    "Language",
    "LanguageReport",
    "MissingGlyph",
    "NoHandoutPerson",
    "Paragraph",
    "ReviewStatus",
    "UnknownLanguage",
    "language",
    "person_language",
    "render_plain",
    "translation_report",
]
