"""Snapshots and clean-up, so that a new laptop starts fast and the share stays bounded.

Each laptop writes a snapshot of the whole team (every head version and what it had seen)
when it has taken in :data:`SNAPSHOT_EVERY` versions since its last one, or when the share has
none. It keeps its newest :data:`KEEP_SNAPSHOTS` snapshots and removes its own batches that
its newest snapshot covers once they are older than :data:`BATCH_RETENTION_DAYS`: a laptop
away longer than that catches up from a snapshot. Nobody ever removes another laptop's files.
"""

from __future__ import annotations

import time

from desktop.store import Store, settings
from desktop.sync import ledger
from desktop.sync.crypto import KIND_SNAPSHOT, TeamKey
from desktop.sync.hlc import wall_millis
from desktop.sync.payload import Snapshot, encode_snapshot
from desktop.sync.share import Share, ShareFile, snapshot_name

SNAPSHOT_EVERY = 20_000
KEEP_SNAPSHOTS = 2
BATCH_RETENTION_DAYS = 90


def note_versions(store: Store, count: int) -> None:
    """Count versions taken in since this laptop's last snapshot."""
    if count:
        with store.transaction() as session:
            connection = session.connection()
            since = settings.SYNC_SINCE_SNAPSHOT.get(connection)
            settings.SYNC_SINCE_SNAPSHOT.set(connection, since + count)


def snapshot_due(store: Store, files: list[ShareFile]) -> bool:
    has_snapshot = any(f.kind == "snapshot" for f in files)
    since = settings.SYNC_SINCE_SNAPSHOT.get(store)
    return since >= SNAPSHOT_EVERY or (not has_snapshot and since > 0)


def write_snapshot(store: Store, share: Share, team: TeamKey) -> str:
    """Write this laptop's full state as a new snapshot file; returns its name."""
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        versions = ledger.all_versions(connection)
    author.vector[author.device] = author.counter
    snapshot = Snapshot(author.device, dict(author.vector), versions)
    name = snapshot_name(wall_millis())
    share.write_new(
        author.device, name, team.seal(KIND_SNAPSHOT, author.device, encode_snapshot(snapshot))
    )
    with store.transaction() as session:
        connection = session.connection()
        settings.SYNC_SINCE_SNAPSHOT.set(connection, 0)
        settings.SYNC_SNAPSHOT_COVERS.set(connection, author.counter)
    return name


def remove_old_files(
    store: Store, share: Share, device: str, retention_days: float = BATCH_RETENTION_DAYS
) -> int:
    """Remove this laptop's superseded snapshots and old covered batches; returns how many."""
    own = [f for f in share.list_files() if f.device == device]
    snapshots = sorted((f for f in own if f.kind == "snapshot"), key=lambda f: f.millis)
    removed = 0
    for old in snapshots[:-KEEP_SNAPSHOTS]:
        share.remove_own(device, old.name)
        removed += 1
    covered = settings.SYNC_SNAPSHOT_COVERS.get(store)
    cutoff = time.time() - retention_days * 86_400
    for batch in (f for f in own if f.kind == "batch" and f.last <= covered):
        path = share.device_folder(device) / batch.name
        try:
            old_enough = path.stat().st_mtime <= cutoff
        except OSError:
            continue
        if old_enough:
            share.remove_own(device, batch.name)
            removed += 1
    return removed
