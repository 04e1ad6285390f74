"""The encrypted dossier store: one module owns the engine, the key, the pragmas, the schema.

A store is a folder with two files: ``wegwijzer.db`` (SQLCipher 4, encrypted with a random
256-bit data key) and ``wegwijzer.keys`` (that key, wrapped per user passphrase and by the
recovery key; see :mod:`desktop.store.keys`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop import schema as _schema  # noqa: F401  (every table on Base before a session)
from desktop.domain.model import new_id
from desktop.store import migrations, settings
from desktop.store.errors import (
    DamagedDatabase,
    DatabaseExists,
    DatabaseLocked,
    DiskFull,
    MissingDatabase,
    NoDatabase,
    NotEncrypted,
    ReadOnlyLocation,
    StoreError,
    WeakPassphrase,
)
from desktop.store.keys import (
    DEFAULT_ARGON2,
    MIN_PASSPHRASE_LENGTH,
    Argon2Params,
    KeyFile,
    generate_recovery_key,
    new_data_key,
)
from desktop.store.paths import DATABASE_NAME, KEY_FILE_NAME, ensure_local
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


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases that are too short to resist guessing."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase()


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
        self._data_key = data_key
        self.engine = self._make_engine(location.database, data_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        attach_stamping(self._sessions, lambda: self.user)  # created_by/changed_by, once
        # Write transactions take the write lock at BEGIN (IMMEDIATE), so that two writers
        # queue (busy timeout) instead of one failing when it upgrades a read snapshot that the
        # other has moved on from. Reading sessions (and other connections) begin deferred.
        self._writer = self.engine.execution_options(wegwijzer_writing=True)
        from desktop.audit.capture import attach  # late: the audit package uses the store

        attach(self, self._sessions)  # every ORM change of a dossier record is audited

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def _make_engine(cls, path: Path, data_key: bytes) -> Engine:
        pragma_key = f"PRAGMA key = \"x'{data_key.hex()}'\""
        timeout = cls.BUSY_TIMEOUT_S

        def connect() -> Any:
            connection = sqlcipher3.connect(str(path), timeout=timeout, check_same_thread=False)
            connection.isolation_level = None  # SQLAlchemy's "begin" event below owns BEGIN
            connection.execute(pragma_key)
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
            key_file = KeyFile(database_id=new_id())
            key_file.add_passphrase(user, passphrase, data_key, params)
            key_file.set_recovery(recovery_key, data_key)
            # The database file is created empty and private before SQLite writes to it.
            fd = os.open(location.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            try:
                store = cls(location, key_file, data_key, user)
                store._initialise(key_file.database_id)
                key_file.save(location.key_file)
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
        data_key, slot = key_file.unlock_with_passphrase(passphrase, user)
        return cls._open_with_key(location, key_file, data_key, slot.label)

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_key: str) -> Store:
        """Unlock with the recovery key (then set a new passphrase with change_passphrase)."""
        location, key_file = cls._locate(folder)
        data_key = key_file.unlock_with_recovery(recovery_key)
        return cls._open_with_key(location, key_file, data_key, DEFAULT_USER)

    @classmethod
    def _locate(cls, folder: Path) -> tuple[StoreLocation, KeyFile]:
        location = StoreLocation(folder)
        ensure_local(folder)
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
        cls, location: StoreLocation, key_file: KeyFile, data_key: bytes, user: str
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
                from desktop.sync import changes  # late: the sync package uses the store
                from desktop.sync.own import notice_copy

                changes.install(connection)  # the change log's triggers, after any migration

                notice_copy(connection, location.database)  # a restored or copied database
        except BaseException:
            store.close()
            raise
        return store

    def _initialise(self, database_id: str) -> None:
        with expected_failures():
            with self.engine.begin() as connection:
                migrations.migrate(connection)
                from desktop.sync import changes  # late: the sync package uses the store

                changes.install(connection)
            settings.DATABASE_ID.set(self, database_id)

    # -- using -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back entirely on error.

        It holds the database's write lock from its start: a second writer waits for it.
        """
        with (
            expected_failures(),
            self._sessions(bind=self._writer) as session,
            session.begin(),
        ):
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing is written (it takes no write lock)."""
        with expected_failures(), self._sessions() as session:
            yield session

    # -- keys ------------------------------------------------------------------------------

    def change_passphrase(
        self, new_passphrase: str, *, user: str | None = None, params: Argon2Params = DEFAULT_ARGON2
    ) -> None:
        """Re-wrap the data key under a new passphrase. The database is not re-encrypted."""
        check_passphrase(new_passphrase)
        self.key_file.add_passphrase(user or self.user, new_passphrase, self._data_key, params)
        self.key_file.save(self.location.key_file)

    def passphrase_users(self) -> list[str]:
        """The users who have their own passphrase slot on this laptop."""
        return self.key_file.passphrase_labels()

    def remove_passphrase(self, user: str) -> None:
        """Drop ``user``'s passphrase slot; other users and the recovery key keep working.

        Only the key file changes: the database is not re-encrypted.
        """
        kept = [s for s in self.key_file.slots if not (s.kind == "passphrase" and s.label == user)]
        if not any(s.kind == "passphrase" for s in kept):
            raise ValueError("the last passphrase slot cannot be removed")
        self.key_file.slots = kept
        self.key_file.save(self.location.key_file)

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Returns the new one."""
        recovery_key = generate_recovery_key()
        self.key_file.set_recovery(recovery_key, self._data_key)
        self.key_file.save(self.location.key_file)
        return recovery_key

    def close(self) -> None:
        """Close every connection; the key stays only as long as this object."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
