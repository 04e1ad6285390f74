"""The encrypted store: keys, refusal of bad files, errors a consultant understands."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from desktop.domain.model import Person
from desktop.store import Store
from desktop.store.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    DatabaseExists,
    DatabaseLocked,
    DiskFull,
    NetworkLocation,
    NoDatabase,
    NotEncrypted,
    SchemaTooNew,
    StoreError,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.store.keys import DEFAULT_ARGON2, KeyFile
from desktop.store.paths import DATABASE_NAME, KEY_FILE_NAME, is_network_path
from desktop.store.sql import page_cache
from desktop.store.unlocking import SQLITE_HEADER
from tests.conftest import FAST_KDF, PASSPHRASE


def _add_person(store: Store, family: str = "Haddad") -> None:
    with store.transaction() as session:
        session.add(Person(given_names="Amal", family_name=family, name_original="أمل حداد"))


def _names(store: Store) -> list[str]:
    with store.reading() as session:
        return sorted(session.scalars(select(Person.family_name)))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_created_store_reopens_with_passphrase(store_dir: Path, store: Store) -> None:
    _add_person(store)
    store.close()
    with Store.open(store_dir, PASSPHRASE) as reopened:
        assert _names(reopened) == ["Haddad"]
        assert reopened.user == "beheerder"


def test_database_file_is_unreadable_without_the_key(store_dir: Path, store: Store) -> None:
    _add_person(store)
    store.close()
    raw = (store_dir / DATABASE_NAME).read_bytes()
    assert not raw.startswith(SQLITE_HEADER)
    assert b"Haddad" not in raw
    assert "أمل".encode() not in raw
    plain = sqlite3.connect(store_dir / DATABASE_NAME)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(store_dir: Path, store: Store) -> None:
    _add_person(store)
    store.close()
    before = (_digest(store_dir / DATABASE_NAME), _digest(store_dir / KEY_FILE_NAME))
    with pytest.raises(WrongPassphrase) as caught:
        Store.open(store_dir, "not the passphrase")
    assert "wachtwoord klopt niet" in str(caught.value)
    assert (_digest(store_dir / DATABASE_NAME), _digest(store_dir / KEY_FILE_NAME)) == before


def test_recovery_key_opens_and_tolerates_typing(
    store_dir: Path, new_store: tuple[Store, str]
) -> None:
    store, recovery_key = new_store
    _add_person(store)
    store.close()
    typed = recovery_key.lower().replace("-", " ").replace("O", "0")
    with Store.open_with_recovery(store_dir, typed) as recovered:
        assert _names(recovered) == ["Haddad"]
    with pytest.raises(WrongRecoveryKey):
        Store.open_with_recovery(store_dir, "AAAA-" * 7 + "AAAA")
    with pytest.raises(WrongRecoveryKey):
        Store.open_with_recovery(store_dir, "too short")


def test_recovery_then_new_passphrase(store_dir: Path, new_store: tuple[Store, str]) -> None:
    store, recovery_key = new_store
    store.close()
    with Store.open_with_recovery(store_dir, recovery_key) as recovered:
        recovered.change_passphrase("a brand new passphrase", params=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, PASSPHRASE)
    Store.open(store_dir, "a brand new passphrase").close()


def test_change_passphrase_rewraps_without_reencrypting(store_dir: Path, store: Store) -> None:
    _add_person(store)
    store.close()
    database = store_dir / DATABASE_NAME
    header_before = database.read_bytes()[:16]  # SQLCipher's salt: same key, same salt
    with Store.open(store_dir, PASSPHRASE) as opened:
        opened.change_passphrase("another long passphrase", params=FAST_KDF)
    assert database.read_bytes()[:16] == header_before
    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, PASSPHRASE)
    with Store.open(store_dir, "another long passphrase") as reopened:
        assert _names(reopened) == ["Haddad"]


def test_short_passphrase_is_refused(store_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Store.create(store_dir, "short", params=FAST_KDF)
    assert not store_dir.exists() or not any(store_dir.iterdir())


def test_create_refuses_to_overwrite(store_dir: Path, store: Store) -> None:
    with pytest.raises(DatabaseExists):
        Store.create(store_dir, PASSPHRASE, params=FAST_KDF)


def test_open_without_database(tmp_path: Path) -> None:
    with pytest.raises(NoDatabase):
        Store.open(tmp_path / "nothing", PASSPHRASE)


def test_unencrypted_sqlite_file_is_refused(tmp_path: Path) -> None:
    tmp_path.joinpath(DATABASE_NAME).write_bytes(b"")
    plain = sqlite3.connect(tmp_path / DATABASE_NAME)
    plain.execute("CREATE TABLE person (name TEXT)")
    plain.commit()
    plain.close()
    KeyFile(database_id="x").save(tmp_path / KEY_FILE_NAME)
    with pytest.raises(NotEncrypted):
        Store.open(tmp_path, PASSPHRASE)


def test_damaged_database_is_reported(store_dir: Path, store: Store) -> None:
    _add_person(store)
    store.close()
    database = store_dir / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # wipe most of the first page
    database.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        Store.open(store_dir, PASSPHRASE)


def test_missing_or_garbled_key_file(store_dir: Path, store: Store) -> None:
    store.close()
    key_file = store_dir / KEY_FILE_NAME
    key_file.write_text("{not json", encoding="utf-8")
    with pytest.raises(DamagedKeyFile):
        Store.open(store_dir, PASSPHRASE)
    key_file.unlink()
    with pytest.raises(DamagedKeyFile):
        Store.open(store_dir, PASSPHRASE)


def test_key_file_of_another_database_is_refused(tmp_path: Path) -> None:
    first, _ = Store.create(tmp_path / "a", PASSPHRASE, params=FAST_KDF)
    second, _ = Store.create(tmp_path / "b", PASSPHRASE, params=FAST_KDF)
    first.close()
    second.close()
    (tmp_path / "a" / DATABASE_NAME).replace(tmp_path / "b" / DATABASE_NAME)
    (tmp_path / "a" / f"{DATABASE_NAME}-wal").unlink(missing_ok=True)
    with pytest.raises(DamagedDatabase):
        Store.open(tmp_path / "b", PASSPHRASE)


def test_slot_moved_between_databases_does_not_open(tmp_path: Path) -> None:
    first, _ = Store.create(tmp_path / "a", PASSPHRASE, params=FAST_KDF)
    second, _ = Store.create(tmp_path / "b", PASSPHRASE, params=FAST_KDF)
    first.close()
    second.close()
    keys_a = json.loads((tmp_path / "a" / KEY_FILE_NAME).read_text())
    keys_b = json.loads((tmp_path / "b" / KEY_FILE_NAME).read_text())
    keys_b["slots"] = keys_a["slots"]  # the authenticated data binds a slot to its database
    (tmp_path / "b" / KEY_FILE_NAME).write_text(json.dumps(keys_b))
    with pytest.raises(WrongPassphrase):
        Store.open(tmp_path / "b", PASSPHRASE)


def _raw_connection(store: Store) -> sqlcipher3.Connection:
    key = store._data_key.hex()
    connection = sqlcipher3.connect(str(store.location.database))
    connection.execute(f"PRAGMA key = \"x'{key}'\"")
    return connection


def test_schema_newer_than_the_app_is_refused(store_dir: Path, store: Store) -> None:
    raw = _raw_connection(store)
    raw.execute("PRAGMA user_version = 999")
    raw.commit()
    raw.close()
    store.close()
    with pytest.raises(SchemaTooNew):
        Store.open(store_dir, PASSPHRASE)


def test_locked_database_gives_its_own_message(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Store, "BUSY_TIMEOUT_S", 0.2)
    blocker = _raw_connection(store)
    blocker.execute("BEGIN EXCLUSIVE")
    other = Store(store.location, store.key_file, store._data_key, store.user)
    try:
        with pytest.raises(DatabaseLocked):
            _add_person(other)
    finally:
        blocker.rollback()
        blocker.close()
        other.close()
    _add_person(store)  # free again
    assert _names(store) == ["Haddad"]


def test_full_disk_keeps_earlier_data(store: Store) -> None:
    _add_person(store, "Before")
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")
        connection.commit()
        from sqlalchemy.orm import Session

        with pytest.raises(DiskFull) as caught, Session(bind=connection) as session:
            from desktop.store.database import expected_failures

            with expected_failures():
                for i in range(200):
                    session.add(Person(given_names="x" * 500, family_name=f"Big{i}"))
                session.flush()
                session.commit()
        assert "schijf is vol" in str(caught.value)
    assert _names(store) == ["Before"]


def test_full_disk_while_saving_key_file_keeps_old_file(
    store_dir: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = store_dir / KEY_FILE_NAME
    before = key_file.read_bytes()

    def no_space(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.store.atomic.os.write", no_space)
    with pytest.raises(DiskFull):
        store.change_passphrase("another long passphrase", params=FAST_KDF)
    monkeypatch.undo()
    assert key_file.read_bytes() == before
    assert [p.name for p in store_dir.iterdir() if p.name.endswith(".tmp")] == []
    store.close()
    Store.open(store_dir, PASSPHRASE).close()


def test_failed_transaction_writes_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Person(given_names="Amal", family_name="Haddad"))
        session.flush()
        raise RuntimeError("consultant closed the laptop")
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_files_are_private_and_wal_is_on(store_dir: Path, store: Store) -> None:
    _add_person(store)
    assert store_dir.stat().st_mode & 0o777 == 0o700
    assert (store_dir / DATABASE_NAME).stat().st_mode & 0o777 == 0o600
    assert (store_dir / KEY_FILE_NAME).stat().st_mode & 0o777 == 0o600
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA cipher_version").scalar_one().startswith("4.")


def test_default_kdf_is_argon2id_above_owasp_minimum(tmp_path: Path) -> None:
    store, _ = Store.create(tmp_path / "d", PASSPHRASE)
    store.close()
    data = json.loads((tmp_path / "d" / KEY_FILE_NAME).read_text())
    slot = next(s for s in data["slots"] if s["kind"] == "passphrase")
    assert slot["argon2"] == {
        "time_cost": DEFAULT_ARGON2.time_cost,
        "memory_kib": DEFAULT_ARGON2.memory_kib,
        "parallelism": DEFAULT_ARGON2.parallelism,
    }
    assert DEFAULT_ARGON2.memory_kib >= 19 * 1024 and DEFAULT_ARGON2.time_cost >= 2
    assert len(bytes.fromhex(slot["salt"].encode().hex())) > 0
    Store.open(tmp_path / "d", PASSPHRASE).close()


@pytest.mark.parametrize("path", ["\\\\server\\share\\wegwijzer", "//server/share/wegwijzer"])
def test_network_locations_are_refused(path: str) -> None:
    assert is_network_path(Path(path))
    with pytest.raises(NetworkLocation):
        Store.create(Path(path), PASSPHRASE, params=FAST_KDF)


def test_local_temp_dir_is_not_a_network_path(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path)


def test_every_store_error_speaks_dutch() -> None:
    for error_type in StoreError.__subclasses__():
        message = str(error_type())
        assert message and message != str(StoreError())
        assert any(word in message.lower() for word in ("de ", "het ", "een ", "kies", "dit"))


def test_many_threads_share_the_store_safely(store: Store) -> None:
    """Worker threads of the UI read and write at once; nothing is lost or closed under them."""
    import threading

    failures: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for round_ in range(15):
                with store.transaction() as session:
                    session.add(Person(given_names="Amal", family_name=f"W{worker}-{round_}"))
                with store.reading() as session:
                    session.scalar(select(func.count()).select_from(Person))
        except BaseException as error:  # collected and reported by the main thread
            failures.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(_names(store)) == 150


def test_a_page_cache_grows_for_the_work_inside_and_is_the_connections_own_after(
    store: Store,
) -> None:
    with store.transaction() as session:
        connection = session.connection()

        def size() -> int:
            return int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())

        own = size()
        with page_cache(connection, 300 * 1024):
            assert size() == -300 * 1024
        assert size() == own
        with page_cache(connection, 1024):  # smaller than its own: left as it is
            assert size() == own
