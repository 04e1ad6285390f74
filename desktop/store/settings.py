"""Every setting kept in the database's ``setting`` table, typed, in one place.

A :class:`Key` names a setting and says its type, its default and which values are valid;
``key.get(where)`` and ``key.set(where, value)`` read and write it through a
:class:`~desktop.store.Store` (its own short transaction) or inside a caller's transaction (a
SQLAlchemy ``Connection``, or any :class:`~desktop.store.sql.SQLConnection`). A stored text
that does not parse, or is out of range, reads as the default: a setting never makes a screen
fail. Settings are local to the laptop: the
``setting`` table does not sync.

New settings are added here, never as a string key in another module.
"""

from __future__ import annotations

import copy
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from desktop.store.sql import SQLConnection

if TYPE_CHECKING:
    from desktop.store.database import Store

T = TypeVar("T")


def _read(where: Store | SQLConnection, key: str) -> str | None:
    if isinstance(where, SQLConnection):
        found = where.exec_driver_sql('SELECT value FROM setting WHERE "key" = ?', (key,))
        value = found.scalar()
        return None if value is None else str(value)
    with where.reading() as session:
        return _read(session.connection(), key)


def _write(where: Store | SQLConnection, key: str, text: str) -> None:
    if isinstance(where, SQLConnection):
        where.exec_driver_sql(
            'INSERT INTO setting ("key", value) VALUES (?, ?) '
            'ON CONFLICT("key") DO UPDATE SET value = excluded.value',
            (key, text),
        )
        return
    with where.transaction() as session:
        _write(session.connection(), key, text)


