"""Attachments' bytes on the team folder: each document once, as its own encrypted file.

A sync batch carries an attachment's description (a record like any other), never its bytes,
so that a 5 MB scan does not travel again in every batch and snapshot. The bytes go to
``blobs/<keyed hash>.wwf`` on the share: the name is an HMAC of the content's SHA-256 under
the team key (no personal data, and nothing that lets an outsider test for a known document);
the file is sealed with the team key like a batch (:meth:`TeamKey.seal`), bound to its name.

Each sync, after the merge and before sending: every document this laptop holds and the share
lacks is written (so a colleague who sees the description finds the file), every document whose
description arrived but whose bytes are missing is fetched (until then the dossier shows "wordt
nog opgehaald"), bytes no attachment refers to any more are dropped, and share files nobody
refers to are removed after a grace period (retention and deletions reach the share too).
Nothing here fails a sync: a file that cannot be read or written is tried again next time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store
from desktop.store.atomic import write_atomic
from desktop.store.content import MAX_SIZE, drop_orphans, sha256_of
from desktop.store.errors import StoreError
from desktop.sync.crypto import FileProblem, TeamKey, b64, unb64

log = logging.getLogger("wegwijzer.sync")

FOLDER = "blobs"
SUFFIX = ".wwf"
KIND_BLOB = b"F"
#: The largest blob file read: the largest document, base64 in compressed JSON, with room.
MAX_FILE = MAX_SIZE * 3 // 2 + 64 * 1024
#: How old an unreferenced share file must be before it is removed: a colleague may have
#: written the document and not yet the batch that describes it.
GRACE_SECONDS = 24 * 3600


@dataclass
class BlobReport:
    """What one exchange of documents did."""

    sent: int = 0
    fetched: int = 0
    missing: int = 0  # described here, not yet on the share (or unreadable there)
    removed: int = 0


def blob_name(team: TeamKey, sha256: str) -> str:
    """The share file name of a document: a keyed hash of its SHA-256."""
    tag = hmac.new(team.key, b"wegwijzer-blob/1:" + sha256.encode("ascii"), hashlib.sha256)
    return tag.hexdigest()[:40] + SUFFIX


def seal_blob(team: TeamKey, sha256: str, data: bytes) -> bytes:
    """The encrypted share file of a document."""
    name = blob_name(team, sha256)
    return team.seal(KIND_BLOB, name, {"sha256": sha256, "data": b64(data)})


def open_blob(team: TeamKey, sha256: str, sealed: bytes) -> bytes:
    """The document in a share file, checked against its name and its SHA-256."""
    payload = team.open(sealed, KIND_BLOB, blob_name(team, sha256))
    data = unb64(str(payload.get("data", "")))
    if payload.get("sha256") != sha256 or sha256_of(data) != sha256 or len(data) > MAX_SIZE:
        raise FileProblem("inhoud klopt niet met de beschrijving")
    return data


def _read_bounded(path: Path) -> bytes:
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > MAX_FILE:
            raise FileProblem("te groot voor een bijlage")
        data = handle.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        raise FileProblem("te groot voor een bijlage")
    return data


def _local(store: Store) -> tuple[set[str], set[str]]:
    """(SHA-256 values attachments refer to, those whose bytes this laptop holds)."""
    with store.reading() as session:
        connection = session.connection()
        wanted = {r[0] for r in connection.exec_driver_sql("SELECT sha256 FROM attachment")}
        held = {r[0] for r in connection.exec_driver_sql("SELECT sha256 FROM attachment_content")}
    return wanted, held


def _listing(folder: Path) -> dict[str, float]:
    try:
        return {e.name: e.stat().st_mtime for e in os.scandir(folder) if e.name.endswith(SUFFIX)}
    except FileNotFoundError:
        return {}


def _send(store: Store, team: TeamKey, folder: Path, digest: str, report: BlobReport) -> None:
    with store.reading() as session:
        row = (
            session.connection()
            .exec_driver_sql("SELECT data FROM attachment_content WHERE sha256 = ?", (digest,))
            .first()
        )
    if row is None:
        return
    folder.mkdir(exist_ok=True)
    write_atomic(folder / blob_name(team, digest), seal_blob(team, digest, bytes(row[0])))
    report.sent += 1


def _fetch(store: Store, team: TeamKey, folder: Path, digest: str, report: BlobReport) -> None:
    data = open_blob(team, digest, _read_bounded(folder / blob_name(team, digest)))
    with store.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT OR IGNORE INTO attachment_content (sha256, size, data) VALUES (?, ?, ?)",
            (digest, len(data), data),
        )
    report.fetched += 1


def exchange(store: Store, share_root: Path, team: TeamKey) -> BlobReport:
    """Send the documents the share lacks, fetch those this laptop lacks, tidy both sides."""
    report = BlobReport()
    folder = share_root / FOLDER
    with store.transaction() as session:
        drop_orphans(session.connection())
    wanted, held = _local(store)
    try:
        listing = _listing(folder)
    except OSError:
        report.missing = len(wanted - held)
        return report
    names = {digest: blob_name(team, digest) for digest in wanted | held}
    for digest in sorted(held & wanted):
        if names[digest] not in listing:
            try:
                _send(store, team, folder, digest, report)
            except (OSError, StoreError) as error:  # full or read-only share: next time
                log.warning("Sync: een bijlage kon niet naar de teammap (%s)", type(error).__name__)
    for digest in sorted(wanted - held):
        if names[digest] not in listing:
            report.missing += 1
            continue
        try:
            _fetch(store, team, folder, digest, report)
        except (OSError, FileProblem) as error:
            log.warning("Sync: een bijlage op de teammap is onleesbaar (%s)", error)
            report.missing += 1
    referenced = {names[d] for d in wanted}
    cutoff = time.time() - GRACE_SECONDS
    for name, modified in listing.items():
        if name not in referenced and modified < cutoff:
            with contextlib.suppress(OSError):
                (folder / name).unlink()
                report.removed += 1
    return report
