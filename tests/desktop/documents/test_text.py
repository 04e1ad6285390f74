"""Bidi levels, visual order, language codes and the catalogs being complete."""

from __future__ import annotations

import pytest

from desktop.documents import Catalogs, UnknownLanguage, language, person_language
from desktop.documents.catalog import needs_translation, placeholders
from desktop.documents.extract import template
from desktop.documents.text import embedding_levels, visual_order


def test_levels_of_a_mixed_arabic_line() -> None:
    levels = embedding_levels("اتصل بـ Anna 0529", rtl=True)
    assert levels[0] == 1 and levels[-1] == 2  # Arabic right-to-left, digits inside it
    assert levels["اتصل بـ ".__len__()] == 2  # the Latin name


def test_format_characters_keep_a_level() -> None:
    text = "می\u200cخواهید"  # Persian with a zero-width non-joiner
    assert len(embedding_levels(text, rtl=True)) == len(text)


def test_visual_order_follows_rule_l2() -> None:
    assert visual_order([0, 0, 0]) == [0, 1, 2]
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]  # a Latin run inside Arabic


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ar", "ar"),
        ("ti-ER", "ti"),
        ("prs", "fa_AF"),
        ("fa-AF", "fa_AF"),
        ("fa", "fa"),
        ("fa-IR", "fa"),
        ("tr", "tr"),
        ("so", "so"),
        ("en-GB", "en"),
        ("nl", "nl"),
    ],
)
def test_language_codes(code: str, expected: str) -> None:
    assert language(code).code == expected


def test_unknown_language_and_person_language() -> None:
    with pytest.raises(UnknownLanguage, match="geen handouts"):
        language("xh")
    assert person_language("xh,ti").code == "ti"
    assert person_language("").code == "nl"


def test_placeholders() -> None:
    assert placeholders("Bel {name}: {phone}.") == {"name", "phone"}
    assert not needs_translation("• {item}")
    assert needs_translation("Om {time} uur")


def test_shipped_catalogs_match_the_template() -> None:
    """Every text in the code is in handouts.pot and translated in every catalog."""
    from desktop.documents import translation_report

    catalogs = Catalogs()
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template() if m.id}
    assert set(catalogs.template()) == ids
    for report in translation_report(catalogs):
        assert report.missing == () and report.fuzzy == () and report.broken == (), report
        assert report.status.value == "draft"  # no qualified translator has checked any yet
