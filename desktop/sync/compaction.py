"""Snapshots and clean-up, so that a new laptop starts fast and the share stays bounded.

Each laptop writes a snapshot of the whole team (every head version and what it had seen)
when it has taken in :data:`SNAPSHOT_EVERY` versions since its last one, or when the share has
none. It keeps its newest :data:`KEEP_SNAPSHOTS` snapshots and removes its own batches that
its newest snapshot covers once they are older than :data:`BATCH_RETENTION_DAYS`: a laptop
away longer than that catches up from a snapshot. Nobody ever removes another laptop's files.
"""

from __future__ import annotations

import json
import time
import zlib

from desktop.store import Store, settings
from desktop.sync import ledger, own
from desktop.sync.crypto import KIND_SNAPSHOT
from desktop.sync.hlc import wall_millis
from desktop.sync.payload import snapshot_text
from desktop.sync.share import Share, ShareFile, snapshot_name
from desktop.sync.trust import Trust

SNAPSHOT_EVERY = 20_000
KEEP_SNAPSHOTS = 2
BATCH_RETENTION_DAYS = 90
#: After the team's data key changed (a laptop or member removed), own files sealed with the
#: old key are removed this soon once a snapshot under the new key covers them.
ROTATED_RETENTION_DAYS = 14


def key_rotated(store: Store, trust: Trust) -> bool:
    """True when this laptop's newest snapshot was sealed with a data key no longer current."""
    current = trust.current
    sealed = settings.SYNC_SNAPSHOT_KEY.get(store)
    return current is not None and bool(sealed) and sealed != current[0]


def note_versions(store: Store, count: int) -> None:
    """Count versions taken in since this laptop's last snapshot."""
    if count:
        with store.transaction() as session:
            connection = session.connection()
            since = settings.SYNC_SINCE_SNAPSHOT.get(connection)
            settings.SYNC_SINCE_SNAPSHOT.set(connection, since + count)


def snapshot_due(store: Store, files: list[ShareFile]) -> bool:
    """Time for a snapshot: many versions taken in, none on the share, or its own one lost."""
    has_snapshot = any(f.kind == "snapshot" for f in files)
    since = settings.SYNC_SINCE_SNAPSHOT.get(store)
    if since >= SNAPSHOT_EVERY or (not has_snapshot and since > 0):
        return True
    with store.reading() as session:
        connection = session.connection()
        return own.had_snapshot(connection) and not own.own_snapshot_present(connection, files)


def share_lost(store: Store, files: list[ShareFile]) -> bool:
    """True when the share lost changes of another laptop that this one holds.

    That is: this laptop knows more of another laptop than the share's batches hold (a share
    restored from an older backup, and that laptop itself restored too, so it cannot write
    them again) and its own newest snapshot does not hold it either. A snapshot then carries
    those changes to everybody; see :func:`desktop.sync.engine` for the batch that says so.
    """
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        mine = set(own.identities(connection))
    on_share: dict[str, int] = {}
    for file in files:
        if file.kind == "batch":
            on_share[file.device] = max(on_share.get(file.device, 0), file.last)
    covered = settings.SYNC_SNAPSHOT_VECTOR.get(store)
    return any(
        counter > on_share.get(device, 0) and counter > int(covered.get(device, 0))
        for device, counter in author.vector.items()
        if device not in mine
    )


def write_snapshot(store: Store, share: Share, trust: Trust) -> str:
    """Write this laptop's full state as a new snapshot file; returns its name.

    The versions go from the database through the compressor a row at a time, so that only
    the compressed file is ever held whole in memory.
    """
    vouched = trust.vouched(store)
    compressor = zlib.compressobj(6)
    parts: list[bytes] = []
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        author.vector[author.device] = author.counter
        texts = [r[0] for r in connection.exec_driver_sql("SELECT DISTINCT ctx FROM sync_version")]
        index = {text: number for number, text in enumerate(texts)}
        rows = connection.exec_driver_sql(
            'SELECT tbl, row_id, field, device, counter, hlc, at, "by", value, ctx '
            "FROM sync_version ORDER BY tbl, row_id"
        )
        pieces = snapshot_text(
            author.device,
            author.vector,
            [json.loads(text) for text in texts],
            ((tuple(row[:9]), index[row[9]]) for row in rows),
            extra={"vouch": vouched},
        )
        buffered: list[bytes] = []
        size = 0
        for piece in pieces:
            buffered.append(piece)
            size += len(piece)
            if size >= 1 << 20:
                parts.append(compressor.compress(b"".join(buffered)))
                buffered, size = [], 0
        parts.append(compressor.compress(b"".join(buffered)))
    parts.append(compressor.flush())
    name = snapshot_name(wall_millis())
    sealed = trust.seal_body_file(store, KIND_SNAPSHOT, author.device, name, b"".join(parts))
    del parts
    if sealed is None:
        return ""
    rotated = key_rotated(store, trust)
    own.publish(store, share, author.device, name, sealed)
    current = trust.current
    with store.transaction() as session:
        connection = session.connection()
        if rotated:  # what the older own files hold is now under the new key too
            settings.SYNC_OLD_KEY_COVERS.set(connection, author.counter)
            settings.SYNC_OLD_KEY_SNAPSHOTS.set(connection, [
                own_file.name for own_file in share.list_files()
                if own_file.device == author.device and own_file.kind == "snapshot"
                and own_file.name != name
            ])  # fmt: skip
        if current is not None:
            settings.SYNC_SNAPSHOT_KEY.set(connection, current[0])
        settings.SYNC_SINCE_SNAPSHOT.set(connection, 0)
        settings.SYNC_SNAPSHOT_COVERS.set(connection, author.counter)
        settings.SYNC_SNAPSHOT_VECTOR.set(connection, dict(author.vector))
    return name


def remove_old_files(
    store: Store, share: Share, device: str, retention_days: float = BATCH_RETENTION_DAYS
) -> int:
    """Remove this laptop's superseded snapshots and old covered batches; returns how many."""
    mine = [f for f in share.list_files() if f.device == device]
    snapshots = sorted((f for f in mine if f.kind == "snapshot"), key=lambda f: f.millis)
    old_key = set(settings.SYNC_OLD_KEY_SNAPSHOTS.get(store))
    removed = 0
    for old in snapshots[:-KEEP_SNAPSHOTS] + [f for f in snapshots[-KEEP_SNAPSHOTS:-1]
                                               if f.name in old_key]:  # fmt: skip
        if share.remove_own(device, old.name):
            own.note_removed(store, old.key)
            removed += 1
    covered = settings.SYNC_SNAPSHOT_COVERS.get(store)
    old_covers = settings.SYNC_OLD_KEY_COVERS.get(store)
    now = time.time()
    for batch in (f for f in mine if f.kind == "batch" and f.last <= covered):
        days = (
            min(retention_days, ROTATED_RETENTION_DAYS)
            if batch.last <= old_covers
            else retention_days
        )
        path = share.device_folder(device) / batch.name
        try:
            old_enough = path.stat().st_mtime <= now - days * 86_400
        except OSError:
            continue
        if old_enough and share.remove_own(device, batch.name):
            own.note_removed(store, batch.key)
            removed += 1
    return removed
