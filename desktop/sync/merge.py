"""Applying batches (in causal order) and snapshots to the local register."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection

from desktop.sync.ledger import Author, add_versions, load_versions, replace_versions
from desktop.sync.payload import Batch, Snapshot
from desktop.sync.register import Version, merge_states


def is_ready(batch: Batch, author: Author) -> bool:
    """True when everything the batch's maker had seen is applied here, and nothing of the
    maker's own is missing before it (so supersession is judged on complete knowledge)."""
    if author.vector.get(batch.device, 0) + 1 < batch.first:
        return False
    return all(
        author.vector.get(device, 0) >= counter
        for device, counter in batch.deps.items()
        if device not in (author.device, batch.device)
    )


def apply_batch(connection: Connection, author: Author, batch: Batch) -> dict[str, set[str]]:
    """Add a ready batch's unseen versions to the register; returns the rows touched."""
    seen = author.vector.get(batch.device, 0)
    fresh = [v for v in batch.versions if v.counter > seen]
    touched = add_versions(connection, fresh)
    author.vector[batch.device] = max(seen, batch.last)
    for version in fresh:
        author.clock.observe(version.hlc)
    return touched


def apply_snapshot(
    connection: Connection, author: Author, snapshot: Snapshot
) -> dict[str, set[str]]:
    """Merge a snapshot's state into the register; returns the rows touched."""
    rows: dict[tuple[str, str], list[Version]] = defaultdict(list)
    for version in snapshot.versions:
        rows[(version.tbl, version.row_id)].append(version)
    touched: dict[str, set[str]] = defaultdict(set)
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in rows:
        by_table[tbl].append(row_id)
    local_ctx = dict(author.vector)
    for tbl, ids in by_table.items():
        existing = load_versions(connection, tbl, ids)
        removed: list[Version] = []
        added: list[Version] = []
        for row_id in ids:
            local = existing.get(row_id, [])
            merged = merge_states(local, local_ctx, rows[(tbl, row_id)], snapshot.vector)
            local_keys = {v.key for v in local}
            merged_keys = {v.key for v in merged}
            removed += [v for v in local if v.key not in merged_keys]
            fresh = [v for v in merged if v.key not in local_keys]
            added += fresh
            if fresh or len(merged) != len(local):
                touched[tbl].add(row_id)
        replace_versions(connection, removed, added)
    for device, counter in snapshot.vector.items():
        if device != author.device:
            author.vector[device] = max(author.vector.get(device, 0), counter)
    for version in snapshot.versions:
        author.clock.observe(version.hlc)
    return touched
