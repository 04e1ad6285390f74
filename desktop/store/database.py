"""The encrypted dossier store: one module owns the engine, the key, the pragmas, the schema.

A store is a folder with two files: ``wegwijzer.db`` (SQLCipher 4, encrypted with a random
256-bit data key) and ``wegwijzer.keys`` (that key, wrapped per user passphrase and by the
recovery key; see :mod:`desktop.store.keys`).
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from filelock import FileLock
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop import changes
from desktop import schema as _schema  # noqa: F401  (every table on Base before a session)
from desktop.domain.model import new_id
from desktop.store import migrations, settings
from desktop.store.atomic import write_atomic
from desktop.store.errors import (
    ChangedKeySlot,
    DamagedDatabase,
    DatabaseExists,
    DatabaseLocked,
    DiskFull,
    MissingDatabase,
    NoDatabase,
    NotEncrypted,
    ReadOnlyLocation,
    StoreClosed,
    StoreError,
    WeakPassphrase,
)
from desktop.store.keys import (
    DEFAULT_ARGON2,
    MIN_PASSPHRASE_LENGTH,
    Argon2Params,
    KeyFile,
    KeySlot,
    generate_recovery_key,
    new_data_key,
)
from desktop.store.paths import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    KEY_LOCK_NAME,
    THROTTLE_NAME,
    ensure_local,
)
from desktop.store.stamping import attach_stamping

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_USER = "beheerder"


def translate_error(error: BaseException) -> StoreError | None:
    """Map a database or OS error to the expected failure it stands for, if any."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull()
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyLocation()
        return None
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked()
    if "file is not a database" in text or "malformed" in text or "hmac check failed" in text:
        return DamagedDatabase()
    if "readonly database" in text or "unable to open database" in text:
        return ReadOnlyLocation()
    return None


@contextlib.contextmanager
def expected_failures() -> Iterator[None]:
    """Re-raise database and OS errors that a person can cause as StoreError subclasses."""
    try:
        yield
    except StoreError:
        raise
    except (exc.DBAPIError, sqlite3.Error, sqlcipher3.Error, OSError) as error:
        mapped = translate_error(error)
        if mapped is None:
            raise
        raise mapped from error


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


