"""Every note and warning of the engine is a message of the core catalogue (Dutch id, values)."""

from __future__ import annotations

from datetime import date

from desktop.demo import populate_demo
from desktop.journey.engine import evaluate
from desktop.journey.facts import load_facts
from desktop.journey.rules import load_rules
from desktop.messages import Message
from desktop.store import Store

TODAY = date(2025, 3, 10)


def test_every_note_is_a_message(store: Store) -> None:
    populate_demo(store, people=200, today=TODAY, seed=2)
    rules = load_rules()
    with store.reading() as session:
        facts = load_facts(session)
    ids = set()
    for person_facts in facts.values():
        for today in (TODAY, date(2027, 1, 1)):
            journey = evaluate(person_facts, rules, today)
            for state in journey.steps:
                if state.text is not None:
                    assert isinstance(state.text, Message)
                    assert state.note == state.text.render("nl") != ""
                    ids.add(state.text.text)
                else:
                    assert state.note == ""
                hash(state)  # the message keeps the state hashable
            for violation in journey.violations:
                assert violation.message == violation.text.render("nl")
                hash(violation)
    assert len(ids) > 20
