"""Setting text with HarfBuzz: bidi per line, shaping per run, glyphs drawn by id.

ReportLab's Paragraph neither reorders right-to-left text nor joins Arabic letters, so the
handouts set their own text:

1. wrap in logical order, measuring each word by its *shaped* width;
2. per line, resolve the bidi embedding levels (python-bidi's Unicode algorithm);
3. cut the line into tokens (a word, or a piece of one, in one level and one font);
4. order the tokens visually (rule L2 of the Unicode bidi algorithm);
5. shape each token with HarfBuzz in its own direction and draw its glyphs by id.

Every right-to-left or reshaped token is wrapped in a PDF ``/ActualText`` span with its
logical text, so that copying, searching and ``pdftotext`` give the words a person reads.
Every character is checked against the font that will draw it before anything is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import uharfbuzz as hb
from bidi import algorithm as _bidi
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.errors import MissingGlyph
from desktop.documents.fonts import Face, FontSet, Script, script_of

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Style:
    """Size (points) and weight of a piece of text; colour is set on the canvas."""

    size: float
    bold: bool = False

    @property
    def leading(self) -> float:
        """Line distance: generous, Arabic and Ethiopic marks need room."""
        return self.size * 1.4


@dataclass(frozen=True)
class Shaped:
    """A token shaped in one face: ReportLab's glyph string and its advance (1000/em)."""

    glyphs: ShapedStr
    advance: float
    plain: bool  # the drawn characters are the text itself: no ActualText needed


