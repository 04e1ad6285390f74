"""The team roster and caseload assignment: admin-only changes, audited, synced."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.access.errors import NotAllowed
from desktop.access.users import add_user, ensure_users
from desktop.audit.models import AuditEntry
from desktop.domain.model import Trajectory
from desktop.dossier import saving
from desktop.dossier.registration import DuplicateReason, check_duplicates
from desktop.dossier.validation import ValidationFailed
from desktop.roster import (
    assign,
    caseload_counts,
    hand_over,
    roster,
    save_consultant,
    set_active,
)
from desktop.store import Store
from tests.conftest import FAST_KDF
from tests.desktop.sync.helpers import Fleet

TODAY = date(2026, 3, 2)


def newcomer(store: Store, given: str, v_nummer: str, consultant: str | None) -> str:
    values = {"given_names": given, "family_name": "Tesfay", "category": "asielstatushouder",
              "koppeling_date": "16-02-2026", "v_nummer": v_nummer,
              "consultant_id": consultant or ""}  # fmt: skip
    return saving.save(store, "", "koppeling", values, today=TODAY).record_id


@pytest.fixture
def admin(store: Store) -> Store:
    ensure_users(store)  # the first user is the admin, as at first run
    return store


def test_an_admin_builds_the_team_from_nothing(admin: Store) -> None:
    assert roster(admin) == []
    anna = save_consultant(admin, {"name": "Anna de Vries", "phone": "0529 488 100",
                                   "email": "a.devries@dalfsen.nl"}).record_id  # fmt: skip
    save_consultant(admin, {"name": "Jan Bakker"})
    assert [(m.name, m.active) for m in roster(admin)] == [
        ("Anna de Vries", True),
        ("Jan Bakker", True),
    ]
    with pytest.raises(ValidationFailed) as failed:
        save_consultant(admin, {"name": "anna de vries"})
    assert failed.value.message_for("name")
    with pytest.raises(ValidationFailed) as failed:
        save_consultant(admin, {"name": "Piet", "email": "geen-adres", "phone": "bel me"})
    assert {e.field for e in failed.value.errors} == {"email", "phone"}
    save_consultant(admin, {"name": "Anna de Vries", "phone": "06 12345678", "active": True},
                    consultant_id=anna)  # fmt: skip
    assert roster(admin)[0].phone == "06 12345678"


def test_a_consultant_cannot_change_the_team(admin: Store, store_dir: Path) -> None:
    add_user(admin, "Jan", "een ander lang wachtwoord", params=FAST_KDF)
    admin.user = "Jan"  # unlocked as the consultant
    with pytest.raises(NotAllowed):
        save_consultant(admin, {"name": "Iemand"})
    with admin.reading() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert "geweigerd" in actions


def test_assigning_and_handing_over_a_caseload_is_audited(admin: Store) -> None:
    anna = save_consultant(admin, {"name": "Anna de Vries"}).record_id
    jan = save_consultant(admin, {"name": "Jan Bakker"}).record_id
    people = [newcomer(admin, f"Selam{n}", f"100000000{n}", anna) for n in range(3)]
    other = newcomer(admin, "Dawit", "2000000000", None)
    assert caseload_counts(admin) == {anna: 3, None: 1}
    assert assign(admin, [other], jan) == 1
    assert assign(admin, [other], jan) == 0  # nothing to change
    set_active(admin, anna, False)  # Anna leaves; her people are still hers
    with pytest.raises(Exception, match="niet"):
        assign(admin, [other], anna)  # nobody is given to a consultant who left
    assert hand_over(admin, anna, jan) == 3
    assert caseload_counts(admin) == {jan: 4}
    with admin.reading() as session:
        entries = list(session.scalars(select(AuditEntry)))
        moved = {e.person_id for e in entries if e.fields == "consultant_id"}
        assert set(people) | {other} <= moved
        handover = [e for e in entries if e.action == "caseload overgedragen"]
        assert len(handover) == 1 and "Anna de Vries → Jan Bakker: 3" in handover[0].detail
        assert all(t.consultant_id == jan for t in session.scalars(select(Trajectory)))


def test_roster_assignment_and_duplicates_travel_between_laptops(tmp_path: Path) -> None:
    fleet = Fleet(tmp_path)
    try:
        office, rol = fleet.laptop("office"), fleet.laptop("rol")
        ensure_users(office.store)
        anna = save_consultant(office.store, {"name": "Anna de Vries"}).record_id
        jan = save_consultant(office.store, {"name": "Jan Bakker"}).record_id
        fleet.sync_all()
        assert [m.name for m in roster(rol.store)] == ["Anna de Vries", "Jan Bakker"]
        selam = newcomer(rol.store, "Selam", "3000000000", anna)  # registered at the ROL
        fleet.sync_all()
        # The office sees her, and would not register her twice.
        found = check_duplicates(office.store, {"v_nummer": "3000000000"}, today=TODAY)
        assert [(d.person_id, d.reason) for d in found] == [(selam, DuplicateReason.V_NUMMER)]
        with pytest.raises(ValidationFailed):
            newcomer(office.store, "Selam", "3000000000", anna)
        assign(office.store, [selam], jan)
        fleet.sync_all()
        assert caseload_counts(rol.store) == {jan: 1}
    finally:
        fleet.close()
