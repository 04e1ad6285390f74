"""SQLAlchemy models of the dossier.

Every record has a stable UUID (text) and created/changed metadata so that the sync engine can
merge changes from several laptops. Dates are calendar dates; moments are UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

from desktop.domain.enums import (
    ActivityKind,
    BesluitKind,
    Category,
    Decision,
    EndKind,
    EnforcementKind,
    ExamOutcome,
    ExamPart,
    FamilyReunification,
    HouseholdRole,
    IncomeKind,
    IntakeVariant,
    InterpreterMode,
    LegalGround,
    LifeDomain,
    LinkedVia,
    PipChange,
    Place,
    Progress,
    Recipient,
    ResidenceKind,
    Route,
    Schooling,
    TestOutcome,
)
from desktop.domain.ids import new_id as new_id  # the models' ids; re-exported
from desktop.domain.ids import utcnow as utcnow
from desktop.domain.text import display_name, person_search_key

#: A person's record id, in the public signatures of the dossier operations and the caseload
#: (a plain ``str`` from the ORM or a Qt signal becomes one at that boundary).
PersonId = NewType("PersonId", str)


def enum_type(enum: type[StrEnum]) -> SqlEnum:
    """Store a StrEnum by its value (not its Python name), as a plain string column."""
    return SqlEnum(
        enum,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
    )


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (migrations refer to them)."""

    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every record carries: a UUID and who created and changed it, when."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str] = mapped_column(String(80), default="")


def _person_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class Setting(Base):
    """A key/value setting stored in the database (its id, municipality, preferences)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Consultant(Record, Base):
    """A consultant inburgering of the team; people are assigned to one."""

    __tablename__ = "consultant"

    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Household(Record, Base):
    """People who share a home and a benefit; each adult has their own journey."""

    __tablename__ = "household"

    label: Mapped[str] = mapped_column(String(120), default="")
    members: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Record, Base):
    """Anyone in a dossier: an inburgeraar, a partner, a child, a family member abroad."""

    __tablename__ = "person"

    given_names: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    name_original: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)  # duplicate check
    sex: Mapped[str] = mapped_column(String(1), default="")  # "m", "v", "x" or unknown ""
    bsn: Mapped[str | None] = mapped_column(String(9), unique=True)
    v_nummer: Mapped[str | None] = mapped_column(String(10), unique=True)
    category: Mapped[Category] = mapped_column(
        enum_type(Category), default=Category.ASIELSTATUSHOUDER
    )
    country_of_origin: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    languages: Mapped[str] = mapped_column(String(120), default="")  # comma-separated BCP 47
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    household_id: Mapped[str | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    household_role: Mapped[HouseholdRole] = mapped_column(
        enum_type(HouseholdRole), default=HouseholdRole.AANVRAGER
    )
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    family_reunification: Mapped[FamilyReunification | None] = mapped_column(
        enum_type(FamilyReunification)
    )
    schooling: Mapped[Schooling | None] = mapped_column(enum_type(Schooling))
    school_name: Mapped[str] = mapped_column(String(120), default="")

    household: Mapped[Household | None] = relationship(back_populates="members")
    trajectory: Mapped[Trajectory | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )
    residences: Mapped[list[Residence]] = relationship(
        cascade="all, delete-orphan", order_by="Residence.start_date"
    )

    @property
    def display_name(self) -> str:
        """Family name, given names: how the caseload lists people."""
        return display_name(self.family_name, self.given_names)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_search_key(_mapper: Mapper[Person], _connection: Connection, person: Person) -> None:
    """Keep the folded search text in step with the names, whoever changes them."""
    person.search_key = person_search_key(
        person.given_names, person.family_name, person.name_original
    )


class Residence(Record, Base):
    """Where a person lived from a date: ROL, AZC, HAR home, regular home, ..."""

    __tablename__ = "residence"

    person_id: Mapped[str] = _person_fk()
    kind: Mapped[ResidenceKind] = mapped_column(enum_type(ResidenceKind))
    location: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Trajectory(Record, Base):
    """One person's inburgering: koppeling, assigned consultant and how it ended."""

    __tablename__ = "trajectory"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    consultant_id: Mapped[str | None] = mapped_column(
        ForeignKey("consultant.id", ondelete="SET NULL"), index=True
    )
    koppeling_date: Mapped[date | None] = mapped_column(Date)
    voorinburgering_start: Mapped[date | None] = mapped_column(Date)
    voorinburgering_end: Mapped[date | None] = mapped_column(Date)
    vwn_start: Mapped[date | None] = mapped_column(Date)
    end_kind: Mapped[EndKind | None] = mapped_column(enum_type(EndKind))
    end_date: Mapped[date | None] = mapped_column(Date)
    end_note: Mapped[str] = mapped_column(Text, default="")
    new_municipality: Mapped[str] = mapped_column(String(120), default="")
    # Added in schema 5, so after the record columns (SQLite adds columns at the end).
    melding_date: Mapped[date | None] = mapped_column(Date, sort_order=10)  # gezinsmigrant
    vwn_begeleider: Mapped[str] = mapped_column(String(120), default="", sort_order=11)
    # Added in schema 10: where the COA linked the person from (the rules file's path) and
    # when the municipality registered the route with DUO.
    linked_via: Mapped[LinkedVia | None] = mapped_column(enum_type(LinkedVia), sort_order=12)
    duo_registered_on: Mapped[date | None] = mapped_column(Date, sort_order=13)

    person: Mapped[Person] = relationship(back_populates="trajectory")
    consultant: Mapped[Consultant | None] = relationship()


