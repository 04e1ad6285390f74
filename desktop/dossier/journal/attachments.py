"""Attachments: scanned documents (the signed PIP, a COA handover form) kept in the dossier.

A document is stored inside the encrypted database, never as a loose file: its description
as an :class:`~desktop.dossier.journal.models.Attachment` record (synced, audited) and its
bytes once per SHA-256 in :class:`~desktop.dossier.journal.models.AttachmentContent`. Its
type is recognised by its content (the first bytes), not by its name. Viewing happens inside
the app from memory; a copy leaves the app only when the consultant saves one on purpose, and
that is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.audit.trail import Action, record
from desktop.domain.model import PersonId
from desktop.dossier.journal.models import Attachment, AttachmentContent, AttachmentKind
from desktop.messages import N_, Problem
from desktop.store import Store
from desktop.store.atomic import write_atomic
from desktop.store.content import MAX_SIZE, drop_orphans, sha256_of

#: The largest attachment: a multi-page scan at 200-300 dpi fits; a photo series does not.
MAX_TITLE = 200

#: The first bytes of each accepted file type.
SIGNATURES: tuple[tuple[bytes, AttachmentKind], ...] = (
    (b"%PDF-", AttachmentKind.PDF),
    (b"\xff\xd8\xff", AttachmentKind.JPEG),
    (b"\x89PNG\r\n\x1a\n", AttachmentKind.PNG),
)
#: The file name extension of a saved copy.
EXTENSIONS = {AttachmentKind.PDF: ".pdf", AttachmentKind.JPEG: ".jpg", AttachmentKind.PNG: ".png"}


class AttachmentProblem(Problem):
    """Base of the expected failures of an attachment."""

    text = N_("Deze bijlage kan niet worden toegevoegd.")


class TooLarge(AttachmentProblem):
    text = N_(
        "Dit bestand is {size} groot; een bijlage mag hoogstens {limit} zijn. Scan het "
        "document opnieuw met een lagere resolutie (200 dpi) of in grijstinten."
    )


class WrongType(AttachmentProblem):
    text = N_(
        "Dit bestand is geen PDF, JPEG of PNG (Wegwijzer kijkt naar de inhoud, niet naar de "
        "naam). Sla de scan op als PDF, JPEG of PNG en voeg die toe."
    )


class EmptyFile(AttachmentProblem):
    text = N_("Dit bestand is leeg.")


class UnreadableFile(AttachmentProblem):
    text = N_("Het bestand kan niet worden gelezen. Staat het nog op die plek?")


class NoTitle(AttachmentProblem):
    text = N_("Geef de bijlage een titel, bijvoorbeeld ‘Ondertekend PIP’.")


class ContentMissing(AttachmentProblem):
    text = N_("Dit document wordt nog opgehaald van de teammap. Synchroniseer en probeer het zo.")


def megabytes(size: int) -> str:
    """A size as people read it: 10 MB, 2,4 MB, 830 kB."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".").replace(".", ",") + " MB"
    return f"{max(1, round(size / 1024))} kB"


def detect_kind(data: bytes) -> AttachmentKind | None:
    """The file type by its first bytes, or None when it is none of the accepted ones."""
    return next((kind for magic, kind in SIGNATURES if data.startswith(magic)), None)


def check_content(data: bytes) -> AttachmentKind:
    """The type of an upload; raises TooLarge, EmptyFile or WrongType."""
    if len(data) > MAX_SIZE:
        raise TooLarge(size=megabytes(len(data)), limit=megabytes(MAX_SIZE))
    if not data:
        raise EmptyFile()
    kind = detect_kind(data)
    if kind is None:
        raise WrongType()
    return kind


def read_upload(path: Path) -> bytes:
    """The bytes of a chosen file, never more than the limit plus one byte read."""
    try:
        size = path.stat().st_size
        if size > MAX_SIZE:
            raise TooLarge(size=megabytes(size), limit=megabytes(MAX_SIZE))
        with path.open("rb") as handle:
            data = handle.read(MAX_SIZE + 1)
    except OSError as error:
        raise UnreadableFile() from error
    if len(data) > MAX_SIZE:  # grew while we looked
        raise TooLarge(size=megabytes(len(data)), limit=megabytes(MAX_SIZE))
    return data


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as the dossier lists it; ``available`` is False while its bytes are
    still to be fetched from the team folder."""

    record_id: str
    title: str
    kind: AttachmentKind
    file_name: str
    size: int
    sha256: str
    added_on: date
    added_by: str
    available: bool


def add_attachment(
    store: Store, person_id: PersonId, *, data: bytes, title: str, file_name: str, today: date
) -> str:
    """Add a document to the person's dossier; returns the attachment's id."""
    kind = check_content(data)
    title = " ".join(title.split())
    if not title:
        raise NoTitle()
    digest = sha256_of(data)
    with store.transaction() as session:
        if session.get(AttachmentContent, digest) is None:
            session.add(AttachmentContent(sha256=digest, size=len(data), data=data))
        attachment = Attachment(
            person_id=person_id,
            title=title[:MAX_TITLE],
            kind=kind,
            file_name=Path(file_name).name[:255],
            size=len(data),
            sha256=digest,
            added_on=today,
        )
        session.add(attachment)
        session.flush()
        return attachment.id


def load_attachments(session: Session, person_id: PersonId) -> list[AttachmentRow]:
    """The person's attachments, newest first."""
    present = select(AttachmentContent.sha256).where(AttachmentContent.sha256 == Attachment.sha256)
    query = select(Attachment, present.exists()).where(Attachment.person_id == person_id)
    rows = [
        AttachmentRow(a.id, a.title, a.kind, a.file_name, a.size, a.sha256, a.added_on,
                      a.created_by, bool(available))
        for a, available in session.execute(query)
    ]  # fmt: skip
    rows.sort(key=lambda r: (r.added_on, r.title), reverse=True)
    return rows


def _attachment(session: Session, person_id: PersonId, record_id: str) -> Attachment:
    attachment = session.get(Attachment, record_id)
    if attachment is None or attachment.person_id != person_id:
        raise LookupError(f"attachment {record_id} hoort niet bij deze persoon")
    return attachment


def content_of(store: Store, person_id: PersonId, record_id: str) -> bytes:
    """The bytes of an attachment, checked against its SHA-256; ContentMissing while they are
    still to be fetched."""
    with store.reading() as session:
        attachment = _attachment(session, person_id, record_id)
        content = session.get(AttachmentContent, attachment.sha256)
        if content is None:
            raise ContentMissing()
        data = bytes(content.data)
    if sha256_of(data) != attachment.sha256:
        raise ContentMissing()
    return data


def copy_name(row: AttachmentRow) -> str:
    """A suggested name for a saved copy: the original name, or the title with its extension."""
    extension = EXTENSIONS[row.kind]
    name = row.file_name or row.title
    return name if name.lower().endswith(extension) else f"{name}{extension}"


def save_copy(store: Store, person_id: PersonId, record_id: str, target: Path) -> None:
    """Write a copy of the document where the consultant chose; recorded in the audit trail
    (without the file name or folder, which may hold personal data)."""
    data = content_of(store, person_id, record_id)
    write_atomic(target, data)
    record(store, Action.SAVE_DOCUMENT, person_id=person_id, record_table="attachment",
           record_id=record_id, detail="kopie van bijlage")  # fmt: skip


def remove_attachment(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete an attachment; its bytes go too when no other attachment holds them."""
    with store.transaction() as session:
        session.delete(_attachment(session, person_id, record_id))
        session.flush()
        drop_orphans(session.connection())
