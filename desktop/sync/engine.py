"""One sync: check the share, read new files, take in local changes, merge, send, compact.

The order matters. First the laptop compares its own folders on the share with its record
of what it wrote (:mod:`desktop.sync.own`): a restored or copied database takes a new identity
before it makes any version. Everything remote is read and checked *before* the dossier data
is touched, so a share that vanishes halfway changes nothing. Local changes are captured in the
same transaction that applies the remote ones, so the user's edits and the merge cannot
interleave. Sending happens last: lost own files are written again, then the new batch; when
that fails (full, read-only or vanished share) what was received stays applied and the local
changes wait for the next sync. One sync per database runs at a time (a lock file).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Connection

from desktop import changes, collector
from desktop.messages import N_, message
from desktop.store import Store, settings
from desktop.store.sql import page_cache
from desktop.sync import blobs, compaction, ledger, own, own_folder
from desktop.sync import trust as trusting
from desktop.sync.capture import capture_local_changes
from desktop.sync.crypto import KIND_BATCH, FileProblem, verify_key
from desktop.sync.errors import (
    NotTheTeamFolder,
    ShareFull,
    ShareReadOnly,
    ShareVanished,
    SyncBusy,
    WrongTeam,
    WrongTeamPassphrase,
)
from desktop.sync.materialize import Materializer, ahead_of_snapshot, discard_ahead, materialize
from desktop.sync.merge import apply_batch, apply_snapshot, is_ready
from desktop.sync.payload import Batch, SnapshotFile, decode_batch, encode_batch, read_snapshot
from desktop.sync.purge import purge_tombstoned
from desktop.sync.report import Skipped, SyncReport
from desktop.sync.share import Listing, Share, ShareFile, batch_name
from desktop.sync.team import current_team
from desktop.sync.trust import Trust

log = logging.getLogger("wegwijzer.sync")

#: The lock file in the data folder that lets one sync of a database run at a time.
LOCK_NAME = "wegwijzer.sync.lock"
#: How long a second sync waits for the running one (a sync takes seconds) before SyncBusy.
LOCK_WAIT_S = 60.0

ROTATED = N_(
    "Een gebruiker van deze laptop is verwijderd: de teamsleutel is vervangen, zodat die "
    "gebruiker met een eerder gekopieerde sleutel niets nieuws kan lezen."
)

#: The page cache while a sync merges. A new laptop's first sync writes about a gigabyte at
#: 50k people into a dozen b-trees at once (tables, indexes, register), whose pages the 64 MiB
#: of a new database's connection kept writing out and reading (decrypting) again: 78-83 s,
#: with this 65 s. Memory: the cache fills only that far for a sync that large.
SYNC_CACHE_KIB = 128 * 1024

#: progress(done, total, what): called from the syncing thread.
Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _what: str) -> None:
    return None


@dataclass
class _Incoming:
    """The files read from the share for this sync, checked and decoded."""

    batches: list[tuple[ShareFile, Batch]] = field(default_factory=list)
    snapshot: tuple[ShareFile, SnapshotFile] | None = None
    skipped: list[Skipped] = field(default_factory=list)
    stamps: dict[str, str] = field(default_factory=dict)  # skipped file -> its stamp
    details: dict[str, str] = field(default_factory=dict)  # read file -> what its chain says

    def skip(self, key: str, reason: str, stamp: str) -> None:
        if key in self.stamps:
            return
        self.skipped.append(Skipped(key, reason))
        self.stamps[key] = stamp


@dataclass(frozen=True)
class _LocalView:
    """What the database knows before reading: own id, vector, files done and skipped."""

    device: str
    counter: int
    vector: dict[str, int]
    done: set[str]
    skipped: dict[str, str]  # file -> stamp when it was skipped
    first: bool
    chains: dict[str, dict[int, str]]  # device -> file sequence -> SHA-256 accepted


def open_share(store: Store, share_path: Path | None = None) -> tuple[Trust, Share]:
    """The team folder (checked: this team, this passphrase, the folder an admin chose) and
    this laptop's trust in it, as a sync starts with."""
    team, remembered = current_team(store)
    share = Share(share_path or remembered)
    marker = share.read_marker()
    if marker.get("team_id") != team.team_id:
        raise WrongTeam()
    if not verify_key(team.key, team.team_id, str(marker.get("check", "")), marker.get("root")):
        raise WrongTeamPassphrase()
    if share_path is not None and not same_folder(share_path, remembered):
        # A copy of the team folder (a USB stick with the marker): nothing leaves the laptop
        # for a folder an admin did not choose (desktop/access/team.py sets it).
        raise NotTheTeamFolder()
    return trusting.load(store, share, team, marker), share


