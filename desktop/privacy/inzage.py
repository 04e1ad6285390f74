"""Inzage (AVG article 15): everything held about a person, as JSON and as a PDF for them.

One call gathers the person's records (:mod:`desktop.privacy.holdings`, health notes
included: the person has the right to see them), their assigned consultant, and who did what
with their dossier according to the audit trail. Both files are made in memory; the caller
saves them where the user chooses. The inzage itself is audited.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action, record
from desktop.documents.archive import to_pdfa
from desktop.documents.errors import MissingGlyph
from desktop.documents.fonts import Script, font_set
from desktop.documents.render import _render_lock
from desktop.documents.text import Style, Typesetter
from desktop.domain.model import Consultant, Trajectory, utcnow
from desktop.privacy.holdings import holdings

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
    "dossier_draft": "Nog niet opgeslagen invoer",
}


@dataclass(frozen=True)
class Inzage:
    """The two files of an inzage, in memory."""

    json: bytes
    pdf: bytes
    records: int


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
        "audit": trail,
    }


class _Pages:
    """A plain A4 document drawn line by line with the handout fonts (all scripts)."""

    def __init__(self, typesetter: Typesetter) -> None:
        self.buffer = io.BytesIO()
        self.canvas = Canvas(
            self.buffer,
            pagesize=A4,
            invariant=True,
            initialFontName=typesetter.fonts.face(Script.LATIN).name,  # no unused Helvetica
        )
        self.canvas.setTitle("Inzage")  # no name in the document's metadata either
        self.typesetter = typesetter
        self.margin, self.width = 20 * mm, A4[0] - 40 * mm
        self.top = A4[1] - 20 * mm

    def text(self, text: str, size: float = 10, bold: bool = False, indent: float = 0) -> None:
        style = Style(size, bold)
        lines: list[str] = []
        for part in text.splitlines() or [""]:
            try:
                lines += self.typesetter.wrap(part, style, self.width - indent)
            except MissingGlyph:  # a script without a bundled font: shown as question marks
                part = "".join(ch if ord(ch) < 0x2000 else "?" for ch in part)
                lines += self.typesetter.wrap(part, style, self.width - indent)
        for line in lines:
            if self.top - style.leading < 20 * mm:
                self.canvas.showPage()
                self.top = A4[1] - 20 * mm
            rtl = any("\u0590" <= ch <= "\u08ff" for ch in line)
            if line:
                self.typesetter.draw_line(
                    self.canvas,
                    line,
                    style,
                    x=self.margin + indent,
                    y=self.top - size,
                    width=self.width - indent,
                    rtl=rtl,
                )
            self.top -= style.leading

    def gap(self, points: float = 6) -> None:
        self.top -= points

    def finish(self) -> bytes:
        self.canvas.save()
        return to_pdfa(self.buffer.getvalue(), title="Inzage", language="nl")  # no name


def _label(column: str) -> str:
    return column.replace("_", " ").capitalize()


def render_pdf(data: dict[str, Any], *, today: date) -> bytes:
    """The inzage as a readable PDF for the person (Dutch)."""
    with _render_lock:
        pages = _Pages(Typesetter(font_set()))
        pages.text("Inzage in uw gegevens", 18, bold=True)
        pages.text(
            f"Gemaakt op {today.strftime('%d-%m-%Y')}. U vroeg de gemeente welke "
            "gegevens zij over u bewaart (AVG, artikel 15). Hieronder staat alles wat in "
            "Wegwijzer over u is vastgelegd, en wie uw dossier heeft bekeken of "
            "gewijzigd."
        )
        if data["consultant"]:
            pages.text(f"Uw consulent: {data['consultant']}")
        for table, rows in data["records"].items():
            pages.gap(8)
            pages.text(TITLES.get(table, _label(table)), 13, bold=True)
            for row in rows:
                for column, value in row.items():
                    if column in _MACHINERY or value in (None, "", "{}"):
                        continue
                    pages.text(f"{_label(column)}: {value}", indent=4 * mm)
                pages.gap(4)
        pages.gap(8)
        pages.text("Wie uw dossier heeft gebruikt", 13, bold=True)
        for entry in data["audit"]:
            pages.text(
                f"{entry['moment']}  {entry['gebruiker']}: {entry['actie']} {entry['onderdeel']}",
                indent=4 * mm,
            )
        return pages.finish()


def make_inzage(store: Store, person_id: str, *, today: date) -> Inzage:
    """Both files of an inzage for the person; the inzage is recorded in the audit trail."""
    data = collect(store, person_id)
    record(store, Action.INZAGE, person_id=person_id, record_table="person", record_id=person_id)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    count = sum(len(rows) for rows in data["records"].values())
    return Inzage(text.encode("utf-8"), render_pdf(data, today=today), count)


def file_stem(person_id: str, today: date) -> str:
    """A file name without anything personal: the date and the start of the record id."""
    return f"inzage-{today.isoformat()}-{person_id[:8]}"
