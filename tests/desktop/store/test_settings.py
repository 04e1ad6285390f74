"""Typed settings: one declaration per setting, read as the default when missing or unusable."""

from __future__ import annotations

import pytest

from desktop.store import Store, settings


def _raw(store: Store, key: settings.Key[object], text: str) -> None:
    with store.transaction() as session:
        session.connection().exec_driver_sql(
            'INSERT INTO setting ("key", value) VALUES (?, ?) '
            'ON CONFLICT("key") DO UPDATE SET value = excluded.value',
            (key.name, text),
        )


def test_a_missing_setting_reads_as_its_default(store: Store) -> None:
    assert settings.AUTOLOCK_MINUTES.get(store) == 5
    assert settings.RETENTION_YEARS.get(store) is None
    assert settings.AUDIT_HEAD.get(store) is None
    assert not settings.SYNC_TEAM_ID.is_set(store)


def test_values_round_trip_through_the_store_and_a_connection(store: Store) -> None:
    settings.AUTOLOCK_MINUTES.set(store, 12)
    settings.SYNC_VECTOR.set(store, {"b": 2, "a": 1})
    with store.transaction() as session:
        connection = session.connection()
        assert settings.AUTOLOCK_MINUTES.get(connection) == 12
        settings.RETENTION_YEARS.set(connection, 7)
    assert settings.RETENTION_YEARS.get(store) == 7
    assert settings.SYNC_VECTOR.get(store) == {"a": 1, "b": 2}


@pytest.mark.parametrize(
    ("key", "text"),
    [
        (settings.AUTOLOCK_MINUTES, "soon"),
        (settings.AUTOLOCK_MINUTES, "600"),
        (settings.RETENTION_YEARS, "-3"),
        (settings.SYNC_VECTOR, "[1, 2]"),
        (settings.SYNC_COUNTER, ""),
    ],
)
def test_an_unusable_stored_text_reads_as_the_default(
    store: Store, key: settings.Key[object], text: str
) -> None:
    _raw(store, key, text)
    assert key.get(store) == key.default


def test_an_invalid_value_is_refused_before_it_is_stored(store: Store) -> None:
    assert not settings.AUTOLOCK_MINUTES.accepts(0)
    with pytest.raises(ValueError, match=r"access\.autolock_minutes"):
        settings.AUTOLOCK_MINUTES.set(store, 0)
    assert not settings.AUTOLOCK_MINUTES.is_set(store)


def test_a_default_is_never_shared_between_readers(store: Store) -> None:
    first = settings.SYNC_VECTOR.get(store)
    first["someone"] = 3
    assert settings.SYNC_VECTOR.get(store) == {}


def test_the_device_id_is_made_once(store: Store) -> None:
    with store.transaction() as session:
        made = settings.device_id(session.connection())
    with store.reading() as session:
        assert settings.device_id(session.connection()) == made
    assert len(made) == 16