@dataclass(frozen=True)
class _Token:
    text: str
    face: Face | None  # None: a space
    level: int


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The bidi embedding level of each character, with the paragraph direction given."""
    storage: dict[str, Any] = _bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    resolved = cast(list[dict[str, Any]], storage["chars"])
    # Rule X9 drops format characters (ZWNJ, marks); they take the level before them.
    levels: list[int] = []
    index = 0
    for char in text:
        if index < len(resolved) and resolved[index]["ch"] == char:
            levels.append(int(resolved[index]["level"]))
            index += 1
        else:
            levels.append(levels[-1] if levels else int(storage["base_level"]))
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Indices in visual (left-to-right) order for items with these levels (rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


class Typesetter:
    """Measures, wraps and draws text in the handout fonts; shapes each token once."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self._shaped: dict[tuple[str, str, bool], Shaped] = {}

    # -- shaping -----------------------------------------------------------------------------

    def shape(self, text: str, face: Face, rtl: bool) -> Shaped:
        """HarfBuzz glyphs of ``text`` in ``face``; glyph 0 (.notdef) is a missing glyph."""
        key = (text, face.name, rtl)
        found = self._shaped.get(key)
        if found is not None:
            return found
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        hb.shape(face.hb_font, buffer, _FEATURES)
        scale = 1000 / face.units_per_em
        ttf = face.ttf
        chars: list[str] = []
        data: list[ShapeData] = []
        advance = 0.0
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            gid = info.codepoint
            if gid == 0:
                raise MissingGlyph(text, text[min(info.cluster, len(text) - 1)], face.family)
            mapped = ttf.face.glyphToChar.get(gid)
            if mapped:
                code = mapped[0]
            else:  # a contextual form or ligature without a code point: a private one
                code = ttf.hbAddPrivate(
                    face.hb_font.glyph_to_string(gid), gid, pos.x_advance * scale
                )
            chars.append(chr(code))
            x_advance = pos.x_advance * scale
            data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    pos.y_advance * scale,
                    pos.x_offset * scale,
                    pos.y_offset * scale,
                    ttf.face.charWidths[code],
                )
            )
            advance += x_advance
        drawn = "".join(chars)
        shaped = Shaped(ShapedStr(drawn, shapeData=data), advance, drawn == text and not rtl)
        self._shaped[key] = shaped
        return shaped

    def _tokens(self, text: str, bold: bool, home: Script, levels: list[int]) -> list[_Token]:
        """Cut a line at spaces and at changes of level or font (logical order)."""
        tokens: list[_Token] = []
        current: list[str] = []
        face: Face | None = None
        level = -1
        previous = home
        for char, char_level in zip(text, levels, strict=True):
            if char == " ":
                if current:
                    tokens.append(_Token("".join(current), face, level))
                    current = []
                tokens.append(_Token(" ", None, char_level))
                continue
            char_face = self.fonts.face_for(char, previous, text, bold)
            script = script_of(char)
            if script is not None:
                previous = script
            if current and (char_face is not face or char_level != level):
                tokens.append(_Token("".join(current), face, level))
                current = []
            current.append(char)
            face, level = char_face, char_level
        if current:
            tokens.append(_Token("".join(current), face, level))
        return tokens

    def _space(self, style: Style) -> float:
        face = self.fonts.face(Script.LATIN, style.bold)
        return self.shape(" ", face, False).advance * style.size / 1000

    # -- measuring and wrapping ----------------------------------------------------------------

    def width(self, text: str, style: Style, home: Script = Script.LATIN) -> float:
        """The drawn width of one line of text, in points."""
        levels = [0] * len(text)  # widths do not depend on the direction
        total = 0.0
        for token in self._tokens(text, style.bold, home, levels):
            if token.face is None:
                total += self._space(style)
            else:
                rtl = token.face.script is Script.ARABIC
                total += self.shape(token.text, token.face, rtl).advance * style.size / 1000
        return total

    def wrap(self, text: str, style: Style, width: float, home: Script = Script.LATIN) -> list[str]:
        """Lines in logical order, each at most ``width`` wide (a longer word stays whole)."""
        try:
            return self._wrap(text, style, width, home)
        except MissingGlyph as error:  # name the whole text, not just the word
            raise MissingGlyph(text, error.char, error.font) from None

    def _wrap(self, text: str, style: Style, width: float, home: Script) -> list[str]:
        lines: list[str] = []
        space = self._space(style)
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in filter(None, paragraph.split(" ")):  # not split(): keep NBSP
                word_width = self.width(word, style, home)
                if line and used + space + word_width > width:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                used += (space if line else 0.0) + word_width
                line.append(word)
            lines.append(" ".join(line))
        return lines

    # -- drawing -----------------------------------------------------------------------------

    def draw_line(
        self,
        canvas: Canvas,
        text: str,
        style: Style,
        *,
        x: float,
        y: float,
        width: float,
        rtl: bool,
        align: str = "start",
        home: Script = Script.LATIN,
    ) -> float:
        """Draw one line on the baseline ``y`` in the box [x, x + width]; returns its width.

        ``align`` is "start" (left for left-to-right, right for right-to-left), "end" or
        "center".
        """
        levels = embedding_levels(text, rtl)
        tokens = self._tokens(text, style.bold, home, levels)
        placed: list[tuple[_Token, Shaped | None, float]] = []
        for index in visual_order([token.level for token in tokens]):
            token = tokens[index]
            if token.face is None:
                placed.append((token, None, self._space(style)))
                continue
            shaped = self.shape(token.text, token.face, token.level % 2 == 1)
            placed.append((token, shaped, shaped.advance * style.size / 1000))
        total = sum(advance for _, _, advance in placed)
        right_side = (align == "start") == rtl
        if align == "center":
            cursor = x + (width - total) / 2
        else:
            cursor = x + width - total if right_side else x
        for token, glyphs, advance in placed:
            if glyphs is not None and token.face is not None:
                self._draw_token(canvas, token, glyphs, style, cursor, y)
            cursor += advance
        return total

    def _draw_token(
        self, canvas: Canvas, token: _Token, shaped: Shaped, style: Style, x: float, y: float
    ) -> None:
        assert token.face is not None
        actual = not shaped.plain
        if actual:  # the logical text for search, copy and text extraction
            hex_text = token.text.encode("utf-16-be").hex().upper()
            canvas.addLiteral(f"/Span <</ActualText <FEFF{hex_text}>>> BDC")
        text_object = canvas.beginText(x, y)
        text_object.setFont(token.face.name, style.size)
        text_object.textOut(shaped.glyphs)
        canvas.drawText(text_object)
        if actual:
            canvas.addLiteral("EMC")

    def paragraph(
        self,
        canvas: Canvas | None,
        text: str,
        style: Style,
        *,
        x: float,
        top: float,
        width: float,
        rtl: bool,
        align: str = "start",
        home: Script = Script.LATIN,
    ) -> float:
        """Wrap and draw ``text`` below ``top``; returns the height used.

        With ``canvas`` None nothing is drawn: the height is measured (and every character
        checked against its font), so a layout can decide before it draws.
        """
        lines = self.wrap(text, style, width, home)
        y = top - style.size
        for line in lines:
            if canvas is not None and line:
                self.draw_line(
                    canvas, line, style, x=x, y=y, width=width, rtl=rtl, align=align, home=home
                )
            y -= style.leading
        return len(lines) * style.leading


__all__ = ["MissingGlyph", "Shaped", "Style", "Typesetter", "embedding_levels", "visual_order"]
