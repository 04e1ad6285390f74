"""The rules file: calendar arithmetic, the shipped Dalfsen file and clear errors."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.enums import Category, Route, TestOutcome
from desktop.journey.rules import (
    Anchor,
    RulesError,
    Term,
    Unit,
    add_months,
    default_rules_path,
    load_rules,
)

SHIPPED = default_rules_path()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 3, 31), 3, date(2025, 6, 30)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 5, 31), -3, date(2025, 2, 28)),
        (date(2025, 8, 31), 18, date(2027, 2, 28)),
    ],
)
def test_add_months_counts_calendar_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 120))
def test_add_months_lands_in_the_right_month_and_never_overshoots(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day
    assert result >= start


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (Term(14, Unit.DAYS), date(2025, 2, 14)),
        (Term(3, Unit.WEEKS), date(2025, 2, 21)),
        (Term(1, Unit.MONTHS), date(2025, 2, 28)),
        (Term(1, Unit.YEARS), date(2026, 1, 31)),
    ],
)
def test_term_after_uses_its_unit(term: Term, expected: date) -> None:
    assert term.after(date(2025, 1, 31)) == expected


def test_term_describes_itself_in_dutch() -> None:
    assert Term(3, Unit.WEEKS).describe() == "3 weken"
    assert Term(1, Unit.MONTHS).describe() == "1 maand"
    assert Term(3, Unit.YEARS).describe() == "3 jaar"
    assert Term(1, Unit.DAYS).describe() == "1 dag"


def test_the_shipped_dalfsen_rules_load_with_their_terms() -> None:
    rules = load_rules()
    assert rules.municipality == "Dalfsen"
    assert rules.koffie_en_koek.term == Term(3, Unit.WEEKS)
    assert rules.brede_intake.term == Term(2, Unit.WEEKS)
    assert rules.pip.term == Term(10, Unit.WEEKS)
    assert rules.starterz.term == Term(10, Unit.WEEKS)
    assert rules.voortgang.interval == Term(3, Unit.MONTHS)
    assert rules.voortgang.minimum_formal_first_year == 2
    assert rules.route_change.maximum == 1
    assert rules.pvt.term == Term(18, Unit.MONTHS)
    assert rules.pvt.anchors == (Anchor.BESCHIKKING,)
    assert rules.pvt.working_agreement  # not a term of the Wi2021 as enacted
    assert rules.ontzorgen.term == Term(6, Unit.MONTHS)
    assert rules.inburgeringstermijn.term == Term(3, Unit.YEARS)
    assert (rules.z_route.language_hours, rules.z_route.participation_hours) == (800, 800)
    assert Route.ONDERWIJS not in rules.map.routes
    assert {Route.B1, Route.Z} <= rules.map.routes
    assert rules.due_soon == Term(14, Unit.DAYS)
    assert Category.GEZINSMIGRANT not in rules.koffie_en_koek.categories
    fits = rules.leerbaarheidstoets.route_fits
    assert fits(TestOutcome.B1, Route.ONDERWIJS)
    assert fits(TestOutcome.TWIJFEL, Route.Z)
    assert not fits(TestOutcome.B1, Route.Z)
    assert not fits(TestOutcome.Z, Route.B1)


def test_every_term_in_the_shipped_file_names_its_source() -> None:
    data = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    for name, section in data.items():
        assert section.get("bron"), f"[{name}] has no bron"
    # Every rule cites a seed document or the law.
    sources = " ".join(section["bron"] for name, section in data.items() if name != "algemeen")
    assert re.search(r"00[12]:\d+", sources)
    assert "Wet inburgering 2021" in sources


def _write_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "gemeente.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        (
            'termijn = "10 weken"\nvanaf = ["melding"',
            'vanaf = ["melding"',
            "pip.termijn",
            "ontbreekt",
        ),
        ('termijn = "3 weken"', "termijn = 3", "koffie_en_koek.termijn", "moet tekst zijn"),
        ('termijn = "3 weken"', 'termijn = "-3 weken"', "koffie_en_koek.termijn", "negatief"),
        ('termijn = "3 weken"', 'termijn = "3 fortnights"', "koffie_en_koek.termijn", "eenheid"),
        ('termijn = "3 weken"', 'termijn = "drie weken"', "koffie_en_koek.termijn", "getal"),
        ("maximaal = 1", "maximaal = -1", "route_wijziging.maximaal", "negatief"),
        ("maximaal = 1", 'maximaal = "1"', "route_wijziging.maximaal", "geheel getal"),
        ("taaluren = 800", "taaluren = 800.5", "z_route.taaluren", "geheel getal"),
        (
            'vanaf = ["beschikking"]\nsoort = "werkafspraak"',
            'vanaf = ["morgen"]\nsoort = "werkafspraak"',
            "pvt.vanaf",
            "onbekende waarde",
        ),
        ('soort = "wet"', 'soort = "wens"', "pip.soort", "werkafspraak"),
        ('routes = ["b1"', 'routes = ["b2"', "map.routes", "onbekende waarde"),
        ('twijfel = ["b1", "z"]', "", "passende_routes.twijfel", "ontbreekt"),
        ("[z_route]", "[z_route]\ntaalniveau = 1", "z_route.taalniveau", "onbekende sleutel"),
        ("[algemeen]\n", "[algemen]\n", "algemen", "onbekende sectie"),
        (
            "keuze_na_starterz_telt_mee = false",
            "keuze_na_starterz_telt_mee = 0",
            "route_wijziging.keuze_na_starterz_telt_mee",
            "true of false",
        ),
    ],
)
def test_a_bad_value_names_the_file_and_the_key_in_dutch(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = _write_variant(tmp_path, old, new)
    with pytest.raises(RulesError) as raised:
        load_rules(path)
    message = str(raised.value)
    assert message.startswith(f"Regelbestand {path}")
    assert key in message
    assert problem in message


def test_a_missing_section_is_named(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index("[ontzorgen]")
    end = text.index("[inburgeringstermijn]")
    path = tmp_path / "gemeente.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(RulesError, match=r"'ontzorgen' ontbreekt"):
        load_rules(path)


def test_a_missing_file_and_broken_toml_are_rules_errors(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="bestaat niet"):
        load_rules(tmp_path / "nergens.toml")
    broken = tmp_path / "kapot.toml"
    broken.write_text("[pip\ntermijn = ", encoding="utf-8")
    with pytest.raises(RulesError, match="geen geldige TOML"):
        load_rules(broken)


def test_english_units_are_accepted_too(tmp_path: Path) -> None:
    path = _write_variant(tmp_path, 'termijn = "3 weken"', 'termijn = "21 days"')
    assert load_rules(path).koffie_en_koek.term == Term(21, Unit.DAYS)
