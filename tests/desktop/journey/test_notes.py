"""Every note and warning of the engine also comes as a key with named values, for the screens."""

from __future__ import annotations

from datetime import date

from desktop.demo import populate_demo
from desktop.journey.engine import evaluate
from desktop.journey.facts import load_facts
from desktop.journey.rules import load_rules
from desktop.store import Store

TODAY = date(2025, 3, 10)


def test_every_note_has_a_key(store: Store) -> None:
    populate_demo(store, people=200, today=TODAY, seed=2)
    rules = load_rules()
    with store.reading() as session:
        facts = load_facts(session)
    keys = set()
    for person_facts in facts.values():
        for today in (TODAY, date(2027, 1, 1)):
            journey = evaluate(person_facts, rules, today)
            for state in journey.steps:
                if state.note:
                    assert state.note_key, state
                    keys.add(state.note_key)
                hash(state)  # the structured note keeps the state hashable
            for violation in journey.violations:
                hash(violation)
    assert len(keys) > 20
