"""Inzage (AVG article 15): everything held about a person, as JSON and as a PDF for them.

One call gathers the person's records (:mod:`desktop.privacy.holdings`, health notes
included: the person has the right to see them), their assigned consultant, and who did what
with their dossier according to the audit trail. Both files are made in memory; the caller
saves them where the user chooses. The inzage itself is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action, record
from desktop.documents import Paragraph, render_plain
from desktop.domain.model import Consultant, Trajectory, utcnow
from desktop.dossier.journal.attachments import EXTENSIONS
from desktop.dossier.journal.models import AttachmentContent, AttachmentKind
from desktop.privacy.holdings import holdings
from desktop.privacy.register import register_history, register_rows

if TYPE_CHECKING:
    from desktop.store import Store

#: Columns that are machinery, not information about the person (kept in the JSON).
_MACHINERY = frozenset(
    {
        "id",
        "person_id",
        "search_key",
        "intake_id",
        "pip_id",
        "household_id",
        "consultant_id",
        "created_by",
        "changed_by",
        "sha256",
    }
)

#: Dutch headings for the PDF, per table.
TITLES = {
    "person": "Uw persoonsgegevens",
    "residence": "Waar u woonde en woont",
    "trajectory": "Uw inburgering",
    "koffie_en_koek": "Kennismakingsgesprek (Koffie en Koek)",
    "brede_intake": "Brede intake",
    "intake_domain": "Brede intake: per leefgebied",
    "leerbaarheidstoets": "Leerbaarheidstoets",
    "starterz": "StarterZ-klas",
    "pip": "Persoonlijk Plan Inburgering en Participatie (PIP)",
    "pip_agreement": "Afspraken in het PIP",
    "progress_talk": "Voortgangsgesprekken",
    "pvt": "Participatieverklaringstraject",
    "map_module": "Module Arbeidsmarkt en Participatie",
    "ontzorgen": "Ontzorgen",
    "participation_activity": "Participatie-activiteiten",
    "handhaving": "Handhaving",
    "contact_note": "Contactjournaal (telefoon, e-mail, bezoek, signalen)",
    "attachment": "Bijlagen (gescande documenten, als aparte bestanden bijgevoegd)",
    "dossier_draft": "Nog niet opgeslagen invoer",
    "household": "Uw huishouden",
}


@dataclass(frozen=True)
class Inzage:
    """The files of an inzage, in memory: JSON, PDF and each attached document.

    ``attachments`` are (file name suffix, bytes); the JSON names each one under ``bestand``.
    """

    json: bytes
    pdf: bytes
    records: int
    attachments: tuple[tuple[str, bytes], ...] = ()


def _attachment_files(store: Store, data: dict[str, Any]) -> list[tuple[str, bytes]]:
    """The attached documents, each named by its place and type only (no personal data)."""
    files = []
    with store.reading() as session:
        for number, row in enumerate(data["records"].get("attachment", []), start=1):
            content = session.get(AttachmentContent, row["sha256"])
            extension = EXTENSIONS.get(AttachmentKind(row["kind"]), "")
            name = f"bijlage-{number:02d}{extension}"
            if content is None:  # still to be fetched from the team folder
                row["bestand"] = "nog niet op deze laptop; vraag de inzage later opnieuw aan"
                continue
            row["bestand"] = name
            files.append((name, bytes(content.data)))
    return files


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def collect(store: Store, person_id: str) -> dict[str, Any]:
    """Everything held about the person, as one JSON-ready object."""
    with store.reading() as session:
        connection = session.connection()
        records: dict[str, list[dict[str, Any]]] = {}
        for table, row in holdings(connection, person_id):
            records.setdefault(table.name, []).append({k: _plain(v) for k, v in row.items()})
        if not records:
            raise LookupError("no such person")
        household_id = records["person"][0].get("household_id")
        if household_id:  # the household's label (often the family name) is about them too
            found = connection.exec_driver_sql(
                "SELECT * FROM household WHERE id = ?", (household_id,)
            ).mappings()
            records["household"] = [{k: _plain(v) for k, v in row.items()} for row in found]
        current = {(t, str(r["id"])) for t, rows in records.items() for r in rows if "id" in r}
        held = register_rows(connection, person_id, current)
        # Earlier values and records deleted before, as the sync register still holds them.
        register = register_history(connection, held)
        consultant = session.scalar(
            select(Consultant.name)
            .join(Trajectory, Trajectory.consultant_id == Consultant.id)
            .where(Trajectory.person_id == person_id)
        )
        trail = [
            {
                "moment": e.at,
                "gebruiker": e.actor,
                "actie": e.action,
                "onderdeel": e.record_table,
                "velden": e.fields,
            }
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.person_id == person_id).order_by(AuditEntry.at)
            )
        ]
    return {
        "format": "wegwijzer-inzage",
        "version": 1,
        "made_at": utcnow().isoformat(),
        "made_by": store.user,
        "person_id": person_id,
        "consultant": consultant or "",
        "records": records,
        "register": register,
        "audit": trail,
    }


def _label(column: str) -> str:
    return column.replace("_", " ").capitalize()


def render_pdf(data: dict[str, Any], *, today: date) -> bytes:
    """The inzage as a readable PDF for the person (Dutch), on the handouts' page."""
    paragraphs = [
        Paragraph(
            f"Gemaakt op {today.strftime('%d-%m-%Y')}. U vroeg de gemeente welke "
            "gegevens zij over u bewaart (AVG, artikel 15). Hieronder staat alles wat in "
            "Wegwijzer over u is vastgelegd, en wie uw dossier heeft bekeken of "
            "gewijzigd."
        )
    ]
    if data["consultant"]:
        paragraphs.append(Paragraph(f"Uw consulent: {data['consultant']}"))
    for table, rows in data["records"].items():
        paragraphs.append(Paragraph(TITLES.get(table, _label(table)), heading=True))
        for row in rows:
            paragraphs += [
                Paragraph(f"{_label(column)}: {value}", indent=True)
                for column, value in row.items()
                if column not in _MACHINERY and value not in (None, "", "{}")
            ]
    earlier = [v for v in data.get("register", ()) if v["veld"] != "hele record"]
    deleted = {(v["onderdeel"], v["id"]) for v in data.get("register", ())} - {
        (table, str(row.get("id"))) for table, rows in data["records"].items() for row in rows
    }
    if earlier or deleted:
        paragraphs.append(Paragraph("Eerdere waarden en eerder verwijderde gegevens", heading=True))
        paragraphs.append(
            Paragraph(
                "Wegwijzer bewaart voor de samenwerking tussen laptops ook eerdere waarden en "
                f"eerder verwijderde gegevens: {len(earlier)} eerdere waarde(n) en "
                f"{len(deleted)} verwijderd(e) onderdeel/onderdelen. Ze staan volledig in het "
                "JSON-bestand, onder 'register'.",
                indent=True,
            )
        )
    paragraphs.append(Paragraph("Wie uw dossier heeft gebruikt", heading=True))
    paragraphs += [
        Paragraph(
            f"{entry['moment']}  {entry['gebruiker']}: {entry['actie']} {entry['onderdeel']}",
            indent=True,
        )
        for entry in data["audit"]
    ]
    return render_plain("Inzage in uw gegevens", paragraphs, today=today)


def make_inzage(store: Store, person_id: str, *, today: date) -> Inzage:
    """Both files of an inzage for the person; the inzage is recorded in the audit trail.

    It holds the health data too, so a teamleider is refused (audited)."""
    from desktop.access.roles import Permission, require

    require(store, Permission.HEALTH)
    data = collect(store, person_id)
    files = _attachment_files(store, data)
    record(store, Action.INZAGE, person_id=person_id, record_table="person", record_id=person_id)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    count = sum(len(rows) for rows in data["records"].values())
    return Inzage(text.encode("utf-8"), render_pdf(data, today=today), count, tuple(files))


def file_stem(person_id: str, today: date) -> str:
    """A file name without anything personal: the date and the start of the record id."""
    return f"inzage-{today.isoformat()}-{person_id[:8]}"
