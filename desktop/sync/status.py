"""The sync state shown in the window: last sync, pending changes, open conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import Store, settings
from desktop.sync.capture import count_local_changes


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows about sync."""

    in_team: bool
    share: str
    last_sync: str  # ISO moment (UTC) or ""
    pending: int  # records changed here and not yet sent
    conflicts: int


def sync_status(store: Store) -> SyncStatus:
    """Read the sync state (reads only the rows written since the last sync)."""
    with store.reading() as session:
        connection = session.connection()
        in_team = bool(settings.SYNC_TEAM_ID.get(connection))
        exported = settings.SYNC_EXPORTED.get(connection)
        counter = settings.SYNC_COUNTER.get(connection)
        device = settings.SYNC_DEVICE.get(connection)
        unsent = (
            connection.exec_driver_sql(
                "SELECT COUNT(DISTINCT tbl || row_id) FROM sync_version "
                "WHERE device = ? AND counter > ?",
                (device, exported),
            ).scalar_one()
            if counter > exported
            else 0
        )
        conflicts = connection.exec_driver_sql("SELECT COUNT(*) FROM sync_conflict").scalar_one()
        return SyncStatus(
            in_team=in_team,
            share=settings.SYNC_SHARE.get(connection),
            last_sync=settings.SYNC_LAST.get(connection),
            pending=count_local_changes(connection) + int(unsent),
            conflicts=int(conflicts),
        )
