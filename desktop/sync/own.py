"""What this laptop wrote to the share: its own record, checked against the share every sync.

Every file a laptop publishes is recorded in ``sync_file`` *before* it is written (status
``sending``, with its size and SHA-256) and confirmed after (``sent``); compaction marks what
it removes (``removed``). Each sync then compares the laptop's own folders on the share with
that record:

* a file recorded as sent that is gone (a share restored from an older backup, a deletion by
  someone without the key) or changed is written again from the database, under a new name;
* a file in its own folder that it never wrote, beyond what it sent, means that *this*
  database is older than the laptop's history on the share: the data folder was restored from
  a backup or copied to another laptop. So does a database file that is not the one the laptop
  last synced from (another file identity), and a team mate who has seen more of this laptop
  than it ever made. The laptop then takes a new identity (:func:`renew_identity`): its old
  files are read like any other laptop's (it gets back its own later changes), and nothing it
  writes afterwards can collide with what it wrote before. Two laptops never share an identity.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection

from desktop.messages import N_
from desktop.store import Store, settings
from desktop.store.unlocking import file_identity
from desktop.sync import ledger
from desktop.sync.errors import ShareVanished
from desktop.sync.share import Listing, Share, ShareFile, parse_name

SENDING = "sending"
SENT = "sent"
REMOVED = "removed"
_LEGACY_DETAIL = "eigen bestand"  # own files recorded before this record existed

RENEWED = N_(
    "Deze gegevensmap is teruggezet uit een back-up of gekopieerd. Wegwijzer gaat verder als "
    "nieuwe laptop, zodat niets botst met wat eerder vanaf deze laptop is verstuurd; eigen "
    "wijzigingen van na de back-up worden van de teammap teruggehaald."
)
REPAIRED = N_(
    "{count} eigen bestand(en) ontbraken op de teammap of waren gewijzigd (bijvoorbeeld na "
    "het terugzetten van een back-up) en zijn opnieuw geschreven."
)


@dataclass(frozen=True)
class OwnFile:
    """A file this laptop wrote (under one of its identities), as recorded."""

    file: ShareFile
    status: str
    size: int | None  # None: recorded before sizes were kept
    deps: dict[str, int] | None = None  # a batch's dependencies as sent
    sha256: str = ""
    stamp: str = ""  # as the share showed it after writing: another one means a look inside

    @property
    def key(self) -> str:
        return self.file.key


def identities(connection: Connection) -> list[str]:
    """Every device id this database has written as, the current one last."""
    current = settings.device_id(connection)
    known = settings.SYNC_IDENTITIES.get(connection)
    if not known or known[-1] != current:
        known = [d for d in known if d != current] + [current]
    return known


def records(connection: Connection) -> dict[str, OwnFile]:
    """This laptop's own files (every identity), by key ``device/name``."""
    mine = set(identities(connection))
    found: dict[str, OwnFile] = {}
    result = connection.exec_driver_sql(
        "SELECT name, status, detail FROM sync_file WHERE status IN (?, ?, ?) OR detail = ?",
        (SENDING, SENT, REMOVED, _LEGACY_DETAIL),
    )
    for key, status, detail in result:
        device, _, name = str(key).partition("/")
        file = parse_name(device, name)
        if device not in mine or file is None:
            continue
        if status == "applied":
            found[key] = OwnFile(file, SENT, None)
            continue
        recorded = json.loads(detail)
        found[key] = OwnFile(
            file,
            status,
            recorded.get("size"),
            recorded.get("deps"),
            str(recorded.get("sha256", "")),
            str(recorded.get("stamp", "")),
        )
    return found


def _set(connection: Connection, key: str, status: str, detail: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO sync_file (name, status, detail) VALUES (?, ?, ?) ON CONFLICT(name) "
        "DO UPDATE SET status = excluded.status, detail = excluded.detail",
        (key, status, detail),
    )


