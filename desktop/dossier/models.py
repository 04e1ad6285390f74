"""Tables of the dossier screens: drafts of forms that are being typed.

Drafts live in the encrypted database, never in plain temporary files: a stolen laptop must
reveal nothing, and a crash or a forced shutdown must lose nothing that was typed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, new_id, utcnow


class Draft(Base):
    """The unsaved content of one form of one person (a JSON object of field values).

    One draft per person and form; saving the form deletes it. Drafts are local work in
    progress, so they carry no sync metadata.
    """

    __tablename__ = "dossier_draft"
    # Local work in progress: never synced to other laptops (see desktop/sync/tables.py).
    __table_args__ = (UniqueConstraint("person_id", "form"), {"info": {"sync": False}})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    form: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text, default="{}")
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(80), default="")
