"""Tables of the contact journal and of the attachments (scanned documents).

Notes and attachment descriptions are records: they sync and are audited like every step of the
dossier. The bytes of an attachment live apart, in :class:`AttachmentContent`, keyed by their
SHA-256: not a record, so that a document does not travel in every sync batch (the share holds
each document once as its own encrypted file, see :mod:`desktop.sync.blobs`).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record, enum_type


class NoteCategory(StrEnum):
    """What kind of contact a journal note records."""

    TELEFOON = "telefoon"
    EMAIL = "e-mail"
    BEZOEK = "bezoek"
    SIGNAAL = "signaal"
    OVERIG = "overig"


class NoteSource(StrEnum):
    """Who the contact was with, or where the signal came from."""

    VWN = "vwn"
    TAALCOACH = "taalcoach"
    SCHOOL = "school"
    COA = "coa"
    INBURGERAAR = "inburgeraar"
    OVERIG = "overig"


class AttachmentKind(StrEnum):
    """The file types an attachment may have, recognised by their content."""

    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"


class ContactNote(Record, Base):
    """A dated note in the contact journal: a call, an e-mail, a visit or a signal."""

    __tablename__ = "contact_note"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    category: Mapped[NoteCategory] = mapped_column(enum_type(NoteCategory))
    source: Mapped[NoteSource] = mapped_column(enum_type(NoteSource))
    text: Mapped[str] = mapped_column(Text, default="")
    #: Special-category data: hidden until shown on purpose, never on a handout.
    health: Mapped[bool] = mapped_column(Boolean, default=False)


class Attachment(Record, Base):
    """A scanned document added to a dossier (its description; the bytes are apart)."""

    __tablename__ = "attachment"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AttachmentKind] = mapped_column(enum_type(AttachmentKind))
    #: The name the file had; may hold personal data: shown inside the app only.
    file_name: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_on: Mapped[date] = mapped_column(Date)


class AttachmentContent(Base):
    """The bytes of attachments, once per content (two dossiers may hold the same scan).

    Not a record: it never travels in sync batches; a content row without any attachment
    pointing at it is deleted (:func:`desktop.dossier.journal.attachments.drop_orphans`).
    """

    __tablename__ = "attachment_content"
    __table_args__ = ({"info": {"sync": False}},)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
