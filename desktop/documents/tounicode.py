"""What each drawn glyph *means*: the ToUnicode maps of the handout fonts.

HarfBuzz turns Arabic letters into contextual forms and ligatures that have no code point
of their own; ReportLab gives such a glyph a private-use code, and its ToUnicode map then
says "U+E003", so copying or searching the PDF finds nothing. Here each such glyph maps to
the letters it was shaped from (a lam-alef ligature to "لا"), and a presentation form to its
letter. Text is drawn in visual order, as every right-to-left PDF is, and readers (Poppler,
PDFium, MuPDF) put it back in reading order from glyphs that carry the right letters.
"""

from __future__ import annotations

import threading
import unicodedata

from reportlab.pdfbase import ttfonts

_lock = threading.Lock()
_texts: dict[tuple[str, int], str] = {}  # (font face name, code) -> the letters it draws
_original = ttfonts.makeToUnicodeCMap


def face_key(ttf: ttfonts.TTFont) -> str:
    """The name ReportLab gives a font's subsets after the "AAAAAA+" prefix."""
    name: bytes = ttf.face.name + ttf.face.subfontNameX
    return name.decode("latin-1")


def remember(face_name: str, code: int, text: str) -> None:
    """Record that ``code`` of the face ``face_name`` draws ``text`` (the first one wins)."""
    with _lock:
        _texts.setdefault((face_name, code), text)


def meaning(face_name: str, code: int) -> str:
    """The text a glyph code stands for: recorded letters, a presentation form's letter."""
    with _lock:
        found = _texts.get((face_name, code))
    if found is not None:
        return found
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:  # Arabic presentation forms
        # In visual order, like every right-to-left glyph: readers reverse a ligature's
        # letters with the run ("لا" is stored as "ال").
        return unicodedata.normalize("NFKC", char)[::-1]
    if 0xFB00 <= code <= 0xFB4F:  # Latin ligatures (fi, fl)
        return unicodedata.normalize("NFKC", char)
    if 0xE000 <= code <= 0xF8FF:
        return ""  # a private glyph nobody recorded: better nothing than a wrong letter
    return char


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for one font subset, with every glyph's real letters."""
    face_name = fontname.split("+", 1)[-1]
    entries = []
    for index, code in enumerate(subset):
        text = meaning(face_name, code)
        if text:
            entries.append(f"<{index:02X}> <{_hex(text)}>")
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(entries)} beginbfchar",
        *entries,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install() -> None:
    """Make ReportLab write these maps (idempotent; it has no hook for it)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
