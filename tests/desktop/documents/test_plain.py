"""Plain Dutch documents (an inzage, say) on the handout page, through the public API."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium

from desktop.documents import Paragraph, render_plain


def _text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_literal_text_in_every_script_and_a_missing_glyph_as_a_question_mark() -> None:
    pdf = render_plain(
        "Inzage in uw gegevens",
        [
            Paragraph("Uw gegevens", heading=True),
            Paragraph("Naam: ዮሃንስ {niet ingevuld}", indent=True),
            Paragraph("Notitie: 漢字 en محمد"),
        ],
        today=date(2025, 3, 1),
    )
    (page,) = _text(pdf)
    assert "Inzage in uw gegevens" in page
    assert "ዮሃንስ {niet ingevuld}" in page  # data, not a msgid: braces stay as they are
    assert "Notitie: ?? en" in page
    assert "01-03-2025" in page


def test_a_long_document_flows_onto_more_pages() -> None:
    pdf = render_plain(
        "Inzage", [Paragraph(f"Regel {n}") for n in range(120)], today=date(2025, 3, 1)
    )
    pages = _text(pdf)
    assert len(pages) > 1
    assert "Regel 119" in pages[-1]
