"""A glance at the store, for a command that reads and leaves (``wegwijzer deadlines``).

Importing SQLAlchemy and the models takes about 0.4 s, half of what ``deadlines`` took at
5,000 people. A glance unlocks as :func:`desktop.access.session.unlock` does (braked by the
same :func:`~desktop.access.throttle.throttled` attempt, with the Argon2 a command begins
early) and then reads through one plain connection (:mod:`desktop.store.sql`), but only when
the full opening (:meth:`desktop.store.Store.opened` and ``start_session``) would find
nothing to do:

* the schema is the newest (no migration to run);
* the database belongs to the key file and has every key slot registered as it is (a slot
  whose label changed is refused, as the full opening refuses it);
* the file is the one this laptop synced from (no copy to notice; desktop/sync/own.py);
* the passphrase's slot needs no upgrade to the label-bound format;
* every passphrase slot has its user, and the user who unlocked is active.

Otherwise, or when the read needs more than the kept rows (journeys to evaluate),
:meth:`Glance.store` opens the full store with the same key: no second Argon2 and no second
attempt counted. The glance writes only the session's audit entries
(:meth:`Glance.record`); the change log's triggers log them like any other insert, and a
trigger an older version left out is made, and its table logged in full, at the next full
opening (desktop/sync/change_log.py), as for a write made before it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.access.throttle import throttled
from desktop.audit.trail import Action, append
from desktop.store import settings
from desktop.store.errors import DamagedDatabase
from desktop.store.migrations import SCHEMA_VERSION, schema_version
from desktop.store.sql import BUSY_TIMEOUT_S, PlainConnection, SQLConnection, connect
from desktop.store.sql import plain_failures as _failures
from desktop.store.unlocking import (
    Unlocked,
    check_slot_labels,
    file_identity,
    locate,
    with_passphrase,
)

if TYPE_CHECKING:
    from desktop.store import Store

T = TypeVar("T")


class Glance:
    """An unlocked store: a plain connection when a glance does, else the full store.

    Use as a context manager; closing closes whichever was opened.
    """

    def __init__(
        self, unlocked: Unlocked, connection: PlainConnection | None, store: Store | None
    ) -> None:
        self.user = unlocked.user
        self._unlocked: Unlocked | None = unlocked
        self._connection = connection
        self._store = store
        self._session_started = False

    @property
    def quick(self) -> bool:
        """True while the plain connection is open (the full store was not needed)."""
        return self._connection is not None

    def read(self, reading: Callable[[SQLConnection], T | None]) -> T | None:
        """What ``reading`` finds in one read transaction of the plain connection; ``None``
        when there is none or ``reading`` says the kept data is not enough (``None``)."""
        if self._connection is None:
            return None
        with _failures(), self._connection.reading() as connection:
            return reading(connection)

    def record(self, action: Action, *, detail: str = "") -> None:
        """Record the session and ``action``: the entries ``start_session`` and
        :func:`~desktop.audit.trail.record` would write, in one write transaction."""
        connection = self._connection
        if connection is None:
            from desktop.audit.trail import record  # the full store's own transaction

            record(self.store(), action, detail=detail)
            return
        with _failures(), connection.writing():
            append(connection, actor=self.user, action=Action.LOGIN)
            append(connection, actor=self.user, action=action, detail=detail)

    def store(self) -> Store:
        """The full store with the same key (opened now if the glance did not), its session
        started (checked and recorded); closed with the glance."""
        if self._store is None:
            from desktop.store import Store

            assert self._unlocked is not None, "the glance is closed"
            self._close_connection()
            self._store = Store.opened(self._unlocked)
        if not self._session_started:
            from desktop.access.session import start_session

            self._session_started = True
            start_session(self._store)  # closes the store when the user may not unlock
        return self._store

    def _close_connection(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        self._close_connection()
        if self._store is not None:
            self._store.close()
        self._unlocked = None

    def __enter__(self) -> Glance:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def glance(folder: Path, passphrase: str) -> Glance:
    """Unlock the store in ``folder`` with ``passphrase`` (braked like every unlock) for a
    quick read; the full store when it needs its full opening (see the module's text)."""

    def attempt() -> Glance:
        location, key_file = locate(folder)
        unlocked = with_passphrase(location, key_file, passphrase)
        connection = _plain(unlocked)
        if connection is not None:
            return Glance(unlocked, connection, None)
        from desktop.store import Store  # the full opening, inside the attempt as in unlock

        return Glance(unlocked, None, Store.opened(unlocked))

    return throttled(folder, attempt)


def _plain(unlocked: Unlocked) -> PlainConnection | None:
    """A plain connection when the full opening would find nothing to do, else None."""
    if unlocked.upgraded:
        return None
    with _failures():
        connection = PlainConnection(
            connect(unlocked.location.database, unlocked.data_key, BUSY_TIMEOUT_S)
        )
    try:
        with _failures(), connection.reading():
            ready = _needs_nothing(connection, unlocked)
    except BaseException:
        connection.close()
        raise
    if not ready:
        connection.close()
        return None
    return connection


def _needs_nothing(connection: PlainConnection, unlocked: Unlocked) -> bool:
    """True when opening the store and starting the session would change nothing; raises what
    the full opening would raise for a database that does not belong to the key file."""
    if schema_version(connection) != SCHEMA_VERSION:  # to migrate, too new, or damaged: the
        return False  # full opening says which
    if settings.DATABASE_ID.get(connection) != unlocked.key_file.database_id:
        raise DamagedDatabase()
    if not check_slot_labels(connection, unlocked.key_file, unlocked.slot, register=False):
        return False
    identity = file_identity(unlocked.location.database)
    if identity and settings.SYNC_BINDING.get(connection) != identity:
        return False  # a copy, or not yet bound: desktop/sync/own.py notice_copy
    users = dict(connection.exec_driver_sql("SELECT name, active FROM app_user"))
    labels = unlocked.key_file.passphrase_labels()
    return bool(labels) and set(labels) <= set(users) and bool(users.get(unlocked.user))