def same_folder(one: Path, other: Path) -> bool:
    """True when two paths name the same folder (spelled alike, or the same directory)."""
    if os.path.normcase(Path(one).absolute()) == os.path.normcase(Path(other).absolute()):
        return True
    try:
        return Path(one).samefile(other)
    except OSError:
        return False


def _skip_stamp(detail: str) -> str:
    try:
        found = json.loads(detail)
    except ValueError:
        return ""
    return str(found.get("stamp", "")) if isinstance(found, dict) else ""


def _local_view(store: Store) -> _LocalView:
    with store.reading() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        done: set[str] = set()
        skipped: dict[str, str] = {}
        for name, status, detail in connection.exec_driver_sql(
            "SELECT name, status, detail FROM sync_file"
        ):
            if status == "skipped":
                skipped[name] = _skip_stamp(detail)
            else:
                done.add(name)
        first = not settings.SYNC_LAST.get(connection)
        chains = trusting.chain_records(connection)
    return _LocalView(author.device, author.counter, author.vector, done, skipped, first, chains)


def _needs_snapshot(first: bool, vector: dict[str, int], batches: list[ShareFile]) -> bool:
    """A first sync, or a gap: a device's next batch is gone (compacted) but later ones exist."""
    if first:
        return True
    for other in {b.device for b in batches}:
        firsts = [b.first for b in batches if b.device == other and b.last > vector.get(other, 0)]
        if firsts and min(firsts) > vector.get(other, 0) + 1:
            return True
    return False


def _unreachable_needs(
    incoming: _Incoming, view: _LocalView, files: list[ShareFile]
) -> dict[str, int]:
    """What batches wait for that no batch on the share holds (lost with a share restore)."""
    available = dict(view.vector)
    for file in files:
        if file.kind == "batch":
            available[file.device] = max(available.get(file.device, 0), file.last)
    needs: dict[str, int] = {}
    for _file, batch in incoming.batches:
        for device, counter in batch.deps.items():
            if device not in (view.device, batch.device) and counter > available.get(device, 0):
                needs[device] = max(needs.get(device, 0), counter)
    return needs


def _skip(incoming: _Incoming, trust: Trust, file: ShareFile, problem: FileProblem) -> None:
    """Skip a file; one that may become readable (an approval, a key) is tried again then."""
    stamp = f"{file.stamp}|{trust.stamp()}" if trusting.is_retry(problem) else file.stamp
    incoming.skip(file.key, str(problem), stamp)


def _open_checked(
    share: Share, trust: Trust, file: ShareFile, view: _LocalView
) -> tuple[dict[str, Any], dict[str, Any]]:
    payload, remembered = trust.open_file(share.read(file), file, view.chains)
    return payload, _remember(file, remembered)


def _open_checked_body(
    share: Share, trust: Trust, file: ShareFile, view: _LocalView
) -> tuple[bytes, dict[str, Any]]:
    """:func:`_open_checked` leaving the body compressed (a snapshot is read a line at a time)."""
    body, remembered = trust.open_file_body(share.read(file), file, view.chains)
    return body, _remember(file, remembered)


def _remember(file: ShareFile, remembered: dict[str, Any]) -> dict[str, Any]:
    remembered["last"] = file.last
    if file.kind == "snapshot":
        remembered["momentopname"] = True
    return remembered


def _accepted(
    file: ShareFile, remembered: dict[str, Any], view: _LocalView, incoming: _Incoming
) -> None:
    trusting.accept(view.chains, file.device, remembered)
    incoming.details[file.key] = json.dumps(remembered, sort_keys=True)


def _pick_snapshot(
    share: Share,
    trust: Trust,
    candidates: list[ShareFile],
    incoming: _Incoming,
    needs: dict[str, int],
    view: _LocalView,
) -> tuple[ShareFile, SnapshotFile] | None:
    """The newest readable snapshot that holds ``needs`` (any, when there are none)."""
    for candidate in reversed(candidates):
        try:
            body, remembered = _open_checked_body(share, trust, candidate, view)
            snapshot = read_snapshot(body, candidate.device)
            # Checked as it is applied (inside a savepoint): refused halfway, it is undone.
            snapshot.check = trusting.vouch_checker(snapshot.header, candidate.device)
        except FileProblem as problem:
            _skip(incoming, trust, candidate, problem)
            continue
        _accepted(candidate, remembered, view, incoming)
        if all(snapshot.vector.get(d, 0) >= n for d, n in needs.items()):
            return candidate, snapshot
    return None


