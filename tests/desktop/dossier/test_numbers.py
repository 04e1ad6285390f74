"""Number fields: only finite numbers, within the bounds the form spec gives."""

from __future__ import annotations

import pytest

from desktop.dossier.forms import HANDHAVING
from desktop.dossier.intake import intake_spec
from desktop.dossier.operations import save_form
from desktop.dossier.participation import ACTIVITY, save_activity
from desktop.dossier.validation import ValidationFailed, parse_number
from desktop.store import Store
from tests.desktop.dossier.conftest import TODAY

FINE = {
    "kind": "boete",
    "on_date": "01-03-2025",
    "legal_ground": "wi2021",
    "amount": "250",
    "reason": "Niet verschenen",
}


@pytest.mark.parametrize("text", ["inf", "-inf", "nan", "NaN", "1e400", "-1e400", "Infinity"])
def test_parse_number_refuses_what_is_no_finite_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_reads_commas_and_points() -> None:
    assert parse_number("12,5") == 12.5
    assert parse_number(" 1e3 ") == 1000
    assert parse_number("") is None


def test_specs_bound_their_numbers() -> None:
    amount = HANDHAVING.field("amount")
    assert (amount.minimum, amount.maximum) == (0, 100_000)
    hours = ACTIVITY.field("hours_per_week")
    assert (hours.minimum, hours.maximum) == (0, 40)
    score = intake_spec("standaard").field("toets_score")
    assert (score.minimum, score.maximum) == (0, 100)


@pytest.mark.parametrize("amount", ["1e400", "inf", "nan", "-5", "100000,01"])
def test_a_fine_amount_out_of_bounds_is_refused_in_dutch(
    store: Store, person_id: str, amount: str
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "handhaving", {**FINE, "amount": amount}, today=TODAY)
    assert failed.value.message_for("amount") == "Vul een getal in van 0 tot en met 100000."


def test_a_fine_within_bounds_is_saved(store: Store, person_id: str) -> None:
    saved = save_form(store, person_id, "handhaving", {**FINE, "amount": "100000"}, today=TODAY)
    assert saved.record_id


@pytest.mark.parametrize("hours", ["1e400", "nan", "81", "abc"])
def test_hours_per_week_out_of_bounds_are_refused(store: Store, person_id: str, hours: str) -> None:
    values = {"kind": "taalcoach", "hours_per_week": hours, "start_date": "01-03-2025"}
    with pytest.raises(ValidationFailed) as failed:
        save_activity(store, person_id, values, today=TODAY)
    assert failed.value.message_for("hours_per_week") == (
        "Vul een aantal uren per week in van 0 tot en met 40."
    )
