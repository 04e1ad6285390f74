"""Content-free tombstones of records deleted for retention (the AVG's storage limit).

A tombstone says only that a record of some table was removed, when and why; it syncs like
every record, and on each laptop the sync engine then removes the record *and every value it
ever held* from its register (see :mod:`desktop.sync.purge`).
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record


class Tombstone(Record, Base):
    """A record deleted for good: its table and id, nothing else."""

    __tablename__ = "tombstone"

    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(String(40), default="bewaartermijn")
