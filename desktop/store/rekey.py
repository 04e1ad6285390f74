"""Rotating the data key: the database re-encrypted under a new random key, crash-safe.

Removing a user drops their slot, but a copy of the old key file plus their old passphrase
would still give the (unchanged) data key. After rotation that key opens nothing: the
database is copied page by page into a new file under a new key (``sqlcipher_export``), and
the key file gets new slots for the new key.

Only the admin doing it keeps a passphrase slot (re-wrapped: their passphrase is asked again)
and a new recovery key is made; the other users' slots cannot be re-wrapped (only their
passphrases could) and are dropped, so the admin gives each of them a new passphrase
afterwards (desktop/access/users.py ``set_passphrase``).

Crash safety, as steps on files beside the database (each an atomic rename):

1. ``wegwijzer.db.rekey``: the copy under the new key, checked, fsynced;
2. ``wegwijzer.keys.rekey``: the new key file, fsynced;
3. ``wegwijzer.db.rekey`` → ``wegwijzer.db`` (the commit point);
4. ``wegwijzer.keys.rekey`` → ``wegwijzer.keys``.

A crash before 3 leaves the old pair, which opens (the leftovers are removed at the next
opening); a crash after 3 leaves the new database and the new key file beside it, which the
next opening puts in place (:func:`finish_interrupted`). Either way a database that opens.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from desktop.store.atomic import fsync_directory, write_atomic
from desktop.store.errors import DamagedDatabase
from desktop.store.keys import KeyFile, new_data_key

if TYPE_CHECKING:
    from desktop.store.unlocking import StoreLocation

NEW_DATABASE_SUFFIX = ".rekey"
Progress = Callable[[int, int, str], None]
STEPS = 4


def _new_database(location: StoreLocation) -> Path:
    return location.database.with_name(location.database.name + NEW_DATABASE_SUFFIX)


def _new_key_file(location: StoreLocation) -> Path:
    return location.key_file.with_name(location.key_file.name + NEW_DATABASE_SUFFIX)


def interrupted(location: StoreLocation) -> bool:
    """True when a rotation's files are left beside the database."""
    return _new_database(location).exists() or _new_key_file(location).exists()


def finish_interrupted(location: StoreLocation) -> None:
    """Complete or undo a rotation a crash interrupted, so that the pair on disk opens."""
    new_db, new_keys = _new_database(location), _new_key_file(location)
    if new_keys.exists() and not new_db.exists():  # after the commit point: roll forward
        new_keys.replace(location.key_file)
        fsync_directory(location.folder)
        return
    for leftover in (new_db, new_keys):  # before it: the old pair is whole; drop the copies
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def export_under(source: Path, key: bytes, target: Path, old_key: bytes) -> None:
    """Copy the database at ``source`` into a new file ``target`` encrypted with ``key``."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    connection = sqlcipher3.connect(str(source))
    try:
        connection.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        connection.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{key.hex()}'\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('rekeyed')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        connection.execute("DETACH DATABASE rekeyed")
    finally:
        connection.close()
    check = sqlcipher3.connect(str(target))
    try:
        check.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DamagedDatabase()
    finally:
        check.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def rotate_files(
    location: StoreLocation,
    old_key: bytes,
    make_key_file: Callable[[bytes], KeyFile],
    progress: Progress,
    *,
    stop_after: int = STEPS,
) -> bytes:
    """Steps 1-4 above for a closed database; returns the new data key.

    ``stop_after`` ends early after that step, as a crash would (for the crash tests).
    """
    new_key = new_data_key()
    new_db, new_keys = _new_database(location), _new_key_file(location)
    progress(0, STEPS, "kopiëren")
    export_under(location.database, new_key, new_db, old_key)
    if stop_after <= 1:
        return new_key
    progress(1, STEPS, "sleutelbestand")
    key_file = make_key_file(new_key)
    text = json.dumps(key_file.to_json(), indent=2, ensure_ascii=True) + "\n"
    write_atomic(new_keys, text.encode("utf-8"))
    if stop_after <= 2:
        return new_key
    progress(2, STEPS, "vervangen")
    for side in ("-wal", "-shm"):  # the old database is closed and checkpointed
        with contextlib.suppress(FileNotFoundError):
            location.database.with_name(location.database.name + side).unlink()
    new_db.replace(location.database)  # the commit point
    fsync_directory(location.folder)
    if stop_after <= 3:
        return new_key
    progress(3, STEPS, "afronden")
    new_keys.replace(location.key_file)
    fsync_directory(location.folder)
    progress(STEPS, STEPS, "klaar")
    return new_key
