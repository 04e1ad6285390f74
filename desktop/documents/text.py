"""Setting text with HarfBuzz: bidi per paragraph, shaping per run, glyphs drawn by id.

ReportLab's Paragraph neither reorders right-to-left text nor joins Arabic letters, so the
handouts set their own text:

1. resolve the bidi embedding levels of each *paragraph* once, with a complete Unicode
   Bidirectional Algorithm (UAX #9 with paired brackets and isolates: the Rust
   ``unicode-bidi`` crate inside python-bidi);
2. wrap in logical order, measuring each word by its *shaped* width;
3. per line, reset trailing white space to the paragraph level (rule L1) and cut the line
   into tokens (a word, or a piece of one, in one level and one font);
4. order the tokens visually (rule L2);
5. shape each token with HarfBuzz in its own direction (which mirrors brackets in
   right-to-left runs) and draw its glyphs by id.

Each drawn line is one PDF ``/ActualText`` span holding the line's text in logical order
(the order a person reads), so copying, searching and text extraction give the words
rather than the glyphs' visual order. Every character is checked against the font that will
draw it before anything is drawn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import get_display as _bidi_info
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import tounicode
from desktop.documents.errors import MissingGlyph
from desktop.documents.fonts import Face, FontSet, Script, script_of

_FEATURES = {"kern": True, "liga": True}
_JOINERS = "\u200c\u200d"

#: First strong isolate ... pop directional isolate: wraps an inserted value (a place, a
#: name, a phone number) so that it keeps its own direction inside any sentence.
FSI, PDI = "\u2068", "\u2069"
#: Bidi controls that steer the algorithm but are never drawn.
CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def isolate(value: str) -> str:
    """``value`` as a first-strong isolate: its direction is its own, not the sentence's."""
    return f"{FSI}{value}{PDI}" if value else value


def visible(text: str) -> str:
    """``text`` without bidi controls: what a reader sees and what copying should give."""
    return "".join(char for char in text if char not in CONTROLS)


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
    plain: bool  # the drawn characters are the text itself


@dataclass(frozen=True)
class _Token:
    text: str
    face: Face | None  # None: a space
    level: int


@dataclass(frozen=True)
class Resolved:
    """A paragraph after the bidi algorithm: a level and an original bidi class per char."""

    text: str
    base: int
    levels: tuple[int, ...]
    classes: tuple[str, ...]

    def line(self, start: int, end: int) -> list[int]:
        """The levels of ``text[start:end]`` as one line, after rule L1.

        Trailing white space and isolate controls, and those before a segment separator,
        return to the paragraph level, so a space at a line break never moves a word.
        """
        levels = list(self.levels[start:end])
        classes = self.classes[start:end]
        resettable = {"WS", "FSI", "LRI", "RLI", "PDI", "BN"}
        trailing = True
        for index in range(len(levels) - 1, -1, -1):
            kind = classes[index]
            if kind in ("S", "B"):
                levels[index] = self.base
                trailing = True
            elif trailing and kind in resettable:
                levels[index] = self.base
            else:
                trailing = False
        return levels


_CLASSES = re.compile(r"original_classes: \[(.*?)\]", re.DOTALL)
_LEVELS = re.compile(r"levels: \[(.*?)\n    \]", re.DOTALL)
_NUMBER = re.compile(r"Level\(\s*(\d+),?\s*\)")


