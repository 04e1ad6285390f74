"""PDF/A-2b for documents that may be archived (PIP summary, inzage, every handout).

ReportLab draws the pages; this step adds what an archive needs and ReportLab does not write:
XMP metadata (title, language, dates, the PDF/A identification), an sRGB output intent, the
document language, real creation dates, and font subset names that differ per subset, so a
merged batch does not hold fifty different fonts all called ``AAAAAA+NotoSans-Regular``.
The fonts themselves are embedded by ReportLab (TrueType subsets); the page content uses no
transparency and only device RGB colours, which the sRGB intent makes well defined.
"""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime
from functools import cache

import pikepdf
from pikepdf.models.metadata import encode_pdf_date
from PIL import ImageCms

SRGB = "sRGB IEC61966-2.1"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (LittleCMS's built-in one, through Pillow): no file to ship."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def _tag(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "".join(_LETTERS[byte % 26] for byte in digest[:6])


def unique_subset_names(document: pikepdf.Pdf) -> int:
    """Give every embedded font subset a tag made from its own data; the fonts renamed."""
    renamed = 0
    seen: set[tuple[int, int]] = set()
    for page in document.pages:
        fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font")
        found = [] if fonts is None else [fonts[str(key)] for key in fonts.keys()]  # noqa: SIM118
        for font in found:
            if font.objgen in seen or "/FontDescriptor" not in font:
                continue
            seen.add(font.objgen)
            base = str(font.BaseFont)[1:]
            if len(base) < 8 or base[6] != "+":
                continue  # not a subset
            descriptor = font.FontDescriptor
            embedded = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
            if embedded is None:
                continue
            name = f"{_tag(embedded.read_raw_bytes() + base.encode())}+{base[7:]}"
            font.BaseFont = pikepdf.Name("/" + name)
            descriptor.FontName = pikepdf.Name("/" + name)
            renamed += 1
    return renamed


def to_pdfa(
    pdf: bytes,
    *,
    title: str,
    language: str,
    also: tuple[str, ...] = (),
    author: str = "",
    created: datetime | None = None,
) -> bytes:
    """``pdf`` as PDF/A-2b: metadata, output intent, /Lang, real dates, unique subsets.

    ``language`` is the document's main language as BCP 47 ("nl"), ``also`` the languages of
    its other column; ``created`` defaults to now. The title and author go into the
    metadata: never put a person's name there.
    """
    moment = (created or datetime.now(UTC)).replace(microsecond=0)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        unique_subset_names(document)
        document.Root.Lang = pikepdf.String(language)
        profile = pikepdf.Stream(document, srgb_profile())
        profile.N = 3
        document.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,
                    OutputConditionIdentifier=pikepdf.String(SRGB),
                    Info=pikepdf.String(SRGB),
                    RegistryName=pikepdf.String("http://www.color.org"),
                    DestOutputProfile=profile,
                )
            ]
        )
        info = document.docinfo
        info.Title = pikepdf.String(title)
        info.Creator = pikepdf.String("Wegwijzer")
        info.Producer = pikepdf.String("Wegwijzer (ReportLab, pikepdf)")
        if author:
            info.Author = pikepdf.String(author)
        elif "/Author" in info:
            del info.Author
        for key in ("/Subject", "/Keywords", "/Trapped"):  # ReportLab's "unspecified"
            if key in info:
                del info[key]
        info.CreationDate = pikepdf.String(encode_pdf_date(moment))
        info.ModDate = pikepdf.String(encode_pdf_date(moment))
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(info, delete_missing=True)
            meta["dc:title"] = title
            meta["dc:language"] = [language, *also]
            meta["xmp:CreatorTool"] = "Wegwijzer"
            meta["xmp:CreateDate"] = moment.isoformat()
            meta["xmp:ModifyDate"] = moment.isoformat()
            meta["xmp:MetadataDate"] = moment.isoformat()
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        document.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()
