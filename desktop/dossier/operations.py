"""Saving the dossier forms: one function per kind of form, each in one transaction.

Every save validates first (raising :class:`ValidationFailed` with Dutch messages per field),
writes through ``store.transaction()`` (so that sync's change capture sees it) and deletes the
form's draft in the same transaction: a form is either saved or still a draft, never lost.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.bsn import normalise_bsn
from desktop.domain.enums import LinkedVia
from desktop.domain.model import KoffieEnKoek, Person, PersonId, Pip, Trajectory, utcnow
from desktop.dossier.checks import Anchors, check_bsn, parse_form
from desktop.dossier.forms import EINDE, FORMS, PERSON, FormSpec
from desktop.dossier.identifiers import normalise_v_nummer, v_nummer_problem
from desktop.dossier.models import Draft
from desktop.dossier.validation import MESSAGES, FieldError, Raw, ValidationFailed, format_date
from desktop.journey.rules import Rules
from desktop.messages import N_, message
from desktop.store import Store


@dataclass(frozen=True)
class Saved:
    """What a save did: the record written and whether the step is now complete."""

    form: str
    record_id: str
    completed: bool


def anchors_for(session: Session, person_id: PersonId) -> Anchors:
    """The dates of the dossier that other dates may not precede."""
    koppeling = session.scalar(
        select(Trajectory.koppeling_date).where(Trajectory.person_id == person_id)
    )
    kek = session.scalar(
        select(func.min(KoffieEnKoek.held_on)).where(KoffieEnKoek.person_id == person_id)
    )
    beschikking = session.scalar(
        select(func.min(Pip.beschikking_on)).where(Pip.person_id == person_id)
    )
    return Anchors(koppeling=koppeling, koffie_en_koek=kek, beschikking=beschikking)


def with_completion(spec: FormSpec, values: Mapping[str, Raw], today: date) -> dict[str, Raw]:
    """The values with the step's completion date set to today when it is still empty."""
    filled = dict(values)
    if spec.complete_field and not str(filled.get(spec.complete_field) or "").strip():
        filled[spec.complete_field] = today.strftime("%d-%m-%Y")
    return filled


def drop_draft(session: Session, person_id: PersonId, form: str) -> None:
    session.execute(delete(Draft).where(Draft.person_id == person_id, Draft.form == form))


def _current(session: Session, spec: FormSpec, person_id: str, record_id: str | None) -> Any:
    table = spec.table
    assert table is not None
    if record_id:
        record = session.get(table, record_id)
        if record is None or record.person_id != person_id:
            raise LookupError(f"{spec.key} {record_id} hoort niet bij deze persoon")
        return record
    if spec.many:
        return None
    query = select(table).where(table.person_id == person_id)
    return session.scalars(query.order_by(table.created_at.desc()).limit(1)).first()


def _apply(record: Any, spec: FormSpec, parsed: Mapping[str, Any]) -> None:
    for name, value in parsed.items():
        if name == "amount":  # euros on screen, cents in the table
            record.amount_cents = None if value is None else round(value * 100)
        else:
            setattr(record, name, value)


def save_form(
    store: Store,
    person_id: PersonId,
    form: str,
    values: Mapping[str, Raw],
    *,
    today: date,
    complete: bool = False,
    record_id: str | None = None,
    rules: Rules | None = None,
) -> Saved:
    """Validate and save a simple form (Koffie en Koek, progress talk, PVT, MAP, ontzorgen,
    handhaving); ``complete`` also requires what completing the step requires.

    Ontzorgen needs ``rules``: a period longer than theirs needs a reason for the extension.
    """
    spec = FORMS[form]
    if form == "ontzorgen" and rules is None:
        raise ValueError("saving ontzorgen needs the rules (its standard period)")
    if form in ("person", "einde"):
        raise ValueError(f"{form} has its own save function (desktop.dossier.saving)")
    complete = complete or spec.many  # each progress talk or handhaving step is a whole record
    if complete:
        values = with_completion(spec, values, today)
    with store.transaction() as session:
        anchors = anchors_for(session, person_id)
        parsed = parse_form(spec, values, today=today, anchors=anchors, complete=complete)
        if form == "ontzorgen" and rules is not None:
            problem = extension_problem(parsed, rules, today)
            if problem:
                raise ValidationFailed([problem])
        record = _current(session, spec, person_id, record_id)
        if record is None:
            assert spec.table is not None
            record = spec.table(person_id=person_id)
            session.add(record)
        _apply(record, spec, parsed)
        drop_draft(session, person_id, form)
        session.flush()
        done = spec.many or bool(spec.complete_field and parsed.get(spec.complete_field))
        return Saved(form, record.id, done)


def extension_problem(parsed: Mapping[str, Any], rules: Rules, today: date) -> FieldError | None:
    """Ontzorgen past the rules' period (by its end date, or still running) needs a reason."""
    start, end = parsed.get("start_date"), parsed.get("end_date")
    if not isinstance(start, date) or str(parsed.get("extension_reason") or "").strip():
        return None
    term = rules.ontzorgen.term
    standard_end = term.after(start)
    if end is not None and end > standard_end:
        return FieldError(
            "extension_reason",
            message(
                N_(
                    "Ontzorgen duurt langer dan {term} (standaard tot {date}). Schrijf op "
                    "waarom het verlengd wordt (maatwerk)."
                ),
                term=term.as_message(),
                date=format_date(standard_end),
            ),
        )
    if end is None and today > standard_end:
        return FieldError(
            "extension_reason",
            message(
                N_(
                    "Ontzorgen loopt al langer dan {term} (standaard tot {date}). Vul de "
                    "einddatum in, of schrijf op waarom het verlengd wordt (maatwerk)."
                ),
                term=term.as_message(),
                date=format_date(standard_end),
            ),
        )
    return None


