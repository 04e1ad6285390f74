"""Everything a dossier screen shows, loaded in one read: the view-model of a dossier."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    Category,
    EnforcementKind,
    HouseholdRole,
    InterpreterMode,
    LegalGround,
    Place,
    Progress,
    Schooling,
)
from desktop.domain.model import Handhaving, Ontzorgen, Person, PersonId, ProgressTalk, Trajectory
from desktop.dossier.checks import raw_value
from desktop.dossier.forms import EINDE, FORMS, PERSON, FormSpec
from desktop.dossier.history import HistoryEntry, load_history
from desktop.dossier.household import MEMBER, age_on
from desktop.dossier.housing import RESIDENCE, ResidenceRow, load_residences
from desktop.dossier.income import INCOME, IncomeRow, load_income
from desktop.dossier.intake import intake_values
from desktop.dossier.journal.attachments import AttachmentRow, load_attachments
from desktop.dossier.journal.models import NoteCategory, NoteSource
from desktop.dossier.journal.notes import CONTACT_NOTE, NoteRow, load_notes
from desktop.dossier.operations import TRAJECTORY_FIELDS, load_drafts
from desktop.dossier.participation import (
    ACTIVITY,
    ActivityRow,
    ParticipationSummary,
    load_activities,
    summarise,
)
from desktop.dossier.pip import VersionSummary, pip_values
from desktop.dossier.termijn import (
    BESLUIT,
    EXAM,
    STEP_RECORD,
    BesluitRow,
    ExamRow,
    StepRow,
    load_besluiten,
    load_exams,
    load_step_records,
)
from desktop.dossier.validation import Raw, format_date
from desktop.journey.engine import JourneyState, evaluate
from desktop.journey.facts import facts_for_person
from desktop.journey.rules import Rules
from desktop.store import Store


@dataclass(frozen=True)
class FormState:
    """A form as stored (``values``) and, if something was typed since, its ``draft``."""

    key: str
    record_id: str | None
    values: dict[str, Raw]
    draft: dict[str, Raw] | None = None

    @property
    def shown(self) -> dict[str, Raw]:
        """What the form shows: the draft over the stored values."""
        return {**self.values, **(self.draft or {})}


@dataclass(frozen=True)
class Member:
    """A member of the household."""

    person_id: PersonId
    display_name: str
    name_original: str
    role: HouseholdRole
    birth_date: date | None
    age: int | None
    abroad: bool
    schooling: Schooling | None
    has_trajectory: bool


@dataclass(frozen=True)
class Talk:
    """A held progress talk or handhaving step, for the list under its form."""

    record_id: str
    day: date | None
    value: str  # progress or enforcement kind
    text: str


@dataclass(frozen=True)
class Dossier:
    """The view-model of one person's dossier on one day."""

    person_id: PersonId
    display_name: str
    name_original: str
    birth_date: date | None
    bsn: str | None
    v_nummer: str | None
    category: Category
    languages: str
    interpreter_needed: bool
    consultant_name: str
    koppeling_date: date | None
    journey: JourneyState | None
    household: list[Member]
    forms: dict[str, FormState]
    pip_versions: list[VersionSummary]
    progress_talks: list[Talk]
    handhaving: list[Talk]
    history: list[HistoryEntry] = field(default_factory=list)
    residences: list[ResidenceRow] = field(default_factory=list)
    activities: list[ActivityRow] = field(default_factory=list)
    #: DUO's verlengingen and ontheffingen of the inburgeringstermijn, and the exam results.
    besluiten: list[BesluitRow] = field(default_factory=list)
    exams: list[ExamRow] = field(default_factory=list)
    #: The steps the team's rules file adds, as (key, name), and their records.
    extra_steps: list[tuple[str, str]] = field(default_factory=list)
    step_records: list[StepRow] = field(default_factory=list)
    income: list[IncomeRow] = field(default_factory=list)
    participation: ParticipationSummary | None = None
    #: The first HAR or regular home: it starts the "PIP within 10 weeks" term.
    housing_date: date | None = None
    #: When ontzorgen ends by the rules; a later end needs a reason for the extension.
    ontzorgen_standard_end: date | None = None
    #: The contact journal, newest first (health notes included: the screen hides them).
    notes: list[NoteRow] = field(default_factory=list)
    attachments: list[AttachmentRow] = field(default_factory=list)
    #: True when health data was left out for the user's role (a teamleider).
    health_withheld: bool = False

    @property
    def current_residence(self) -> ResidenceRow | None:
        """Where the person lives now: the latest period that has started and not ended."""
        started = [r for r in self.residences if r.start_date <= self.today]
        running = [r for r in started if r.end_date is None or r.end_date > self.today]
        return running[-1] if running else None

    today: date = date.min


