"""The sync engine's own tables, on the same declarative Base as the dossier.

* ``sync_version``: the field versions that are still *heads* (not superseded by a version
  that knew them). One head per field is the normal case; two or more with different values
  is a conflict. Field ``*`` is a whole-row creation, ``_deleted`` the row's existence.
* ``sync_row``: per record, the state last written into the dossier table (the baseline that
  local edits are found against) and whether the record is shown there.
* ``sync_change``: the rows written since the last capture (kept by triggers, see
  :mod:`desktop.sync.change_log`), so that finding local changes costs what changed.
* ``sync_conflict``: the open conflicts, kept in step with the heads.
* ``sync_file``: the share files already applied, or skipped and why.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base


class SyncVersion(Base):
    """One head version of one field of one record, with its dot, clock stamp and context."""

    __tablename__ = "sync_version"
    __table_args__ = (Index("ix_sync_version_device_counter", "device", "counter"),)

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    device: Mapped[str] = mapped_column(String(16), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[str] = mapped_column(String(40))
    at: Mapped[str] = mapped_column(String(32), default="")
    by: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[str] = mapped_column(Text)  # JSON
    ctx: Mapped[str] = mapped_column(Text)  # JSON object: device -> highest counter known


class SyncRow(Base):
    """The baseline of one record: its state as last written into the dossier table."""

    __tablename__ = "sync_row"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(Text)  # JSON object of raw column values
    shown: Mapped[bool] = mapped_column(Boolean)


class SyncChange(Base):
    """A record written (inserted, updated or deleted) since the last capture."""

    __tablename__ = "sync_change"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class SyncQuiet(Base):
    """A table the sync engine is inserting rows into that it baselines itself (no change)."""

    __tablename__ = "sync_quiet"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)


class SyncConflict(Base):
    """An open conflict on a field (``kind``: value, deleted, duplicate or orphan)."""

    __tablename__ = "sync_conflict"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))


class SyncFile(Base):
    """A share file this device has read: applied, or skipped with the reason."""

    __tablename__ = "sync_file"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
