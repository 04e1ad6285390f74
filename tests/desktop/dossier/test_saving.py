"""The one write path: every form saved through the registry, its author stamped by the store."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.model import KoffieEnKoek, Person
from desktop.dossier import saving
from desktop.dossier.forms import FORMS
from desktop.dossier.validation import ValidationFailed
from desktop.journey.rules import Rules
from desktop.store import Store
from tests.desktop.dossier.conftest import TODAY

KEK = {"held_on": "20-01-2025", "place": "rol", "interpreter_mode": "geen"}


def test_every_dossier_form_has_one_save_function() -> None:
    for key in (*FORMS, "residence", "activity", "member"):
        assert key in saving.SAVERS, key
    assert saving.removable("residence") and saving.removable("activity")
    assert not saving.removable("person")
    with pytest.raises(ValueError, match="twice"):
        saving.register("person", saving.SAVERS["person"])


def test_the_store_stamps_who_created_and_changed_a_record(
    store: Store, person_id: str, rules: Rules
) -> None:
    store.user = "Fatima de Vries"
    saving.save(store, person_id, "koffie_en_koek", KEK, today=TODAY, rules=rules)
    with store.reading() as session:
        talk = session.scalars(select(KoffieEnKoek)).one()
        assert (talk.created_by, talk.changed_by) == ("Fatima de Vries", "Fatima de Vries")

    store.user = "Jan Bakker"
    saving.save(store, person_id, "koffie_en_koek", {**KEK, "place_detail": "Kamer 2"},
                today=TODAY, rules=rules)  # fmt: skip
    with store.reading() as session:
        talk = session.scalars(select(KoffieEnKoek)).one()
        assert (talk.created_by, talk.changed_by) == ("Fatima de Vries", "Jan Bakker")
        person = session.get(Person, person_id)
        assert person is not None and person.changed_by != "Jan Bakker"  # untouched stays


def test_an_author_set_on_purpose_is_kept(store: Store) -> None:
    store.user = "Fatima de Vries"
    with store.transaction() as session:
        session.add(Person(given_names="A", family_name="B", created_by="import",
                           changed_by="import"))  # fmt: skip
    with store.reading() as session:
        person = session.scalars(select(Person)).one()
        assert (person.created_by, person.changed_by) == ("import", "import")


def test_an_unknown_form_is_a_bug_not_a_silent_no_op(store: Store, person_id: str) -> None:
    with pytest.raises(KeyError):
        saving.save(store, person_id, "nonsense", {}, today=TODAY)


def test_validation_goes_through_the_registry(store: Store, person_id: str, rules: Rules) -> None:
    with pytest.raises(ValidationFailed):
        saving.save(store, person_id, "koffie_en_koek", {**KEK, "held_on": "1-1-2099"},
                    today=TODAY, rules=rules)  # fmt: skip
