"""The inburgeringstermijn's own records: DUO's verlenging or ontheffing, the exam results, and
the steps a team's rules file adds (``[[stap]]``), done on a date.

A granted verlenging moves the end of the termijn (the engine follows ``until``); a granted
ontheffing ends the inburgeringsplicht. The exam results are kept per part, with the language
provider that taught it (002 §7: the registration burden is the provider's portal and DUO's).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import BesluitKind, Decision, ExamOutcome, ExamPart
from desktop.domain.model import ExamResult, PersonId, StepRecord, TermijnBesluit
from desktop.dossier.checks import Anchors, parse_form, raw_value
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.operations import Saved, drop_draft
from desktop.dossier.records import editing_id, record_of, remove_record
from desktop.dossier.validation import FieldError, Raw, ValidationFailed
from desktop.journey.rules import Rules
from desktop.messages import N_, message
from desktop.store import Store

#: Levels an exam part can be taken at.
LEVELS = ("", "A1", "A2", "B1", "B2")

BESLUIT = FormSpec(
    "termijn_besluit",
    (
        FieldSpec("kind", Kind.CHOICE, tuple(k.value for k in BesluitKind), need=Need.ALWAYS),
        FieldSpec("requested_on", Kind.DATE, past=True),
        FieldSpec("decision", Kind.CHOICE, tuple(d.value for d in Decision), need=Need.ALWAYS),
        FieldSpec("decided_on", Kind.DATE, past=True, not_before=("requested_on",)),
        FieldSpec("until", Kind.DATE, not_before=("decided_on",)),
        FieldSpec("reason", Kind.NOTE),
    ),
    TermijnBesluit,
    many=True,
)

EXAM = FormSpec(
    "exam_result",
    (
        FieldSpec("part", Kind.CHOICE, tuple(p.value for p in ExamPart), need=Need.ALWAYS),
        FieldSpec("taken_on", Kind.DATE, need=Need.ALWAYS, past=True),
        FieldSpec("outcome", Kind.CHOICE, tuple(o.value for o in ExamOutcome), need=Need.ALWAYS),
        FieldSpec("level", Kind.CHOICE, LEVELS),
        FieldSpec("language_provider", Kind.TEXT),
        FieldSpec("notes", Kind.NOTE),
    ),
    ExamResult,
    many=True,
)


STEP_RECORD = FormSpec(
    "step_record",
    (
        # The choices are the steps of the team's rules file: checked when saving.
        FieldSpec("step", Kind.CHOICE, (), need=Need.ALWAYS),
        FieldSpec("done_on", Kind.DATE, need=Need.ALWAYS, past=True),
        FieldSpec("notes", Kind.NOTE),
    ),
    StepRecord,
    many=True,
)


@dataclass(frozen=True)
class StepRow:
    """A step of the rules file, done on a date."""

    record_id: str
    step: str
    done_on: date | None
    notes: str
    name: str = ""  # the step's name in the team's rules file

    def values(self) -> dict[str, Raw]:
        """The record as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in STEP_RECORD.fields}


def load_step_records(session: Session, person_id: PersonId) -> list[StepRow]:
    """The person's records of the rules file's own steps, oldest first."""
    rows = session.scalars(select(StepRecord).where(StepRecord.person_id == person_id))
    found = [StepRow(r.id, r.step, r.done_on, r.notes) for r in rows]
    return sorted(found, key=lambda r: (r.done_on or date.max, r.record_id))


def save_step_record(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date, rules: Rules
) -> Saved:
    """Record that a step of the team's rules file was done (or change that record)."""
    parsed = _parsed(STEP_RECORD, values, today)
    if parsed["step"] not in {step.key for step in rules.extra_steps}:
        raise ValidationFailed([FieldError(
            "step", message(N_("Kies een stap uit het regelbestand van het team.")),
        )])  # fmt: skip
    with store.transaction() as session:
        record_id = editing_id(values)
        if record_id:
            record = record_of(session, StepRecord, person_id, record_id)
        else:
            record = StepRecord(person_id=person_id)
            session.add(record)
        record.step, record.done_on = parsed["step"], parsed["done_on"]
        record.notes = parsed["notes"] or ""
        drop_draft(session, person_id, STEP_RECORD.key)
        session.flush()
        return Saved(STEP_RECORD.key, record.id, False)