def check_passphrase(passphrase: str, words: list[str] | tuple[str, ...] = ()) -> None:
    """Refuse passphrases that are too short or too easy to guess (zxcvbn, Dutch words and
    ``words`` such as the user's and the municipality's name in its dictionary)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase()
    from desktop.passphrase_strength import too_weak  # late: zxcvbn loads its dictionaries

    reason = too_weak(passphrase, words)
    if reason is not None:
        raise WeakPassphrase(reason)


def _check_slot_labels(connection: Any, key_file: KeyFile, slot: KeySlot | None) -> None:
    """Refuse a slot whose label differs from the one this database registered for it, and
    register the slots it does not know yet (also those of a key file of format 1)."""
    known = settings.KEY_SLOT_LABELS.get(connection)
    if slot is not None and known.get(slot.id, slot.label) != slot.label:
        raise ChangedKeySlot()
    # A slot's label never changes legitimately (a new passphrase is a new slot), so the
    # label first registered is kept; slots gone from the key file are forgotten.
    merged = {s.id: known.get(s.id, s.label) for s in key_file.slots}
    if merged != known:
        settings.KEY_SLOT_LABELS.set(connection, merged)


def _looks_unencrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER


#: The page cache of a connection: at least this much, more for a larger database.
MIN_CACHE_KIB = 64 * 1024
MAX_CACHE_KIB = 256 * 1024


def cache_kib(path: Path) -> int:
    """A page cache that holds the pages a caseload scan reads, scaled with the database.

    Decrypting a page costs more than reading it, so a cache the dossier outgrows (64 MiB at
    about 13,000 people) makes an encrypted scan much slower than a plain one. Three quarters
    of the file covers the dossier tables; the bound keeps a few pooled connections modest.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return max(MIN_CACHE_KIB, min(MAX_CACHE_KIB, size * 3 // 4 // 1024))


@contextlib.contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """A page cache of at least ``kib`` KiB for the work inside, the connection's own after.

    For a large write: its pages are held until the commit instead of being written out and
    read (decrypted) again. The cache takes memory only as it fills.
    """
    size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    page = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
    if (-size if size < 0 else size * page // 1024) >= kib:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {size}")


def connection_pragmas(path: Path) -> list[str]:
    """The pragmas every connection runs after its key (also the plain benchmark baseline)."""
    return [
        "journal_mode = WAL",
        "foreign_keys = ON",
        "synchronous = FULL",
        "secure_delete = ON",
        f"cache_size = -{cache_kib(path)}",
    ]


class Store:
    """An open, unlocked dossier database. Use :meth:`create` or :meth:`open`."""

    #: How long a write waits for another writer (a sync, a second program) before
    #: DatabaseLocked. A sync holds the lock while it merges: seconds for a large first sync.
    BUSY_TIMEOUT_S = 30.0

    def __init__(
        self, location: StoreLocation, key_file: KeyFile, data_key: bytes, user: str
    ) -> None:
        self.location = location
        self.key_file = key_file
        self.user = user
        # Kept as a bytearray, cleared when the store closes; no hex copy is kept (the
        # connection pragma is built per connection and dropped, see _make_engine).
        self._key = bytearray(data_key)
        self.engine = self._make_engine(location.database, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        attach_stamping(self._sessions, lambda: self.user)  # created_by/changed_by, once
        #: Told after each commit what it changed (people, records): the screens refresh.
        self.changes = changes.ChangePublisher()
        changes.attach(self._sessions)
        # Write transactions take the write lock at BEGIN (IMMEDIATE), so that two writers
        # queue (busy timeout) instead of one failing when it upgrades a read snapshot that the
        # other has moved on from. Reading sessions (and other connections) begin deferred.
        self._writer = self.engine.execution_options(wegwijzer_writing=True)
        #: Goes up after every committed write transaction of this program: a screen that
        #: read at one count and sees another knows something may have changed since.
        self.write_count = 0
        self._write_counter = itertools.count(1)
        from desktop.audit.capture import attach  # late: the audit package uses the store

        attach(self, self._sessions)  # every ORM change of a dossier record is audited
        from desktop.journey import cache  # late: the journey package uses the store

        cache.attach(self._sessions)  # every commit re-evaluates the journeys it touched

    # -- opening ---------------------------------------------------------------------------

    @property
    def _data_key(self) -> bytes:
        return bytes(self._key)

    @classmethod
    def _make_engine(cls, path: Path, data_key: bytearray) -> Engine:
        timeout = cls.BUSY_TIMEOUT_S

        def connect() -> Any:
            if not any(data_key):
                raise StoreClosed()  # the store was closed: its key is gone
            connection = sqlcipher3.connect(str(path), timeout=timeout, check_same_thread=False)
            connection.isolation_level = None  # SQLAlchemy's "begin" event below owns BEGIN
            # SQLCipher always wipes (and locks in memory) its own key material and crypto
            # buffers. cipher_memory_security would do so for every allocation of SQLite too:
            # an mlock/munlock and a memset per malloc, 3-20x slower writes (0.1-0.25 ms per
            # trigger call a row fires), process-wide and for good once on, for little
            # gain: the rows read live on in Python's heap, which nothing wipes, and the app
            # forbids core dumps and memory reads by other processes (docs/security.md). Off,
            # as SQLCipher's own default since 4.5.
            connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")  # built, used, dropped
            for pragma in connection_pragmas(path):
                connection.execute(f"PRAGMA {pragma}")
            return connection

        # A file URL gives a QueuePool: connections are shared safely between the GUI thread
        # and worker threads. ("sqlite://" would mean a per-thread pool meant for :memory:,
        # which closes connections another thread may still be using.)
        engine = create_engine(
            f"sqlite:///{path}",
            creator=connect,
            module=sqlcipher3,
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
            pool_timeout=30,
        )

        @event.listens_for(engine, "checkin")
        def _checkin(_dbapi_connection: Any, record: Any) -> None:
            changes.forget(record.info)  # a rolled-back transaction reports nothing

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:  # real transactions, also around DDL
            writing = connection.get_execution_options().get("wegwijzer_writing", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

        return engine

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        user: str = DEFAULT_USER,
        params: Argon2Params = DEFAULT_ARGON2,
    ) -> tuple[Store, str]:
        """Make a new encrypted database; return it and the recovery key to hand the user."""
        check_passphrase(passphrase)
        location = StoreLocation(folder)
        ensure_local(folder)
        if location.exists():
            raise DatabaseExists()
        with expected_failures():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):
                folder.chmod(0o700)
            data_key = new_data_key()
            recovery_key = generate_recovery_key()
            key_file = KeyFile(database_id=new_id(), throttle={"failures": 0, "last": 0.0})
            key_file.add_passphrase(user, passphrase, data_key, params)
            key_file.set_recovery(recovery_key, data_key)
            # The database file is created empty and private before SQLite writes to it.
            fd = os.open(location.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            try:
                store = cls(location, key_file, data_key, user)
                store._initialise(key_file.database_id)
                key_file.save(location.key_file)
                write_atomic(location.folder / THROTTLE_NAME, b'{"failures": 0, "last": 0.0}')
            except BaseException:
                with contextlib.suppress(Exception):
                    store.close()
                for leftover in (location.database, location.key_file):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                raise
        return store, recovery_key

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, user: str | None = None) -> Store:
        """Unlock with a passphrase. Raises WrongPassphrase, NotEncrypted, DamagedDatabase, ..."""
        location, key_file = cls._locate(folder)
        versions = {s.id: s.aad_version for s in key_file.slots}
        data_key, slot = key_file.unlock_with_passphrase(passphrase, user)
        store = cls._open_with_key(location, key_file, data_key, slot.label, slot)
        if slot.aad_version != versions.get(slot.id):  # a format-1 slot: now label-bound
            store._upgrade_slot(slot)
        return store

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_key: str) -> Store:
        """Unlock with the recovery key (then set a new passphrase with change_passphrase)."""
        location, key_file = cls._locate(folder)
        before = key_file.needs_upgrade()
        data_key = key_file.unlock_with_recovery(recovery_key)
        store = cls._open_with_key(location, key_file, data_key, DEFAULT_USER)
        if before and not any(s.kind == "recovery" and s.aad_version < 2 for s in key_file.slots):
            store._upgrade_slot(next(s for s in key_file.slots if s.kind == "recovery"))
        return store

    def _upgrade_slot(self, slot: KeySlot) -> None:
        """Write a slot just re-wrapped in the label-bound format; closed again if that fails."""
        try:
            self._update_keys(lambda keys: keys.put_slot(slot))
        except BaseException:
            self.close()
            raise

    @classmethod
    def _locate(cls, folder: Path) -> tuple[StoreLocation, KeyFile]:
        location = StoreLocation(folder)
        ensure_local(folder)
        from desktop.store.rekey import finish_interrupted, interrupted

        if interrupted(location):  # a data-key rotation a crash interrupted
            with expected_failures(), location.key_lock():
                finish_interrupted(location)
        if not location.database.exists():
            if location.key_file.exists():
                raise MissingDatabase()
            raise NoDatabase()
        with expected_failures():
            if _looks_unencrypted(location.database):
                raise NotEncrypted()
        return location, KeyFile.load(location.key_file)

    @classmethod
    def _open_with_key(
        cls,
        location: StoreLocation,
        key_file: KeyFile,
        data_key: bytes,
        user: str,
        slot: KeySlot | None = None,
    ) -> Store:
        store = cls(location, key_file, data_key, user)
        try:
            with expected_failures(), store.engine.begin() as connection:
                version = migrations.schema_version(connection)
                if version == 0:
                    raise DamagedDatabase()
                migrations.migrate(connection)
                if settings.DATABASE_ID.get(connection) != key_file.database_id:
                    raise DamagedDatabase()
                _check_slot_labels(connection, key_file, slot)
                from desktop.sync import change_log  # late: the sync package uses the store
                from desktop.sync.own import notice_copy

                change_log.install(connection)  # the change log's triggers, after any migration

                notice_copy(connection, location.database)  # a restored or copied database
        except BaseException:
            store.close()
            raise
        return store

    def _initialise(self, database_id: str) -> None:
        with expected_failures(), self.engine.begin() as connection:
            migrations.migrate(connection)
            from desktop.sync import change_log  # late: the sync package uses the store

            change_log.install(connection)
            settings.DATABASE_ID.set(connection, database_id)
            _check_slot_labels(connection, self.key_file, None)

    # -- using -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back entirely on error.

        It holds the database's write lock from its start: a second writer waits for it.
        After the commit, :attr:`changes` is told what the transaction changed.
        """
        with (
            expected_failures(),
            self._sessions(bind=self._writer) as session,
            session.begin(),
        ):
            yield session
            session.flush()
            found = changes.take(session.connection())  # dropped with a failed commit
        self.write_count = next(self._write_counter)
        self.changes.publish(found)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing is written (it takes no write lock)."""
        with expected_failures(), self._sessions() as session:
            yield session

    # -- keys ------------------------------------------------------------------------------
    #
    # Every method that changes who can unlock goes through the role check (an admin for
    # anyone but oneself), the key file's lock (the unlock brake writes the same file) and the
    # audit trail. Late imports: the access and audit packages use the store.

    def _update_keys(self, change: Callable[[KeyFile], object]) -> None:
        """Apply ``change`` to the key file as it is on disk now, under its lock, and save."""
        with expected_failures(), self.location.key_lock():
            try:
                current = KeyFile.load(self.location.key_file)
            except StoreError:
                current = self.key_file
            if current.database_id != self.key_file.database_id:
                raise DamagedDatabase()
            change(current)
            current.save(self.location.key_file)
            self.key_file = current
        with expected_failures(), self.engine.begin() as connection:
            _check_slot_labels(connection, current, None)

    def change_passphrase(
        self, new_passphrase: str, *, user: str | None = None, params: Argon2Params = DEFAULT_ARGON2
    ) -> None:
        """Re-wrap the data key under a new passphrase. The database is not re-encrypted.

        One's own passphrase is open to every user; another user's needs an admin. Audited.
        """
        from desktop.access.roles import Permission, require
        from desktop.audit.trail import Action, record

        target = user or self.user
        if target != self.user:
            require(self, Permission.MANAGE_USERS)
        check_passphrase(new_passphrase, self._strength_words(target))
        data_key = self._data_key
        self._update_keys(
            lambda keys: keys.add_passphrase(target, new_passphrase, data_key, params)
        )
        record(self, Action.PASSPHRASE_CHANGED, detail=target)

    def _strength_words(self, user: str) -> list[str]:
        """Words a passphrase must not lean on: the user's name and the municipality's."""
        with contextlib.suppress(StoreError):
            return [user, settings.REPORT_MUNICIPALITY.get(self)]
        return [user]

    def passphrase_users(self) -> list[str]:
        """The users who have their own passphrase slot on this laptop."""
        return self.key_file.passphrase_labels()

    def remove_passphrase(self, user: str) -> None:
        """Drop ``user``'s passphrase slot (admins only); other users and the recovery key keep
        working. Only the key file changes: the database is not re-encrypted. Audited.
        """
        from desktop.access.roles import Permission, require
        from desktop.audit.trail import Action, record

        require(self, Permission.MANAGE_USERS)

        def drop(keys: KeyFile) -> None:
            kept = [s for s in keys.slots if not (s.kind == "passphrase" and s.label == user)]
            if not any(s.kind == "passphrase" for s in kept):
                raise ValueError("the last passphrase slot cannot be removed")
            keys.slots = kept

        self._update_keys(drop)
        record(self, Action.PASSPHRASE_REMOVED, detail=user)

    def new_recovery_key(self) -> str:
        """Replace the recovery key (admins only); the old one stops working. Audited."""
        from desktop.access.roles import Permission, require
        from desktop.audit.trail import Action, record

        require(self, Permission.MANAGE_USERS)
        recovery_key = generate_recovery_key()
        data_key = self._data_key
        self._update_keys(lambda keys: keys.set_recovery(recovery_key, data_key))
        record(self, Action.RECOVERY_KEY_CHANGED)
        return recovery_key

    def rotate_data_key(
        self,
        passphrase: str,
        *,
        params: Argon2Params = DEFAULT_ARGON2,
        progress: Callable[[int, int, str], None] | None = None,
        stop_after: int = 4,
    ) -> str:
        """Re-encrypt the database under a new data key (admins only; audited); returns the
        new recovery key. ``passphrase`` is the admin's own, asked again: their slot is the
        only one re-wrapped; the other users get a new passphrase from the admin afterwards.

        Nothing else may use the database meanwhile. ``stop_after`` (1-3) stops as a crash
        after that step would, for the tests (desktop/store/rekey.py).
        """
        from desktop.access.roles import Permission, require
        from desktop.access.throttle import Throttle
        from desktop.audit.trail import Action, record
        from desktop.store import rekey

        require(self, Permission.DATA_KEY)
        current = KeyFile.load(self.location.key_file)
        throttle = Throttle(self.location.folder)  # the passphrase asked again is a guess too
        throttle.attempt()
        current.unlock_with_passphrase(passphrase, self.user)  # WrongPassphrase: stop here
        throttle.succeeded()
        others = [label for label in current.passphrase_labels() if label != self.user]
        recovery_key = generate_recovery_key()
        user = self.user

        def make_key_file(new_key: bytes) -> KeyFile:
            made = KeyFile(current.database_id, throttle=current.throttle)
            made.add_passphrase(user, passphrase, new_key, params)
            made.set_recovery(recovery_key, new_key)
            return made

        with expected_failures(), self.location.key_lock():
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.engine.dispose()
            new_key = rekey.rotate_files(
                self.location,
                self._data_key,
                make_key_file,
                progress or (lambda _done, _total, _what: None),
                stop_after=stop_after,
            )
            if stop_after < rekey.STEPS:
                return recovery_key  # "crashed": the caller closes this store
            self._key[:] = new_key  # new connections use the new key (old ones are closed)
            self.key_file = KeyFile.load(self.location.key_file)
        with expected_failures(), self.engine.begin() as connection:
            _check_slot_labels(connection, self.key_file, None)
        detail = f"{len(others)} andere gebruiker(s) hebben een nieuw wachtwoord nodig"
        record(self, Action.DATA_KEY_ROTATED, detail=detail)
        return recovery_key

    def close(self) -> None:
        """Close every connection and clear the data key from this object's memory."""
        self.engine.dispose()
        self._key[:] = bytes(len(self._key))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