#: Fields of the person form that belong to the trajectory.
TRAJECTORY_FIELDS = ("koppeling_date", "melding_date", "voorinburgering_start",
                     "voorinburgering_end", "vwn_start", "vwn_begeleider", "linked_via",
                     "duo_registered_on")  # fmt: skip


def save_person(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Save a person's details, their trajectory's dates (koppeling, melding, voorinburgering,
    VWN begeleiding) and the household's label."""
    with store.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise LookupError(person_id)
        errors: list[FieldError] = []
        try:
            parsed = parse_form(PERSON, values, today=today, anchors=Anchors())
        except ValidationFailed as failed:
            errors.extend(failed.errors)
            parsed = {}
        bsn_error = check_bsn(values.get("bsn"))
        if bsn_error:
            errors.append(bsn_error)
        v_error = v_nummer_problem(values.get("v_nummer"))
        if v_error:
            errors.append(v_error)
        if parsed.get("bsn"):
            bsn = normalise_bsn(parsed["bsn"])
            taken = session.scalar(
                select(Person.id).where(Person.bsn == bsn, Person.id != person_id)
            )
            if taken:
                errors.append(FieldError("bsn", MESSAGES["bsn_taken"]))
            parsed["bsn"] = bsn
        if parsed.get("v_nummer") and not v_error:
            v_nummer = normalise_v_nummer(parsed["v_nummer"])
            taken = session.scalar(
                select(Person.id).where(Person.v_nummer == v_nummer, Person.id != person_id)
            )
            if taken:
                errors.append(
                    FieldError(
                        "v_nummer", message(N_("Dit V-nummer staat al bij een andere persoon."))
                    )
                )
            parsed["v_nummer"] = v_nummer
        if errors:
            raise ValidationFailed(errors)
        trajectory_values = {name: parsed.pop(name, None) for name in TRAJECTORY_FIELDS}
        label = str(parsed.pop("household_label", None) or "")
        parsed["bsn"] = parsed.get("bsn") or None
        parsed["v_nummer"] = parsed.get("v_nummer") or None
        parsed["sex"] = parsed.get("sex") or ""
        parsed["country_of_origin"] = str(parsed.get("country_of_origin") or "").upper()[:2]
        for name, value in parsed.items():
            setattr(person, name, value)
        if person.trajectory is not None:
            for name, value in trajectory_values.items():
                if value is None and name == "vwn_begeleider":
                    value = ""
                if name == "linked_via":
                    value = LinkedVia(value) if value else None
                setattr(person.trajectory, name, value)
        if person.household is not None and label:
            person.household.label = label
        drop_draft(session, person_id, "person")
        return Saved("person", person_id, False)


def save_end(store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date) -> Saved:
    """End a trajectory: voldaan, ontheven, verhuisd (with the new municipality) or gestopt."""
    with store.transaction() as session:
        trajectory = session.scalar(select(Trajectory).where(Trajectory.person_id == person_id))
        if trajectory is None:
            raise LookupError(person_id)
        parsed = parse_form(
            EINDE, values, today=today, anchors=anchors_for(session, person_id), complete=True
        )
        for name, value in parsed.items():
            setattr(trajectory, name, value)
        drop_draft(session, person_id, "einde")
        return Saved("einde", trajectory.id, True)


# -- drafts --------------------------------------------------------------------------------


def save_draft(store: Store, person_id: PersonId, form: str, values: Mapping[str, Raw]) -> None:
    """Keep what is typed in a form, encrypted, until the form is saved or discarded."""
    payload = json.dumps(dict(values), ensure_ascii=False, sort_keys=True)
    with store.transaction() as session:
        draft = session.scalar(
            select(Draft).where(Draft.person_id == person_id, Draft.form == form)
        )
        if draft is None:
            session.add(Draft(person_id=person_id, form=form, payload=payload, saved_by=store.user))
        elif draft.payload != payload:
            draft.payload = payload
            draft.saved_at = utcnow()
            draft.saved_by = store.user


def discard_draft(store: Store, person_id: PersonId, form: str) -> None:
    """Throw away what was typed since the last save."""
    with store.transaction() as session:
        drop_draft(session, person_id, form)


def load_drafts(session: Session, person_id: PersonId) -> dict[str, dict[str, Raw]]:
    """Every draft of a person, per form."""
    drafts: dict[str, dict[str, Raw]] = {}
    for draft in session.scalars(select(Draft).where(Draft.person_id == person_id)):
        try:
            payload = json.loads(draft.payload)
        except ValueError:
            continue
        if isinstance(payload, dict):
            drafts[draft.form] = {
                str(k): v for k, v in payload.items() if v is None or isinstance(v, str | bool)
            }
    return drafts
