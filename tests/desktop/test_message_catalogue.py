"""The core catalogue: every message id has an English translation with the same placeholders,
and errors, validation messages and journey notes render in the language the screens speak."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop.demo import populate_demo
from desktop.journey.engine import evaluate
from desktop.journey.facts import load_facts
from desktop.journey.rules import Term, Unit, load_rules
from desktop.message_catalogue import catalogue_dir, catalogue_problems, placeholders, template
from desktop.messages import Message, Problem, message, set_language
from desktop.store import Store
from desktop.store.errors import WrongPassphrase
from desktop.sync.errors import ShareUnavailable

TODAY = date(2025, 3, 10)
DUTCH_WORDS = {"na", "weken", "maanden", "uitkomst", "elke", "gepland", "termijn", "jaar", "de"}


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nl")


def test_every_message_has_an_english_translation_with_its_placeholders() -> None:
    assert catalogue_problems("en") == []


def test_the_template_is_up_to_date() -> None:
    """``scripts/translations.py`` was run after the last change to a message id."""
    with (catalogue_dir() / "core.pot").open("rb") as handle:
        shipped = {str(entry.id) for entry in read_po(handle) if entry.id}
    assert shipped == {str(entry.id) for entry in template() if entry.id}


def test_a_missing_or_misplaced_placeholder_is_reported(tmp_path: Path) -> None:
    source = (catalogue_dir() / "en.po").read_text(encoding="utf-8")
    broken = source.replace('msgstr "{term} after {anchor}"', 'msgstr "{termijn} after {anchor}"')
    broken = broken.replace('msgstr "This is not a number."', 'msgstr ""')
    (tmp_path / "en.po").write_text(broken, encoding="utf-8")
    problems = catalogue_problems("en", tmp_path)
    assert len(problems) == 2
    assert any("other placeholders" in p and "{termijn}" in p for p in problems)
    assert any("untranslated" in p and "Dit is geen getal." in p for p in problems)


def test_placeholders_are_the_format_fields() -> None:
    assert placeholders("{a} en {b} ({a})") == {"a", "b"}
    assert placeholders("geen") == set()


def test_errors_speak_the_current_language(english: None) -> None:
    assert str(WrongPassphrase()) == (
        "The passphrase is not right. Mind capital letters and Caps Lock."
    )
    assert isinstance(ShareUnavailable(), Problem)
    assert str(ShareUnavailable()).startswith("The team folder cannot be reached")
    set_language("nl")
    assert str(WrongPassphrase()).startswith("Het wachtwoord klopt niet.")


def test_a_message_is_rendered_when_shown_not_when_made() -> None:
    error = WrongPassphrase()
    note = Message("elke {term}", {"term": Term(3, Unit.MONTHS).as_message()})
    set_language("en")
    try:
        assert str(error).startswith("The passphrase is not right")
        assert str(note) == "every 3 months"
        assert str(Term(1, Unit.YEARS).as_message()) == "1 year"
    finally:
        set_language("nl")
    assert str(note) == "elke 3 maanden"


def test_a_translation_with_a_broken_placeholder_falls_back_to_dutch() -> None:
    text = message("afgerond op {date}", date="01-02-2025")
    assert text.render("en") == "completed on 01-02-2025"
    assert message("{onbekend} id", onbekend="x").render("en") == "x id"


def test_journey_notes_and_warnings_in_english(store: Store, english: None) -> None:
    populate_demo(store, people=120, today=TODAY, seed=3)
    rules = load_rules()
    with store.reading() as session:
        facts = load_facts(session)
    seen = 0
    for person_facts in facts.values():
        for today in (TODAY, date(2027, 1, 1)):
            journey = evaluate(person_facts, rules, today)
            texts = [s.note for s in journey.steps] + [v.message for v in journey.violations]
            for text in filter(None, texts):
                words = set(re.findall(r"\w+", text.lower()))
                assert not words & DUTCH_WORDS, text
                seen += 1
    assert seen > 500
