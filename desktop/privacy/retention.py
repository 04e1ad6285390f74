"""Retention: closed dossiers are deleted N years after the end of the trajectory.

The admin sets N (none set: nothing is ever due). :func:`due_for_deletion` lists the dossiers
whose time has come; :func:`delete_dossiers` deletes them on confirmation, everywhere: the
rows go, a content-free :class:`~desktop.privacy.models.Tombstone` per row stays and syncs,
and the sync register forgets every value (:mod:`desktop.sync.purge`). The audit trail
keeps the fact (person id, who, when), never the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from desktop import changes
from desktop.access.errors import InvalidSetting
from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, append, record
from desktop.domain.model import Person, Trajectory
from desktop.domain.text import display_name
from desktop.messages import N_
from desktop.privacy.holdings import holdings
from desktop.privacy.models import Tombstone
from desktop.privacy.register import register_rows
from desktop.store import settings
from desktop.store.content import drop_orphans
from desktop.store.errors import StoreError
from desktop.sync.purge import purge_tombstoned
from desktop.sync.tables import table_named

if TYPE_CHECKING:
    from desktop.store import Store

RETENTION_RANGE = settings.RETENTION_RANGE


class NotDue(StoreError):
    text = N_(
        "Dit dossier is nog niet aan de beurt voor verwijdering: het traject is niet "
        "afgesloten of de bewaartermijn is nog niet voorbij."
    )


@dataclass(frozen=True)
class Due:
    """A closed dossier whose retention period is over."""

    person_id: str
    name: str  # shown to the admin on the retention screen only
    end_date: date
    due_on: date


def retention_years(store: Store) -> int | None:
    """Years a closed dossier is kept after the trajectory's end; None: not set."""
    return settings.RETENTION_YEARS.get(store)


def set_retention_years(store: Store, years: int) -> None:
    """Set the retention period (admins only)."""
    require(store, Permission.SETTINGS)
    if not settings.RETENTION_YEARS.accepts(years):
        raise InvalidSetting()
    settings.RETENTION_YEARS.set(store, years)
    record(store, Action.SETTING, detail=f"bewaartermijn: {years} jaar")


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def due_for_deletion(store: Store, *, today: date) -> list[Due]:
    """Closed dossiers past their retention period, oldest end first."""
    years = retention_years(store)
    if years is None:
        return []
    query = (
        select(Person.id, Person.family_name, Person.given_names, Trajectory.end_date)
        .join(Trajectory, Trajectory.person_id == Person.id)
        .where(Trajectory.end_date.is_not(None), Trajectory.end_kind.is_not(None))
    )
    found = []
    with store.reading() as session:
        for person_id, family, given, end in session.execute(query):
            if end is None:
                continue
            due_on = _add_years(end, years)
            if due_on <= today:
                found.append(Due(person_id, display_name(family, given), end, due_on))
    return sorted(found, key=lambda d: (d.end_date, d.name))


def _delete_one(connection: Connection, person_id: str, actor: str) -> int:
    rows = [(table.name, str(row["id"])) for table, row in holdings(connection, person_id)]
    household = connection.exec_driver_sql(
        "SELECT household_id FROM person WHERE id = ?", (person_id,)
    ).scalar()
    if household:
        others = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM person WHERE household_id = ? AND id != ?",
            (household, person_id),
        ).scalar_one()
        if not others:  # the household label may carry the family name
            rows.append(("household", str(household)))
    # Records deleted earlier (or moved away) whose values the sync register still holds.
    held = set(rows)
    earlier = sorted(register_rows(connection, person_id, held) - held)
    synced = [(t, r) for t, r in [*rows, *earlier] if table_named(t) is not None]
    for tbl, row_id in synced:
        connection.execute(
            Tombstone.__table__.insert().values(  # type: ignore[attr-defined]
                tbl=tbl, row_id=row_id, reason="bewaartermijn", created_by=actor, changed_by=actor
            )
        )
    changes.note_removed(connection, person_id, rows, source="retention")
    connection.exec_driver_sql("DELETE FROM person WHERE id = ?", (person_id,))
    purge_tombstoned(connection)
    drop_orphans(connection)  # the scanned documents' bytes, no longer held by any attachment
    append(
        connection,
        actor=actor,
        action=Action.RETENTION,
        person_id=person_id,
        record_table="person",
        record_id=person_id,
        detail=f"{len(rows)} records",
    )
    return len(rows)


def delete_dossiers(store: Store, person_ids: list[str], *, today: date) -> int:
    """Delete the given due dossiers for good (admins only); returns the records removed.

    Refuses (NotDue) a dossier that is not due, so that a mistake in a screen cannot delete
    an open dossier. Everything happens in one transaction.
    """
    require(store, Permission.RETENTION)
    due = {d.person_id for d in due_for_deletion(store, today=today)}
    if any(person_id not in due for person_id in person_ids):
        raise NotDue()
    removed = 0
    with store.transaction() as session:
        connection = session.connection()
        for person_id in person_ids:
            removed += _delete_one(connection, person_id, store.user)
    with store.engine.connect() as connection:  # old pages out of the write-ahead log
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    renew_share(store)
    return removed


def renew_share(store: Store) -> int:
    """After a retention deletion: sync at once with a fresh snapshot (which no longer holds
    the deleted content), then delete this laptop's own older files on the team folder that
    may hold it: every older snapshot and every batch the new snapshot covers. Other laptops
    that still need those changes read the new snapshot instead. Returns the files deleted.

    When the team folder cannot be reached now, the next sync writes the fresh snapshot
    (the count that triggers one is set to its limit) and compaction removes the old files.
    """
    from desktop.access.team import sync  # audited: what left the laptop, and where
    from desktop.sync import compaction, own
    from desktop.sync.errors import SyncError
    from desktop.sync.share import Share
    from desktop.sync.team import current_team

    try:
        _team, share_path = current_team(store)
    except SyncError:
        return 0  # not in a team: nothing on a share
    settings.SYNC_SINCE_SNAPSHOT.set(store, compaction.SNAPSHOT_EVERY)
    try:
        report = sync(store)
        if not report.snapshot_written:
            return 0
        share = Share(share_path)
        device = settings.SYNC_DEVICE.get(store)
        mine = [f for f in share.list_files() if f.device == device]
        snapshots = sorted((f for f in mine if f.kind == "snapshot"), key=lambda f: f.millis)
        covered = settings.SYNC_SNAPSHOT_COVERS.get(store)
        old = snapshots[:-1] + [f for f in mine if f.kind == "batch" and f.last <= covered]
        removed = 0
        for file in old:
            if share.remove_own(device, file.name):
                own.note_removed(store, file.key)
                removed += 1
        return removed
    except SyncError:
        return 0
