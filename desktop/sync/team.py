"""Making a team folder, and joining one with the team passphrase or an enrolment file.

The team key is kept in the (encrypted) local database; the share holds only the marker with
the Argon2id salt and costs and a check value, never the key. An enrolment file holds the team
key wrapped under a one-time enrolment code (Argon2id + AES-256-GCM): the file and the code
travel separately, so a lost file alone reveals nothing.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

from desktop.store import Store, settings
from desktop.store.atomic import write_atomic
from desktop.store.database import check_passphrase
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params, production_costs
from desktop.sync import trust as trusting
from desktop.sync.crypto import (
    MIN_CHOSEN_CODE_LENGTH,
    EnrolmentProblem,
    TeamKey,
    argon2_from_json,
    argon2_to_json,
    b64,
    derive_team_key,
    enrolment_team_id,
    generate_enrolment_code,
    key_check,
    normalise_enrolment_code,
    open_enrolment,
    seal_enrolment,
    unb64,
    verify_key,
)
from desktop.sync.errors import (
    DamagedMarker,
    EnrolmentInvalid,
    EnrolmentNotWritten,
    EnrolmentTooNew,
    EnrolmentUnprotected,
    NotInTeam,
    SyncError,
    WeakEnrolmentCode,
    WrongEnrolmentCode,
    WrongTeam,
    WrongTeamPassphrase,
)
from desktop.sync.share import MARKER_FORMAT, MARKER_VERSION, Share


def create_team(
    store: Store, share_path: Path, passphrase: str, *, params: Argon2Params = DEFAULT_ARGON2
) -> TeamKey:
    """Mark an existing (empty or not) folder as a new team folder and join this laptop.

    The marker's check value lets anyone who can read the share test guesses of the team
    passphrase offline, so each guess must cost what a passphrase slot costs: the costs are
    never below the store's defaults (outside the test suite), and the passphrase must pass
    the same strength check as a user's.
    """
    check_passphrase(passphrase)
    params = production_costs(params)
    salt = os.urandom(16)
    team = TeamKey(str(uuid.uuid4()), derive_team_key(passphrase, salt, params))
    share = Share(share_path)
    share.check_reachable()
    with store.reading() as session:
        if settings.SYNC_TEAM_ID.get(session.connection()):
            raise WrongTeam()
    with store.transaction() as session:
        keys = trusting.prepare(session.connection())
    root = trusting.root_of_keys(keys)
    marker = {
        "format": MARKER_FORMAT,
        "version": MARKER_VERSION,
        "team_id": team.team_id,
        "kdf": argon2_to_json(salt, params),
        "root": root,
        "check": key_check(team.key, team.team_id, root),
    }
    share.create_marker(marker)
    _remember(store, team, share_path, marker)
    trusting.found_team(store, share, team, keys)
    return team


def _marker_team(marker: dict[str, Any]) -> tuple[str, str]:
    try:
        return str(marker["team_id"]), str(marker["check"])
    except KeyError:
        raise DamagedMarker() from None


def _check(key: bytes, marker: dict[str, Any]) -> bool:
    team_id, check = _marker_team(marker)
    return verify_key(key, team_id, check, marker.get("root"))


def join_team(store: Store, share_path: Path, passphrase: str) -> TeamKey:
    """Join the team of a share with its passphrase."""
    marker = Share(share_path).read_marker()
    team_id, _check_value = _marker_team(marker)
    try:
        salt, params = argon2_from_json(marker.get("kdf"))
    except ValueError:
        raise DamagedMarker() from None
    team = TeamKey(team_id, derive_team_key(passphrase, salt, params))
    if not _check(team.key, marker):
        raise WrongTeamPassphrase()
    _remember(store, team, share_path, marker)
    return team


_ENROLMENT_ERRORS: dict[str, type[SyncError]] = {
    "invalid": EnrolmentInvalid,
    "unprotected": EnrolmentUnprotected,
    "too_new": EnrolmentTooNew,
    "wrong_code": WrongEnrolmentCode,
}


def _read_enrolment(enrolment: Path) -> Any:
    try:
        return json.loads(enrolment.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise EnrolmentInvalid() from None


def join_with_enrolment(store: Store, share_path: Path, enrolment: Path, code: str) -> TeamKey:
    """Join the team of a share with an enrolment file an admin made and its enrolment code.

    Everything is checked before anything is written: the file's format (the old unprotected
    format is refused), that it belongs to the share's team, that the code opens it, and that
    the key fits the share's marker. Raises EnrolmentInvalid (or its kinds), WrongTeam,
    WrongEnrolmentCode or WrongTeamPassphrase; then the local database is unchanged.
    """
    document = _read_enrolment(enrolment)
    try:
        claimed = enrolment_team_id(document)
    except EnrolmentProblem as problem:
        raise _ENROLMENT_ERRORS[problem.kind]() from None
    marker = Share(share_path).read_marker()
    team_id, _check_value = _marker_team(marker)
    if claimed != team_id:
        raise WrongTeam()
    try:
        team = open_enrolment(document, code)
    except EnrolmentProblem as problem:
        raise _ENROLMENT_ERRORS[problem.kind]() from None
    if not _check(team.key, marker):
        raise WrongTeamPassphrase()
    _remember(store, team, share_path, marker)
    return team


def write_enrolment_file(
    store: Store,
    path: Path,
    code: str | None = None,
    *,
    params: Argon2Params = DEFAULT_ARGON2,
) -> str:
    """Write an enrolment file for a new laptop; returns its enrolment code.

    Without ``code`` a new one is generated (100 random bits); a code the admin chooses needs at
    least 20 letters or digits. The code is not in the file: show it once and pass it on
    separately (by phone, say). Each file gets its own salt, so a code is good for one file.

    This does not check who asks: only an admin may make one (the file and its code together
    give the team key), so screens and commands call
    :func:`desktop.access.enrolment.write_enrolment`, which checks first.
    """
    if code is None:
        code = generate_enrolment_code()
    elif len(normalise_enrolment_code(code)) < MIN_CHOSEN_CODE_LENGTH:
        raise WeakEnrolmentCode()
    team, _share = current_team(store)
    document = seal_enrolment(team, code, params)
    try:
        write_atomic(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    except OSError:
        raise EnrolmentNotWritten() from None
    return code


def _remember(store: Store, team: TeamKey, share_path: Path, marker: dict[str, Any]) -> None:
    """Keep the team (its join key, never a data key) and this laptop's identity in it.

    The laptop makes its own signing and key-agreement pairs now (:mod:`desktop.sync.identity`)
    and, joining, asks to be approved (its request on the share); it reads and writes nothing
    of the team's data before an admin approved it.
    """
    with store.transaction() as session:
        connection = session.connection()
        known = settings.SYNC_TEAM_ID.get(connection)
        if known and known != team.team_id:
            raise WrongTeam()
        settings.device_id(connection)
        keys = trusting.prepare(connection)
        trusting.pin_root(connection, marker)
        settings.SYNC_TEAM_ID.set(connection, team.team_id)
        settings.SYNC_TEAM_KEY.set(connection, b64(team.key))
        settings.SYNC_SHARE.set(connection, str(share_path))
    from desktop.sync import roster  # late: roster imports share only

    if keys.laptop_id != str(marker.get("root", {}).get("laptop", "")):
        roster.publish_request(Share(share_path), team.team_id, keys)


def current_team(store: Store) -> tuple[TeamKey, Path]:
    """This laptop's team and share folder; NotInTeam when it has joined none."""
    with store.reading() as session:
        connection = session.connection()
        team_id = settings.SYNC_TEAM_ID.get(connection)
        key = settings.SYNC_TEAM_KEY.get(connection)
        share = settings.SYNC_SHARE.get(connection)
    if not team_id or not key:
        raise NotInTeam()
    return TeamKey(team_id, unb64(key)), Path(share)


def set_share_path(store: Store, share_path: Path) -> None:
    """Point this laptop at another path of the same team folder (a new drive letter, say)."""
    settings.SYNC_SHARE.set(store, str(share_path))


def check_share(share_path: Path, team: TeamKey | None = None) -> str:
    """The "test this folder" check: reachable, marked, the right team. Returns a summary."""
    share = Share(share_path)
    marker = share.read_marker()
    team_id, _check_value = _marker_team(marker)
    if team is not None:
        if team.team_id != team_id:
            raise WrongTeam()
        if not _check(team.key, marker):
            raise WrongTeamPassphrase()
    devices = {f.device for f in share.list_files()}
    return f"Teammap in orde: team {team_id[:8]}, {len(devices)} laptop(s) hebben er bestanden."