@lru_cache(maxsize=8192)  # the same sentences recur in every handout of a language
def resolve(text: str, rtl: bool) -> Resolved:
    """Run UAX #9 on one paragraph (no line breaks in ``text``) with the given direction.

    python-bidi exposes the crate's resolved ``BidiInfo`` (levels and classes per UTF-8
    byte) only as its debug text; this reads it back per character, and fails loudly if a
    new version changes that text.
    """
    base = 1 if rtl else 0
    if not text:
        return Resolved(text, base, (), ())
    info = _bidi_info(text, base_dir="R" if rtl else "L", debug=True)
    classes_found = _CLASSES.search(info)
    levels_found = _LEVELS.search(info)
    if classes_found is None or levels_found is None:
        raise RuntimeError("python-bidi gave no levels: its debug output changed")
    byte_classes = [part.strip() for part in classes_found.group(1).split(",") if part.strip()]
    byte_levels = [int(number) for number in _NUMBER.findall(levels_found.group(1))]
    size = len(text.encode("utf-8"))
    if len(byte_levels) != size or len(byte_classes) != size:
        raise RuntimeError("python-bidi gave levels for another text: its output changed")
    levels: list[int] = []
    classes: list[str] = []
    offset = 0
    for char in text:
        levels.append(byte_levels[offset])
        classes.append(byte_classes[offset])
        offset += len(char.encode("utf-8"))
    return Resolved(text, base, tuple(levels), tuple(classes))


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The bidi embedding level of each character of a one-line paragraph (after L1)."""
    resolved = resolve(text, rtl)
    return resolved.line(0, len(text))


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


@dataclass(frozen=True)
class Line:
    """One wrapped line: its text and where it sits in its paragraph."""

    text: str
    paragraph: Resolved | None  # None: resolve the line on its own
    start: int

    def levels(self, rtl: bool) -> list[int]:
        """The line's levels: from its paragraph (then L1), or resolved alone."""
        if self.paragraph is None:
            return embedding_levels(self.text, rtl)
        return self.paragraph.line(self.start, self.start + len(self.text))


