"""The team's rules file in the database: every imported version, synced to every laptop.

A version is a whole rules file (TOML text). The newest version is the team's rules, so every
laptop of a team computes the same deadlines; older versions stay for the record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.model import Base, Record


class RulesVersion(Record, Base):
    """One imported version of the team's rules file."""

    __tablename__ = "rules_version"

    version: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")


class JourneyCache(Base):
    """One person's evaluated klantreis as the lists need it (derived, local, never synced).

    Valid for the rules with ``rules_key`` on the days ``evaluated_on`` to ``valid_until``;
    ``steps`` is JSON without notes (those are made when a dossier opens). See
    :mod:`desktop.journey.cache`.
    """

    __tablename__ = "journey_cache"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rules_key: Mapped[str] = mapped_column(String(64))
    evaluated_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    route: Mapped[str | None] = mapped_column(String(32))
    current_step: Mapped[str | None] = mapped_column(String(80))
    current_step_label: Mapped[str] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(String(80))
    next_step_label: Mapped[str] = mapped_column(String(200))
    next_due: Mapped[date | None] = mapped_column(Date)
    next_status: Mapped[str | None] = mapped_column(String(32))
    overdue: Mapped[bool] = mapped_column(Boolean)
    ended: Mapped[bool] = mapped_column(Boolean)
    violation_count: Mapped[int] = mapped_column(Integer)
    violation_codes: Mapped[str] = mapped_column(Text)
    steps: Mapped[str] = mapped_column(Text)


class JourneyDirty(Base):
    """A person whose journey a write touched; filled by triggers (migration 11)."""

    __tablename__ = "journey_dirty"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)


# The report's own rows (migration 13): the klantreis at month ends beside the facts the
# indicators read; kept here, with the journey cache, because the schema imports no report code.


class ReportKept(Base):
    """One inburgeraar as the report counts them: the facts the indicators read and the
    klantreis at every month end (JSON in ``data``), made with the rules of ``rules_key`` on
    ``made_on``."""

    __tablename__ = "report_person"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rules_key: Mapped[str] = mapped_column(String(64))
    made_on: Mapped[date] = mapped_column(Date)
    data: Mapped[str] = mapped_column(Text)


class ReportDirty(Base):
    """A person a write touched since their row was made; filled by triggers (migration 13)."""

    __tablename__ = "report_dirty"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
