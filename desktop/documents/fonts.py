"""The bundled handout fonts (Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic), loaded once.

Handouts never depend on system fonts: the files live in ``resources/fonts/`` with their OFL
licence. Each font is registered with ReportLab (which embeds a subset in the PDF) and opened
with HarfBuzz (which shapes the text); both read the same file, so glyph ids agree.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents.errors import MissingGlyph
from desktop.resources import resource_path


class Script(StrEnum):
    """The writing systems the handouts draw, each with its own font."""

    LATIN = "latin"
    ARABIC = "arabic"
    ETHIOPIC = "ethiopic"


_FILES: dict[Script, tuple[str, str, str]] = {
    Script.LATIN: ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Script.ARABIC: ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Script.ETHIOPIC: (
        "Noto Sans Ethiopic",
        "NotoSansEthiopic-Regular.ttf",
        "NotoSansEthiopic-Bold.ttf",
    ),
}

# Characters that shape or steer but draw nothing (ZWNJ matters in Persian words); HarfBuzz
# handles them even when a font has no glyph for them.
_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\u2060\ufeff")


def script_of(char: str) -> Script | None:
    """The script a character belongs to; None for shared characters (digits, punctuation)."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return Script.ARABIC
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return Script.ARABIC
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return Script.ETHIOPIC
    if unicodedata.category(char).startswith("L"):
        return Script.LATIN
    return None


@dataclass(frozen=True)
class Face:
    """One font file: its ReportLab name, HarfBuzz font and the characters it covers."""

    name: str  # the ReportLab font name, e.g. "Wegwijzer-arabic-bold"
    script: Script
    family: str  # the human name, for error messages
    ttf: TTFont
    hb_font: hb.Font
    units_per_em: int
    coverage: frozenset[int]

    def covers(self, char: str) -> bool:
        """True when the font has a glyph for ``char`` (invisible controls always pass)."""
        return char in _INVISIBLE or ord(char) in self.coverage


class FontSet:
    """All handout faces, by script and weight. Build it once: loading takes ~100 ms."""

    def __init__(self) -> None:
        from desktop.documents import tounicode

        tounicode.install()  # glyphs of contextual forms copy as their letters
        self._faces: dict[tuple[Script, bool], Face] = {}
        for script, (family, regular, bold) in _FILES.items():
            for is_bold, filename in ((False, regular), (True, bold)):
                self._faces[script, is_bold] = _load(script, family, filename, is_bold)

    def face(self, script: Script, bold: bool = False) -> Face:
        """The face that draws ``script``."""
        return self._faces[script, bold]

    def face_for(self, char: str, previous: Script, text: str, bold: bool = False) -> Face:
        """The face that will draw ``char`` in ``text``; MissingGlyph when none can.

        A letter goes to the font of its script and nowhere else (a silent fallback would
        hide a wrong font); a shared character (digit, space, punctuation) stays with the
        font of the text around it when that font has it.
        """
        script = script_of(char)
        if script is not None:
            face = self.face(script, bold)
            if not face.covers(char):
                raise MissingGlyph(text, char, face.family)
            return face
        for candidate in (previous, Script.LATIN, Script.ARABIC, Script.ETHIOPIC):
            face = self.face(candidate, bold)
            if face.covers(char):
                return face
        raise MissingGlyph(text, char, self.face(previous, bold).family)


def _load(script: Script, family: str, filename: str, bold: bool) -> Face:
    name = f"Wegwijzer-{script.value}-{'bold' if bold else 'regular'}"
    path = resource_path("fonts", filename)
    # Asked of the registry: getFont as an existence test parses every standard AFM file
    # (318 of them, over a second on the GUI thread) before it raises KeyError.
    if name in pdfmetrics.getRegisteredFontNames():
        ttf = pdfmetrics.getFont(name)
    else:
        ttf = TTFont(name, str(path))
        pdfmetrics.registerFont(ttf)
    blob = hb.Blob.from_file_path(str(path))
    hb_face = hb.Face(blob)
    ttf.hbFont(10)  # makes ReportLab set up its private-use mapping for unmapped glyphs
    return Face(
        name=name,
        script=script,
        family=family,
        ttf=ttf,
        hb_font=hb.Font(hb_face),
        units_per_em=hb_face.upem,
        coverage=frozenset(ttf.face.charToGlyph),
    )


_lock = threading.Lock()
_fonts: FontSet | None = None


def font_set() -> FontSet:
    """The process-wide font set, loaded on first use."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = FontSet()
        return _fonts