class KoffieEnKoek(Record, Base):
    """The first talk at the ROL, with the COA casemanager."""

    __tablename__ = "koffie_en_koek"

    person_id: Mapped[str] = _person_fk()
    planned_at: Mapped[datetime | None] = mapped_column(DateTime)
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[Place] = mapped_column(enum_type(Place), default=Place.ROL)
    place_detail: Mapped[str] = mapped_column(String(200), default="")
    coa_casemanager: Mapped[str] = mapped_column(String(120), default="")
    interpreter_language: Mapped[str] = mapped_column(String(20), default="")
    interpreter_mode: Mapped[InterpreterMode] = mapped_column(
        enum_type(InterpreterMode), default=InterpreterMode.GEEN
    )
    topic_acquaintance: Mapped[str] = mapped_column(Text, default="")
    topic_voorinburgering: Mapped[str] = mapped_column(Text, default="")
    topic_housing_family: Mapped[str] = mapped_column(Text, default="")
    topic_questions: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    klantreis_handed_over: Mapped[bool] = mapped_column(Boolean, default=False)
    klantreis_language: Mapped[str] = mapped_column(String(20), default="")


class BredeIntake(Record, Base):
    """The broad intake over the life domains; may take several talks."""

    __tablename__ = "brede_intake"

    person_id: Mapped[str] = _person_fk()
    variant: Mapped[IntakeVariant] = mapped_column(
        enum_type(IntakeVariant), default=IntakeVariant.STANDAARD
    )
    planned_at: Mapped[datetime | None] = mapped_column(DateTime)
    started_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    voorinburgering_participation: Mapped[str] = mapped_column(Text, default="")
    domains: Mapped[list[IntakeDomain]] = relationship(
        cascade="all, delete-orphan", order_by="IntakeDomain.domain"
    )


class IntakeDomain(Record, Base):
    """What the intake found for one life domain: an assessment, structured fields, notes."""

    __tablename__ = "intake_domain"
    __table_args__ = (UniqueConstraint("intake_id", "domain"),)

    intake_id: Mapped[str] = mapped_column(
        ForeignKey("brede_intake.id", ondelete="CASCADE"), index=True
    )
    domain: Mapped[LifeDomain] = mapped_column(enum_type(LifeDomain))
    assessment: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON object of structured fields
    notes: Mapped[str] = mapped_column(Text, default="")


class Leerbaarheidstoets(Record, Base):
    """The national learnability test: date and outcome."""

    __tablename__ = "leerbaarheidstoets"

    person_id: Mapped[str] = _person_fk()
    taken_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[TestOutcome] = mapped_column(enum_type(TestOutcome))
    score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class StarterZ(Record, Base):
    """The StarterZ-klas for people in doubt between Z-route and B1, ending in an advice."""

    __tablename__ = "starterz"

    person_id: Mapped[str] = _person_fk()
    started_on: Mapped[date] = mapped_column(Date)
    advice_on: Mapped[date | None] = mapped_column(Date)
    advice: Mapped[Route | None] = mapped_column(enum_type(Route))
    notes: Mapped[str] = mapped_column(Text, default="")


class Pip(Record, Base):
    """One version of the Persoonlijk Plan Inburgering en Participatie."""

    __tablename__ = "pip"
    __table_args__ = (UniqueConstraint("person_id", "version"),)

    person_id: Mapped[str] = _person_fk()
    version: Mapped[int] = mapped_column(Integer)
    route: Mapped[Route] = mapped_column(enum_type(Route))
    deviation_reason: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[PipChange] = mapped_column(enum_type(PipChange), default=PipChange.INITIEEL)
    change_reason: Mapped[str] = mapped_column(Text, default="")
    drafted_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    beschikking_on: Mapped[date | None] = mapped_column(Date)
    language_provider: Mapped[str] = mapped_column(String(120), default="")
    route_registered_on: Mapped[date | None] = mapped_column(Date)
    route_started_on: Mapped[date | None] = mapped_column(Date)
    support: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[list[PipAgreement]] = relationship(
        cascade="all, delete-orphan", order_by="PipAgreement.domain"
    )


class PipAgreement(Record, Base):
    """An agreement in a PIP for one life domain."""

    __tablename__ = "pip_agreement"

    pip_id: Mapped[str] = mapped_column(ForeignKey("pip.id", ondelete="CASCADE"), index=True)
    domain: Mapped[LifeDomain] = mapped_column(enum_type(LifeDomain))
    text: Mapped[str] = mapped_column(Text, default="")


class ProgressTalk(Record, Base):
    """A progress talk (voortgangsgesprek); formal ones count for the first-year minimum."""

    __tablename__ = "progress_talk"

    person_id: Mapped[str] = _person_fk()
    planned_at: Mapped[datetime | None] = mapped_column(DateTime)
    held_on: Mapped[date | None] = mapped_column(Date)
    formal: Mapped[bool] = mapped_column(Boolean, default=True)
    progress: Mapped[Progress | None] = mapped_column(enum_type(Progress))
    summary: Mapped[str] = mapped_column(Text, default="")


class Pvt(Record, Base):
    """The participatieverklaringstraject, ending in signing the declaration."""

    __tablename__ = "pvt"

    person_id: Mapped[str] = _person_fk()
    started_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    certificate_on: Mapped[date | None] = mapped_column(Date)


class Map(Record, Base):
    """The Module Arbeidsmarkt en Participatie (not for the Onderwijsroute)."""

    __tablename__ = "map_module"

    person_id: Mapped[str] = _person_fk()
    started_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(String(120), default="")


class Ontzorgen(Record, Base):
    """A period in which the municipality pays rent, energy and insurance from the benefit."""

    __tablename__ = "ontzorgen"

    person_id: Mapped[str] = _person_fk()
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")


class ParticipationActivity(Record, Base):
    """A participation activity with hours per week (counts towards the Z-route hours)."""

    __tablename__ = "participation_activity"

    person_id: Mapped[str] = _person_fk()
    kind: Mapped[ActivityKind] = mapped_column(enum_type(ActivityKind))
    description: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(String(120), default="")
    hours_per_week: Mapped[float] = mapped_column(default=0.0)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class TermijnBesluit(Record, Base):
    """A verlenging or ontheffing of the inburgeringstermijn: the request and DUO's decision.

    A granted verlenging moves the end of the termijn to ``until``; a granted ontheffing ends
    the inburgeringsplicht.
    """

    __tablename__ = "termijn_besluit"

    person_id: Mapped[str] = _person_fk()
    kind: Mapped[BesluitKind] = mapped_column(enum_type(BesluitKind))
    requested_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[Decision] = mapped_column(enum_type(Decision), default=Decision.IN_BEHANDELING)
    until: Mapped[date | None] = mapped_column(Date)  # a verlenging's new end of the termijn
    reason: Mapped[str] = mapped_column(Text, default="")


class ExamResult(Record, Base):
    """The result of one part of the exam, and who taught it (the language provider)."""

    __tablename__ = "exam_result"

    person_id: Mapped[str] = _person_fk()
    part: Mapped[ExamPart] = mapped_column(enum_type(ExamPart))
    taken_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[ExamOutcome] = mapped_column(enum_type(ExamOutcome))
    level: Mapped[str] = mapped_column(String(8), default="")  # A1, A2, B1, B2
    language_provider: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class StepRecord(Record, Base):
    """A step the team's rules file adds (e.g. the social team's visit), done on a date.

    ``step`` is the step's key in the rules file, so a new step needs no new table.
    """

    __tablename__ = "step_record"

    person_id: Mapped[str] = _person_fk()
    step: Mapped[str] = mapped_column(String(60))
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Handhaving(Record, Base):
    """An enforcement step: talk, warning or fine, with its legal ground."""

    __tablename__ = "handhaving"

    person_id: Mapped[str] = _person_fk()
    kind: Mapped[EnforcementKind] = mapped_column(enum_type(EnforcementKind))
    on_date: Mapped[date] = mapped_column(Date)
    legal_ground: Mapped[LegalGround] = mapped_column(enum_type(LegalGround))
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")


class Consent(Record, Base):
    """The person's consent to share their PIP with one recipient, until withdrawn."""

    __tablename__ = "consent"

    person_id: Mapped[str] = _person_fk()
    recipient: Mapped[Recipient] = mapped_column(enum_type(Recipient))
    recipient_name: Mapped[str] = mapped_column(String(120), default="")  # e.g. the school
    scope: Mapped[str] = mapped_column(String(32), default="pip")  # what may be shared
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    def valid_on(self, day: date) -> bool:
        """True when the consent was given by ``day`` and not withdrawn by then."""
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


class IncomeSituation(Record, Base):
    """A period of income: uitkering (bijstand), werk or studie, for the outflow indicator."""

    __tablename__ = "income_situation"

    person_id: Mapped[str] = _person_fk()
    kind: Mapped[IncomeKind] = mapped_column(enum_type(IncomeKind))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


#: Per-person step tables, in journey order; used by loaders, export and the tests.
PERSON_TABLES: tuple[type[Any], ...] = (
    Residence,
    KoffieEnKoek,
    BredeIntake,
    Leerbaarheidstoets,
    StarterZ,
    Pip,
    ProgressTalk,
    Pvt,
    Map,
    Ontzorgen,
    ParticipationActivity,
    Handhaving,
    TermijnBesluit,
    ExamResult,
    StepRecord,
    IncomeSituation,
)
