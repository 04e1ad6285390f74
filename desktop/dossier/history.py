"""The history of a dossier: every record with when it was last changed and by whom.

Entries carry keys and values, not sentences, so that the screens can word them in the
user's language. Health domains never appear: the intake is one entry, not one per domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.audit.laptops import laptop_label, laptop_names
from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.domain.model import (
    BredeIntake,
    Handhaving,
    KoffieEnKoek,
    Leerbaarheidstoets,
    Map,
    Ontzorgen,
    ParticipationActivity,
    Person,
    PersonId,
    Pip,
    ProgressTalk,
    Pvt,
    Residence,
    StarterZ,
    Trajectory,
)
from desktop.dossier.journal.models import Attachment, ContactNote


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded thing: its kind (a table key), its own date, a value and who changed it."""

    kind: str
    moment: datetime  # last change
    created: datetime
    day: date | None  # the date the record is about (held, signed, ...)
    by: str
    value: str = ""  # a route, outcome, progress or enforcement value, where it helps
    version: int | None = None
    laptop: str = ""  # the laptop of the last change (from the audit trail), when known


def _laptops(session: Session, person_id: PersonId) -> dict[tuple[str, str], str]:
    """(table, record id) -> the laptop of the record's newest audited change."""
    connection = session.connection()
    names = laptop_names(connection)
    found: dict[tuple[str, str], str] = {}
    rows = connection.execute(
        select(AuditEntry.record_table, AuditEntry.record_id, AuditEntry.device)
        .where(
            AuditEntry.person_id == person_id,
            AuditEntry.action.in_((Action.CREATE.value, Action.CHANGE.value)),
        )
        .order_by(AuditEntry.at, AuditEntry.seq)
    )
    for table, record_id, device in rows:
        found[table, record_id] = laptop_label(names, device)
    return found


#: (kind, table, the column with the record's own date, the column with a value).
_SOURCES: tuple[tuple[str, Any, str | None, str | None], ...] = (
    ("residence", Residence, "start_date", "kind"),
    ("koffie_en_koek", KoffieEnKoek, "held_on", None),
    ("brede_intake", BredeIntake, "started_on", "variant"),
    ("leerbaarheidstoets", Leerbaarheidstoets, "taken_on", "outcome"),
    ("starterz", StarterZ, "started_on", "advice"),
    ("pip", Pip, "signed_on", "route"),
    ("progress_talk", ProgressTalk, "held_on", "progress"),
    ("pvt", Pvt, "signed_on", None),
    ("map", Map, "completed_on", None),
    ("ontzorgen", Ontzorgen, "start_date", None),
    ("participation_activity", ParticipationActivity, "start_date", "kind"),
    ("handhaving", Handhaving, "on_date", "kind"),
    ("contact_note", ContactNote, "on_date", "category"),  # the kind of contact, never the text
    ("attachment", Attachment, "added_on", "kind"),
)


def load_history(session: Session, person_id: PersonId) -> list[HistoryEntry]:
    """Every record of the person, newest change first."""
    entries: list[HistoryEntry] = []
    laptops = _laptops(session, person_id)
    for kind, table, day_column, value_column in _SOURCES:
        for record in session.scalars(select(table).where(table.person_id == person_id)):
            value = getattr(record, value_column) if value_column else None
            entries.append(HistoryEntry(
                kind=kind, moment=record.changed_at, created=record.created_at,
                day=getattr(record, day_column) if day_column else None,
                by=record.changed_by or record.created_by,
                value=str(getattr(value, "value", value) or ""),
                version=getattr(record, "version", None),
                laptop=laptops.get((table.__tablename__, record.id), ""),
            ))  # fmt: skip
    person = session.get(Person, person_id)
    if person is not None:
        entries.append(HistoryEntry("person", person.changed_at, person.created_at,
                                    None, person.changed_by or person.created_by,
                                    laptop=laptops.get(("person", person.id), "")))  # fmt: skip
    trajectory = session.scalar(select(Trajectory).where(Trajectory.person_id == person_id))
    if trajectory is not None:
        entries.append(HistoryEntry(
            "trajectory", trajectory.changed_at, trajectory.created_at,
            trajectory.end_date or trajectory.koppeling_date,
            trajectory.changed_by or trajectory.created_by,
            trajectory.end_kind.value if trajectory.end_kind else "",
            laptop=laptops.get(("trajectory", trajectory.id), ""),
        ))  # fmt: skip
    entries.sort(key=lambda e: (e.moment, e.created), reverse=True)
    return entries
