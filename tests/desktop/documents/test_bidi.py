"""Right-to-left paragraphs: paired brackets, isolated values, punctuation at a line break.

Checked on the drawn glyphs (MuPDF's words with their boxes, right-most first in an Arabic
line) and on the text that copying gives in PDFium (Chrome, Edge, the app's preview) and in
Poppler (pdftotext's default mode).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import DocumentKind, HandoutMaker, language
from desktop.documents.config import load_config
from desktop.documents.text import isolate, resolve
from tests.desktop.documents.conftest import TODAY, pdf_words, pdfium_text, poppler_text

PLACE = "ROL Zwolle (AZC)"


def test_paired_brackets_take_the_direction_of_their_content() -> None:
    """UAX #9 rule N0: both brackets of "(AZC)" are left-to-right in an Arabic paragraph."""
    text = f"المكان: {PLACE}"
    levels = resolve(text, rtl=True).levels
    opening, closing = text.index("("), text.index(")")
    assert levels[opening] == levels[closing] == levels[text.index("A")] == 2


def test_an_isolated_value_keeps_its_direction_and_lets_punctuation_go() -> None:
    text = f"العنوان: {isolate('Bibliotheek Dalfsen')}، الطابق"
    levels = resolve(text, rtl=True).levels
    assert levels[text.index("،")] == 1  # the Arabic comma stays with the Arabic text


def test_a_line_gets_levels_from_its_paragraph() -> None:
    """Resolved once for the paragraph: the comma before a line break stays after its word."""
    text = "العنوان: Bibliotheek Dalfsen, Wilhelminastraat 1"
    resolved = resolve(text, rtl=True)
    comma = text.index(",")
    assert resolved.levels[comma] == 2  # between two Latin words: left-to-right
    first_line = resolved.line(0, comma + 1)
    assert first_line[comma] == 2  # not sent to the far side by the end of the line
    assert resolve(text[: comma + 1], rtl=True).levels[comma] == 1  # what per line did


@pytest.fixture
def place_maker(tmp_path: Path) -> HandoutMaker:
    toml = tmp_path / "kaart.toml"
    toml.write_text(
        f'[gemeente]\nnaam = "Gemeente Dalfsen"\ngespreksplaats = "{PLACE}"\n\n'
        '[[organisatie]]\nnaam = "Taalpunt"\npictogram = "group"\nhelpt_met = "Taalles."\n'
        'adres = "Bibliotheek Dalfsen, Wilhelminastraat 1, 7721 CJ Dalfsen"\n',
        encoding="utf-8",
    )
    return HandoutMaker(config=load_config(toml))


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_the_invitation_prints_the_place_with_its_brackets_right(
    store, people: dict[str, str], place_maker: HandoutMaker, tmp_path: Path, code: str
) -> None:
    handout = place_maker.render_for(
        store, people["prs"], DocumentKind.UITNODIGING, today=TODAY, lang=code,
        appointment="brede_intake",
    )  # fmt: skip
    words = [w for w in pdf_words(handout.pdf, tmp_path) if w.x_min > 297]
    rol = next(w for w in words if w.text == "ROL")
    line = sorted((w for w in words if abs(w.y_min - rol.y_min) < 2), key=lambda w: w.x_min)
    assert [w.text for w in line] == ["ROL", "Zwolle", "(AZC)"]  # not "(ROL Zwolle (AZC"
    for reader in (pdfium_text(handout.pdf), poppler_text(handout.pdf, tmp_path)):
        assert PLACE in reader


def test_a_comma_at_a_line_break_stays_with_its_word_on_the_support_map(
    place_maker: HandoutMaker, tmp_path: Path
) -> None:
    handout = place_maker.render(DocumentKind.SOCIALE_KAART, None, language("ar"), today=TODAY)
    words = [w for w in pdf_words(handout.pdf, tmp_path) if w.x_min > 297]
    dalfsen = next(w for w in words if w.text.startswith("Dalfsen,"))
    line = [w for w in words if abs(w.y_min - dalfsen.y_min) < 2]
    bibliotheek = next(w for w in line if w.text == "Bibliotheek")
    assert bibliotheek.x_max < dalfsen.x_min  # "Bibliotheek Dalfsen," left to right
    assert not any(w.text.startswith(",") for w in line)  # no comma on the far side


@pytest.mark.parametrize("code", ["ar", "fa_AF", "fa"])
def test_copying_arabic_script_gives_the_words_in_reading_order(
    store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path, code: str
) -> None:
    """PDFium and Poppler both give the translated sentence as a person reads it."""
    handout = maker.render_for(store, people["ar"], DocumentKind.KLANTREIS, today=TODAY, lang=code)
    sentence = (
        maker.catalogs.translation(language(code))
        .phrase("Een test op de computer. Zo weten we hoe u het beste leert.")
        .text
    )
    first_words = " ".join(sentence.replace("\u200c", "").split()[:2])  # before any full stop
    for reader in (pdfium_text(handout.pdf), poppler_text(handout.pdf, tmp_path)):
        assert first_words in reader.replace("\u200c", "")