def _read(
    share: Share, trust: Trust, store: Store, listing: Listing, progress: Progress
) -> _Incoming:
    view = _local_view(store)
    files = listing.files
    incoming = _Incoming()
    for bad in listing.bad:
        if view.skipped.get(bad.key) != bad.stamp or not bad.stamp:
            incoming.skip(bad.key, bad.reason, bad.stamp)
    fresh = [
        f
        for f in files
        if f.device != view.device
        and f.key not in view.done
        and view.skipped.get(f.key) not in (f.stamp, f"{f.stamp}|{trust.stamp()}")
    ]
    batches = [f for f in fresh if f.kind == "batch" and f.last > view.vector.get(f.device, 0)]
    snapshots = sorted((f for f in fresh if f.kind == "snapshot"), key=lambda f: f.millis)
    if snapshots and _needs_snapshot(
        view.first, view.vector, [f for f in files if f.kind == "batch"]
    ):
        incoming.snapshot = _pick_snapshot(share, trust, snapshots, incoming, {}, view)
    if incoming.snapshot is not None:  # what the snapshot covers need not be read
        covered = incoming.snapshot[1].vector
        batches = [f for f in batches if f.last > max(view.vector.get(f.device, 0),
                                                       covered.get(f.device, 0))]  # fmt: skip
    for done, file in enumerate(sorted(batches, key=lambda f: (f.device, f.first)), start=1):
        progress(done, len(batches), "lezen")
        try:
            payload, remembered = _open_checked(share, trust, file, view)
            batch = decode_batch(payload, file.device, file.first, file.last)
            trusting.check_vouch(payload, batch.versions, file.device)
        except FileProblem as problem:
            _skip(incoming, trust, file, problem)
            continue
        _accepted(file, remembered, view, incoming)
        incoming.batches.append((file, batch))
    if incoming.snapshot is None and snapshots:
        needs = _unreachable_needs(incoming, view, files)
        if needs:
            incoming.snapshot = _pick_snapshot(share, trust, snapshots, incoming, needs, view)
    return incoming


def _merge(
    connection: Connection,
    author: ledger.Author,
    incoming: _Incoming,
    report: SyncReport,
    user: str,
    progress: Progress,
) -> None:
    changes.note_source(connection, "sync")
    captured = capture_local_changes(connection, author, user)
    report.local_changes = len(captured.versions)
    progress(0, len(incoming.batches), "verwerken")  # the write lock is held from here on
    touched: dict[str, set[str]] = {k: set(v) for k, v in captured.touched.items()}

    def note(rows: dict[str, set[str]]) -> None:
        for tbl, ids in rows.items():
            touched.setdefault(tbl, set()).update(ids)

    ahead = None
    if incoming.snapshot is not None:
        ahead = _apply_snapshot(connection, author, incoming, report, captured.touched, note)
    pending = list(incoming.batches)
    progressed = True
    total = len(pending)
    while pending and progressed:
        progressed = False
        for item in list(pending):
            file, batch = item
            seen = author.vector.get(batch.device, 0)
            if batch.last <= seen or is_ready(batch, author):
                note(apply_batch(connection, author, batch))
                _record(connection, file.key, "applied", incoming.details.get(file.key, ""))
                fresh = sum(1 for v in batch.versions if v.counter > seen)
                report.received += fresh
                report.from_batches += fresh
                report.received_files += 1
                pending.remove(item)
                progressed = True
                progress(total - len(pending), total, "verwerken")
    report.waiting = len(pending)
    for skipped in report.skipped:
        detail = json.dumps({"stamp": incoming.stamps.get(skipped.file, ""),
                             "reason": skipped.reason}, ensure_ascii=False)  # fmt: skip
        _record(connection, skipped.file, "skipped", detail)
    progress(total, max(total, 1), "verwerken")
    materialize(connection, touched, ahead)
    if touched:  # nothing new, nothing to purge
        purge_tombstoned(connection)  # retention deletions: no values left anywhere (issue 7)
    author.save(connection)