class Typesetter:
    """Measures, wraps and draws text in the handout fonts; shapes each token once."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self._shaped: dict[tuple[str, str, bool], Shaped] = {}
        # Words recur in every handout (a batch of fifty draws the same sentences): each
        # word is measured once, and each character's face is looked up once per context.
        self._widths: dict[tuple[str, bool, float, Script], float] = {}
        self._faces: dict[tuple[str, Script, bool], Face] = {}
        self._lines_placed: dict[
            tuple[str, bool, float, Script, tuple[int, ...]],
            tuple[list[tuple[_Token, Shaped | None, float]], float],
        ] = {}
        self._wrapped: dict[tuple[str, bool, float, float, Script, bool | None], list[Line]] = {}

    # -- shaping -----------------------------------------------------------------------------

    def shape(self, text: str, face: Face, rtl: bool) -> Shaped:
        """HarfBuzz glyphs of ``text`` in ``face``; glyph 0 (.notdef) is a missing glyph."""
        key = (text, face.name, rtl)
        found = self._shaped.get(key)
        if found is not None:
            return found
        text = unicodedata.normalize("NFC", text)  # ه + hamza above is one letter: ۀ
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        hb.shape(face.hb_font, buffer, _FEATURES)
        scale = 1000 / face.units_per_em
        ttf = face.ttf
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        remaining = {start: list(text[start:end]) for start, end in ends.items()}
        own: set[int] = set()  # glyphs whose own code point is one of their cluster's letters
        for index, info in enumerate(infos):
            mapped = ttf.face.glyphToChar.get(info.codepoint)
            if mapped and chr(mapped[0]) in remaining[info.cluster]:
                remaining[info.cluster].remove(chr(mapped[0]))
                own.add(index)
        seen: set[int] = set()
        chars: list[str] = []
        data: list[ShapeData] = []
        advance = 0.0
        for index, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            gid = info.codepoint
            if gid == 0:
                raise MissingGlyph(text, text[min(info.cluster, len(text) - 1)], face.family)
            letters = text[info.cluster : ends[info.cluster]]
            if not letters.strip(_JOINERS) and pos.x_advance == 0:
                continue  # ZWNJ/ZWJ steered the shaping; an empty glyph would split the word
            if index in own:
                code = ttf.face.glyphToChar[gid][0]
            else:  # the cluster's other letters go to its first glyph without its own code
                first = info.cluster not in seen
                seen.add(info.cluster)
                meaning = "".join(remaining[info.cluster]) if first else ""
                code = self._code(face, gid, meaning, rtl, pos.x_advance * scale)
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

    @staticmethod
    def _code(face: Face, gid: int, letters: str, rtl: bool, advance: float) -> int:
        """The character code that draws glyph ``gid`` and copies as ``letters``.

        A glyph whose own code point is exactly its letters keeps it. Any other glyph (a
        contextual form, a ligature, a base carrying a mark, the mark itself) gets a private
        code whose ToUnicode entry is its cluster's letters, on the cluster's first glyph
        only. A right-to-left glyph's letters are stored in visual order: readers reverse
        the glyphs of a right-to-left run, a ligature's letters included.
        """
        ttf = face.ttf
        mapped = ttf.face.glyphToChar.get(gid)
        if mapped and letters == chr(mapped[0]):
            return int(mapped[0])
        meaning = letters[::-1] if rtl else letters
        name = f"{face.hb_font.glyph_to_string(gid)}|{meaning}"
        code = int(ttf.hbAddPrivate(name, gid, advance))
        tounicode.remember(tounicode.face_key(ttf), code, meaning)
        return code

    def _tokens(self, text: str, bold: bool, home: Script, levels: list[int]) -> list[_Token]:
        """Cut a line at spaces and at changes of level or font (logical order)."""
        tokens: list[_Token] = []
        current: list[str] = []
        face: Face | None = None
        level = -1
        previous = home
        for char, char_level in zip(text, levels, strict=True):
            if char in CONTROLS:  # steers the levels, draws nothing
                continue
            if char == " ":
                if current:
                    tokens.append(_Token("".join(current), face, level))
                    current = []
                tokens.append(_Token(" ", None, char_level))
                continue
            char_face = self._faces.get((char, previous, bold))
            if char_face is None:  # raises MissingGlyph: only faces that draw are kept
                char_face = self.fonts.face_for(char, previous, text, bold)
                self._faces[char, previous, bold] = char_face
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
        key = (text, style.bold, style.size, home)
        found = self._widths.get(key)
        if found is not None:
            return found
        levels = [0] * len(text)  # widths do not depend on the direction
        total = 0.0
        for token in self._tokens(text, style.bold, home, levels):
            if token.face is None:
                total += self._space(style)
            else:
                rtl = token.face.script is Script.ARABIC
                total += self.shape(token.text, token.face, rtl).advance * style.size / 1000
        self._widths[key] = total
        return total

    def wrap(self, text: str, style: Style, width: float, home: Script = Script.LATIN) -> list[str]:
        """Lines in logical order, each at most ``width`` wide (a longer word stays whole)."""
        return [line.text for line in self.lines(text, style, width, home, rtl=None)]

    def lines(
        self, text: str, style: Style, width: float, home: Script, *, rtl: bool | None
    ) -> list[Line]:
        """Wrapped lines; with ``rtl`` given, each paragraph's bidi levels resolved once."""
        key = (text, style.bold, style.size, width, home, rtl)
        found = self._wrapped.get(key)
        if found is not None:
            return found
        try:
            lines = self._lines(text, style, width, home, rtl)
        except MissingGlyph as error:  # name the whole text, not just the word
            raise MissingGlyph(text, error.char, error.font) from None
        if len(self._wrapped) > 20_000:
            self._wrapped.clear()
        self._wrapped[key] = lines
        return lines

    def _lines(
        self, text: str, style: Style, width: float, home: Script, rtl: bool | None
    ) -> list[Line]:
        lines: list[Line] = []
        space = self._space(style)
        for raw in text.split("\n"):
            words = [word for word in raw.split(" ") if word]  # not split(): keep NBSP
            paragraph = " ".join(words)
            resolved = resolve(paragraph, rtl) if rtl is not None else None
            line: list[str] = []
            start = 0
            used = 0.0
            for word in words:
                word_width = self.width(word, style, home)
                if line and used + space + word_width > width:
                    joined = " ".join(line)
                    lines.append(Line(joined, resolved, start))
                    start += len(joined) + 1  # the space the line breaks at
                    line, used = [], 0.0
                used += (space if line else 0.0) + word_width
                line.append(word)
            lines.append(Line(" ".join(line), resolved, start))
        return lines

    # -- drawing -----------------------------------------------------------------------------

    def _placed(
        self, text: str, style: Style, home: Script, levels: list[int]
    ) -> tuple[list[tuple[_Token, Shaped | None, float]], float]:
        """A line's runs in visual order with their glyphs and advances, and its width.

        Kept per line text, style and levels: the lines of a handout recur in every handout
        of that language (a batch of fifty sets each sentence once).
        """
        key = (text, style.bold, style.size, home, tuple(levels))
        found = self._lines_placed.get(key)
        if found is not None:
            return found
        tokens = _runs(self._tokens(text, style.bold, home, levels))
        placed: list[tuple[_Token, Shaped | None, float]] = []
        for index in visual_order([token.level for token in tokens]):
            token = tokens[index]
            if token.face is None:
                placed.append((token, None, self._space(style)))
                continue
            shaped = self.shape(token.text, token.face, token.level % 2 == 1)
            placed.append((token, shaped, shaped.advance * style.size / 1000))
        result = placed, sum(advance for _, _, advance in placed)
        if len(self._lines_placed) > 20_000:  # bounded: a long session sets many names
            self._lines_placed.clear()
        self._lines_placed[key] = result
        return result

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
        levels: list[int] | None = None,
    ) -> float:
        """Draw one line on the baseline ``y`` in the box [x, x + width]; returns its width.

        ``align`` is "start" (left for left-to-right, right for right-to-left), "end" or
        "center". ``levels`` come from the line's paragraph; without them the line is
        resolved as a paragraph of its own.
        """
        if levels is None:
            levels = embedding_levels(text, rtl)
        placed, total = self._placed(text, style, home, levels)
        right_side = (align == "start") == rtl
        if align == "center":
            cursor = x + (width - total) / 2
        else:
            cursor = x + width - total if right_side else x
        # One text object per line, its origin moved per token: ReportLab's per-object
        # set-up (and a BT/ET pair per word in the file) was a third of a handout's time.
        text_object = canvas.beginText(cursor, y)
        font: tuple[str, float] | None = None
        for token, glyphs, advance in placed:
            if glyphs is None or token.face is None:
                # a real space glyph, not a gap: readers need not guess where words end
                face = self.fonts.face(Script.LATIN, style.bold)
                glyphs = self.shape(" ", face, False)
            else:
                face = token.face
            if font != (face.name, style.size):
                font = (face.name, style.size)
                text_object.setFont(face.name, style.size)
            text_object.setTextOrigin(cursor, y)
            text_object.textOut(glyphs.glyphs)
            cursor += advance
        canvas.drawText(text_object)
        return total

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
        lines = self.lines(text, style, width, home, rtl=rtl if canvas is not None else None)
        y = top - style.size
        for line in lines:
            if canvas is not None and line.text:
                self.draw_line(
                    canvas, line.text, style, x=x, y=y, width=width, rtl=rtl, align=align,
                    home=home, levels=line.levels(rtl),
                )  # fmt: skip
            y -= style.leading
        return len(lines) * style.leading


def _runs(tokens: list[_Token]) -> list[_Token]:
    """Words of one face and level with the spaces between them, as one token to shape.

    HarfBuzz shapes a run of words as it shapes each word (Arabic letters do not join across
    a space), and the spaces stay real glyphs of the run; drawing a line as a few runs
    instead of a token per word and per space makes a handout several times cheaper to
    write. A space at a change of face or level stays a token of its own.
    """
    out: list[_Token] = []
    spaces: list[_Token] = []
    for token in tokens:
        if token.face is None:
            spaces.append(token)
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.face is token.face
            and last.level == token.level
            and all(space.level == token.level for space in spaces)
            and token.face.covers(" ")
        ):
            out[-1] = _Token(last.text + " " * len(spaces) + token.text, token.face, token.level)
        else:
            out.extend(spaces)
            out.append(token)
        spaces = []
    out.extend(spaces)
    return out


__all__ = [
    "FSI",
    "PDI",
    "Line",
    "MissingGlyph",
    "Resolved",
    "Shaped",
    "Style",
    "Typesetter",
    "embedding_levels",
    "isolate",
    "resolve",
    "visible",
    "visual_order",
]
