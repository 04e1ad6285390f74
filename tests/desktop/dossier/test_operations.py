"""Saving the dossier forms without Qt: validation, completion, drafts, PIP versions."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import HouseholdRole, PipChange, Route
from desktop.dossier import saving
from desktop.dossier.household import add_household_member, link_household_member
from desktop.dossier.intake import save_brede_intake
from desktop.dossier.operations import discard_draft, save_draft, save_form
from desktop.dossier.pip import new_pip_version, save_pip
from desktop.dossier.signalering import Bucket, bucket_for, load_signals
from desktop.dossier.validation import ValidationFailed, parse_date
from desktop.dossier.view import load_dossier
from desktop.journey.engine import StepKey, StepStatus
from desktop.journey.rules import Rules
from desktop.store import Store
from tests.desktop.dossier.conftest import TODAY

KEK = {
    "held_on": "20-01-2025",
    "place": "rol",
    "coa_casemanager": "Petra Smit",
    "interpreter_mode": "telefonisch",
    "interpreter_language": "ar",
    "agreements": "Intake binnen 2 weken.",
    "klantreis_handed_over": True,
    "klantreis_language": "ar",
}


def test_dates_are_read_as_consultants_write_them() -> None:
    assert parse_date("31-12-2025") == date(2025, 12, 31)
    assert parse_date("1/2/25") == date(2025, 2, 1)
    assert parse_date("2025-02-01") == date(2025, 2, 1)
    assert parse_date("  ") is None
    with pytest.raises(ValueError):
        parse_date("31-02-2025")


def test_koffie_en_koek_before_koppeling_is_refused_in_dutch(store: Store, person_id: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "koffie_en_koek", {**KEK, "held_on": "05-01-2025"}, today=TODAY)
    assert failed.value.message_for("held_on") == (
        "Deze datum kan niet vóór de koppeling (10-01-2025) liggen."
    )


def test_completing_needs_the_required_fields(store: Store, person_id: str) -> None:
    values = {"place": "rol", "interpreter_mode": "geen", "klantreis_handed_over": True}
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "koffie_en_koek", values, today=TODAY, complete=True)
    fields = {e.field for e in failed.value.errors}
    assert fields == {"coa_casemanager", "agreements", "klantreis_language"}
    # Saving without completing is fine: an intake can take several talks.
    saved = save_form(store, person_id, "koffie_en_koek", values, today=TODAY)
    assert not saved.completed


def test_completing_koffie_en_koek_moves_the_klantreis_on(
    store: Store, person_id: str, rules: Rules
) -> None:
    before = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert before.journey is not None
    assert before.journey.step(StepKey.KOFFIE_EN_KOEK).status is StepStatus.OVERDUE
    saved = save_form(store, person_id, "koffie_en_koek", KEK, today=TODAY, complete=True)
    assert saved.completed
    after = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert after.journey is not None
    assert after.journey.step(StepKey.KOFFIE_EN_KOEK).status is StepStatus.DONE
    assert after.journey.step(StepKey.BREDE_INTAKE).due == date(2025, 2, 3)
    assert after.forms["koffie_en_koek"].values["coa_casemanager"] == "Petra Smit"
    assert after.history[0].kind == "koffie_en_koek"


def test_drafts_survive_and_saving_clears_them(store: Store, person_id: str, rules: Rules) -> None:
    save_draft(store, person_id, "koffie_en_koek", {"agreements": "Halverwege getypt"})
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert dossier.forms["koffie_en_koek"].shown["agreements"] == "Halverwege getypt"
    save_form(store, person_id, "koffie_en_koek", KEK, today=TODAY)
    assert (
        load_dossier(store, person_id, today=TODAY, rules=rules).forms["koffie_en_koek"].draft
        is None
    )
    save_draft(store, person_id, "pvt", {"started_on": "01-02-2025"})
    discard_draft(store, person_id, "pvt")
    assert load_dossier(store, person_id, today=TODAY, rules=rules).forms["pvt"].draft is None


def test_intake_domains_toets_and_completion(store: Store, person_id: str, rules: Rules) -> None:
    save_form(store, person_id, "koffie_en_koek", KEK, today=TODAY, complete=True)
    values = {
        "variant": "standaard",
        "started_on": "15-01-2025",  # before Koffie en Koek: impossible
        "domain.taalniveau.nederlands": "A1",
        "domain.gezondheid_mentaal.notes": "Slaapt slecht.",
    }
    with pytest.raises(ValidationFailed) as failed:
        save_brede_intake(store, person_id, values, today=TODAY)
    assert "Koffie en Koek" in (failed.value.message_for("started_on") or "")
    values["started_on"] = "27-01-2025"
    values["toets_taken_on"] = "10-02-2025"
    with pytest.raises(ValidationFailed) as failed:
        save_brede_intake(store, person_id, values, today=TODAY)
    assert failed.value.message_for("toets_outcome")
    values["toets_outcome"] = "z"
    save_brede_intake(store, person_id, values, today=TODAY)
    with pytest.raises(ValidationFailed) as failed:
        save_brede_intake(store, person_id, values, today=TODAY, complete=True)
    assert failed.value.message_for("domain.wonen.assessment")
    shown = load_dossier(store, person_id, today=TODAY, rules=rules).forms["brede_intake"].values
    assert shown["domain.taalniveau.nederlands"] == "A1"
    assert shown["domain.gezondheid_mentaal.notes"] == "Slaapt slecht."
    assert shown["toets_outcome"] == "z"


def test_pip_deviation_needs_a_reason_and_route_changes_once(
    store: Store, person_id: str, rules: Rules
) -> None:
    save_brede_intake(
        store,
        person_id,
        {"variant": "standaard", "started_on": "27-01-2025", "toets_taken_on": "10-02-2025",
         "toets_outcome": "z"},
        today=TODAY,
    )  # fmt: skip
    pip = {"route": "b1", "signed_on": "20-02-2025", "beschikking_on": "21-02-2025"}
    with pytest.raises(ValidationFailed) as failed:
        save_pip(store, person_id, pip, today=TODAY, rules=rules, complete=True)
    assert "wijkt af" in (failed.value.message_for("deviation_reason") or "")
    pip["deviation_reason"] = "Hoogopgeleid; toets met tolk onbetrouwbaar."
    pip["agreement.werkervaring"] = "Werkcarrousel na 3 maanden."
    saved = save_pip(store, person_id, pip, today=TODAY, rules=rules, complete=True)
    assert saved.completed
    with pytest.raises(ValidationFailed) as failed:
        new_pip_version(store, person_id, route=Route.Z, change=PipChange.AFSCHALEN,
                        reason="", today=TODAY, rules=rules)  # fmt: skip
    assert failed.value.message_for("change_reason")
    new_pip_version(store, person_id, route=Route.Z, change=PipChange.AFSCHALEN,
                    reason="Komt niet mee in de B1-groep.", today=TODAY, rules=rules)  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:  # version 2 is a draft until signed
        new_pip_version(store, person_id, route=Route.B1, change=PipChange.SCHAKELEN,
                        reason="Toch sneller.", today=date(2025, 6, 1), rules=rules)  # fmt: skip
    assert "concept" in (failed.value.message_for("route") or "")
    save_pip(store, person_id, {**pip, "route": "z", "signed_on": "01-03-2025",
                                "beschikking_on": ""}, today=TODAY, rules=rules,
             complete=True)  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        new_pip_version(store, person_id, route=Route.B1, change=PipChange.SCHAKELEN,
                        reason="Toch sneller.", today=date(2025, 6, 1), rules=rules)  # fmt: skip
    message = failed.value.message_for("route") or ""
    assert "hoogstens 1 keer" in message and "21-02-2026" in message
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [v.version for v in dossier.pip_versions] == [1, 2]
    assert dossier.forms["pip"].values["agreement.werkervaring"] == "Werkcarrousel na 3 maanden."


def test_progress_talks_add_records_and_set_the_next_due_date(
    store: Store, person_id: str, rules: Rules
) -> None:
    save_pip(
        store,
        person_id,
        {"route": "b1", "signed_on": "20-02-2025", "beschikking_on": "21-02-2025"},
        today=TODAY,
        rules=rules,
    )
    talk = {"held_on": "28-02-2025", "formal": True, "progress": "op_schema", "summary": "Goed."}
    save_form(store, person_id, "progress_talk", talk, today=TODAY)
    with pytest.raises(ValidationFailed) as failed:
        save_form(store, person_id, "progress_talk", {**talk, "held_on": "02-03-2025"}, today=TODAY)
    assert (
        failed.value.message_for("held_on") == "Deze datum ligt in de toekomst; dat kan hier niet."
    )
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert len(dossier.progress_talks) == 1
    assert dossier.journey is not None
    assert dossier.journey.step(StepKey.VOORTGANG).due == date(2025, 5, 28)


def test_person_bsn_and_birth_date_checks(store: Store, person_id: str, rules: Rules) -> None:
    values = dict(load_dossier(store, person_id, today=TODAY, rules=rules).forms["person"].values)
    values.update(bsn="123456789", birth_date="01-01-2030")
    with pytest.raises(ValidationFailed) as failed:
        saving.save(store, person_id, "person", values, today=TODAY)
    assert (
        failed.value.message_for("bsn")
        == "Dit BSN klopt niet volgens de elfproef. Controleer het nummer."
    )
    assert failed.value.message_for("birth_date")
    values.update(bsn="123456782", birth_date="15-01-1990")
    saving.save(store, person_id, "person", values, today=TODAY)


def test_end_of_trajectory_moved_needs_the_new_municipality(store: Store, person_id: str) -> None:
    values = {"end_kind": "verhuisd", "end_date": "28-02-2025"}
    with pytest.raises(ValidationFailed) as failed:
        saving.save(store, person_id, "einde", values, today=TODAY)
    assert failed.value.message_for("new_municipality")
    saving.save(store, person_id, "einde", {**values, "new_municipality": "Zwolle"}, today=TODAY)


def test_household_members_and_their_own_journey(
    store: Store, person_id: str, rules: Rules
) -> None:
    child = {"given_names": "Lina", "family_name": "Haddad", "birth_date": "01-05-2015",
             "household_role": "kind", "own_trajectory": True}  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        add_household_member(store, person_id, child, today=TODAY)
    assert failed.value.message_for("own_trajectory")
    add_household_member(store, person_id, {**child, "own_trajectory": False}, today=TODAY)
    partner = {"given_names": "Noor", "family_name": "Haddad", "birth_date": "01-05-1992",
               "household_role": "partner", "own_trajectory": True}  # fmt: skip
    saved = add_household_member(store, person_id, partner, today=TODAY)
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [(m.display_name, m.has_trajectory) for m in dossier.household] == [
        ("Haddad, Noor", True),
        ("Haddad, Lina", False),
    ]
    partner_dossier = load_dossier(store, saved.record_id, today=TODAY, rules=rules)
    assert partner_dossier.journey is not None and partner_dossier.koppeling_date is not None
    with pytest.raises(ValidationFailed):
        link_household_member(store, person_id, person_id, role=HouseholdRole.PARTNER)


def test_signalering_buckets_and_per_consultant(store: Store, person_id: str, rules: Rules) -> None:
    assert bucket_for(date(2025, 2, 28), TODAY) is Bucket.OVERDUE
    assert bucket_for(date(2025, 3, 2), TODAY) is Bucket.THIS_WEEK  # Saturday -> Sunday
    assert bucket_for(date(2025, 3, 9), TODAY) is Bucket.NEXT_WEEK
    assert bucket_for(date(2025, 3, 10), TODAY) is None
    signals = load_signals(store, today=TODAY, rules=rules)
    # Koffie en Koek (due 31-01) first, then the intake and the test that follow from it.
    assert [s.step for s in signals] == [
        StepKey.KOFFIE_EN_KOEK,
        StepKey.BREDE_INTAKE,
        StepKey.LEERBAARHEIDSTOETS,
    ]
    assert {s.bucket for s in signals} == {Bucket.OVERDUE}
    assert load_signals(store, today=TODAY, rules=rules, consultant_id="nobody") == []


def test_a_new_pip_version_is_a_draft_until_signed(
    store: Store, person_id: str, rules: Rules
) -> None:
    from desktop.dossier.pip import NoDraftVersion, discard_pip_draft
    from desktop.journey.engine import route_changes
    from desktop.journey.facts import facts_for_person

    pip = {"route": "b1", "signed_on": "20-02-2025", "beschikking_on": "21-02-2025",
           "deviation_reason": "Hoogopgeleid."}  # fmt: skip
    save_pip(store, person_id, pip, today=TODAY, rules=rules, complete=True)
    new_pip_version(store, person_id, route=Route.Z, change=PipChange.AFSCHALEN,
                    reason="Verkeerd gekozen.", today=TODAY, rules=rules)  # fmt: skip
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [(v.version, v.draft) for v in dossier.pip_versions] == [(1, False), (2, True)]
    assert dossier.journey is not None and dossier.journey.route is Route.B1  # not yet Z
    with store.reading() as session:
        assert route_changes(facts_for_person(session, person_id)) == []  # no change counted
    assert discard_pip_draft(store, person_id) == 2
    dossier = load_dossier(store, person_id, today=TODAY, rules=rules)
    assert [v.version for v in dossier.pip_versions] == [1]
    with pytest.raises(NoDraftVersion):
        discard_pip_draft(store, person_id)  # a signed version stays
    # The correction can be made at once: the discarded draft counted for nothing.
    new_pip_version(store, person_id, route=Route.ONDERWIJS, change=PipChange.SCHAKELEN,
                    reason="Toch de onderwijsroute.", today=TODAY, rules=rules)  # fmt: skip
