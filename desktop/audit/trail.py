"""Writing the audit trail: one entry per action, appended to this laptop's hash chain.

Entries say who did what to which record and which fields, never a value: a trail about
health notes must not itself hold health notes. Each entry's hash covers all its fields and
the previous entry's hash of the same laptop, so removing or altering an entry breaks the chain
(:func:`desktop.access.review.verify`). The database refuses updates and deletions of entries
(triggers in migration 4); this laptop's last entry is also remembered outside the synced
table (:data:`desktop.store.settings.AUDIT_HEAD`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.domain.ids import new_id, utcnow
from desktop.store import settings
from desktop.store.settings import device_id
from desktop.store.sql import SQLConnection

if TYPE_CHECKING:
    from desktop.store import Store


class Action(StrEnum):
    """What was done; the values are the Dutch words the trail shows and exports."""

    LOGIN = "aangemeld"
    RECOVERY = "herstelsleutel gebruikt"
    LOCK = "vergrendeld"
    OPEN = "dossier geopend"
    CREATE = "aangemaakt"
    CHANGE = "gewijzigd"
    DELETE = "verwijderd"
    PRINT = "afgedrukt"
    SAVE_DOCUMENT = "document opgeslagen"
    EXPORT = "geëxporteerd"
    CALENDAR_EXPORT = "agenda geëxporteerd"  # talks saved as an .ics file for Outlook
    IMPORT = "geïmporteerd"
    INZAGE = "inzage"
    RETENTION = "verwijderd na bewaartermijn"
    USER_ADDED = "gebruiker toegevoegd"
    USER_REMOVED = "gebruiker verwijderd"
    ROLE_CHANGED = "rol gewijzigd"
    PASSPHRASE_CHANGED = "wachtwoord gewijzigd"
    SETTING = "instelling gewijzigd"
    REFUSED = "geweigerd"
    AUDIT_VIEWED = "audittrail bekeken"
    AUDIT_EXPORT = "audittrail geëxporteerd"
    HANDOVER = "caseload overgedragen"
    RECOVERY_KEY_CHANGED = "herstelsleutel vervangen"
    PASSPHRASE_REMOVED = "wachtwoord verwijderd"
    TEAM_CREATED = "team aangemaakt"
    TEAM_JOINED = "team toegetreden"
    TEAM_FOLDER = "teammap gewijzigd"
    SYNC = "gesynchroniseerd"
    DEADLINES = "termijnen bekeken"
    DATA_KEY_ROTATED = "databasesleutel vervangen"
    CONFLICT_RESOLVED = "conflict opgelost"  # a value chosen on the conflict screen
    LAPTOP_NAMED = "laptop benoemd"  # detail: the laptop's name, for the whole team


#: The fields a hash covers, in order.
HASHED = (
    "id",
    "device",
    "seq",
    "at",
    "actor",
    "action",
    "person_id",
    "record_table",
    "record_id",
    "fields",
    "detail",
    "prev_hash",
)


def entry_hash(values: dict[str, object]) -> str:
    """SHA-256 over the canonical JSON of an entry's hashed fields."""
    canonical = json.dumps(
        [values[name] for name in HASHED], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    connection: SQLConnection,
    *,
    actor: str,
    action: Action,
    person_id: str = "",
    record_table: str = "",
    record_id: str = "",
    fields: Iterable[str] = (),
    detail: str = "",
) -> str:
    """Append one entry inside the caller's transaction; returns its hash.

    The first statement writes, so this connection holds SQLite's write lock before it reads
    the chain's head: two threads can never both take the same sequence number.
    """
    connection.exec_driver_sql("UPDATE setting SET value = value WHERE key = 'database_id'")
    device = device_id(connection)
    last = connection.exec_driver_sql(
        "SELECT seq, hash FROM audit_entry WHERE device = ? ORDER BY seq DESC LIMIT 1", (device,)
    ).first()
    seq, prev_hash = (int(last[0]) + 1, str(last[1])) if last else (1, "")
    now = utcnow()
    values: dict[str, object] = {
        "id": new_id(),
        "device": device,
        "seq": seq,
        "at": now.isoformat(timespec="seconds"),
        "actor": actor,
        "action": action.value,
        "person_id": person_id or "",
        "record_table": record_table,
        "record_id": record_id,
        "fields": ",".join(sorted(fields)),
        "detail": detail,
        "prev_hash": prev_hash,
    }
    values["hash"] = digest = entry_hash(values)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime
    values.update(created_at=stamp, created_by=actor, changed_at=stamp, changed_by=actor)
    columns = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" * len(values))
    connection.exec_driver_sql(
        f"INSERT INTO audit_entry ({columns}) VALUES ({marks})", tuple(values.values())
    )
    settings.AUDIT_HEAD.set(connection, (seq, digest))
    return digest


def record(
    store: Store,
    action: Action,
    *,
    person_id: str = "",
    record_table: str = "",
    record_id: str = "",
    fields: Iterable[str] = (),
    detail: str = "",
) -> None:
    """Append one entry for the store's user in its own transaction."""
    with store.transaction() as session:
        append(
            session.connection(),
            actor=store.user,
            action=action,
            person_id=person_id,
            record_table=record_table,
            record_id=record_id,
            fields=fields,
            detail=detail,
        )


def head(connection: SQLConnection) -> tuple[int, str] | None:
    """This laptop's remembered newest entry (sequence number and hash), if any."""
    return settings.AUDIT_HEAD.get(connection)


def record_for_people(
    store: Store, action: Action, person_ids: Iterable[str], *, detail: str = ""
) -> None:
    """One entry per person (an export or print of several), in one transaction."""
    with store.transaction() as session:
        connection = session.connection()
        for person_id in person_ids:
            append(
                connection,
                actor=store.user,
                action=action,
                person_id=person_id,
                record_table="person",
                record_id=person_id,
                detail=detail,
            )
