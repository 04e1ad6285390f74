"""One sync: check the share, read new files, take in local changes, merge, send, compact.

The order matters. Everything remote is read and checked *before* the local database is
touched, so a share that vanishes halfway changes nothing. Local changes are captured in the
same transaction that applies the remote ones, so the user's edits and the merge cannot
interleave. Sending happens last; when it fails (full or read-only share) what was received
stays applied and the local changes wait for the next sync.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from desktop.store import Store, settings
from desktop.sync import blobs, compaction, ledger
from desktop.sync.capture import capture_local_changes
from desktop.sync.crypto import KIND_BATCH, KIND_SNAPSHOT, FileProblem, TeamKey, verify_key
from desktop.sync.errors import ShareFull, ShareReadOnly, WrongTeam, WrongTeamPassphrase
from desktop.sync.materialize import materialize
from desktop.sync.merge import apply_batch, apply_snapshot, is_ready
from desktop.sync.payload import Batch, Snapshot, decode_batch, decode_snapshot, encode_batch
from desktop.sync.purge import purge_tombstoned
from desktop.sync.report import Skipped, SyncReport
from desktop.sync.share import Share, ShareFile, batch_name
from desktop.sync.team import current_team

log = logging.getLogger("wegwijzer.sync")

#: progress(done, total, what): called from the syncing thread.
Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _what: str) -> None:
    return None


@dataclass
class _Incoming:
    """The files read from the share for this sync, checked and decoded."""

    batches: list[tuple[ShareFile, Batch]] = field(default_factory=list)
    snapshot: tuple[ShareFile, Snapshot] | None = None
    skipped: list[Skipped] = field(default_factory=list)


def _open_share(store: Store, share_path: Path | None) -> tuple[TeamKey, Share]:
    team, remembered = current_team(store)
    share = Share(share_path or remembered)
    marker = share.read_marker()
    if marker.get("team_id") != team.team_id:
        raise WrongTeam()
    if not verify_key(team.key, team.team_id, str(marker.get("check", ""))):
        raise WrongTeamPassphrase()
    return team, share


def _local_view(store: Store) -> tuple[str, dict[str, int], set[str], bool]:
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        applied = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sync_file WHERE status = 'applied'"
            )
        }
        first = not settings.SYNC_LAST.get(connection)
    return author.device, author.vector, applied, first


def _needs_snapshot(first: bool, vector: dict[str, int], batches: list[ShareFile]) -> bool:
    """A first sync, or a gap: a device's next batch is gone (compacted) but later ones exist."""
    if first:
        return True
    for other in {b.device for b in batches}:
        firsts = [b.first for b in batches if b.device == other and b.last > vector.get(other, 0)]
        if firsts and min(firsts) > vector.get(other, 0) + 1:
            return True
    return False


def _read(share: Share, team: TeamKey, store: Store, progress: Progress) -> _Incoming:
    device, vector, applied, first = _local_view(store)
    files = share.list_files()
    incoming = _Incoming()
    batches = [
        f
        for f in files
        if f.kind == "batch"
        and f.device != device
        and f.key not in applied
        and f.last > vector.get(f.device, 0)
    ]
    snapshots = sorted(
        (f for f in files if f.kind == "snapshot" and f.device != device and f.key not in applied),
        key=lambda f: f.millis,
    )
    if snapshots and _needs_snapshot(first, vector, [f for f in files if f.kind == "batch"]):
        for candidate in reversed(snapshots):
            try:
                payload = team.open(share.read(candidate), KIND_SNAPSHOT, candidate.device)
                incoming.snapshot = (candidate, decode_snapshot(payload, candidate.device))
                break
            except FileProblem as problem:
                incoming.skipped.append(Skipped(candidate.key, str(problem)))
    if incoming.snapshot is not None:  # what the snapshot covers need not be read
        covered = incoming.snapshot[1].vector
        batches = [f for f in batches if f.last > max(vector.get(f.device, 0),
                                                       covered.get(f.device, 0))]  # fmt: skip
    for done, file in enumerate(sorted(batches, key=lambda f: (f.device, f.first)), start=1):
        progress(done, len(batches), "lezen")
        try:
            payload = team.open(share.read(file), KIND_BATCH, file.device)
            batch = decode_batch(payload, file.device, file.first, file.last)
        except FileProblem as problem:
            incoming.skipped.append(Skipped(file.key, str(problem)))
            continue
        incoming.batches.append((file, batch))
    return incoming


