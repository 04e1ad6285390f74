"""Residences, participation activities, ontzorgen's extension and linking household members,
without Qt: validation in Dutch, the move between homes, and the deadlines they change."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import HouseholdRole
from desktop.domain.model import Person
from desktop.dossier.household import add_household_member, find_people, link_household_member
from desktop.dossier.housing import overlaps, remove_residence, save_residence
from desktop.dossier.operations import save_draft, save_form
from desktop.dossier.participation import remove_activity, save_activity
from desktop.dossier.pip import save_pip
from desktop.dossier.validation import ValidationFailed
from desktop.dossier.view import load_dossier
from desktop.journey.engine import StepKey
from desktop.journey.rules import Rules
from desktop.store import Store
from tests.desktop.dossier.conftest import TODAY

ROL = {"kind": "rol", "location": "ROL Zwolle", "start_date": "05-01-2025"}
HOME = {"kind": "har_woning", "location": "Kerkstraat 1, Dalfsen", "start_date": "01-02-2025"}


def test_periods_may_touch_but_not_overlap() -> None:
    jan, feb, mar = date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)
    assert not overlaps(jan, feb, feb, mar)  # moving day
    assert overlaps(jan, mar, feb, None)
    assert overlaps(feb, None, jan, None)


def test_housing_starts_the_pip_term_and_a_move_closes_the_open_period(
    store: Store, person_id: str, rules: Rules
) -> None:
    before = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert before.journey is not None and before.journey.step(StepKey.PIP_VASTGESTELD).due is None
    save_residence(store, person_id, ROL, today=TODAY)
    save_residence(store, person_id, HOME, today=TODAY)
    after = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [(r.kind.value, r.end_date) for r in after.residences] == [
        ("rol", date(2025, 2, 1)),  # the move ended the stay at the ROL
        ("har_woning", None),
    ]
    assert after.housing_date == date(2025, 2, 1)
    assert after.current_residence is not None and after.current_residence.is_housing
    assert after.journey is not None
    assert after.journey.step(StepKey.PIP_VASTGESTELD).due == date(
        2025, 4, 12
    )  # 10 weeks after housing
    assert "residence" in {e.kind for e in after.history}


def test_residence_validation(store: Store, person_id: str, rules: Rules) -> None:
    save_residence(store, person_id, {**ROL, "end_date": "01-02-2025"}, today=TODAY)
    with pytest.raises(ValidationFailed) as failed:
        save_residence(store, person_id, {**HOME, "start_date": "20-01-2025"}, today=TODAY)
    assert failed.value.message_for("start_date") == (
        "Deze periode overlapt met de ROL (05-01-2025 tot 01-02-2025). Iemand woont op één plek "
        "tegelijk: pas de data aan."
    )
    with pytest.raises(ValidationFailed) as failed:
        save_residence(store, person_id, {**HOME, "end_date": "01-01-2025"}, today=TODAY)
    assert failed.value.message_for("end_date") == (
        "Deze datum kan niet vóór de startdatum (01-02-2025) liggen."
    )
    with pytest.raises(ValidationFailed) as failed:
        save_residence(store, person_id, {**HOME, "start_date": "01-02-2052"}, today=TODAY)
    assert "te ver in de toekomst" in (failed.value.message_for("start_date") or "")
    with pytest.raises(ValidationFailed) as failed:
        save_residence(store, person_id, {"location": "?"}, today=TODAY)
    assert {e.field for e in failed.value.errors} == {"kind", "start_date"}
    # A planned move a few weeks ahead is fine.
    save_residence(store, person_id, {**HOME, "start_date": "01-04-2025"}, today=TODAY)


def test_changing_and_removing_a_residence(store: Store, person_id: str, rules: Rules) -> None:
    saved = save_residence(store, person_id, HOME, today=TODAY)
    save_residence(store, person_id, {**HOME, "kind": "reguliere_woning",
                                      "record_id": saved.record_id}, today=TODAY)  # fmt: skip
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [r.kind.value for r in dossier.residences] == ["reguliere_woning"]
    remove_residence(store, person_id, saved.record_id)
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert dossier.residences == [] and dossier.housing_date is None
    with pytest.raises(LookupError):
        remove_residence(store, person_id, saved.record_id)


def test_a_draft_remembers_the_record_being_changed(
    store: Store, person_id: str, rules: Rules
) -> None:
    saved = save_residence(store, person_id, HOME, today=TODAY)
    save_draft(store, person_id, "residence", {**HOME, "location": "Dorpsstraat 2",
                                               "record_id": saved.record_id})  # fmt: skip
    draft = load_dossier(store, person_id, today=TODAY, rules=rules).forms["residence"].draft
    assert draft is not None and draft["record_id"] == saved.record_id
    save_residence(store, person_id, draft, today=TODAY)
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert dossier.forms["residence"].draft is None
    assert [r.location for r in dossier.residences] == ["Dorpsstraat 2"]


ACTIVITY = {"kind": "taalcoach", "description": "Wekelijks met Els", "organisation": "VWN",
            "hours_per_week": "2", "start_date": "01-03-2025"}  # fmt: skip


def test_activities_are_validated_and_count_towards_the_z_route(
    store: Store, person_id: str, rules: Rules
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_activity(store, person_id, {**ACTIVITY, "hours_per_week": "41",
                                         "end_date": "01-02-2025"}, today=TODAY)  # fmt: skip
    assert failed.value.message_for("hours_per_week") == (
        "Vul een aantal uren per week in van 0 tot en met 40."
    )
    assert failed.value.message_for("end_date")
    with pytest.raises(ValidationFailed) as failed:
        save_activity(store, person_id, {**ACTIVITY, "hours_per_week": "-1"}, today=TODAY)
    assert failed.value.message_for("hours_per_week")
    saved = save_activity(store, person_id, ACTIVITY, today=TODAY)
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert dossier.participation is not None
    assert dossier.participation.hours_this_week == 2
    assert dossier.participation.planned_hours is None  # no beschikking yet
    pip = {"route": "z", "signed_on": "20-02-2025", "beschikking_on": "01-03-2025"}
    save_pip(store, person_id, pip, today=TODAY, rules=rules)
    summary = load_dossier(store, person_id, today=TODAY, rules=rules).participation
    assert summary is not None and summary.target == 800
    assert summary.planned_hours == pytest.approx(2 * 1096 / 7)  # 3 years of 2 hours a week
    save_activity(store, person_id, {**ACTIVITY, "hours_per_week": "4,5",
                                     "record_id": saved.record_id}, today=TODAY)  # fmt: skip
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [a.hours_per_week for a in dossier.activities] == [4.5]
    assert "participation_activity" in {e.kind for e in dossier.history}
    remove_activity(store, person_id, saved.record_id)
    assert load_dossier(store, person_id, today=TODAY, rules=rules).activities == []


def test_ontzorgen_past_the_standard_period_needs_a_reason(
    store: Store, person_id: str, rules: Rules
) -> None:
    values = {"start_date": "01-02-2025", "end_date": "01-09-2025"}  # 7 months
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "ontzorgen", values, today=TODAY, rules=rules)
    assert failed.value.message_for("extension_reason") == (
        "Ontzorgen duurt langer dan 6 maanden (standaard tot 01-08-2025). Schrijf op waarom het "
        "verlengd wordt (maatwerk)."
    )
    save_form(store, person_id, "ontzorgen", {**values, "end_date": "01-08-2025"}, today=TODAY,
              rules=rules)  # fmt: skip
    save_form(store, person_id, "ontzorgen", {**values, "extension_reason": "Schulden."},
              today=TODAY, rules=rules)  # fmt: skip
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert dossier.ontzorgen_standard_end == date(2025, 8, 1)
    # Still running after the standard period: a reason (or an end date) is needed too.
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "ontzorgen", {"start_date": "01-02-2025"},
                  today=date(2025, 9, 1), rules=rules)  # fmt: skip
    assert "loopt al langer" in (failed.value.message_for("extension_reason") or "")
    with pytest.raises(ValueError):
        save_form(store, person_id, "ontzorgen", values, today=TODAY)  # rules are needed


def test_find_and_link_an_existing_person(store: Store, person_id: str, rules: Rules) -> None:
    with store.transaction() as session:
        noor = Person(given_names="Noor", family_name="Haddad", name_original="نور حداد",
                      birth_date=date(1992, 5, 1))  # fmt: skip
        session.add(noor)
        session.flush()
        noor_id = noor.id
    found = find_people(store, person_id, "نور")
    assert [m.person_id for m in found] == [noor_id]
    assert [m.display_name for m in find_people(store, person_id, "haddad")] == ["Haddad, Noor"]
    assert find_people(store, person_id, "  ") == []
    saved = link_household_member(store, person_id, noor_id, role=HouseholdRole.PARTNER)
    assert saved.record_id == noor_id
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [(m.display_name, m.role) for m in dossier.household] == [
        ("Haddad, Noor", HouseholdRole.PARTNER)
    ]
    assert find_people(store, person_id, "haddad") == []  # already in the household
    with pytest.raises(ValidationFailed) as failed:
        link_household_member(store, person_id, noor_id, role=HouseholdRole.PARTNER)
    assert failed.value.message_for("other") == "Haddad, Noor hoort al bij dit huishouden."


def test_adding_a_member_clears_its_draft(store: Store, person_id: str, rules: Rules) -> None:
    member = {"given_names": "Lina", "family_name": "Haddad", "household_role": "kind"}
    save_draft(store, person_id, "member", member)
    assert load_dossier(store, person_id, today=TODAY, rules=rules).forms["member"].draft
    add_household_member(store, person_id, member, today=TODAY)
    assert load_dossier(store, person_id, today=TODAY, rules=rules).forms["member"].draft is None
