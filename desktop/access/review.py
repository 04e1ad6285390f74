"""Reading the audit trail (admins only): checking its chains, filtering, exporting.

Verification walks each laptop's chain in sequence order. It reports, in Dutch:

* a *gap* (an entry removed from the middle, or several),
* a *broken link* (an entry's ``prev_hash`` is not the hash of the entry before it),
* an *altered entry* (its hash does not match its fields),
* a *shortened chain* (this laptop's newest entries removed: the remembered head is missing).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.access.roles import Permission, require
from desktop.audit.models import AuditEntry
from desktop.audit.trail import HASHED, Action, entry_hash, head, record
from desktop.domain.text import display_name
from desktop.store.settings import device_id

if TYPE_CHECKING:
    from desktop.store import Store


@dataclass(frozen=True)
class Problem:
    """One place where a chain is not intact."""

    device: str
    seq: int
    message: str


@dataclass
class ChainReport:
    """The outcome of checking every chain."""

    entries: int = 0
    devices: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One Dutch sentence for the screen and the export."""
        if self.intact:
            return f"De audittrail is intact: {self.entries} regels van {self.devices} laptop(s)."
        return (
            f"De audittrail is NIET intact: {len(self.problems)} probleem/problemen gevonden "
            f"in {self.entries} regels. Meld dit aan de privacyfunctionaris."
        )


def _values(entry: AuditEntry) -> dict[str, object]:
    return {name: getattr(entry, name) for name in HASHED}


def verify(store: Store) -> ChainReport:
    """Check every laptop's chain; a removed, altered or re-linked entry is a problem."""
    report = ChainReport()
    with store.reading() as session:
        rows = list(session.scalars(select(AuditEntry).order_by(AuditEntry.device, AuditEntry.seq)))
        connection = session.connection()
        own = device_id(connection)
        own_head = head(connection)
    chains: dict[str, list[AuditEntry]] = {}
    for entry in rows:
        chains.setdefault(entry.device, []).append(entry)
    report.entries, report.devices = len(rows), len(chains)
    for device, chain in chains.items():
        expected_seq, previous = 1, ""
        for entry in chain:
            if entry.seq != expected_seq:
                report.problems.append(
                    Problem(
                        device,
                        expected_seq,
                        f"Regel {expected_seq} t/m {entry.seq - 1} van laptop {device} ontbreekt.",
                    )
                )
            elif entry.prev_hash != previous:
                report.problems.append(
                    Problem(
                        device,
                        entry.seq,
                        f"Regel {entry.seq} van laptop {device} sluit niet aan op de vorige.",
                    )
                )
            if entry_hash(_values(entry)) != entry.hash:
                report.problems.append(
                    Problem(
                        device, entry.seq, f"Regel {entry.seq} van laptop {device} is veranderd."
                    )
                )
            expected_seq, previous = entry.seq + 1, entry.hash
    if own_head is not None:
        mine = chains.get(own, [])
        last = (mine[-1].seq, mine[-1].hash) if mine else None
        if last is None or last[0] < own_head[0]:
            report.problems.append(
                Problem(
                    own,
                    own_head[0],
                    f"De laatste regels van deze laptop (tot regel {own_head[0]}) ontbreken.",
                )
            )
        elif last[0] == own_head[0] and last[1] != own_head[1]:
            report.problems.append(
                Problem(own, own_head[0], f"Regel {own_head[0]} van deze laptop is vervangen.")
            )
    return report


@dataclass(frozen=True)
class EntryView:
    """An entry as the audit screen and the export show it."""

    at: str
    actor: str
    action: str
    person_id: str
    record_table: str
    record_id: str
    fields: str
    detail: str
    device: str
    seq: int
    hash: str


def entries(
    store: Store,
    *,
    person_id: str | None = None,
    actor: str | None = None,
    action: Action | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[EntryView]:
    """The trail, newest first, filtered per person, user, action and period (admins only)."""
    require(store, Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
    if person_id:
        query = query.where(AuditEntry.person_id == person_id)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action is not None:
        query = query.where(AuditEntry.action == action.value)
    if since is not None:
        query = query.where(AuditEntry.at >= since.isoformat(timespec="seconds"))
    if until is not None:
        query = query.where(AuditEntry.at <= until.isoformat(timespec="seconds"))
    if limit is not None:
        query = query.limit(limit)
    with store.reading() as session:
        return [
            EntryView(
                e.at,
                e.actor,
                e.action,
                e.person_id,
                e.record_table,
                e.record_id,
                e.fields,
                e.detail,
                e.device,
                e.seq,
                e.hash,
            )
            for e in session.scalars(query)
        ]


CSV_HEADER = (
    "moment (UTC)",
    "gebruiker",
    "actie",
    "persoon-id",
    "tabel",
    "record-id",
    "velden",
    "toelichting",
    "laptop",
    "volgnummer",
    "hash",
)


#: A cell starting with one of these is a formula to a spreadsheet (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: object) -> object:
    """A value safe for a spreadsheet: text that would start a formula gets a leading quote
    (OWASP's advice), so ``=cmd|'/c calc'!A1`` as a user name is shown, never run."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export(store: Store, rows: list[EntryView], *, kind: str = "csv") -> bytes:
    """The given entries as CSV or JSON (with the chain check); the export itself is audited.

    Entries hold ids and field names, no dossier content, so the file names no person.
    """
    require(store, Permission.VIEW_AUDIT)
    report = verify(store)
    record(store, Action.AUDIT_EXPORT, detail=f"{len(rows)} regels, {kind}")
    if kind == "json":
        document = {
            "format": "wegwijzer-audit",
            "version": 1,
            "check": {
                "intact": report.intact,
                "summary": report.summary(),
                "problems": [asdict(p) for p in report.problems],
            },
            "entries": [asdict(row) for row in rows],
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            csv_cell(cell)
            for cell in [
                row.at,
                row.actor,
                row.action,
                row.person_id,
                row.record_table,
                row.record_id,
                row.fields,
                row.detail,
                row.device,
                row.seq,
                row.hash,
            ]
        )
    writer.writerow([])
    writer.writerow([report.summary()])
    return buffer.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM correctly


def person_names(store: Store, person_ids: set[str]) -> dict[str, str]:
    """Display names of the given people (a deleted person is simply absent)."""
    from desktop.domain.model import Person

    with store.reading() as session:
        query = select(Person.id, Person.family_name, Person.given_names).where(
            Person.id.in_(person_ids)
        )
        return {pid: display_name(family, given) for pid, family, given in session.execute(query)}


def find_person_ids(store: Store, text: str) -> list[str]:
    """Ids of people whose name matches ``text`` (or the id itself), for the person filter."""
    from desktop.domain.model import Person
    from desktop.domain.text import search_key

    cleaned = text.strip()
    if not cleaned:
        return []
    key = search_key(cleaned)
    with store.reading() as session:
        query = select(Person.id).where((Person.id == cleaned) | Person.search_key.contains(key))
        found = list(session.scalars(query))
    return found or [cleaned]  # a deleted person: their id still finds their entries
