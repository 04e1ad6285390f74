"""The team folder as an admin's choice: making, joining and moving it, and what each sync sent.

Where the laptop's data goes is an access decision: a consultant who could point the laptop at
a folder of their own (a USB stick) could carry every dossier home. So making a team, joining
one and choosing the team folder are admin actions, refused in Dutch and audited otherwise;
the sync package does the work (:mod:`desktop.sync.team`) and this module decides who may. A
sync to any other folder than the chosen one is refused by the engine itself
(:class:`desktop.sync.errors.NotTheTeamFolder`), and every sync records in the trail what left
the laptop: how many records, in how many files, whether a full snapshot, to which folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.access.names import announce_laptop
from desktop.access.roles import Permission, require
from desktop.access.users import ensure_users
from desktop.audit.trail import Action, record
from desktop.store import settings
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync import team as sync_team
from desktop.sync.crypto import TeamKey
from desktop.sync.engine import synchronise
from desktop.sync.report import SyncReport

if TYPE_CHECKING:
    from desktop.store import Store


def _allowed(store: Store) -> None:
    ensure_users(store)
    require(store, Permission.TEAM_FOLDER)


def create_team(
    store: Store, share_path: Path, passphrase: str, *, params: Argon2Params = DEFAULT_ARGON2
) -> TeamKey:
    """Make a new team in ``share_path`` and join it (admins only; audited)."""
    _allowed(store)
    made = sync_team.create_team(store, share_path, passphrase, params=params)
    record(store, Action.TEAM_CREATED, detail=f"team {made.team_id[:8]} in {share_path}")
    announce_laptop(store)  # joining binds a new device id: the team learns its name anew
    return made


def join_team(store: Store, share_path: Path, passphrase: str) -> TeamKey:
    """Join the team of ``share_path`` with its passphrase (admins only; audited)."""
    _allowed(store)
    joined = sync_team.join_team(store, share_path, passphrase)
    record(store, Action.TEAM_JOINED, detail=f"team {joined.team_id[:8]} in {share_path}")
    announce_laptop(store)
    return joined


def join_with_enrolment(store: Store, share_path: Path, enrolment: Path, code: str) -> TeamKey:
    """Join with an enrolment file and its code (admins only; audited)."""
    _allowed(store)
    joined = sync_team.join_with_enrolment(store, share_path, enrolment, code)
    detail = f"team {joined.team_id[:8]} in {share_path} (aanmeldbestand)"
    record(store, Action.TEAM_JOINED, detail=detail)
    announce_laptop(store)
    return joined


def set_share_path(store: Store, share_path: Path) -> None:
    """Point this laptop at another path of its team folder (admins only; audited)."""
    current = settings.SYNC_SHARE.get(store)
    if current == str(share_path):
        return  # nothing changes: no right needed, nothing to record
    _allowed(store)
    sync_team.set_share_path(store, share_path)
    record(store, Action.TEAM_FOLDER, detail=f"{current or '-'} -> {share_path}")


def _sent(report: SyncReport, share: Path) -> str:
    parts = [f"{report.sent} wijziging(en) in {report.sent_files} bestand(en)"]
    if report.snapshot_written:
        parts.append("een momentopname van alle gegevens")
    if report.documents_sent:
        parts.append(f"{report.documents_sent} bijlage(n)")
    return f"{', '.join(parts)} naar {share}; {report.received} ontvangen"


def sync(
    store: Store,
    share_path: Path | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> SyncReport:
    """Sync with the team folder and record in the trail what left the laptop, and where."""
    _team, share = sync_team.current_team(store)
    if progress is None:
        report = synchronise(store, share_path)
    else:
        report = synchronise(store, share_path, progress=progress)
    record(store, Action.SYNC, detail=_sent(report, share_path or share))
    return report
