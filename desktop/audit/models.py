"""The audit trail: one row per thing done with personal data, chained per laptop.

Each laptop (sync device) keeps its own chain: entry ``seq`` n carries the hash of entry n-1
of the same device, and its own hash over all its fields. Chains of several laptops never
interleave, so entries from other laptops arrive through sync without breaking anything; a
removed or altered entry breaks its chain. Entries name records and fields, never values.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record


class AuditEntry(Record, Base):
    """Who did what, when, to which record (and which fields); no content."""

    __tablename__ = "audit_entry"
    # Synced, but not counted as a user's pending change (desktop/sync/capture.py).
    __table_args__ = (UniqueConstraint("device", "seq"), {"info": {"counted": False}})

    device: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, seconds
    actor: Mapped[str] = mapped_column(String(80), index=True)  # the user name
    action: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    record_table: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[str] = mapped_column(String(36), default="")
    fields: Mapped[str] = mapped_column(Text, default="")  # comma-separated column names
    detail: Mapped[str] = mapped_column(Text, default="")  # content-free (a kind, a count)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