def _detail(data: bytes, deps: dict[str, int] | None, stamp: str = "") -> str:
    recorded: dict[str, object] = {"size": len(data), "sha256": sha256(data)}
    if deps is not None:
        recorded["deps"] = deps
    if stamp:
        recorded["stamp"] = stamp
    return json.dumps(recorded, sort_keys=True)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def publish(
    store: Store,
    share: Share,
    device: str,
    name: str,
    data: bytes,
    deps: dict[str, int] | None = None,
) -> None:
    """Write a new own file, recorded before (``sending``) and confirmed after (``sent``).

    When writing fails the record goes again; a laptop killed in between finds ``sending``
    at its next sync and settles it by looking at the share (:func:`settle_sending`). A batch
    keeps its ``deps``, so that a copy written again waits for exactly what the first did.
    """
    key = f"{device}/{name}"
    with store.transaction() as session:
        _set(session.connection(), key, SENDING, _detail(data, deps))
    try:
        stamp = share.write_new(device, name, data)
    except ShareVanished:
        raise  # the file may be on the share after all: the next sync looks (settle_sending)
    except BaseException:
        with store.transaction() as session:
            session.connection().exec_driver_sql("DELETE FROM sync_file WHERE name = ?", (key,))
        raise
    with store.transaction() as session:
        _set(session.connection(), key, SENT, _detail(data, deps, stamp))


def note_removed(store: Store, key: str) -> None:
    """Compaction removed one of this laptop's files on purpose."""
    with store.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql("UPDATE sync_file SET status = ? WHERE name = ?", (REMOVED, key))


def settle_sending(connection: Connection, listing: Listing) -> None:
    """A write interrupted by a kill: sent if its file is on the share, else forgotten."""
    present = {f.key for f in listing.files}
    for own in records(connection).values():
        if own.status != SENDING:
            continue
        if own.key in present:
            connection.exec_driver_sql(
                "UPDATE sync_file SET status = ? WHERE name = ?", (SENT, own.key)
            )
        else:
            connection.exec_driver_sql("DELETE FROM sync_file WHERE name = ?", (own.key,))


def notice_copy(connection: Connection, database: Path) -> None:
    """At opening: a database file that is not the one this laptop synced from is a copy.

    A restored backup or a data folder copied to another laptop is a new file. It takes a new
    identity before anything is written under the old one (the audit trail's chain uses it
    too); :func:`settle_identities` finishes the change at the next sync, with the share.
    """
    binding = file_identity(database)
    recorded = settings.SYNC_BINDING.get(connection)
    in_team = bool(settings.SYNC_DEVICE.get(connection))
    if recorded and binding and recorded != binding and in_team:
        switch_identity(connection)
    if binding:
        settings.SYNC_BINDING.set(connection, binding)


def is_behind(connection: Connection, listing: Listing) -> bool:
    """True when the share holds own files beyond this database: it was restored in place."""
    device = settings.device_id(connection)
    exported = settings.SYNC_EXPORTED.get(connection)
    known = records(connection)
    return any(
        f.device == device and f.kind == "batch" and f.key not in known and f.last > exported
        for f in listing.files
    )


def _covered(files: list[ShareFile], device: str, start: int) -> int:
    """The highest counter of ``device`` that the share's batches hold without a gap."""
    covered = start
    for file in sorted((f for f in files if f.device == device and f.kind == "batch"),
                       key=lambda f: f.first):  # fmt: skip
        if file.first <= covered + 1:
            covered = max(covered, file.last)
    return covered


def switch_identity(connection: Connection) -> str:
    """Continue under a new device id (returned); the old one is settled at the next sync.

    The old identity becomes a laptop like any other: what the share holds of it beyond this
    database (its later changes) is read back. Nothing this laptop writes afterwards uses the
    old id, so nothing can collide with what was written under it before the backup.
    """
    author = ledger.Author.load(connection)
    old = author.device
    from desktop.sync.identity import new_bound_device  # late: identity imports settings only

    new = new_bound_device(connection) or secrets.token_hex(8)
    pending = settings.SYNC_IDENTITY_PENDING.get(connection)
    pending.append(
        {
            "device": old,
            "counter": author.counter,
            "exported": settings.SYNC_EXPORTED.get(connection),
        }
    )
    vector = dict(author.vector)
    vector[new] = 0
    known = identities(connection)
    settings.SYNC_DEVICE.set(connection, new)
    settings.SYNC_COUNTER.set(connection, 0)
    settings.SYNC_VECTOR.set(connection, vector)
    settings.SYNC_EXPORTED.set(connection, 0)
    settings.SYNC_IDENTITIES.set(connection, [*known, new])
    settings.SYNC_IDENTITY_PENDING.set(connection, pending)
    settings.SYNC_SNAPSHOT_VECTOR.set(connection, {})
    settings.SYNC_SNAPSHOT_COVERS.set(connection, 0)
    settings.SYNC_SINCE_SNAPSHOT.set(connection, 0)
    return new


