"""PDF/A-2b, checked requirement by requirement (no validator such as veraPDF installs here).

For the PIP summary, the inzage and a merged ROL batch: PDF/A identification and title and
language in XMP, the same in the document info, an sRGB output intent, /Lang, every font
embedded and no standard font (Helvetica), real dates, no transparency, a file ID, and font
subset names that differ between different subsets.
"""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime

import pikepdf
import pytest

from desktop.documents import DocumentKind, HandoutMaker, language
from desktop.documents.batch import merge_pdfs
from desktop.privacy.inzage import render_pdf
from desktop.store import Store
from tests.desktop.documents.conftest import TODAY


def _fonts(document: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    fonts = []
    for page in document.pages:
        found = page.obj.Resources.get("/Font")
        if found is not None:
            fonts += [found[str(key)] for key in found.keys()]  # noqa: SIM118
    return fonts


def check_pdfa_2b(pdf: bytes, title: str, lang: str = "nl") -> pikepdf.Pdf:
    """Assert each PDF/A-2b requirement this project can break; returns the open document."""
    document = pikepdf.open(io.BytesIO(pdf))
    assert not document.is_encrypted
    assert len(document.trailer.ID) == 2  # a file identifier
    # XMP: identification, title, language, dates, the same as the document info
    meta = document.open_metadata()
    assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
    assert meta["dc:title"] == title == str(document.docinfo.Title)
    assert lang in meta["dc:language"]
    assert str(document.Root.Lang) == lang
    created = datetime.fromisoformat(meta["xmp:CreateDate"])
    assert abs((datetime.now(UTC) - created).total_seconds()) < 600  # real, not 2000-01-01
    info_date = str(document.docinfo.CreationDate)
    assert info_date.startswith("D:" + created.strftime("%Y%m%d%H%M%S"))
    assert "/Subject" not in document.docinfo and "/Trapped" not in document.docinfo
    # Output intent: sRGB
    (intent,) = document.Root.OutputIntents
    assert intent.S == pikepdf.Name.GTS_PDFA1
    profile = intent.DestOutputProfile
    icc = profile.read_bytes()
    assert profile.N == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
    # Fonts: all embedded, none of the 14 standard ones
    fonts = _fonts(document)
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font.FontDescriptor, font.BaseFont
        assert font.Subtype == pikepdf.Name.TrueType
        assert font.FontDescriptor.FontName == font.BaseFont
    raw = pdf.decode("latin-1")
    assert "/Helvetica" not in raw and "/Times" not in raw and "/Courier" not in raw
    # Subset names: one name, one subset
    subsets: dict[str, set[str]] = {}
    for font in fonts:
        data = font.FontDescriptor.FontFile2.read_raw_bytes()
        subsets.setdefault(str(font.BaseFont), set()).add(hashlib.sha256(data).hexdigest())
    assert all(len(hashes) == 1 for hashes in subsets.values()), subsets
    assert all(re.fullmatch(r"/[A-Z]{6}\+[\w-]+", name) for name in subsets)
    # No transparency
    for page in document.pages:
        assert "/Group" not in page.obj
        for state in page.obj.Resources.get("/ExtGState", {}).values():
            assert "/SMask" not in state
            assert float(state.get("/CA", 1)) == 1 and float(state.get("/ca", 1)) == 1
    return document


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_the_pip_summary_is_pdfa_2b(
    store: Store, people: dict[str, str], maker: HandoutMaker, code: str
) -> None:
    person = people["ti"] if code == "ti" else people["ar"]
    handout = maker.render_for(store, person, DocumentKind.PIP, today=TODAY, lang=code)
    name = language(code).dutch_name
    document = check_pdfa_2b(handout.pdf, f"Samenvatting van het PIP ({name})")
    meta = document.open_metadata()
    if code != "nl":
        assert language(code).bcp47 in meta["dc:language"]
    assert "Haddad" not in str(meta) and "Tesfay" not in str(meta)  # no name in metadata


def test_the_inzage_is_pdfa_2b() -> None:
    data = {"consultant": "Anna de Vries", "records": {}, "audit": []}
    check_pdfa_2b(render_pdf(data, today=TODAY), "Inzage in uw gegevens")


def test_a_merged_batch_is_pdfa_2b_with_its_subsets_named_apart(
    store: Store, people: dict[str, str], maker: HandoutMaker
) -> None:
    handouts = maker.batch(store, list(people.values()), today=TODAY, archive=False)
    merged = merge_pdfs([handout.pdf for handout in handouts], title="Klantreizen")
    document = check_pdfa_2b(merged, "Klantreizen")
    names = {str(font.BaseFont) for font in _fonts(document)}
    assert len([n for n in names if n.endswith("+NotoSans-Regular")]) > 1  # one per subset
