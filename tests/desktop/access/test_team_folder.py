"""The USB-folder exfiltration: where the data goes is an admin's choice, and every sync says
in the trail what left the laptop and where."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.access.errors import NotAllowed
from desktop.access.models import Role
from desktop.access.session import unlock
from desktop.access.team import create_team, join_team, set_share_path, sync
from desktop.access.users import add_user
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.roster import Consultant
from desktop.store import Store, settings
from desktop.sync.engine import synchronise
from desktop.sync.errors import NotTheTeamFolder
from tests.conftest import FAST_KDF, PASSPHRASE

TEAM_PASSPHRASE = "het team van de gemeente deelt deze zin"
SANNE = "sanne fietst elke ochtend langs de rivier"


def _entries(store: Store, action: Action) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.fixture
def laptop(store_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A laptop in a team (made by its admin) with a consultant user, closed."""
    share = tmp_path / "share"
    share.mkdir()
    Store.create(store_dir, PASSPHRASE, params=FAST_KDF)[0].close()
    with unlock(store_dir, PASSPHRASE) as admin:
        add_user(admin, "Sanne", SANNE, role=Role.CONSULTANT, params=FAST_KDF)
        create_team(admin, share, TEAM_PASSPHRASE, params=FAST_KDF)
        assert [e.actor for e in _entries(admin, Action.TEAM_CREATED)] == ["beheerder"]
    return store_dir, share


def test_a_consultant_cannot_send_the_data_to_a_folder_of_their_own(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    store_dir, share = laptop
    usb = tmp_path / "usb"
    shutil.copytree(share, usb)  # the marker copied: the same team, another folder
    with unlock(store_dir, SANNE) as sanne:
        with sanne.transaction() as session:
            session.add(Consultant(name="Anna"))
        with pytest.raises(NotAllowed):
            set_share_path(sanne, usb)
        with pytest.raises(NotAllowed):
            create_team(sanne, tmp_path / "other", TEAM_PASSPHRASE, params=FAST_KDF)
        with pytest.raises(NotAllowed):
            join_team(sanne, usb, TEAM_PASSPHRASE)
        with pytest.raises(NotTheTeamFolder):
            sync(sanne, usb)
        with pytest.raises(NotTheTeamFolder):  # also without the audited wrapper
            synchronise(sanne, usb)
        assert settings.SYNC_SHARE.get(sanne) == str(share)
        assert len(_entries(sanne, Action.REFUSED)) == 3
    assert sorted(p.name for p in usb.rglob("*") if p.is_file()) == sorted(
        p.name for p in share.rglob("*") if p.is_file()
    )  # nothing was written to the stick


def test_every_sync_records_what_left_the_laptop_and_where(laptop: tuple[Path, Path]) -> None:
    store_dir, share = laptop
    with unlock(store_dir, SANNE) as sanne:
        with sanne.transaction() as session:
            session.add(Consultant(name="Anna"))
            session.add(Consultant(name="Bram"))
        report = sync(sanne)
        assert report.sent >= 2
        (entry,) = _entries(sanne, Action.SYNC)
        assert entry.actor == "Sanne"
        assert f"{report.sent} wijziging(en)" in entry.detail and str(share) in entry.detail


def test_the_admin_may_move_the_team_folder_and_it_is_audited(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    store_dir, share = laptop
    moved = tmp_path / "moved"
    shutil.copytree(share, moved)
    with unlock(store_dir, PASSPHRASE) as admin:
        set_share_path(admin, moved)
        sync(admin, moved)
        (entry,) = _entries(admin, Action.TEAM_FOLDER)
        assert entry.detail == f"{share} -> {moved}"
