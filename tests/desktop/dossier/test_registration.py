"""Registering a newcomer from an empty database: koppeling, household, duplicates, drafts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import (
    Category,
    FamilyReunification,
    HouseholdRole,
    ResidenceKind,
    Schooling,
)
from desktop.domain.model import Person, Residence, Trajectory
from desktop.dossier import saving
from desktop.dossier.household import member_values
from desktop.dossier.registration import (
    DuplicateReason,
    check_duplicates,
    discard_registration_draft,
    load_registration_draft,
    members_text,
    save_registration_draft,
)
from desktop.dossier.validation import ValidationFailed
from desktop.store import Store

TODAY = date(2026, 3, 2)

AMAL = {
    "given_names": "Amal",
    "family_name": "Haddad",
    "name_original": "أمل حداد",
    "birth_date": "14-05-1988",
    "sex": "v",
    "v_nummer": "1234 567 890",
    "category": "asielstatushouder",
    "country_of_origin": "sy",
    "languages": "ar",
    "interpreter_needed": True,
    "residence_kind": "rol",
    "residence_location": "ROL Zwolle",
    "koppeling_date": "16-02-2026",
}
FAMILY = [
    {"given_names": "Yusuf", "family_name": "Haddad", "birth_date": "02-01-1986",
     "household_role": "partner", "own_trajectory": True},
    {"given_names": "Lina", "family_name": "Haddad", "birth_date": "09-09-2015",
     "household_role": "kind"},
    {"given_names": "Omar", "family_name": "Haddad", "birth_date": "11-11-2019",
     "household_role": "kind", "abroad": True, "family_reunification": "aangevraagd"},
]  # fmt: skip


def register(store: Store, values: dict[str, object]) -> str:
    saved = saving.save(store, "", "koppeling", values, today=TODAY)  # type: ignore[arg-type]
    assert saved.completed
    return saved.record_id


def test_a_family_is_registered_on_an_empty_database(store: Store) -> None:
    person_id = register(store, {**AMAL, "members": members_text(FAMILY)})
    with store.reading() as session:
        amal = session.get(Person, person_id)
        assert amal is not None and amal.v_nummer == "1234567890"
        assert amal.country_of_origin == "SY" and amal.interpreter_needed
        assert amal.trajectory is not None
        assert amal.trajectory.koppeling_date == date(2026, 2, 16)
        assert [(r.kind, r.location, r.start_date) for r in amal.residences] == [
            (ResidenceKind.ROL, "ROL Zwolle", date(2026, 2, 16))
        ]
        household = {p.given_names: p for p in amal.household.members}  # type: ignore[union-attr]
        assert set(household) == {"Amal", "Yusuf", "Lina", "Omar"}
        assert household["Yusuf"].trajectory is not None  # an adult with their own journey
        assert household["Lina"].trajectory is None
        assert household["Lina"].household_role is HouseholdRole.KIND
        omar = household["Omar"]
        assert omar.abroad and omar.category is Category.NAREIZIGER
        assert omar.family_reunification is FamilyReunification.AANGEVRAAGD
        assert session.scalar(select(func.count()).select_from(Trajectory)) == 2


def test_what_is_missing_or_wrong_is_said_per_field(store: Store) -> None:
    child_with_journey = {**FAMILY[1], "own_trajectory": True}
    values = {**AMAL, "koppeling_date": "", "v_nummer": "12345", "bsn": "123456788",
              "members": members_text([child_with_journey])}  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        register(store, values)
    fields = {e.field for e in failed.value.errors}
    assert {"koppeling_date", "v_nummer", "bsn", "members.0.own_trajectory"} <= fields
    assert "10 cijfers" in (failed.value.message_for("v_nummer") or "")
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0  # all or nothing


def test_a_gezinsmigrant_starts_at_the_melding(store: Store) -> None:
    values = {**AMAL, "category": "gezinsmigrant", "koppeling_date": "", "v_nummer": ""}
    with pytest.raises(ValidationFailed) as failed:
        register(store, values)
    assert failed.value.message_for("melding_date")
    person_id = register(store, {**values, "melding_date": "01-02-2026"})
    with store.reading() as session:
        trajectory = session.scalars(select(Trajectory)).one()
        assert trajectory.person_id == person_id
        assert (trajectory.koppeling_date, trajectory.melding_date) == (None, date(2026, 2, 1))


def test_a_nareiziger_joins_an_existing_household(store: Store) -> None:
    anchor = register(store, AMAL)
    nareiziger = {**AMAL, "given_names": "Hiba", "birth_date": "01-01-2000", "v_nummer": "",
                  "name_original": "", "category": "nareiziger"}  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        register(store, nareiziger)
    assert failed.value.message_for("household_of")
    hiba = register(store, {**nareiziger, "household_of": anchor})
    with store.reading() as session:
        first, second = session.get(Person, anchor), session.get(Person, hiba)
        assert first is not None and second is not None
        assert first.household_id is not None and first.household_id == second.household_id


def test_duplicates_are_found_by_number_or_by_name_and_birth_date(store: Store) -> None:
    register(store, {**AMAL, "bsn": "111222333"})
    by_bsn = check_duplicates(store, {"bsn": "111 222 333"}, today=TODAY)
    assert [d.reason for d in by_bsn] == [DuplicateReason.BSN]
    by_v = check_duplicates(store, {"v_nummer": "1234567890"}, today=TODAY)
    assert [d.reason for d in by_v] == [DuplicateReason.V_NUMMER]
    # The same name written the other way round, or only the Arabic name, and the birth date.
    turned = {"given_names": "haddad", "family_name": "AMAL", "birth_date": "14-5-1988"}
    assert [d.reason for d in check_duplicates(store, turned, today=TODAY)] == [
        DuplicateReason.NAME_AND_BIRTH_DATE
    ]
    arabic = {"name_original": "أمل حداد", "birth_date": "14-05-1988"}
    assert len(check_duplicates(store, arabic, today=TODAY)) == 1
    assert check_duplicates(store, {**turned, "birth_date": "15-05-1988"}, today=TODAY) == []


def test_a_second_registration_of_the_same_person_is_refused(store: Store) -> None:
    register(store, AMAL)
    with pytest.raises(ValidationFailed) as failed:
        register(store, AMAL)
    assert "V-nummer staat al" in (failed.value.message_for("v_nummer") or "")
    same_name = {**AMAL, "v_nummer": ""}
    with pytest.raises(ValidationFailed) as failed:
        register(store, same_name)
    assert failed.value.message_for("not_a_duplicate")
    register(store, {**same_name, "not_a_duplicate": True})  # the consultant says: someone else


def test_a_half_typed_registration_is_kept_per_user(store: Store) -> None:
    assert load_registration_draft(store) is None
    save_registration_draft(store, {"given_names": "Am", "interpreter_needed": True})
    assert load_registration_draft(store) == {"given_names": "Am", "interpreter_needed": True}
    register(store, AMAL)  # saving the registration drops the draft
    assert load_registration_draft(store) is None
    save_registration_draft(store, {"given_names": "X"})
    discard_registration_draft(store)
    assert load_registration_draft(store) is None


def test_the_person_form_edits_trajectory_and_household_fields(store: Store) -> None:
    person_id = register(store, {**AMAL, "members": members_text(FAMILY[:1])})
    values = {**{k: v for k, v in AMAL.items() if k in ("given_names", "family_name",
              "category")}, "koppeling_date": "16-02-2026", "voorinburgering_start": "20-02-2026",
              "voorinburgering_end": "", "vwn_start": "01-03-2026", "vwn_begeleider": "Kees",
              "household_label": "Haddad-Ali"}  # fmt: skip
    saving.save(store, person_id, "person", values, today=TODAY)
    with store.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None and person.trajectory is not None
        assert person.trajectory.voorinburgering_start == date(2026, 2, 20)
        assert person.trajectory.vwn_begeleider == "Kees"
        assert person.household is not None and person.household.label == "Haddad-Ali"
        assert session.scalars(select(Residence)).one().person_id == person_id


def test_a_household_member_gets_school_and_reunification_status(store: Store) -> None:
    person_id = register(store, {**AMAL, "members": members_text(FAMILY)})
    with store.reading() as session:
        omar = session.scalar(select(Person).where(Person.given_names == "Omar"))
        assert omar is not None
        omar_id = omar.id
    values = {**member_values(store, person_id, omar_id), "abroad": False,
              "family_reunification": "toegekend", "schooling": "vve",
              "school_name": "Peuterspeelzaal Olleke Bolleke"}  # fmt: skip
    saving.save(store, person_id, "member_edit", values, today=TODAY, record_id=omar_id)
    with store.reading() as session:
        omar = session.get(Person, omar_id)
        assert omar is not None and not omar.abroad
        assert omar.family_reunification is FamilyReunification.TOEGEKEND
        assert (omar.schooling, omar.school_name) == (
            Schooling.VVE,
            "Peuterspeelzaal Olleke Bolleke",
        )
    stranger = register(store, {**AMAL, "given_names": "X", "v_nummer": "", "name_original": ""})
    with pytest.raises(LookupError):  # only members of this person's household
        saving.save(store, stranger, "member_edit", values, today=TODAY, record_id=omar_id)


@pytest.mark.parametrize(
    ("extra", "linked_via"),
    [
        ({}, "rol"),  # living at the ROL when linked: the ROL path
        ({"residence_kind": "azc", "residence_location": "AZC Budel"}, "azc"),
        ({"linked_via": "noodopvang", "residence_kind": "azc"}, "noodopvang"),  # as chosen
    ],
)
def test_the_koppeling_records_where_the_person_was_linked_from(
    store: Store, extra: dict[str, str], linked_via: str
) -> None:
    # 002:256-258: those linked from another AZC get the Brede Intake right after housing.
    register(store, {**AMAL, "v_nummer": "", **extra})
    with store.reading() as session:
        trajectory = session.scalars(select(Trajectory)).one()
    assert trajectory.linked_via is not None and trajectory.linked_via.value == linked_via
