"""The team's rules file in the database: every imported version, synced to every laptop.

A version is a whole rules file (TOML text). The newest version is the team's rules, so every
laptop of a team computes the same deadlines; older versions stay for the record.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record


class RulesVersion(Record, Base):
    """One imported version of the team's rules file."""

    __tablename__ = "rules_version"

    version: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
