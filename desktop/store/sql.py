"""A SQLCipher connection as the store makes it, and the one call its SQL-level code needs.

Code that writes SQL itself (the settings, the audit trail's append, the deadline listing's
scan) takes any :class:`SQLConnection`: a SQLAlchemy ``Connection`` inside the store's
transaction, or a :class:`PlainConnection` for a command that only glances at the store
(:mod:`desktop.access.glance`) and so need not import SQLAlchemy and the models, about half
of ``wegwijzer deadlines``. Either way the connection comes from :func:`connect`: the same
key, the same pragmas.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import sqlcipher3

from desktop.store.errors import mapped_failures


class Rows(Protocol):
    """What a statement returns, as far as the SQL-level code reads it."""

    def __iter__(self) -> Iterator[Any]: ...

    def first(self) -> Any: ...

    def scalar(self) -> Any: ...

    def scalar_one(self) -> Any: ...


@runtime_checkable
class SQLConnection(Protocol):
    """A connection inside a transaction that runs SQL as written (``?`` parameters)."""

    def exec_driver_sql(self, statement: str, parameters: Any = None) -> Rows: ...


#: How long a write waits for another writer (a sync, a second program) before
#: DatabaseLocked. A sync holds the lock while it merges: seconds for a large first sync.
BUSY_TIMEOUT_S = 30.0

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
def page_cache(connection: SQLConnection, kib: int) -> Iterator[None]:
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


def connect(path: Path, data_key: bytes | bytearray, timeout: float) -> sqlcipher3.Connection:
    """A connection to the encrypted database at ``path``, keyed, with the store's pragmas.

    In autocommit mode: whoever uses it begins its transactions (``BEGIN``, or ``BEGIN
    IMMEDIATE`` to write).
    """
    connection = sqlcipher3.connect(str(path), timeout=timeout, check_same_thread=False)
    connection.isolation_level = None
    # SQLCipher always wipes (and locks in memory) its own key material and crypto buffers.
    # cipher_memory_security would do so for every allocation of SQLite too: an mlock/munlock
    # and a memset per malloc, 3-20x slower writes (0.1-0.25 ms per trigger call a row fires),
    # process-wide and for good once on, for little gain: the rows read live on in Python's
    # heap, which nothing wipes, and the app forbids core dumps and memory reads by other
    # processes (docs/security.md). Off, as SQLCipher's own default since 4.5.
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")  # built, used, dropped
        for pragma in connection_pragmas(path):
            connection.execute(f"PRAGMA {pragma}")
    except BaseException:
        connection.close()
        raise
    return connection


def plain_failures() -> contextlib.AbstractContextManager[None]:
    """Database and OS errors a person can cause, as StoreError subclasses (for code that
    uses :func:`connect` without SQLAlchemy; the store's ``expected_failures`` adds its
    errors)."""
    return mapped_failures((sqlite3.Error, sqlcipher3.Error, OSError))


class PlainResult:
    """A cursor read the way :class:`Rows` says (what SQLAlchemy's results offer)."""

    def __init__(self, cursor: sqlcipher3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def first(self) -> Any:
        return self._cursor.fetchone()

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        rows = self._cursor.fetchmany(2)
        if len(rows) != 1:
            raise LookupError(f"expected one row, got {len(rows)}")
        return rows[0][0]


class PlainConnection:
    """One connection from :func:`connect` used without SQLAlchemy (a :class:`SQLConnection`).

    ``parameters`` as SQLAlchemy takes them: a tuple for one statement, a list of tuples to
    run it once per tuple.
    """

    def __init__(self, connection: sqlcipher3.Connection) -> None:
        self.raw = connection

    def exec_driver_sql(self, statement: str, parameters: Any = None) -> PlainResult:
        if isinstance(parameters, list):
            return PlainResult(self.raw.executemany(statement, parameters))
        values: Sequence[Any] = () if parameters is None else parameters
        return PlainResult(self.raw.execute(statement, values))

    @contextlib.contextmanager
    def reading(self) -> Iterator[PlainConnection]:
        """One read transaction (it takes no write lock)."""
        self.raw.execute("BEGIN")
        try:
            yield self
        finally:
            self.raw.execute("COMMIT")  # it only read

    @contextlib.contextmanager
    def writing(self) -> Iterator[PlainConnection]:
        """One write transaction, holding the write lock from its start (as the store's):
        committed at the end, rolled back entirely on error."""
        self.raw.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.raw.execute("ROLLBACK")
            raise
        self.raw.execute("COMMIT")

    def close(self) -> None:
        self.raw.close()