def _any(_value: object) -> bool:
    return True


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: its name in the table, its type (``parse``/``dump``), default and check."""

    name: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str] = str
    valid: Callable[[T], bool] = _any

    def get(self, where: Store | SQLConnection) -> T:
        """The stored value, or the default when it is missing, unreadable or not valid."""
        text = _read(where, self.name)
        if text is None:
            return copy.copy(self.default)  # a caller may change a dict it was given
        try:
            value = self.parse(text)
        except ValueError:
            return copy.copy(self.default)
        return value if self.valid(value) else copy.copy(self.default)

    def set(self, where: Store | SQLConnection, value: T) -> None:
        """Store ``value``; a value that is not valid is a bug of the caller (ValueError).

        Callers that take a value from a person check :meth:`accepts` first and raise their
        own expected failure.
        """
        if not self.valid(value):
            raise ValueError(f"not a valid value for setting {self.name!r}")
        _write(where, self.name, self.dump(value))

    def accepts(self, value: T) -> bool:
        """True when ``value`` may be stored."""
        return self.valid(value)

    def is_set(self, where: Store | SQLConnection) -> bool:
        """True when the setting has been stored at all (even if empty)."""
        return _read(where, self.name) is not None

    def clear(self, where: Store | SQLConnection) -> None:
        """Forget the stored value (it reads as the default again)."""
        if isinstance(where, SQLConnection):
            where.exec_driver_sql('DELETE FROM setting WHERE "key" = ?', (self.name,))
            return
        with where.transaction() as session:
            self.clear(session.connection())

    def of(self, part: str) -> Key[T]:
        """The same setting kept apart per ``part`` (per user, say): ``<name>.<part>``."""
        return replace(self, name=f"{self.name}.{part}")


def text(name: str, default: str = "") -> Key[str]:
    """A free-text setting."""
    return Key(name, default, str)


def number(name: str, default: int, *, within: tuple[int, int] | None = None) -> Key[int]:
    """A whole-number setting, optionally within the bounds (inclusive)."""

    def valid(value: int) -> bool:
        return within is None or within[0] <= value <= within[1]

    return Key(name, default, int, str, valid)


def _optional_int(text: str) -> int | None:
    return int(text) if text else None


def _dump_optional_int(value: int | None) -> str:
    return "" if value is None else str(value)


def _counts(text: str) -> dict[str, int]:
    found = json.loads(text)
    if not isinstance(found, dict):
        raise ValueError("not a JSON object")
    return {str(k): int(v) for k, v in found.items()}


def _dump_counts(value: dict[str, int]) -> str:
    return json.dumps(value, sort_keys=True)


def _strings(text: str) -> list[str]:
    found = json.loads(text)
    if not isinstance(found, list):
        raise ValueError("not a JSON list")
    return [str(item) for item in found]


def _pending(text: str) -> list[dict[str, str | int]]:
    found = json.loads(text)
    if not isinstance(found, list) or not all(isinstance(item, dict) for item in found):
        raise ValueError("not a JSON list of objects")
    return [
        {"device": str(item["device"]), "counter": int(item["counter"]),
         "exported": int(item["exported"])}
        for item in found
    ]  # fmt: skip


def _dump_json(value: object) -> str:
    return json.dumps(value, sort_keys=True)


def _head(text: str) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    return int(seq), digest


def _dump_head(value: tuple[int, str] | None) -> str:
    return "" if value is None else f"{value[0]}:{value[1]}"


FormValues = dict[str, str | bool | None]


def _form_values(text: str) -> FormValues | None:
    found = json.loads(text) if text else None
    if found is None:
        return None
    if not isinstance(found, dict):
        raise ValueError("not a JSON object")
    return {str(k): v for k, v in found.items() if v is None or isinstance(v, str | bool)}


def _dump_form_values(value: FormValues | None) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


# -- the store -------------------------------------------------------------------------------

#: The id of this database, also in the key file: a database and key file belong together.
DATABASE_ID = text("database_id")

# -- access ----------------------------------------------------------------------------------


def _slot_labels(text: str) -> dict[str, str]:
    found = json.loads(text)
    if not isinstance(found, dict):
        raise ValueError("not a JSON object")
    return {str(k): str(v) for k, v in found.items()}


#: Which key slot (id) belongs to which user (label), as this encrypted database knows it: a
#: label changed in the key file is refused at unlock, also for slots of key-file format 1.
KEY_SLOT_LABELS: Key[dict[str, str]] = Key("access.key_slots", {}, _slot_labels, _dump_json)

#: The idle minutes an admin may choose.
AUTOLOCK_RANGE = (1, 60)
#: Minutes without keyboard or mouse after which the app locks itself (an admin sets it).
AUTOLOCK_MINUTES = number("access.autolock_minutes", 5, within=AUTOLOCK_RANGE)

# -- audit -----------------------------------------------------------------------------------

#: This laptop's newest audit entry (sequence number, hash): a shortened chain is noticed.
AUDIT_HEAD: Key[tuple[int, str] | None] = Key("audit.head", None, _head, _dump_head)

# -- privacy ---------------------------------------------------------------------------------


#: The retention periods (years) an admin may choose.
RETENTION_RANGE = (1, 50)


def _retention_valid(value: int | None) -> bool:
    return value is None or RETENTION_RANGE[0] <= value <= RETENTION_RANGE[1]


#: Years a closed dossier is kept after the trajectory's end; None: not set (nothing is due).
RETENTION_YEARS: Key[int | None] = Key(
    "privacy.retention_years", None, _optional_int, _dump_optional_int, _retention_valid
)

# -- dossier ---------------------------------------------------------------------------------

#: A half-typed registration (koppeling), kept per user with ``.of(user)`` until it is saved.
REGISTRATION_DRAFT: Key[FormValues | None] = Key(
    "draft.koppeling", None, _form_values, _dump_form_values
)

# -- reports ---------------------------------------------------------------------------------

#: A report indicator's target, kept per indicator with ``.of(indicator)``: a number, "" for
#: no target, "-" (the default) when an admin never set it (the seeds' default applies).
REPORT_TARGET = text("reports.target", "-")
#: How much a Z-route trajectory weighs in the caseload per consultant ("" : the default).
REPORT_Z_WEIGHT = text("reports.z_weight")
#: The caseload norm per consultant that the admin sets ("": none).
REPORT_CASELOAD_NORM = text("reports.caseload_norm")
#: The municipality's name on the council report ("": the rules file's).
REPORT_MUNICIPALITY = text("reports.municipality")

# -- sync ------------------------------------------------------------------------------------

#: This database's device id in the team (16 hex digits), made on first use.
SYNC_DEVICE = text("sync.device")
#: The number of this device's last version (its own dot counter).
SYNC_COUNTER = number("sync.counter", 0)
#: What this device has seen of every device: device id -> counter.
SYNC_VECTOR: Key[dict[str, int]] = Key("sync.vector", {}, _counts, _dump_counts)
#: The counter up to which this device's versions are on the share.
SYNC_EXPORTED = number("sync.exported", 0)
#: The hybrid logical clock's last stamp.
SYNC_CLOCK = text("sync.clock")
#: The team this laptop joined ("" when none).
SYNC_TEAM_ID = text("sync.team_id")
#: The team key, base64 (kept only in the encrypted database).
SYNC_TEAM_KEY = text("sync.team_key")
#: The team folder's path on this laptop.
SYNC_SHARE = text("sync.share")
#: When this laptop last synchronised (ISO 8601, UTC; "" when never).
SYNC_LAST = text("sync.last_sync")
#: Versions taken in since this laptop's last snapshot.
SYNC_SINCE_SNAPSHOT = number("sync.since_snapshot", 0)
#: The counter this laptop's newest snapshot covers.
SYNC_SNAPSHOT_COVERS = number("sync.snapshot_covers", 0)
#: The vector of this laptop's newest snapshot on the share (device id -> counter).
SYNC_SNAPSHOT_VECTOR: Key[dict[str, int]] = Key("sync.snapshot_vector", {}, _counts, _dump_counts)
#: Every device id this database has written as, the current one last.
SYNC_IDENTITIES: Key[list[str]] = Key("sync.identities", [], _strings, _dump_json)
#: The database file's identity (its inode) at the last sync: a copy has another one.
SYNC_BINDING = text("sync.binding")
#: The synced columns of a table (``.of(table)``, comma-separated) when its change triggers were
#: last checked: when they differ, every row of the table is compared once more.
SYNC_CAPTURE_SHAPE = text("sync.capture_shape")
#: Identity changes not yet settled with the share: {"device", "counter", "exported"} each.
SYNC_IDENTITY_PENDING: Key[list[dict[str, str | int]]] = Key(
    "sync.identity_pending", [], _pending, _dump_json
)


# -- trust between laptops (desktop/sync/identity.py, roster.py, keyring.py) -----------------


def _texts(text: str) -> dict[str, str]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(text)
    return {str(k): str(v) for k, v in value.items()}


def _json_object(text: str) -> dict[str, object]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(text)
    return value


#: This laptop's Ed25519 signing key, raw, base64 (only in the encrypted database).
SYNC_LAPTOP_SIGNING = text("sync.laptop_signing")
#: This laptop's X25519 key-agreement key, raw, base64 (only in the encrypted database).
SYNC_LAPTOP_AGREEMENT = text("sync.laptop_agreement")
#: device id -> the salt that binds it to this laptop's signing key.
SYNC_DEVICE_SALTS: Key[dict[str, str]] = Key("sync.device_salts", {}, _texts, _dump_json)
#: The team's root laptop as the marker named it at joining: {"laptop", "sign"}.
SYNC_ROSTER_ROOT: Key[dict[str, str]] = Key("sync.roster_root", {}, _texts, _dump_json)
#: The newest roster version this laptop accepted (the signed document, as JSON).
SYNC_ROSTER: Key[dict[str, object]] = Key("sync.roster", {}, _json_object, _dump_json)
#: The team's data keys this laptop holds: key id -> {"key": base64, "epoch": n}.
SYNC_KEYRING: Key[dict[str, object]] = Key("sync.keyring", {}, _json_object, _dump_json)
#: Per own device: [sequence number, SHA-256] of the last file published (the file chain).
SYNC_FILE_CHAIN: Key[dict[str, object]] = Key("sync.file_chain", {}, _json_object, _dump_json)
#: The key id the newest own snapshot was sealed with (a rotation makes the next one due).
SYNC_SNAPSHOT_KEY = text("sync.snapshot_key")
#: A member left this laptop (they held the team key): replace it at the next sync.
SYNC_ROTATE_PENDING: Key[bool] = Key("sync.rotate_pending", False, lambda t: t == "1",
                                     lambda v: "1" if v else "0")  # fmt: skip
#: The counter up to which own batches were sealed with a data key that has since changed.
SYNC_OLD_KEY_COVERS = number("sync.old_key_covers", 0)
#: Own snapshots sealed with a data key that has since changed (removed soon).
SYNC_OLD_KEY_SNAPSHOTS: Key[list[str]] = Key("sync.old_key_snapshots", [], _strings, _dump_json)


def device_id(connection: SQLConnection) -> str:
    """This database's device id (16 hex digits), made on first use inside the transaction.

    The audit trail's chains and the sync engine's versions are per device.
    """
    found = SYNC_DEVICE.get(connection)
    if not found:
        found = secrets.token_hex(8)
        SYNC_DEVICE.set(connection, found)
    return found