def _merge(
    connection: Connection,
    author: ledger.Author,
    incoming: _Incoming,
    report: SyncReport,
    user: str,
) -> None:
    captured = capture_local_changes(connection, author, user)
    report.local_changes = len(captured.versions)
    touched: dict[str, set[str]] = {k: set(v) for k, v in captured.touched.items()}

    def note(rows: dict[str, set[str]]) -> None:
        for tbl, ids in rows.items():
            touched.setdefault(tbl, set()).update(ids)

    if incoming.snapshot is not None:
        file, snapshot = incoming.snapshot
        note(apply_snapshot(connection, author, snapshot))
        _record(connection, file.key, "applied", "momentopname")
        report.snapshot_used = True
        report.received += len(snapshot.versions)
    pending = list(incoming.batches)
    progressed = True
    while pending and progressed:
        progressed = False
        for item in list(pending):
            file, batch = item
            seen = author.vector.get(batch.device, 0)
            if batch.last <= seen or is_ready(batch, author):
                note(apply_batch(connection, author, batch))
                _record(connection, file.key, "applied", "")
                fresh = sum(1 for v in batch.versions if v.counter > seen)
                report.received += fresh
                report.from_batches += fresh
                report.received_files += 1
                pending.remove(item)
                progressed = True
    report.waiting = len(pending)
    for skipped in report.skipped:
        _record(connection, skipped.file, "skipped", skipped.reason)
    materialize(connection, touched)
    purge_tombstoned(connection)  # retention deletions: no values left anywhere (issue 7)
    author.save(connection)


def _record(connection: Connection, name: str, status: str, detail: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO sync_file (name, status, detail) VALUES (?, ?, ?) ON CONFLICT(name) "
        "DO UPDATE SET status = excluded.status, detail = excluded.detail",
        (name, status, detail),
    )


def _send(store: Store, share: Share, team: TeamKey, report: SyncReport) -> None:
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        exported = settings.SYNC_EXPORTED.get(connection)
        versions = ledger.own_versions_after(connection, author.device, exported)
    if author.counter <= exported:
        return
    deps = {d: n for d, n in author.vector.items() if d != author.device}
    batch = Batch(author.device, exported + 1, author.counter, deps, versions)
    name = batch_name(batch.first, batch.last)
    share.write_new(author.device, name, team.seal(KIND_BATCH, author.device, encode_batch(batch)))
    with store.transaction() as session:
        connection = session.connection()
        settings.SYNC_EXPORTED.set(connection, batch.last)
        _record(connection, f"{author.device}/{name}", "applied", "eigen bestand")
    report.sent = len(versions)
    report.sent_files = 1


def synchronise(
    store: Store,
    share_path: Path | None = None,
    *,
    progress: Progress = _no_progress,
    compact: bool = True,
    retention_days: float = compaction.BATCH_RETENTION_DAYS,
) -> SyncReport:
    """Sync this laptop with its team folder; raises a SyncError when nothing could be done.

    A failure to *send* (full or read-only share) does not raise: what was received is kept,
    and ``report.problem`` says why the local changes wait.
    """
    started = time.perf_counter()
    report = SyncReport()
    team, share = _open_share(store, share_path)
    progress(0, 1, "lezen")
    incoming = _read(share, team, store, progress)
    report.skipped = incoming.skipped
    progress(0, 1, "verwerken")
    with store.transaction() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        _merge(connection, author, incoming, report, store.user)
    compaction.note_versions(store, report.from_batches + report.local_changes)
    progress(0, 1, "versturen")
    try:
        documents = blobs.exchange(store, share.path, team)  # before the batch describing them
        report.documents_sent, report.documents_fetched = documents.sent, documents.fetched
        report.documents_missing = documents.missing
        _send(store, share, team, report)
        share.clean_own_temporaries(author.device)
        if compact and compaction.snapshot_due(store, share.list_files()):
            compaction.write_snapshot(store, share, team)
            report.snapshot_written = True
        if compact:
            report.removed_files = compaction.remove_old_files(
                store, share, author.device, retention_days
            )
    except (ShareFull, ShareReadOnly) as error:
        report.problem = str(error)
    with store.reading() as session:
        report.conflicts = int(
            session.connection().exec_driver_sql("SELECT COUNT(*) FROM sync_conflict").scalar_one()
        )
    settings.SYNC_LAST.set(store, datetime.now(UTC).isoformat(timespec="seconds"))
    report.seconds = round(time.perf_counter() - started, 3)
    progress(1, 1, "klaar")
    log.info("Sync: %s", report.summary())
    return report
