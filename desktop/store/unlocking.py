"""The first half of opening a store: its folder checked, its key file read, the data key
unwrapped. Nothing here imports SQLAlchemy or the models, so that a command that only glances
at the store (:mod:`desktop.access.glance`) can unlock first and open the full
:class:`~desktop.store.Store` only when it needs it (:meth:`~desktop.store.Store.opened`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from desktop.store import settings
from desktop.store.errors import ChangedKeySlot, MissingDatabase, NoDatabase, NotEncrypted
from desktop.store.keys import KeyFile, KeySlot
from desktop.store.paths import DATABASE_NAME, KEY_FILE_NAME, KEY_LOCK_NAME, ensure_local
from desktop.store.sql import SQLConnection, plain_failures

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoreLocation:
    """The folder of a store and its two files."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.folder / KEY_FILE_NAME

    def exists(self) -> bool:
        return self.database.exists() or self.key_file.exists()

    def key_lock(self) -> FileLock:
        """The lock held while the key file (and the unlock brake's count) changes."""
        return FileLock(self.folder / KEY_LOCK_NAME, timeout=30)


@dataclass(frozen=True)
class Unlocked:
    """A store's data key and where it came from: what opening the database needs."""

    location: StoreLocation
    key_file: KeyFile
    data_key: bytes
    #: Who unlocked: the slot's label.
    user: str
    slot: KeySlot
    #: The slot was a format-1 one, now re-wrapped label-bound: saved once the database opens.
    upgraded: bool


def locate(folder: Path) -> tuple[StoreLocation, KeyFile]:
    """The store in ``folder`` and its key file; finishes a data-key rotation a crash
    interrupted. Raises NoDatabase, MissingDatabase, NotEncrypted, NetworkLocation, ..."""
    location = StoreLocation(folder)
    ensure_local(folder)
    from desktop.store.rekey import finish_interrupted, interrupted

    if interrupted(location):  # a data-key rotation a crash interrupted
        with plain_failures(), location.key_lock():
            finish_interrupted(location)
    if not location.database.exists():
        if location.key_file.exists():
            raise MissingDatabase()
        raise NoDatabase()
    with plain_failures():
        if _looks_unencrypted(location.database):
            raise NotEncrypted()
    return location, KeyFile.load(location.key_file)


def with_passphrase(
    location: StoreLocation, key_file: KeyFile, passphrase: str, user: str | None = None
) -> Unlocked:
    """The data key ``passphrase`` unwraps (``user``'s slot, or the first it opens)."""
    versions = {s.id: s.aad_version for s in key_file.slots}
    data_key, slot = key_file.unlock_with_passphrase(passphrase, user)
    upgraded = slot.aad_version != versions.get(slot.id)  # a format-1 slot: now label-bound
    return Unlocked(location, key_file, data_key, slot.label, slot, upgraded)


def check_slot_labels(
    connection: SQLConnection, key_file: KeyFile, slot: KeySlot | None, *, register: bool = True
) -> bool:
    """Refuse a slot whose label differs from the one this database registered for it, and
    register the slots it does not know yet (also those of a key file of format 1).

    True when the database had every slot registered as it is; with ``register=False`` the
    missing ones are not written (a glance leaves that to the full opening).
    """
    known = settings.KEY_SLOT_LABELS.get(connection)
    if slot is not None and known.get(slot.id, slot.label) != slot.label:
        raise ChangedKeySlot()
    # A slot's label never changes legitimately (a new passphrase is a new slot), so the
    # label first registered is kept; slots gone from the key file are forgotten.
    merged = {s.id: known.get(s.id, s.label) for s in key_file.slots}
    if merged == known:
        return True
    if register:
        settings.KEY_SLOT_LABELS.set(connection, merged)
    return False


def file_identity(database: Path) -> str:
    """The database file's identity on its disk (its inode); another value means a copy (a
    restored backup, a data folder copied to another laptop: desktop/sync/own.py)."""
    try:
        inode = database.stat().st_ino
    except OSError:
        return ""
    return str(inode) if inode else ""


def _looks_unencrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER
