"""Tables of the agenda: planned talks and the record of their moves and cancellations.

An :class:`Appointment` is the one place a planned talk lives (date, time, place, interpreter,
who attends). The journey facts, the invitation handout and the ROL-visit batch read it; the
older ``planned_at`` columns of the step tables are only a legacy copy (migration 6 turned them
into appointments). Moments are local wall-clock time in Europe/Amsterdam, as the consultant
typed them, without a time zone.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import InterpreterMode, Place
from desktop.domain.model import Base, Record, enum_type


class TalkKind(StrEnum):
    """Which talk of the klantreis; the values of journey steps are their ``StepKey``."""

    KOFFIE_EN_KOEK = "koffie_en_koek"
    BREDE_INTAKE = "brede_intake"
    LEERBAARHEIDSTOETS = "leerbaarheidstoets"
    PIP = "pip"  # the closing intake talk where the PIP is signed
    VOORTGANG = "voortgang"
    PVT = "pvt"
    HANDHAVING = "handhaving"  # not a step with a deadline of its own


class AppointmentStatus(StrEnum):
    """Where a planned talk stands."""

    GEPLAND = "gepland"
    GEHOUDEN = "gehouden"
    GEANNULEERD = "geannuleerd"


class ChangeKind(StrEnum):
    """What happened to an appointment."""

    GEPLAND = "gepland"
    VERPLAATST = "verplaatst"
    GEANNULEERD = "geannuleerd"
    GEHOUDEN = "gehouden"
    GEWIJZIGD = "gewijzigd"  # place, interpreter or attendees, same moment


class Appointment(Record, Base):
    """A planned talk with one inburgeraar."""

    __tablename__ = "appointment"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[TalkKind] = mapped_column(enum_type(TalkKind))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[Place] = mapped_column(enum_type(Place), default=Place.GEMEENTEHUIS)
    place_detail: Mapped[str] = mapped_column(String(200), default="")
    interpreter_language: Mapped[str] = mapped_column(String(20), default="")
    interpreter_mode: Mapped[InterpreterMode] = mapped_column(
        enum_type(InterpreterMode), default=InterpreterMode.GEEN
    )
    coa_casemanager: Mapped[str] = mapped_column(String(120), default="")
    vwn_begeleider: Mapped[str] = mapped_column(String(120), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_type(AppointmentStatus), default=AppointmentStatus.GEPLAND
    )
    #: The iCalendar SEQUENCE: raised on every move and on cancelling, so that Outlook
    #: replaces the event it already has (same UID) instead of adding a second one.
    sequence: Mapped[int] = mapped_column(Integer, default=0)


class AppointmentChange(Record, Base):
    """One line of an appointment's history: planned, moved (from, to), cancelled, held.

    Who and when are the record's ``created_by`` and ``created_at`` (stamped by the store).
    """

    __tablename__ = "appointment_change"

    appointment_id: Mapped[str] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    #: The appointment's person, kept here for the audit trail and the dossier's list. No
    #: foreign key: the line belongs to the person through its appointment (an inzage or a
    #: retention deletion finds it there once, not twice).
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    change: Mapped[ChangeKind] = mapped_column(enum_type(ChangeKind))
    old_starts_at: Mapped[datetime | None] = mapped_column(DateTime)
    new_starts_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
