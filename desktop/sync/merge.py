"""Applying batches (in causal order) and snapshots to the local register."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection

from desktop.sync.ledger import Author, add_versions, load_versions, replace_versions
from desktop.sync.materialize import Materializer
from desktop.sync.payload import Batch, SnapshotFile
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


#: Rows of a snapshot merged per step (what is held in memory at a time).
SNAPSHOT_ROWS = 2000


def _row_groups(versions: Iterator[Version]) -> Iterator[tuple[str, dict[str, list[Version]]]]:
    """The versions of a snapshot (in table, row order) per table, a few thousand rows a step."""
    tbl = ""
    rows: dict[str, list[Version]] = {}
    for version in versions:
        if version.tbl != tbl or (len(rows) >= SNAPSHOT_ROWS and version.row_id not in rows):
            if rows:
                yield tbl, rows
            tbl, rows = version.tbl, {}
        rows.setdefault(version.row_id, []).append(version)
    if rows:
        yield tbl, rows


def apply_snapshot(
    connection: Connection,
    author: Author,
    snapshot: SnapshotFile,
    ahead: Materializer | None = None,
) -> tuple[dict[str, set[str]], int]:
    """Merge a snapshot's state into the register, a few thousand rows at a time.

    Returns the rows touched and how many versions the snapshot held. ``ahead``: writes the
    rows into their tables as they are merged (materialize.ahead_of_snapshot). A FileProblem
    halfway (a damaged or disordered file) leaves part applied: the caller rolls back to a
    savepoint.
    """
    touched: dict[str, set[str]] = defaultdict(set)
    local_ctx = dict(author.vector)
    received = 0
    for tbl, rows in _row_groups(snapshot.versions()):
        existing = load_versions(connection, tbl, rows)
        removed: list[Version] = []
        added: list[Version] = []
        changed: dict[str, list[Version]] = {}
        for row_id, remote in rows.items():
            received += len(remote)
            local = existing.get(row_id, [])
            merged = merge_states(local, local_ctx, remote, snapshot.vector)
            if local:
                local_keys = {v.key for v in local}
                merged_keys = {v.key for v in merged}
                removed += [v for v in local if v.key not in merged_keys]
                fresh = [v for v in merged if v.key not in local_keys]
            else:  # a row only the snapshot holds (every row, for a new laptop)
                fresh = merged
            added += fresh
            if fresh or len(merged) != len(local):
                touched[tbl].add(row_id)
                if ahead is not None:
                    changed[row_id] = merged
            for version in remote:
                author.clock.observe(version.hlc)
        replace_versions(connection, removed, added, rewritten=True)  # then materialized
        if ahead is not None:
            ahead.write_merged(tbl, changed)
    for device, counter in snapshot.vector.items():
        if device != author.device:
            author.vector[device] = max(author.vector.get(device, 0), counter)
    return touched, received
