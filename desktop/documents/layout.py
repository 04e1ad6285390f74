"""The page of a bilingual handout: Dutch on the left, the reader's language on the right.

A :class:`Sheet` draws pages top to bottom with a cursor. Every block is measured first (which
also checks each character against its font), then drawn, starting a new page when it does
not fit. Texts are gettext msgids (Dutch); ``date`` values are written out per column, in
Dutch on the left and in the reader's locale on the right.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.catalog import N_, Phrase, Plural, Translation, count_of
from desktop.documents.fonts import Script
from desktop.documents.languages import DUTCH, Language, long_date
from desktop.documents.text import MissingGlyph, Style, Typesetter, isolate

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 36.0
GUTTER = 14.0
FOOTER = 50.0

INK = HexColor("#1a1a1a")
BLUE = HexColor("#1f4e79")
TEAL = HexColor("#00796b")
GREEN = HexColor("#2e7d32")
GREY = HexColor("#6b6b6b")
LIGHT = HexColor("#eef3f8")
ORANGE = HexColor("#e65100")

TITLE = Style(20, bold=True)
HEADING = Style(14, bold=True)
BODY = Style(12)
BODY_BOLD = Style(12, bold=True)
SMALL = Style(9)

#: Shown before a text that has no usable translation, so nobody mistakes it for one.
FALLBACK_TAG = "[NL] "


@dataclass
class Context:
    """What every document needs: fonts, the reader's language and its translations."""

    typesetter: Typesetter
    translation: Translation
    date_locale: str
    municipality: str
    printed_on: date

    @property
    def language(self) -> Language:
        """The reader's language."""
        return self.translation.language


@dataclass(frozen=True)
class Msg:
    """A value that is itself a text to translate (a route name inside a sentence)."""

    msgid: str


def _localise(
    values: dict[str, object], locale: str, translate: Callable[[str], str] | None = None
) -> dict[str, object]:
    """Dates written out in ``locale``; Msg values translated (or Dutch on the left).

    Every value is a bidi isolate: a Dutch place such as "ROL Zwolle (AZC)" keeps its
    left-to-right order and its brackets inside an Arabic sentence, and the sentence's
    punctuation does not stick to the value.
    """
    result: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, date):
            result[key] = isolate(long_date(value, locale))
        elif isinstance(value, Msg):
            result[key] = isolate(translate(value.msgid) if translate else value.msgid)
        else:
            result[key] = isolate(str(value))
    return result


# Streams stay binary (zlib only): ASCII85 made every file a quarter larger and cost a tenth
# of a handout's time, for 7-bit transport that no archive or printer needs.
rl_config.useA85 = 0