def _apply_snapshot(
    connection: Connection,
    author: ledger.Author,
    incoming: _Incoming,
    report: SyncReport,
    local: dict[str, set[str]],
    note: Callable[[dict[str, set[str]]], None],
) -> Materializer | None:
    """Merge the snapshot (in a savepoint: a file found broken halfway is undone).

    Returns the materializer that wrote its rows as they were merged (a new laptop's), if any.
    """
    assert incoming.snapshot is not None
    file, snapshot = incoming.snapshot
    # The rows the batches change again (read only for a new laptop): written after them.
    batched = (version for _file, batch in incoming.batches for version in batch.versions)
    connection.exec_driver_sql("SAVEPOINT snapshot")
    ahead = ahead_of_snapshot(connection, local, batched)
    try:
        snapshot_touched, received = apply_snapshot(connection, author, snapshot, ahead)
    except FileProblem as problem:  # broken halfway: undone; the batches it covered, which
        # were not read for it, are read at the next sync
        connection.exec_driver_sql("ROLLBACK TO snapshot")
        if ahead is not None:
            discard_ahead(connection)
            ahead = None
        incoming.skip(file.key, str(problem), file.stamp)
        report.skipped = incoming.skipped
    else:
        note(snapshot_touched)
        _record(connection, file.key, "applied", incoming.details.get(file.key, ""))
        report.snapshot_used = True
        report.received += received
    connection.exec_driver_sql("RELEASE snapshot")
    return ahead


def _record(connection: Connection, name: str, status: str, detail: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO sync_file (name, status, detail) VALUES (?, ?, ?) ON CONFLICT(name) "
        "DO UPDATE SET status = excluded.status, detail = excluded.detail",
        (name, status, detail),
    )


def _send(store: Store, share: Share, trust: Trust, report: SyncReport) -> None:
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
    sealed = trust.seal_file(
        store, KIND_BATCH, author.device, name, encode_batch(batch), batch.first, batch.last
    )
    if sealed is None:
        return
    own.publish(store, share, author.device, name, sealed, deps)
    with store.transaction() as session:
        settings.SYNC_EXPORTED.set(session.connection(), batch.last)
    report.sent += len(versions)
    report.sent_files += 1


def _send_beacon(store: Store, share: Share, trust: Trust, report: SyncReport) -> None:
    """An empty batch whose dependencies say what this laptop holds that the share lost.

    A team mate reading it cannot apply it from the share's batches, so it takes a snapshot
    that holds those changes (this laptop's, just written) instead of never hearing of them.
    """
    with store.transaction() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        author.counter += 1
        author.save(connection)
    _send(store, share, trust, report)


def _rewrite(store: Store, share: Share, trust: Trust, lost: own.OwnFile) -> None:
    """Write a lost own batch again from the database: its versions that are still heads.

    Versions the database no longer holds were superseded by ones that knew them, so a reader
    who takes the rewritten batch for the whole range misses nothing that still counts. It
    depends on what the first copy depended on (recorded when it was sent).
    """
    file = lost.file
    with store.reading() as session:
        versions = ledger.own_versions_between(session.connection(), file.device,
                                               file.first, file.last)  # fmt: skip
    deps: dict[str, int] = dict(lost.deps or {})
    if lost.deps is None:  # recorded before dependencies were kept: what its versions knew
        for version in versions:
            for device, counter in version.ctx.items():
                if device != file.device:
                    deps[device] = max(deps.get(device, 0), counter)
    batch = Batch(file.device, file.first, file.last, deps, versions)
    name = batch_name(file.first, file.last)
    sealed = trust.seal_file(
        store, KIND_BATCH, file.device, name, encode_batch(batch), file.first, file.last
    )
    if sealed is not None:  # else a device id from before this laptop signed: not ours to sign
        own.publish(store, share, file.device, name, sealed, deps)


def _repair(store: Store, share: Share, trust: Trust, listing: Listing) -> int:
    """Rewrite own files that are gone from the share or changed; returns how many."""
    with store.reading() as session:
        lost, suspect = own.missing(session.connection(), listing)
    for item in suspect:  # touched since written: does it still hold what was written?
        try:
            same = own.sha256(share.read(item.file)) == item.sha256
        except FileProblem:
            same = False
        if same:
            own.note_checked(store, item)
        else:
            lost.append(item)
    present = {f.key for f in listing.files}
    for item in lost:
        if item.file.kind == "batch":
            _rewrite(store, share, trust, item)
        if item.key in present:  # there, but not as written: not ours any more
            share.remove_own(item.file.device, item.file.name)
        own.note_removed(store, item.key)
    return len(lost)


def _check_identity(
    store: Store, share: Share, trust: Trust, listing: Listing, report: SyncReport
) -> None:
    """Before anything else: settle interrupted writes, notice a restored or copied database.

    Files in this laptop's own folders that it has no record of are looked at first: only
    those it signed itself count (a restore); others are forgeries, reported and left alone.
    """
    forged = own_folder.forged_files(store, share, trust, listing)
    if forged:
        listing.files[:] = [f for f in listing.files if f.key not in forged]
        report.skipped.extend(Skipped(key, reason) for key, reason in forged.items())
        report.notes.append(message(own_folder.FORGED, count=len(forged)).render())
    with store.transaction() as session:
        connection = session.connection()
        own.settle_sending(connection, listing)
        if own.is_behind(connection, listing):
            own.switch_identity(connection)
        _settle(connection, listing, report)
        own.remember_binding(connection, store.location.database)


