"""Making a team folder, and joining one with the team passphrase or an enrolment file.

The team key is kept in the (encrypted) local database; the share holds only the marker with
the Argon2id salt and costs and a check value, never the key.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.store import Store
from desktop.store.atomic import write_atomic
from desktop.store.database import check_passphrase
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync import ledger
from desktop.sync.crypto import (
    TeamKey,
    b64,
    derive_team_key,
    enrolment_document,
    key_check,
    team_from_enrolment,
    unb64,
    verify_key,
)
from desktop.sync.errors import (
    DamagedMarker,
    EnrolmentInvalid,
    NotInTeam,
    WrongTeam,
    WrongTeamPassphrase,
)
from desktop.sync.share import MARKER_FORMAT, MARKER_VERSION, Share


def create_team(
    store: Store, share_path: Path, passphrase: str, *, params: Argon2Params = DEFAULT_ARGON2
) -> TeamKey:
    """Mark an existing (empty or not) folder as a new team folder and join this laptop."""
    check_passphrase(passphrase)
    salt = os.urandom(16)
    team = TeamKey(str(uuid.uuid4()), derive_team_key(passphrase, salt, params))
    marker = {
        "format": MARKER_FORMAT,
        "version": MARKER_VERSION,
        "team_id": team.team_id,
        "kdf": {"algorithm": "argon2id", "salt": b64(salt), **asdict(params)},
        "check": key_check(team.key, team.team_id),
    }
    Share(share_path).create_marker(marker)
    _remember(store, team, share_path)
    return team


def _marker_team(marker: dict[str, Any]) -> tuple[str, str]:
    try:
        return str(marker["team_id"]), str(marker["check"])
    except KeyError:
        raise DamagedMarker() from None


def join_team(store: Store, share_path: Path, passphrase: str) -> TeamKey:
    """Join the team of a share with its passphrase."""
    marker = Share(share_path).read_marker()
    team_id, check = _marker_team(marker)
    try:
        kdf = marker["kdf"]
        params = Argon2Params(
            int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
        )
        salt = unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError):
        raise DamagedMarker() from None
    team = TeamKey(team_id, derive_team_key(passphrase, salt, params))
    if not verify_key(team.key, team_id, check):
        raise WrongTeamPassphrase()
    _remember(store, team, share_path)
    return team


def join_with_enrolment(store: Store, share_path: Path, enrolment: Path) -> TeamKey:
    """Join the team of a share with an enrolment file an admin made."""
    try:
        document = json.loads(enrolment.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise EnrolmentInvalid() from None
    team = team_from_enrolment(document)
    if team is None:
        raise EnrolmentInvalid()
    team_id, check = _marker_team(Share(share_path).read_marker())
    if team.team_id != team_id:
        raise WrongTeam()
    if not verify_key(team.key, team_id, check):
        raise WrongTeamPassphrase()
    _remember(store, team, share_path)
    return team


def write_enrolment(store: Store, path: Path) -> None:
    """Write an enrolment file for a new laptop (it holds the team key: hand it over safely)."""
    team, _share = current_team(store)
    write_atomic(path, json.dumps(enrolment_document(team), indent=2).encode("utf-8"))


def _remember(store: Store, team: TeamKey, share_path: Path) -> None:
    with store.transaction() as session:
        connection = session.connection()
        known = ledger.get_setting(connection, ledger.TEAM_ID)
        if known and known != team.team_id:
            raise WrongTeam()
        ledger.device_id(connection)
        ledger.set_setting(connection, ledger.TEAM_ID, team.team_id)
        ledger.set_setting(connection, ledger.TEAM_KEY, b64(team.key))
        ledger.set_setting(connection, ledger.SHARE, str(share_path))


def current_team(store: Store) -> tuple[TeamKey, Path]:
    """This laptop's team and share folder; NotInTeam when it has joined none."""
    team_id = store.setting(ledger.TEAM_ID)
    key = store.setting(ledger.TEAM_KEY)
    if not team_id or not key:
        raise NotInTeam()
    return TeamKey(team_id, unb64(key)), Path(store.setting(ledger.SHARE))


def set_share_path(store: Store, share_path: Path) -> None:
    """Point this laptop at another path of the same team folder (a new drive letter, say)."""
    store.set_setting(ledger.SHARE, str(share_path))


def check_share(share_path: Path, team: TeamKey | None = None) -> str:
    """The "test this folder" check: reachable, marked, the right team. Returns a summary."""
    share = Share(share_path)
    marker = share.read_marker()
    team_id, check = _marker_team(marker)
    if team is not None:
        if team.team_id != team_id:
            raise WrongTeam()
        if not verify_key(team.key, team_id, check):
            raise WrongTeamPassphrase()
    devices = {f.device for f in share.list_files()}
    return f"Teammap in orde: team {team_id[:8]}, {len(devices)} laptop(s) hebben er bestanden."