def settle_identities(connection: Connection, listing: Listing) -> bool:
    """Finish identity changes with what the share holds; True when there was one.

    What this database made under an old identity and never got onto the share (changes
    captured but not sent before the backup) is re-made under the current identity, so the
    team receives it without waiting for a file the old identity will never write.
    """
    pending = settings.SYNC_IDENTITY_PENDING.get(connection)
    if not pending:
        return False
    author = ledger.Author.load(connection)
    for item in pending:
        old = str(item["device"])
        kept = min(int(item["counter"]), _covered(listing.files, old, int(item["exported"])))
        unsent = ledger.own_versions_after(connection, old, kept)
        remade = [
            replace(v, device=author.device, counter=author.counter + n)
            for n, v in enumerate(sorted(unsent, key=lambda v: v.counter), start=1)
        ]
        ledger.replace_versions(connection, unsent, remade)
        author.counter += len(remade)
        author.vector[old] = min(author.vector.get(old, 0), kept)
    author.save(connection)
    settings.SYNC_IDENTITY_PENDING.set(connection, [])
    return True


def remember_binding(connection: Connection, database: Path) -> None:
    """Record the database file this identity belongs to (when not yet known)."""
    binding = file_identity(database)
    if binding and not settings.SYNC_BINDING.get(connection):
        settings.SYNC_BINDING.set(connection, binding)
    settings.SYNC_IDENTITIES.set(connection, identities(connection))


def missing(connection: Connection, listing: Listing) -> tuple[list[OwnFile], list[OwnFile]]:
    """Own files recorded as sent that the share no longer holds as written, and those whose
    stamp changed (same size): their content is to be compared with the recorded SHA-256."""
    present = {f.key: f for f in listing.files}
    covered = settings.SYNC_SNAPSHOT_COVERS.get(connection)
    current = settings.device_id(connection)
    gone: list[OwnFile] = []
    suspect: list[OwnFile] = []
    for own in records(connection).values():
        if own.status != SENT:
            continue
        found = present.get(own.key)
        if found is not None and (own.size is None or found.size == own.size):
            if own.sha256 and own.stamp and found.stamp != own.stamp:
                suspect.append(replace(own, stamp=found.stamp))
            continue
        if own.size is None and own.file.device == current and own.file.last <= covered:
            continue  # recorded before removals were: probably compacted, and covered
        gone.append(own)
    return gone, suspect


def note_checked(store: Store, own: OwnFile) -> None:
    """A file whose stamp changed still holds what was written: remember its new stamp."""
    with store.transaction() as session:
        connection = session.connection()
        found = connection.exec_driver_sql(
            "SELECT detail FROM sync_file WHERE name = ?", (own.key,)
        ).scalar()
        recorded = json.loads(str(found or "{}"))
        recorded["stamp"] = own.stamp
        _set(connection, own.key, SENT, json.dumps(recorded, sort_keys=True))


def own_snapshot_present(connection: Connection, files: list[ShareFile]) -> bool:
    """True when one of the current identity's recorded snapshots is on the share."""
    present = {f.key for f in files}
    device = settings.device_id(connection)
    return any(
        own.file.kind == "snapshot" and own.file.device == device and own.key in present
        for own in records(connection).values()
        if own.status == SENT
    )


def had_snapshot(connection: Connection) -> bool:
    """True when the current identity has ever published a snapshot."""
    device = settings.device_id(connection)
    return any(
        own.file.kind == "snapshot" and own.file.device == device
        for own in records(connection).values()
    )