def _settle(connection: Connection, listing: Listing, report: SyncReport) -> None:
    if own.settle_identities(connection, listing):
        log.info("Sync: database restored or copied; continuing under a new device id")
        report.identity_renewed = True
        report.notes.append(message(own.RENEWED).render())


def _seen_ahead(store: Store, incoming: _Incoming) -> bool:
    """True when a team mate has seen more of this laptop than this database ever made."""
    view = _local_view(store)
    known = [batch.deps for _file, batch in incoming.batches]
    if incoming.snapshot is not None:
        known.append(incoming.snapshot[1].vector)
    return any(vector.get(view.device, 0) > view.counter for vector in known)


@contextlib.contextmanager
def _sync_lock(store: Store, wait: float) -> Iterator[None]:
    """One sync per database at a time (threads and programs): the next waits, then gives up."""
    lock = FileLock(store.location.folder / LOCK_NAME, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise SyncBusy() from None
    try:
        yield
    finally:
        lock.release()


def synchronise(
    store: Store,
    share_path: Path | None = None,
    *,
    progress: Progress = _no_progress,
    compact: bool = True,
    retention_days: float = compaction.BATCH_RETENTION_DAYS,
    wait: float = LOCK_WAIT_S,
) -> SyncReport:
    """Sync this laptop with its team folder; raises a SyncError when nothing could be done.

    A failure to *send* (full, read-only or vanished share) does not raise: what was received
    is kept, and ``report.problem`` says why the local changes wait. A second sync of the same
    laptop waits up to ``wait`` seconds for the first, then raises SyncBusy.
    """
    with _sync_lock(store, wait):
        return _synchronise(store, share_path, progress, compact, retention_days)


def _synchronise(
    store: Store,
    share_path: Path | None,
    progress: Progress,
    compact: bool,
    retention_days: float,
) -> SyncReport:
    started = time.perf_counter()
    report = SyncReport()
    trust, share = open_share(store, share_path)
    if trust.current is None:  # not approved (yet), or removed: nothing to read or write
        report.notes.append(message(trusting.WAITING, laptop=trust.keys.laptop_id).render())
        report.seconds = round(time.perf_counter() - started, 3)
        return report
    if settings.SYNC_ROTATE_PENDING.get(store):  # a member left: a new key before sending
        from desktop.sync.laptops import rotate_with  # late: laptops imports team and engine's

        rotate_with(store, share, trust)
        settings.SYNC_ROTATE_PENDING.set(store, False)
        report.notes.append(message(ROTATED).render())
    progress(0, 1, "lezen")
    listing = share.scan()
    _check_identity(store, share, trust, listing, report)
    incoming = _read(share, trust, store, listing, progress)
    if _seen_ahead(store, incoming):
        with store.transaction() as session:
            own.switch_identity(session.connection())
            _settle(session.connection(), listing, report)
        incoming = _read(share, trust, store, listing, progress)
    report.skipped = [*report.skipped, *incoming.skipped]
    # Paused collector: a first sync makes millions of objects without cycles (collector.py).
    with collector.paused(), store.transaction() as session:
        connection = session.connection()
        author = ledger.Author.load(connection)
        with page_cache(connection, SYNC_CACHE_KIB):
            _merge(connection, author, incoming, report, store.user, progress)
    compaction.note_versions(store, report.from_batches + report.local_changes)
    progress(0, 1, "versturen")
    try:
        report.repaired_files = _repair(store, share, trust, listing)
        if report.repaired_files:
            report.notes.append(message(own.REPAIRED, count=report.repaired_files).render())
        data_team = trust.data_team()
        assert data_team is not None
        documents = blobs.exchange(store, share.path, data_team)  # before the batch for them
        report.documents_sent, report.documents_fetched = documents.sent, documents.fetched
        report.documents_missing = documents.missing
        _send(store, share, trust, report)
        share.clean_own_temporaries(author.device)
        files = share.list_files()
        lost = compaction.share_lost(store, files)
        rotated = compaction.key_rotated(store, trust)
        if lost or rotated or (compact and compaction.snapshot_due(store, files)):
            compaction.write_snapshot(store, share, trust)
            report.snapshot_written = True
        if lost:
            _send_beacon(store, share, trust, report)
        if compact or rotated:
            report.removed_files = compaction.remove_old_files(
                store, share, author.device, retention_days
            )
    except (ShareFull, ShareReadOnly, ShareVanished) as error:
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