def _single_values(
    session: Session, spec: FormSpec, person_id: str
) -> tuple[str | None, dict[str, Raw]]:
    assert spec.table is not None
    table = spec.table
    record = session.scalars(
        select(table).where(table.person_id == person_id).order_by(table.created_at.desc())
    ).first()
    values: dict[str, Raw] = {}
    for fspec in spec.fields:
        values[fspec.name] = raw_value(fspec, getattr(record, fspec.name, None) if record else None)
    return (record.id if record else None), values


def _defaults(person: Person) -> dict[str, dict[str, Raw]]:
    mode = InterpreterMode.TELEFONISCH if person.interpreter_needed else InterpreterMode.GEEN
    return {
        "koffie_en_koek": {
            "place": Place.ROL.value,
            "interpreter_mode": mode.value,
            "interpreter_language": person.languages.split(",")[0]
            if person.interpreter_needed
            else "",
        },
        "progress_talk": {"formal": True, "progress": Progress.OP_SCHEMA.value},
        "handhaving": {
            "kind": EnforcementKind.GESPREK.value,
            "legal_ground": LegalGround.WI2021.value,
        },
        "member": {"household_role": HouseholdRole.PARTNER.value},
        "contact_note": {
            "category": NoteCategory.TELEFOON.value,
            "source": NoteSource.INBURGERAAR.value,
        },
    }


def _forms(session: Session, person: Person, trajectory: Trajectory | None) -> dict[str, FormState]:
    forms: dict[str, FormState] = {}
    defaults = _defaults(person)
    for key in ("koffie_en_koek", "pvt", "map", "ontzorgen", "progress_talk", "handhaving"):
        spec = FORMS[key]
        if spec.many:
            blank = {f.name: raw_value(f, None) for f in spec.fields}
            forms[key] = FormState(key, None, {**blank, **defaults.get(key, {})})
            continue
        record_id, values = _single_values(session, spec, person.id)
        if record_id is None:
            values.update(defaults.get(key, {}))
        forms[key] = FormState(key, record_id, values)
    person_values = {f.name: raw_value(f, getattr(person, f.name, None)) for f in PERSON.fields}
    for name in TRAJECTORY_FIELDS:
        person_values[name] = raw_value(PERSON.field(name), getattr(trajectory, name, None))
    person_values["household_label"] = person.household.label if person.household else ""
    forms["person"] = FormState("person", person.id, person_values)
    end_values = {f.name: raw_value(f, getattr(trajectory, f.name, None)) for f in EINDE.fields}
    forms["einde"] = FormState("einde", trajectory.id if trajectory else None, end_values)
    # New records: blank, nothing stored yet.
    for spec in (MEMBER, RESIDENCE, ACTIVITY, CONTACT_NOTE, INCOME, BESLUIT, EXAM, STEP_RECORD):
        blank = {f.name: raw_value(f, None) for f in spec.fields}
        forms[spec.key] = FormState(spec.key, None, {**blank, **defaults.get(spec.key, {})})
    intake_id, intake = intake_values(session, PersonId(person.id))
    if intake_id is None and person.category is Category.GEZINSMIGRANT:
        intake["variant"] = "gezinsmigrant"
    forms["brede_intake"] = FormState("brede_intake", intake_id, intake)
    return forms


