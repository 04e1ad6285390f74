"""The Brede Intake: life domains with structured fields and notes, the leerbaarheidstoets and
the StarterZ-klas advice, saved together because they are filled in during the same talks."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    FamilyReunification,
    IntakeVariant,
    LifeDomain,
    Route,
    TestOutcome,
)
from desktop.domain.model import BredeIntake, IntakeDomain, Leerbaarheidstoets, PersonId, StarterZ
from desktop.dossier.checks import parse_form, raw_value
from desktop.dossier.forms import (
    ASSESSMENTS,
    BREDE_INTAKE,
    FieldSpec,
    FormSpec,
    Kind,
    domain_field,
    domains_for,
)
from desktop.dossier.operations import Saved, anchors_for, drop_draft, with_completion
from desktop.dossier.validation import MESSAGES, FieldError, Raw, ValidationFailed, is_empty
from desktop.store import Store

F, K = FieldSpec, Kind
LEVELS = ("", "A0", "A1", "A2", "B1", "B2", "C1")

#: Structured fields per life domain, next to the assessment and the notes.
DOMAIN_DETAILS: dict[LifeDomain, tuple[FieldSpec, ...]] = {
    LifeDomain.OPLEIDING: (
        F("jaren_onderwijs", K.NUMBER, minimum=0, maximum=80),
        F(
            "diploma",
            K.CHOICE,
            ("", "geen", "basisschool", "middelbare school", "beroepsopleiding", "universiteit"),
        ),
        F("diploma_gewaardeerd", K.BOOL),
    ),
    LifeDomain.WERKERVARING: (
        F("beroep", K.TEXT),
        F("jaren_werk", K.NUMBER, minimum=0, maximum=80),
    ),
    LifeDomain.TAALNIVEAU: (
        F("nederlands", K.CHOICE, LEVELS),
        F("engels", K.CHOICE, LEVELS),
        F("andere_talen", K.TEXT),
    ),
    LifeDomain.DIGITALE_VAARDIGHEDEN: (
        F("smartphone", K.BOOL),
        F("computer", K.BOOL),
        F("digid", K.BOOL),
    ),
    LifeDomain.GEZINSSITUATIE: (
        F("gezinshereniging", K.CHOICE, ("", *(f.value for f in FamilyReunification))),
    ),
    LifeDomain.GEZONDHEID_FYSIEK: (F("huisarts", K.BOOL, sensitive=True),),
    LifeDomain.GEZONDHEID_MENTAAL: (F("hulpverlening", K.BOOL, sensitive=True),),
    LifeDomain.VOORINBURGERING: (F("neemt_deel", K.BOOL),),
    LifeDomain.FINANCIEN: (F("schulden", K.BOOL),),
}


def domain_fields(domain: LifeDomain) -> tuple[FieldSpec, ...]:
    """Every flat field of one life domain: assessment, structured details, notes."""
    sensitive = domain.is_sensitive
    fields = [F(domain_field(domain, "assessment"), K.CHOICE, ASSESSMENTS, sensitive=sensitive)]
    for detail in DOMAIN_DETAILS.get(domain, ()):
        fields.append(F(domain_field(domain, detail.name), detail.kind, detail.choices,
                        sensitive=sensitive, minimum=detail.minimum,
                        maximum=detail.maximum))  # fmt: skip
    fields.append(F(domain_field(domain, "notes"), K.NOTE, sensitive=sensitive))
    return tuple(fields)


def intake_spec(variant: IntakeVariant | str) -> FormSpec:
    """The whole intake form for a variant: the flat fields plus its life domains."""
    fields = list(BREDE_INTAKE.fields)
    for domain in domains_for(variant):
        fields.extend(domain_fields(domain))
    return FormSpec(BREDE_INTAKE.key, tuple(fields), BredeIntake,
                    complete_field=BREDE_INTAKE.complete_field)  # fmt: skip


def _variant(values: Mapping[str, Raw]) -> IntakeVariant:
    raw = values.get("variant")
    return IntakeVariant(raw) if raw in set(IntakeVariant) else IntakeVariant.STANDAARD


def _latest(session: Session, table: Any, person_id: str) -> Any:
    query = select(table).where(table.person_id == person_id).order_by(table.created_at.desc())
    return session.scalars(query.limit(1)).first()


def intake_values(session: Session, person_id: PersonId) -> tuple[str | None, dict[str, Raw]]:
    """The stored intake (with toets and StarterZ) as form values; (record id, values)."""
    intake = _latest(session, BredeIntake, person_id)
    toets = _latest(session, Leerbaarheidstoets, person_id)
    starterz = _latest(session, StarterZ, person_id)
    variant = intake.variant if intake else IntakeVariant.STANDAARD
    spec = intake_spec(variant)
    values: dict[str, Raw] = {f.name: raw_value(f, None) for f in spec.fields}
    values["variant"] = variant.value
    values["formal"] = True
    if intake is not None:
        for name in ("started_on", "completed_on", "voorinburgering_participation"):
            values[name] = raw_value(spec.field(name), getattr(intake, name))
        for row in intake.domains:
            values[domain_field(row.domain, "assessment")] = row.assessment
            values[domain_field(row.domain, "notes")] = row.notes
            details = json.loads(row.details or "{}")
            for detail in DOMAIN_DETAILS.get(row.domain, ()):
                if detail.name in details:
                    values[domain_field(row.domain, detail.name)] = raw_value(
                        detail, details[detail.name]
                    )
    if toets is not None:
        values["toets_taken_on"] = raw_value(spec.field("toets_taken_on"), toets.taken_on)
        values["toets_outcome"] = toets.outcome.value
        values["toets_score"] = raw_value(spec.field("toets_score"), toets.score)
    if starterz is not None:
        values["starterz_started_on"] = raw_value(spec.field("starterz_started_on"),
                                                  starterz.started_on)  # fmt: skip
        values["starterz_advice_on"] = raw_value(spec.field("starterz_advice_on"),
                                                 starterz.advice_on)  # fmt: skip
        values["starterz_advice"] = starterz.advice.value if starterz.advice else ""
    values.pop("formal", None)
    return (intake.id if intake else None), values


def save_brede_intake(
    store: Store,
    person_id: PersonId,
    values: Mapping[str, Raw],
    *,
    today: date,
    complete: bool = False,
) -> Saved:
    """Save the intake; ``complete`` closes it (every life domain needs an assessment).

    Refused (audited) for a role that may not see health data: the intake holds the health
    domains, which a save without them would wipe.
    """
    from desktop.access.roles import Permission, require

    require(store, Permission.HEALTH)
    variant = _variant(values)
    spec = intake_spec(variant)
    if complete:
        values = with_completion(spec, values, today)
    with store.transaction() as session:
        anchors = anchors_for(session, person_id)
        parsed = parse_form(spec, values, today=today, anchors=anchors, complete=complete)
        if complete:
            missing = [
                FieldError(domain_field(d, "assessment"), MESSAGES["required"])
                for d in domains_for(variant)
                if is_empty(values.get(domain_field(d, "assessment")))
            ]
            if missing:
                raise ValidationFailed(missing)
        intake = _latest(session, BredeIntake, person_id)
        if intake is None:
            intake = BredeIntake(person_id=person_id)
            session.add(intake)
        intake.variant = variant
        intake.started_on = parsed["started_on"]
        intake.completed_on = parsed["completed_on"]
        intake.voorinburgering_participation = parsed["voorinburgering_participation"]
        _save_domains(intake, variant, parsed)
        _save_toets(session, person_id, parsed)
        _save_starterz(session, person_id, parsed)
        drop_draft(session, person_id, "brede_intake")
        session.flush()
        return Saved("brede_intake", intake.id, parsed["completed_on"] is not None)


def _save_domains(intake: BredeIntake, variant: IntakeVariant, parsed: Mapping[str, Any]) -> None:
    existing = {row.domain: row for row in intake.domains}
    for domain in domains_for(variant):
        assessment = parsed.get(domain_field(domain, "assessment")) or ""
        notes = parsed.get(domain_field(domain, "notes")) or ""
        details = {
            detail.name: parsed[domain_field(domain, detail.name)]
            for detail in DOMAIN_DETAILS.get(domain, ())
            if parsed.get(domain_field(domain, detail.name)) not in (None, "", False)
        }
        row = existing.get(domain)
        if row is None:
            if not (assessment or notes or details):
                continue
            row = IntakeDomain(domain=domain)
            intake.domains.append(row)
        row.assessment = assessment
        row.notes = notes
        row.details = json.dumps(details, ensure_ascii=False, sort_keys=True)


def _save_toets(session: Session, person_id: str, parsed: Mapping[str, Any]) -> None:
    if parsed.get("toets_taken_on") is None:
        return
    toets = _latest(session, Leerbaarheidstoets, person_id)
    if toets is None:
        toets = Leerbaarheidstoets(person_id=person_id)
        session.add(toets)
    toets.taken_on = parsed["toets_taken_on"]
    toets.outcome = TestOutcome(parsed["toets_outcome"])
    score = parsed.get("toets_score")
    toets.score = None if score is None else round(score)


def _save_starterz(session: Session, person_id: str, parsed: Mapping[str, Any]) -> None:
    if parsed.get("starterz_started_on") is None:
        return
    starterz = _latest(session, StarterZ, person_id)
    if starterz is None:
        starterz = StarterZ(person_id=person_id)
        session.add(starterz)
    starterz.started_on = parsed["starterz_started_on"]
    starterz.advice_on = parsed.get("starterz_advice_on")
    advice = parsed.get("starterz_advice")
    starterz.advice = Route(advice) if advice else None