def remove_step_record(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete the record of a rules file's step."""
    with store.transaction() as session:
        remove_record(session, StepRecord, person_id, record_id)


@dataclass(frozen=True)
class BesluitRow:
    """One verlenging or ontheffing as the end page lists it."""

    record_id: str
    kind: BesluitKind
    requested_on: date | None
    decision: Decision
    decided_on: date | None
    until: date | None
    reason: str

    def values(self) -> dict[str, Raw]:
        """The decision as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in BESLUIT.fields}


@dataclass(frozen=True)
class ExamRow:
    """One exam part's result."""

    record_id: str
    part: ExamPart
    taken_on: date
    outcome: ExamOutcome
    level: str
    language_provider: str
    notes: str

    def values(self) -> dict[str, Raw]:
        """The result as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in EXAM.fields}


def load_besluiten(session: Session, person_id: PersonId) -> list[BesluitRow]:
    """The person's verlengingen and ontheffingen, oldest request first."""
    rows = session.scalars(select(TermijnBesluit).where(TermijnBesluit.person_id == person_id))
    found = [
        BesluitRow(r.id, r.kind, r.requested_on, r.decision, r.decided_on, r.until, r.reason)
        for r in rows
    ]
    return sorted(found, key=lambda r: (r.requested_on or r.decided_on or date.max, r.record_id))


def load_exams(session: Session, person_id: PersonId) -> list[ExamRow]:
    """The person's exam results, oldest first."""
    rows = session.scalars(select(ExamResult).where(ExamResult.person_id == person_id))
    found = [
        ExamRow(r.id, r.part, r.taken_on, r.outcome, r.level, r.language_provider, r.notes)
        for r in rows
    ]
    return sorted(found, key=lambda r: (r.taken_on, r.part.value, r.record_id))


def _parsed(spec: FormSpec, values: Mapping[str, Raw], today: date) -> dict[str, Any]:
    # No "too far ahead" check: a verlenging may run years ahead.
    return parse_form(spec, values, today=today, anchors=Anchors())


def save_besluit(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add a verlenging or ontheffing, or change the one named by ``values["record_id"]``."""
    parsed = _parsed(BESLUIT, values, today)
    errors: list[FieldError] = []
    decision = Decision(parsed["decision"])
    kind = BesluitKind(parsed["kind"])
    if decision is not Decision.IN_BEHANDELING and parsed.get("decided_on") is None:
        errors.append(
            FieldError("decided_on", message(N_("Vul de datum van het besluit van DUO in.")))
        )
    if kind is BesluitKind.VERLENGING and decision is Decision.TOEGEKEND and not parsed["until"]:
        errors.append(FieldError(
            "until", message(N_("Vul in tot wanneer de inburgeringstermijn is verlengd.")),
        ))  # fmt: skip
    if errors:
        raise ValidationFailed(errors)
    with store.transaction() as session:
        record_id = editing_id(values)
        if record_id:
            record = record_of(session, TermijnBesluit, person_id, record_id)
        else:
            record = TermijnBesluit(person_id=person_id)
            session.add(record)
        record.kind, record.decision = kind, decision
        record.requested_on, record.decided_on = parsed["requested_on"], parsed["decided_on"]
        record.until = parsed["until"] if kind is BesluitKind.VERLENGING else None
        record.reason = parsed["reason"] or ""
        drop_draft(session, person_id, BESLUIT.key)
        session.flush()
        return Saved(BESLUIT.key, record.id, False)


def save_exam(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add an exam result, or change the one named by ``values["record_id"]``."""
    parsed = _parsed(EXAM, values, today)
    with store.transaction() as session:
        record_id = editing_id(values)
        if record_id:
            record = record_of(session, ExamResult, person_id, record_id)
        else:
            record = ExamResult(person_id=person_id)
            session.add(record)
        record.part, record.outcome = ExamPart(parsed["part"]), ExamOutcome(parsed["outcome"])
        record.taken_on = parsed["taken_on"]
        record.level = parsed["level"] or ""
        record.language_provider = parsed["language_provider"] or ""
        record.notes = parsed["notes"] or ""
        drop_draft(session, person_id, EXAM.key)
        session.flush()
        return Saved(EXAM.key, record.id, False)


def remove_besluit(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete a verlenging or ontheffing."""
    with store.transaction() as session:
        remove_record(session, TermijnBesluit, person_id, record_id)


def remove_exam(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete an exam result."""
    with store.transaction() as session:
        remove_record(session, ExamResult, person_id, record_id)