def _household(session: Session, person: Person, today: date) -> list[Member]:
    if person.household_id is None:
        return []
    query = select(Person).where(Person.household_id == person.household_id, Person.id != person.id)
    members = []
    for other in session.scalars(query.order_by(Person.birth_date)):
        members.append(Member(
            PersonId(other.id), other.display_name, other.name_original, other.household_role,
            other.birth_date, age_on(other.birth_date, today) if other.birth_date else None,
            other.abroad, other.schooling, other.trajectory is not None,
        ))  # fmt: skip
    return members


def _talks(session: Session, person_id: str) -> tuple[list[Talk], list[Talk]]:
    talks = [
        Talk(t.id, t.held_on, t.progress.value if t.progress else "", t.summary)
        for t in session.scalars(select(ProgressTalk).where(ProgressTalk.person_id == person_id))
    ]
    steps = [
        Talk(h.id, h.on_date, h.kind.value, h.reason)
        for h in session.scalars(select(Handhaving).where(Handhaving.person_id == person_id))
    ]
    newest_first = lambda t: t.day or date.min  # noqa: E731
    return sorted(talks, key=newest_first, reverse=True), sorted(steps, key=newest_first,
                                                                 reverse=True)  # fmt: skip


def _ontzorgen_end(session: Session, person_id: str, rules: Rules) -> date | None:
    start = session.scalar(
        select(Ontzorgen.start_date)
        .where(Ontzorgen.person_id == person_id)
        .order_by(Ontzorgen.created_at.desc())
    )
    return rules.ontzorgen.term.after(start) if start else None


def load_dossier(store: Store, person_id: PersonId, *, today: date, rules: Rules) -> Dossier:
    """The whole dossier of a person: details, household, klantreis, forms with drafts;
    without health data for a role that may not see it (:mod:`desktop.dossier.health`)."""
    from desktop.dossier.health import may_see_health, withhold_health

    health = may_see_health(store)
    with store.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise LookupError(f"Persoon {person_id} bestaat niet (meer).")
        trajectory = person.trajectory
        journey = facts = None
        if trajectory is not None:
            facts = facts_for_person(session, person_id)
            journey = evaluate(facts, rules, today)
        residences = load_residences(session, person_id)
        activities = load_activities(session, person_id)
        housing = [r.start_date for r in residences if r.is_housing]
        forms = _forms(session, person, trajectory)
        note = forms[CONTACT_NOTE.key]
        forms[CONTACT_NOTE.key] = FormState(note.key, None, {**note.values,
                                            "on_date": format_date(today)})  # fmt: skip
        record_id, pip, versions = pip_values(session, person_id)
        forms["pip"] = FormState("pip", record_id, pip)
        for key, draft in load_drafts(session, person_id).items():
            if key in forms:
                state = forms[key]
                forms[key] = FormState(key, state.record_id, state.values, draft)
        talks, steps = _talks(session, person_id)
        extra = [(step.key, step.name) for step in rules.extra_steps]
        consultant = trajectory.consultant.name if trajectory and trajectory.consultant else ""
        dossier = Dossier(
            person_id=PersonId(person.id), display_name=person.display_name,
            name_original=person.name_original, birth_date=person.birth_date, bsn=person.bsn,
            v_nummer=person.v_nummer, category=person.category, languages=person.languages,
            interpreter_needed=person.interpreter_needed, consultant_name=consultant,
            koppeling_date=trajectory.koppeling_date if trajectory else None, journey=journey,
            household=_household(session, person, today), forms=forms, pip_versions=versions,
            progress_talks=talks, handhaving=steps, history=load_history(session, person_id),
            residences=residences, activities=activities, income=load_income(session, person_id),
            besluiten=load_besluiten(session, person_id), exams=load_exams(session, person_id),
            extra_steps=extra,
            step_records=[
                replace(r, name=dict(extra).get(r.step, r.step))
                for r in load_step_records(session, person_id)
            ],
            participation=summarise(activities, facts, journey, rules, today),
            housing_date=min(housing, default=None),
            ontzorgen_standard_end=_ontzorgen_end(session, person_id, rules), today=today,
            notes=load_notes(session, person_id),
            attachments=load_attachments(session, person_id),
        )  # fmt: skip
    return dossier if health else withhold_health(dossier)
