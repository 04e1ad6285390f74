"""The teamleider: sees reports, the caseload and the agenda; never health data, which the core
leaves out of the dossier and refuses (audited) where it is asked for directly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.access import review, users
from desktop.access.errors import HealthWithheld, NotAllowed
from desktop.access.models import Role
from desktop.access.roles import Permission, may
from desktop.access.session import unlock
from desktop.audit.trail import Action
from desktop.caseload import load_caseload
from desktop.domain.model import PersonId
from desktop.dossier import saving
from desktop.dossier.health import health_details
from desktop.dossier.intake import save_brede_intake
from desktop.dossier.journal.notes import save_note
from desktop.dossier.view import load_dossier
from desktop.journey.rules import load_rules
from desktop.privacy.inzage import make_inzage
from desktop.reports import build_report, year
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 3, 2)
TAMARA, TAMARA_PASS = "Tamara Teamleider", "tamara haar eigen wachtwoord"
ANNA, ANNA_PASS = "Anna Consulent", "anna haar eigen wachtwoord"
AMAL = {
    "given_names": "Amal", "family_name": "Haddad", "birth_date": "14-05-1988", "sex": "v",
    "category": "asielstatushouder", "country_of_origin": "sy", "languages": "ar",
    "residence_kind": "rol", "residence_location": "ROL Zwolle", "koppeling_date": "16-02-2026",
}  # fmt: skip
KEK = {
    "held_on": "20-02-2026",
    "place": "rol",
    "interpreter_mode": "geen",
    "coa_casemanager": "Petra Smit",
    "agreements": "Intake binnen 2 weken.",
}
INTAKE = {
    "variant": "standaard",
    "started_on": "24-02-2026",
    "domain.taalniveau.nederlands": "A1",
    "domain.gezondheid_mentaal.notes": "Slaapt slecht sinds de vlucht.",
    "domain.gezondheid_fysiek.huisarts": True,
}
HEALTH_NOTE = {"on_date": "25-02-2026", "category": "telefoon", "source": "inburgeraar",
               "text": "Vertelt over de behandeling bij de GGZ.", "health": True}  # fmt: skip
PLAIN_NOTE = {"on_date": "26-02-2026", "category": "telefoon", "source": "inburgeraar",
              "text": "Belt over de afspraak bij de taalschool.", "health": False}  # fmt: skip


@pytest.fixture
def team(admin_store: Store, store_dir: Path) -> Iterator[tuple[Path, PersonId]]:
    """From an empty store: the admin adds a consultant and a teamleider; the consultant
    registers Amal and records her intake with health domains and a health note."""
    users.add_user(admin_store, ANNA, ANNA_PASS, role=Role.CONSULTANT, params=FAST_KDF)
    users.add_user(admin_store, TAMARA, TAMARA_PASS, role=Role.TEAMLEIDER, params=FAST_KDF)
    assert {u.name: u.role for u in users.list_users(admin_store)}[TAMARA] is Role.TEAMLEIDER
    admin_store.close()
    with unlock(store_dir, ANNA_PASS, user=ANNA) as anna:
        person = PersonId(saving.save(anna, PersonId(""), "koppeling", AMAL, today=TODAY).record_id)
        saving.save(anna, person, "koffie_en_koek", KEK, today=TODAY, complete=True)
        save_brede_intake(anna, person, INTAKE, today=TODAY)
        save_note(anna, person, HEALTH_NOTE, today=TODAY)
        save_note(anna, person, PLAIN_NOTE, today=TODAY)
    yield store_dir, person


def _refusals(folder: Path) -> list[tuple[str, str]]:
    """Every refusal in the trail, read by the admin (a teamleider may not read the trail)."""
    with unlock(folder, PASSPHRASE, user="beheerder") as admin:
        return [(e.actor, e.detail) for e in review.entries(admin)
                if e.action == Action.REFUSED.value]  # fmt: skip


def test_a_teamleider_sees_the_dossier_without_health_and_is_refused_health_reads(
    team: tuple[Path, PersonId],
) -> None:
    folder, person = team
    rules = load_rules()
    with unlock(folder, ANNA_PASS, user=ANNA) as anna:  # the consultant sees it, on purpose
        dossier = load_dossier(anna, person, today=TODAY, rules=rules)
        assert not dossier.health_withheld
        intake = dossier.forms["brede_intake"].values
        assert intake["domain.gezondheid_mentaal.notes"] == "Slaapt slecht sinds de vlucht."
        assert [n.health for n in dossier.notes] == [False, True]
        assert health_details(anna, person).intake["domain.gezondheid_fysiek.huisarts"] is True

    with unlock(folder, TAMARA_PASS, user=TAMARA) as tamara:
        assert not may(tamara, Permission.HEALTH)
        dossier = load_dossier(tamara, person, today=TODAY, rules=rules)
        assert dossier.health_withheld
        intake = dossier.forms["brede_intake"].values
        assert intake["domain.taalniveau.nederlands"] == "A1"  # the rest of the intake is there
        assert intake["domain.gezondheid_mentaal.notes"] == ""
        assert intake["domain.gezondheid_fysiek.huisarts"] is not True
        assert [n.text for n in dossier.notes] == [PLAIN_NOTE["text"]]
        assert "Slaapt" not in repr(dossier) and "GGZ" not in repr(dossier)

        with pytest.raises(HealthWithheld) as refused:
            health_details(tamara, person)
        assert "teamleider" in str(refused.value) and "Gezondheidsgegevens" in str(refused.value)
        # Saving the intake would wipe the health domains it cannot see: refused.
        with pytest.raises(HealthWithheld):
            save_brede_intake(tamara, person, {**INTAKE, "domain.taalniveau.nederlands": "A2"},
                              today=TODAY)  # fmt: skip
        with pytest.raises(HealthWithheld):
            save_note(tamara, person, {**HEALTH_NOTE, "text": "Nog iets."}, today=TODAY)
        with pytest.raises(HealthWithheld):
            make_inzage(tamara, person, today=TODAY)  # the inzage holds the health data

        # Not an admin either: managing users is refused, naming the role.
        with pytest.raises(NotAllowed) as admin_only:
            users.add_user(tamara, "Nog iemand", "een ander lang wachtwoord", params=FAST_KDF)
        assert "U bent aangemeld als teamleider" in str(admin_only.value)

        # What a teamleider is for: the report, the caseload, a plain note.
        report = build_report(tamara, year(2026), today=TODAY, rules=rules)
        assert report.indicator("instroom").total == 1
        assert [row.person_id for row in load_caseload(tamara, today=TODAY)] == [person]
        save_note(tamara, person, {**PLAIN_NOTE, "text": "Caseload besproken."}, today=TODAY)

    refused = [(TAMARA, "gezondheid")] * 4 + [(TAMARA, "gebruikers")]
    assert sorted(_refusals(folder)) == sorted(refused)
    with unlock(folder, ANNA_PASS, user=ANNA) as anna:  # nothing of the health data was lost
        intake = load_dossier(anna, person, today=TODAY, rules=rules).forms["brede_intake"].values
        assert intake["domain.gezondheid_mentaal.notes"] == "Slaapt slecht sinds de vlucht."
        assert intake["domain.taalniveau.nederlands"] == "A1"


def test_a_health_draft_is_withheld_from_a_teamleider(team: tuple[Path, PersonId]) -> None:
    from desktop.dossier.operations import save_draft

    folder, person = team
    with unlock(folder, ANNA_PASS, user=ANNA) as anna:
        save_draft(anna, person, "brede_intake",
                   {**INTAKE, "domain.gezondheid_fysiek.notes": "Rugklachten."})  # fmt: skip
    with unlock(folder, TAMARA_PASS, user=TAMARA) as tamara:
        state = load_dossier(tamara, person, today=TODAY, rules=load_rules()).forms["brede_intake"]
        assert state.draft is not None
        assert state.draft["domain.gezondheid_fysiek.notes"] == ""
        assert "Rugklachten" not in repr(state)
