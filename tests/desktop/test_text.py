"""Search folding and the BSN eleven-test."""

from __future__ import annotations

import pytest

from desktop.domain.bsn import InvalidBsn, bsn_problem, normalise_bsn, validate_bsn
from desktop.domain.text import is_right_to_left, search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("celik", "Çelik"),
        ("yilmaz ibrahim", "Yılmaz İbrahim"),
        ("amal", "AMAL"),
        ("أمل", "أَمَل"),  # vowel marks ignored
        ("احمد", "أحمد"),  # hamza on alef
        ("فاطمه", "فاطمة"),  # ta marbuta
        ("ሰናይት", "ሰናይት"),
        ("محمدی", "محمدي"),  # Persian yeh
    ],
)
def test_search_key_folds_what_people_type(typed: str, stored: str) -> None:
    assert search_key(typed) in search_key(stored)


def test_search_key_keeps_distinct_ethiopic_syllables() -> None:
    assert search_key("ሰ") != search_key("ሱ")


def test_direction() -> None:
    assert is_right_to_left("أمل حداد")
    assert not is_right_to_left("Amal Haddad")
    assert not is_right_to_left("ሰናይት")
    assert is_right_to_left("123 أمل")


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "11122 2333", "111.222.333", "12345672"])
def test_valid_bsn(bsn: str) -> None:
    assert bsn_problem(bsn) is None
    assert len(validate_bsn(bsn)) == 9


@pytest.mark.parametrize(
    ("bsn", "fragment"),
    [
        ("111222334", "elfproef"),
        ("12345", "9 cijfers"),
        ("12345678901", "9 cijfers"),
        ("1234567a2", "alleen uit cijfers"),
        ("000000000", "geen geldig"),
        ("١١١٢٢٢٣٣٣", "alleen uit cijfers"),  # Arabic-Indic digits are not accepted silently
    ],
)
def test_invalid_bsn_explains_in_dutch(bsn: str, fragment: str) -> None:
    problem = bsn_problem(bsn)
    assert problem is not None and fragment in problem
    with pytest.raises(InvalidBsn):
        validate_bsn(bsn)


def test_eight_digit_bsn_gets_leading_zero() -> None:
    assert normalise_bsn("12345672") == "012345672"
