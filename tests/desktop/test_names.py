"""Names found however they were spelled, and two-digit years read as the field means them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.names import sounds_like
from desktop.domain.text import search_key
from desktop.dossier.validation import normalise_date, parse_date, resolve_year

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("mohamed", "Mohammed Haddad"),
        ("mohammed", "Muhammad Ali"),
        ("muhammad", "Mohamed Yilmaz"),
        ("hussein", "Hossein Ahmadi"),
        ("yusuf", "Youssef Kidane"),
        ("abdelrahman", "Abdul Rahman Saleh"),
        ("janssen", "Olga Jansen"),
        ("hadad", "Rami Haddad"),
        ("moha", "Muhammad Ali"),  # while typing
        ("fatma", "Fatima Tesfay"),
    ],
)
def test_spellings_of_a_name_find_each_other(typed: str, name: str) -> None:
    assert sounds_like(search_key(typed), search_key(name))


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("mohamed", "Mehmet Yilmaz"),
        ("mohamed", "Mahmoud Saleh"),
        ("haddad", "Hamdan Ali"),
        ("senait", "Farid Ahmadi"),
        ("mo", "Muhammad Ali"),  # too short to match by sound
    ],
)
def test_other_names_are_not_found(typed: str, name: str) -> None:
    assert not sounds_like(search_key(typed), search_key(name))


def test_every_typed_word_must_match() -> None:
    assert sounds_like("mohamed haddad", search_key("Mohammed Hadad"))
    assert not sounds_like("mohamed jansen", search_key("Mohammed Hadad"))


def test_a_birth_date_with_two_digits_lies_in_the_past() -> None:
    assert parse_date("12-3-85", past=True, today=TODAY) == date(1985, 3, 12)
    assert parse_date("12-3-26", past=True, today=TODAY) == date(2026, 3, 12)
    assert parse_date("12-12-26", past=True, today=TODAY) == date(1926, 12, 12)  # not yet


def test_an_appointment_with_two_digits_lies_near_today() -> None:
    assert parse_date("1-1-27", today=TODAY) == date(2027, 1, 1)
    assert resolve_year(85, 1, 1, past=False, today=TODAY) == 1985
    assert resolve_year(76, 1, 1, past=False, today=TODAY) == 2076
    assert resolve_year(77, 1, 1, past=False, today=TODAY) == 1977


def test_dates_are_normalised() -> None:
    assert normalise_date("1-1-26", today=TODAY) == "01-01-2026"
    assert normalise_date("2026-01-01", today=TODAY) == "01-01-2026"
    assert normalise_date("1.1.2026", today=TODAY) == "01-01-2026"
    assert normalise_date(" 31-2-2026 ", today=TODAY) == "31-2-2026"  # not a date: as typed
    with pytest.raises(ValueError):
        parse_date("12-3-198", today=TODAY)
