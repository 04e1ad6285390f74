"""The four handouts in every language, read back from real PDFs."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from desktop.documents import LANGUAGES, DocumentKind, HandoutMaker, MissingGlyph, language
from desktop.documents.data import load_handout_person
from desktop.documents.render import _TITLES
from desktop.store import Store
from tests.desktop.documents.conftest import HEALTH_SECRET, TODAY, Word, pdf_text, pdf_words

_PUNCTUATION = "()[].,:;!?،؟።፣"


def _clean(word: str) -> str:
    """A word without its punctuation, ZWNJ or combining marks.

    Readers give a Persian word with a ZWNJ joined up (دعوتنامه) and a mark drawn as a glyph
    of its own (ٔ, ّ) beside its word; the letters and their order are what is compared.
    """
    kept = "".join(c for c in word if c != "\u200c" and unicodedata.category(c) != "Mn")
    return kept.strip(_PUNCTUATION)


def _words(text: str) -> list[str]:
    return [w for w in (_clean(part) for part in text.split()) if w]


def _person(store: Store, maker: HandoutMaker, person_id: str):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return load_handout_person(session, person_id, today=TODAY, rules=maker.rules)


@pytest.mark.parametrize("code", list(LANGUAGES))
@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_shows_its_title_in_dutch_and_in_the_language(
    store: Store,
    people: dict[str, str],
    maker: HandoutMaker,
    tmp_path: Path,
    kind: DocumentKind,
    code: str,
) -> None:
    person = _person(store, maker, people["ar"])
    lang = LANGUAGES[code]
    handout = maker.render(kind, person, lang, today=TODAY)
    assert handout.pdf.startswith(b"%PDF")
    found = {_clean(word) for word in pdf_text(handout.pdf, tmp_path).split()}
    title = _TITLES[kind]
    assert set(_words(title)) <= found, f"Dutch title missing in {kind} {code}"
    translated = maker.catalogs.translation(lang).phrase(title)
    assert not translated.fallback
    assert set(_words(translated.text)) <= found, f"translated title missing in {kind} {code}"
    assert "Rami" in found and "Haddad" in found
    assert "رامي" in found  # the name in its own script


def _line_of(words: list[Word], logical: list[str], right_half: float) -> list[Word]:
    """The line of the right-hand (translated) column where ``logical`` starts."""
    for first in words:
        if _clean(first.text) != logical[0] or first.x_min <= right_half:
            continue
        line = [
            w
            for w in words
            if w.page == first.page and abs(w.y_min - first.y_min) < 2 and w.x_min > right_half
        ]
        if set(logical[1:3]) <= {_clean(w.text) for w in line}:
            return line
    raise AssertionError(f"no line starts with {logical[:2]}")


@pytest.mark.parametrize("code", ["ar", "fa_AF", "fa"])
def test_right_to_left_lines_run_from_right_to_left(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path, code: str
) -> None:
    """Objective word order: the first logical word of a line is the right-most glyph box."""
    person = _person(store, maker, people["ar"])
    lang = LANGUAGES[code]
    handout = maker.render(DocumentKind.KLANTREIS, person, lang, today=TODAY)
    words = pdf_words(handout.pdf, tmp_path)
    page_width = 595.0
    sentence = (
        maker.catalogs.translation(lang)
        .phrase("Een test op de computer. Zo weten we hoe u het beste leert.")
        .text
    )
    logical = _words(sentence)
    line = _line_of(words, logical, page_width / 2)
    visual = [_clean(w.text) for w in sorted(line, key=lambda w: -w.x_max) if _clean(w.text)]
    assert len(visual) >= 3
    assert visual == logical[: len(visual)], (visual, logical)


def test_mixed_arabic_line_keeps_latin_names_and_numbers_in_place(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    person = _person(store, maker, people["ar"])
    handout = maker.render(DocumentKind.KLANTREIS, person, language("ar"), today=TODAY)
    words = pdf_words(handout.pdf, tmp_path)
    arabic = [w for w in words if w.x_min > 297 and w.page == 1]
    anna = next(w for w in arabic if _clean(w.text) == "Anna")
    vries = next(w for w in arabic if _clean(w.text).startswith("Vries"))
    # The Latin name keeps its own left-to-right order inside the right-to-left line.
    assert anna.x_min < vries.x_min or anna.y_min < vries.y_min
    text = " ".join(w.text for w in words)
    assert "0529" in text and "12" in text


def test_tigrinya_in_ethiopic_script_with_ethiopic_month_names(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    person = _person(store, maker, people["ti"])
    handout = maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    text = pdf_text(handout.pdf, tmp_path)
    assert "ናይ" in text and "ጉዕዞኹም" in text
    assert "መስከረም" in text  # September (Koffie en Koek held on 16-09-2024), in Tigrinya
    assert "16 september 2024" in text  # and in Dutch on the left


def test_syrian_arabic_dates_use_levantine_month_names(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    person = _person(store, maker, people["ar"])
    handout = maker.render(DocumentKind.UITNODIGING, person, language("ar"), today=TODAY)
    text = pdf_text(handout.pdf, tmp_path)
    assert "آذار" in text  # the progress talk on 20 March 2025, for a reader from Syria
    assert "20 maart 2025" in text and "09:30" in text


def test_every_character_is_checked_against_its_font(maker: HandoutMaker) -> None:
    from desktop.documents.text import Style

    with pytest.raises(MissingGlyph) as caught:
        maker.typesetter.width("Welkom 漢字", Style(12))
    message = str(caught.value)
    assert "Welkom 漢字" in message and "U+6F22" in message and "Noto Sans" in message


def test_a_translation_with_a_missing_glyph_stops_the_handout(
    store: Store, people: dict[str, str], catalog_copy: Path, copy_maker: HandoutMaker
) -> None:
    po = catalog_copy / "ar.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "رحلتك (klantreis)"', 'msgstr "رحلتك ☃"'),
        encoding="utf-8",
    )
    person = _person(store, copy_maker, people["ar"])
    with pytest.raises(MissingGlyph, match="رحلتك ☃"):
        copy_maker.render(DocumentKind.KLANTREIS, person, language("ar"), today=TODAY)


def _set_msgstr(po: Path, msgid: str, msgstr: str) -> None:
    text = po.read_text(encoding="utf-8")
    pattern = re.compile(rf'(msgid "{re.escape(msgid)}"\nmsgstr )"[^\n]*"')
    assert pattern.search(text), msgid
    po.write_text(pattern.sub(lambda m: m.group(1) + f'"{msgstr}"', text), encoding="utf-8")


def test_a_missing_translation_falls_back_to_dutch_visibly(
    store: Store,
    people: dict[str, str],
    catalog_copy: Path,
    copy_maker: HandoutMaker,
    tmp_path: Path,
) -> None:
    _set_msgstr(catalog_copy / "ti.po", "Bewaar dit papier. Neem het mee naar elk gesprek.", "")
    person = _person(store, copy_maker, people["ti"])
    handout = copy_maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    assert handout.fallbacks == 1
    words = pdf_words(handout.pdf, tmp_path)
    tag = next(w for w in words if w.text == "[NL]")
    assert tag.x_min > 297  # in the Tigrinya column, marked as Dutch
    same_line = " ".join(w.text for w in words if abs(w.y_min - tag.y_min) < 2)
    assert same_line.count("Bewaar") == 2  # the Dutch column and the fallback beside it
    from desktop.documents import translation_report

    report = {r.language.code: r for r in translation_report(copy_maker.catalogs)}
    assert "Bewaar dit papier. Neem het mee naar elk gesprek." in report["ti"].missing
    assert report["ar"].missing == ()


def test_a_translation_with_wrong_placeholders_is_not_used(
    store: Store,
    people: dict[str, str],
    catalog_copy: Path,
    copy_maker: HandoutMaker,
    tmp_path: Path,
) -> None:
    _set_msgstr(catalog_copy / "ti.po", "Uiterlijk {date}", "እንተደንጎየ {datum}")
    translation = copy_maker.catalogs.translation(language("ti"))
    assert "Uiterlijk {date}" in translation.broken
    assert translation.phrase("Uiterlijk {date}", date="x").fallback


def test_draft_languages_carry_a_marker_and_reviewed_ones_do_not(
    store: Store,
    people: dict[str, str],
    catalog_copy: Path,
    copy_maker: HandoutMaker,
    tmp_path: Path,
) -> None:
    person = _person(store, copy_maker, people["ti"])
    draft = copy_maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    assert draft.draft
    assert "Conceptvertaling" in pdf_text(draft.pdf, tmp_path)
    from desktop.documents.extract import mark_reviewed

    assert mark_reviewed(language("ti"), "Selam Tekle", copy_maker.catalogs) > 50
    reviewed = copy_maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    assert not reviewed.draft
    assert "Conceptvertaling" not in pdf_text(reviewed.pdf, tmp_path)
    dutch = copy_maker.render(DocumentKind.KLANTREIS, person, language("nl"), today=TODAY)
    assert "Conceptvertaling" not in pdf_text(dutch.pdf, tmp_path)


def test_a_translators_edit_shows_in_the_next_print(
    store: Store,
    people: dict[str, str],
    catalog_copy: Path,
    copy_maker: HandoutMaker,
    tmp_path: Path,
) -> None:
    person = _person(store, copy_maker, people["ti"])
    msgid = "Een test op de computer. Zo weten we hoe u het beste leert."
    before = copy_maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    assert "ብዝሓሸ" not in pdf_text(before.pdf, tmp_path)
    _set_msgstr(catalog_copy / "ti.po", msgid, "ፈተና ኣብ ኮምፒዩተር። ብዝሓሸ ከመይ ከም እትመሃሩ ንፈልጥ።")
    after = copy_maker.render(DocumentKind.KLANTREIS, person, language("ti"), today=TODAY)
    assert "ብዝሓሸ" in pdf_text(after.pdf, tmp_path)


def test_the_pip_summary_is_marked_and_leaves_out_health(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    person = _person(store, maker, people["ar"])
    assert person.pip is not None
    assert all(not domain.is_sensitive for domain, _ in person.pip.agreements)
    handout = maker.render(DocumentKind.PIP, person, language("ar"), today=TODAY)
    text = pdf_text(handout.pdf, tmp_path)
    assert "beschikking." in text and "samenvatting." in text
    assert "PTSS" not in text and HEALTH_SECRET not in text
    assert "dagdelen" in text  # the agreement itself, in the consultant's Dutch words


def test_an_invitation_without_a_planned_talk_leaves_lines_to_fill_in(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path
) -> None:
    person = _person(store, maker, people["prs"])
    handout = maker.render(
        DocumentKind.UITNODIGING, person, language("prs"), today=TODAY, appointment="brede_intake"
    )
    text = pdf_text(handout.pdf, tmp_path)
    assert "____________________" in text and "Brede Intake" in text
    assert "ترجمان" in text  # Dari: an interpreter is arranged (Farsi would say مترجم)


def test_the_support_map_comes_from_the_editable_list(
    store: Store, people: dict[str, str], tmp_path: Path
) -> None:
    from desktop.documents.config import load_config

    toml = tmp_path / "kaart.toml"
    toml.write_text(
        '[gemeente]\nnaam = "Gemeente Proefdorp"\n\n[[organisatie]]\nnaam = "Fietsschool"\n'
        'pictogram = "group"\nhelpt_met = "Fietsles voor volwassenen."\ntelefoon = "06 1234"\n',
        encoding="utf-8",
    )
    maker = HandoutMaker(config=load_config(toml))
    handout = maker.render(DocumentKind.SOCIALE_KAART, None, language("ar"), today=TODAY)
    words = pdf_words(handout.pdf, tmp_path)
    text = " ".join(w.text for w in words)
    assert "Fietsschool" in text and "Proefdorp" in text
    tag = next(w for w in words if w.text == "[NL]")  # not translated yet: Dutch, marked
    assert tag.x_min > 297


def test_rendering_writes_no_files(
    store: Store,
    people: dict[str, str],
    maker: HandoutMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tempfile

    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    temp = Path(tempfile.gettempdir())
    before = set(temp.iterdir())
    handout = maker.render_for(store, people["ar"], DocumentKind.KLANTREIS, today=TODAY)
    assert handout.pdf.startswith(b"%PDF")
    assert list(work.iterdir()) == []
    assert {p for p in set(temp.iterdir()) - before if p.suffix == ".pdf"} == set()


def test_an_edit_after_review_shows_as_unreviewed(
    catalog_copy: Path, copy_maker: HandoutMaker
) -> None:
    """The review is per entry: changing one reviewed text makes that text (and so the
    language) a draft again, and the report names it."""
    from desktop.documents import translation_report
    from desktop.documents.extract import mark_reviewed

    ti = language("ti")
    mark_reviewed(ti, "Selam Tekle", copy_maker.catalogs)
    assert not copy_maker.catalogs.translation(ti).draft
    text = (catalog_copy / "ti.po").read_text(encoding="utf-8")
    assert text.count("# reviewed: Selam Tekle, ") > 50
    _set_msgstr(catalog_copy / "ti.po", "Bewaar dit papier. Neem het mee naar elk gesprek.", "ሓድሽ")
    translation = copy_maker.catalogs.translation(ti)
    assert translation.draft
    assert translation.unreviewed == {"Bewaar dit papier. Neem het mee naar elk gesprek."}
    report = {r.language.code: r for r in translation_report(copy_maker.catalogs)}
    assert report["ti"].unreviewed == ("Bewaar dit papier. Neem het mee naar elk gesprek.",)
    assert report["ar"].status.value == "draft"  # nobody reviewed Arabic


@pytest.mark.parametrize(
    ("code", "months", "expected"),
    [
        ("ar", 1, "كل شهر نتحدث"),
        ("ar", 2, "كل شهرين نتحدث"),
        ("ar", 3, "كل 3 أشهر نتحدث"),
        ("ar", 12, "كل 12 شهرًا نتحدث"),
        ("en", 1, "Every month we talk"),
        ("en", 6, "Every 6 months we talk"),
        ("nl", 1, "Elke maand praten"),
        ("nl", 3, "Elke 3 maanden praten"),
        ("fa", 1, "هر 1 ماه"),
    ],
)
def test_counts_take_each_languages_plural_form(
    maker: HandoutMaker, code: str, months: int, expected: str
) -> None:
    from desktop.documents.klantreis import STEPS

    (step,) = [step for step in STEPS if step.key == "voortgang"]
    phrase = maker.catalogs.translation(language(code)).phrase(step.explanation, months=months)
    assert not phrase.fallback
    assert phrase.text.startswith(expected), phrase.text
