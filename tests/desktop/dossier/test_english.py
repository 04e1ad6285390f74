"""Validation messages follow the language the screens speak."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.dossier.operations import save_form, save_person
from desktop.dossier.validation import ValidationFailed
from desktop.messages import set_language
from desktop.store import Store
from tests.desktop.dossier.conftest import TODAY


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nl")


def test_validation_messages_in_english(store: Store, person_id: str, english: None) -> None:
    values = {"given_names": "Rami", "bsn": "111222334", "birth_date": "31-02-1990"}
    with pytest.raises(ValidationFailed) as failed:
        save_person(store, person_id, values, today=TODAY)
    assert failed.value.message_for("bsn") == "This BSN fails the eleven-test. Check the number."
    assert failed.value.message_for("birth_date") == (
        "This is not a valid date. Write for example 31-12-2025."
    )
    fine = {"kind": "boete", "on_date": "05-01-2025", "amount": "1e400"}
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "handhaving", fine, today=TODAY)
    assert failed.value.message_for("amount") == "Fill in a number from 0 to 100000."
    assert failed.value.message_for("on_date") == (
        "This date cannot be before the linking (10-01-2025)."
    )
    assert failed.value.message_for("reason") == "Fill this in to complete the step."
    set_language("nl")  # the same failure, shown after a switch back
    assert failed.value.message_for("amount") == "Vul een getal in van 0 tot en met 100000."
