"""The sync state shown in the window: last sync, pending changes, open conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import Store
from desktop.sync import ledger
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
    """Read the sync state (reads every synced table: run it off the GUI thread)."""
    with store.reading() as session:
        connection = session.connection()
        in_team = bool(ledger.get_setting(connection, ledger.TEAM_ID))
        exported = int(ledger.get_setting(connection, ledger.EXPORTED, "0"))
        counter = int(ledger.get_setting(connection, ledger.COUNTER, "0"))
        device = ledger.get_setting(connection, ledger.DEVICE)
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
            share=ledger.get_setting(connection, ledger.SHARE),
            last_sync=ledger.get_setting(connection, ledger.LAST_SYNC),
            pending=count_local_changes(connection) + int(unsent),
            conflicts=int(conflicts),
        )