class Sheet:
    """One handout being drawn; ``finish()`` returns the PDF bytes (never a file)."""

    def __init__(self, ctx: Context, title: str, subtitle: Callable[[Sheet], None] | None = None):
        self.ctx = ctx
        self.ts = ctx.typesetter
        self.buffer = io.BytesIO()
        # The initial font is a bundled one: no unused, unembedded Helvetica in the file.
        self.canvas = Canvas(
            self.buffer,
            pagesize=A4,
            invariant=True,
            pageCompression=1,
            initialFontName=ctx.typesetter.fonts.face(Script.LATIN).name,
        )
        self.canvas.setTitle(f"{title} ({ctx.language.dutch_name})")
        self.canvas.setAuthor(ctx.municipality)
        self.canvas.setCreator("Wegwijzer")
        self.title = title
        self.subtitle = subtitle
        self.page = 0
        self.y = 0.0
        self.fallbacks = 0
        self._new_page()

    # -- columns ---------------------------------------------------------------------------

    @property
    def single(self) -> bool:
        """A Dutch handout has one column."""
        return self.ctx.language.is_dutch

    def columns(self, left: float, right: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """(x, width) of the Dutch and the translated column within [left, right]."""
        if self.single:
            return (left, right - left), (right, 0.0)
        half = (right - left - GUTTER) / 2
        return (left, half), (left + half + GUTTER, half)

    # -- text ------------------------------------------------------------------------------

    def dutch(self, msgid: str | Plural, **values: Any) -> str:
        """The Dutch text of ``msgid`` with values filled in (the form for the count)."""
        if isinstance(msgid, Plural):
            msgid = msgid.dutch(count_of(values[msgid.count]))
        return msgid.format(**_localise(values, DUTCH.locale))

    def phrase(self, msgid: str | Plural, **values: Any) -> Phrase:
        """The reader's text of ``msgid``, or the Dutch text marked as a fallback."""
        translation = self.ctx.translation

        def translate(inner: str) -> str:
            return translation.phrase(inner).text

        return translation.phrase(msgid, **_localise(values, self.ctx.date_locale, translate))

    def text(
        self,
        text: str,
        style: Style,
        x: float,
        top: float,
        width: float,
        *,
        lang: Language = DUTCH,
        draw: bool = True,
        color: Color = INK,
        align: str = "start",
    ) -> float:
        """Draw (or only measure) a paragraph in ``lang``; returns its height."""
        home = lang.script
        if draw:
            self.canvas.setFillColor(color)
        return self.ts.paragraph(
            self.canvas if draw else None,
            text,
            style,
            x=x,
            top=top,
            width=width,
            rtl=lang.rtl,
            align=align,
            home=home,
        )

    def other(
        self,
        phrase: Phrase,
        style: Style,
        x: float,
        top: float,
        width: float,
        *,
        draw: bool = True,
        color: Color = INK,
    ) -> float:
        """Draw (or measure) a phrase in the reader's column; a fallback shows as Dutch."""
        if phrase.fallback:
            if draw:
                self.fallbacks += 1
            align = "end" if self.ctx.language.rtl else "start"
            return self.text(
                FALLBACK_TAG + phrase.text, style, x, top, width, draw=draw, color=GREY, align=align
            )
        return self.text(
            phrase.text, style, x, top, width, lang=self.ctx.language, draw=draw, color=color
        )

    def pair(
        self,
        msgid: str | Plural,
        style: Style,
        left: float,
        right: float,
        top: float,
        *,
        draw: bool = True,
        color: Color = INK,
        **values: Any,
    ) -> float:
        """Dutch and translation of ``msgid`` side by side in [left, right]; the height."""
        (dx, dw), (ox, ow) = self.columns(left, right)
        height = self.text(self.dutch(msgid, **values), style, dx, top, dw, draw=draw, color=color)
        if not self.single:
            phrase = self.phrase(msgid, **values)
            height = max(height, self.other(phrase, style, ox, top, ow, draw=draw, color=color))
        return height

    # -- flow ------------------------------------------------------------------------------

    def ensure(self, height: float) -> None:
        """Start a new page when ``height`` does not fit under the cursor."""
        if self.y - height < MARGIN + FOOTER:
            self._footer()
            self.canvas.showPage()
            self._new_page()

    def block(
        self,
        msgid: str | Plural,
        style: Style,
        *,
        gap: float = 6.0,
        color: Color = INK,
        **values: Any,
    ) -> float:
        """A full-width bilingual paragraph at the cursor; moves the cursor below it."""
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        height = self.pair(msgid, style, left, right, self.y, draw=False, **values)
        self.ensure(height)
        self.pair(msgid, style, left, right, self.y, color=color, **values)
        self.y -= height + gap
        return height

    def plain(self, text: str, style: Style, *, indent: float = 0.0, gap: float = 4.0) -> float:
        """A full-width paragraph of literal Dutch text (data, not a msgid) at the cursor.

        A character that no bundled font has is printed as "?" rather than failing the page.
        """
        x, width = MARGIN + indent, PAGE_WIDTH - 2 * MARGIN - indent
        while True:
            try:
                height = self.text(text, style, x, self.y, width, draw=False)
                break
            except MissingGlyph as missing:
                if missing.char not in text:  # not a character of the text: a real fault
                    raise
                text = text.replace(missing.char, "?")
        self.ensure(height)
        self.text(text, style, x, self.y, width)
        self.y -= height + gap
        return height

    def _new_page(self) -> None:
        self.page += 1
        self.y = PAGE_HEIGHT - MARGIN
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        canvas = self.canvas
        height = self.pair(self.title, TITLE, left, right, self.y, draw=False)
        canvas.setFillColor(LIGHT)
        canvas.rect(
            0, self.y - height - 8, PAGE_WIDTH, PAGE_HEIGHT - self.y + height + 8, stroke=0, fill=1
        )
        self.pair(self.title, TITLE, left, right, self.y - 2, color=BLUE)
        self.y -= height + 18
        if self.subtitle is not None:
            self.subtitle(self)

    def _footer(self) -> None:
        canvas = self.canvas
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(left, MARGIN + FOOTER - 6, right, MARGIN + FOOTER - 6)
        top = MARGIN + FOOTER - 10
        if self.ctx.translation.draft:  # the reader and the consultant both see it
            top -= self.pair(
                N_("Conceptvertaling: nog niet gecontroleerd door een vertaler."),
                SMALL,
                left,
                right,
                top,
                color=ORANGE,
            )
        note = f"{self.ctx.municipality} · Wegwijzer · {self.ctx.printed_on.strftime('%d-%m-%Y')}"
        self.text(note, SMALL, left, top, 300, color=GREY)
        self.text(str(self.page), SMALL, right - 40, top, 40, color=GREY, align="end")

    def finish(self) -> bytes:
        """Close the last page and return the PDF."""
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


__all__ = [
    "BLUE",
    "BODY",
    "BODY_BOLD",
    "GREEN",
    "GREY",
    "HEADING",
    "INK",
    "LIGHT",
    "MARGIN",
    "ORANGE",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "SMALL",
    "TEAL",
    "TITLE",
    "Context",
    "Msg",
    "Script",
    "Sheet",
]


def nobreak(text: str) -> str:
    """Keep a phone number or a name on one line."""
    return text.replace(" ", "\u00a0")


def language_of(text: str) -> Language:
    """A stand-in language for free text (a name in its own script): Arabic, Ethiopic, Latin."""
    from desktop.documents.fonts import script_of
    from desktop.documents.languages import LANGUAGES

    for char in text:
        script = script_of(char)
        if script is Script.ARABIC:
            return LANGUAGES["ar"]
        if script is Script.ETHIOPIC:
            return LANGUAGES["ti"]
    return DUTCH


def person_header(sheet: Sheet, name: str, original: str) -> None:
    """The person's name in Latin script and, beside it, in the original script."""
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    (dx, dw), (ox, ow) = sheet.columns(left, right)
    height = sheet.text(name, HEADING, dx, sheet.y, dw if not sheet.single else dw / 2)
    if original:
        lang = language_of(original)
        x, width = (ox, ow) if not sheet.single else (left + dw / 2, dw / 2)
        height = max(height, sheet.text(original, HEADING, x, sheet.y, width, lang=lang))
    sheet.y -= height + 8
