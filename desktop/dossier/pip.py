"""The PIP: versions, agreements per life domain, the deviation reason and the rule that the
route may change only once in the first year after the beschikking."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import LifeDomain, PipChange, Route, TestOutcome
from desktop.domain.model import Leerbaarheidstoets, PersonId, Pip, PipAgreement, StarterZ
from desktop.dossier.checks import parse_form, raw_value
from desktop.dossier.forms import PIP, FieldSpec, FormSpec, Kind
from desktop.dossier.operations import Saved, anchors_for, drop_draft, with_completion
from desktop.dossier.validation import FieldError, Raw, ValidationFailed, format_date
from desktop.journey.engine import route_changes
from desktop.journey.facts import JourneyFacts, PipVersion
from desktop.journey.labels import OUTCOME_LABELS, ROUTE_LABELS
from desktop.journey.rules import Rules
from desktop.messages import N_, Problem, message
from desktop.store import Store

#: Life domains a PIP has agreements for (health stays in the intake, not in the plan).
AGREEMENT_DOMAINS = tuple(d for d in LifeDomain if not d.is_sensitive)


def agreement_field(domain: LifeDomain | str) -> str:
    """The flat field name of an agreement: ``agreement.werkervaring``."""
    return f"agreement.{domain}"


PIP_FORM = FormSpec(
    PIP.key,
    PIP.fields + tuple(FieldSpec(agreement_field(d), Kind.NOTE) for d in AGREEMENT_DOMAINS),
    Pip,
    complete_field=PIP.complete_field,
)


@dataclass(frozen=True)
class VersionSummary:
    """One PIP version as the version list shows it."""

    record_id: str
    version: int
    route: Route
    change: PipChange
    change_reason: str
    signed_on: date | None
    beschikking_on: date | None

    @property
    def draft(self) -> bool:
        """A new version not signed yet: it can be discarded and counts for nothing yet."""
        return self.version > 1 and self.signed_on is None


def is_draft(pip: Pip) -> bool:
    """True for a version after the first that is not signed yet."""
    return pip.version > 1 and pip.signed_on is None


class NoDraftVersion(Problem):
    """Only a new, unsigned PIP version can be thrown away."""

    text = N_("Alleen een nieuwe versie die nog niet getekend is kan worden weggegooid.")


def _versions(session: Session, person_id: str) -> list[Pip]:
    query = select(Pip).where(Pip.person_id == person_id).order_by(Pip.version)
    return list(session.scalars(query))


def pip_values(
    session: Session, person_id: PersonId
) -> tuple[str | None, dict[str, Raw], list[VersionSummary]]:
    """The latest PIP version as form values, and every version for the list."""
    versions = _versions(session, person_id)
    values: dict[str, Raw] = {f.name: raw_value(f, None) for f in PIP_FORM.fields}
    summaries = [
        VersionSummary(
            p.id, p.version, p.route, p.change, p.change_reason, p.signed_on, p.beschikking_on
        )
        for p in versions
    ]
    if not versions:
        return None, values, summaries
    latest = versions[-1]
    for spec in PIP.fields:
        values[spec.name] = raw_value(spec, getattr(latest, spec.name))
    for agreement in latest.agreements:
        values[agreement_field(agreement.domain)] = agreement.text
    return latest.id, values, summaries


def _toets_outcome(session: Session, person_id: str) -> TestOutcome | None:
    query = (
        select(Leerbaarheidstoets.outcome)
        .where(Leerbaarheidstoets.person_id == person_id)
        .order_by(Leerbaarheidstoets.taken_on.desc())
    )
    return session.scalars(query.limit(1)).first()


def deviation_problem(
    rules: Rules, outcome: TestOutcome | None, route: Route | None, reason: str
) -> FieldError | None:
    """A route that does not follow from the test outcome needs a written reason."""
    if outcome is None or route is None or reason.strip():
        return None
    if rules.leerbaarheidstoets.route_fits(outcome, route):
        return None
    return FieldError(
        "deviation_reason",
        message(
            N_(
                "De {route} wijkt af van de uitkomst van de leerbaarheidstoets ({outcome}). "
                "Schrijf op waarom (ECLI:NL:RVS:2024:5413)."
            ),
            route=message(ROUTE_LABELS[route]),
            outcome=message(OUTCOME_LABELS[outcome]),
        ),
    )


def _set_agreements(pip: Pip, parsed: Mapping[str, Any]) -> None:
    existing = {row.domain: row for row in pip.agreements}
    for domain in AGREEMENT_DOMAINS:
        text = parsed.get(agreement_field(domain)) or ""
        row = existing.get(domain)
        if row is None and text:
            pip.agreements.append(PipAgreement(domain=domain, text=text))
        elif row is not None and row.text != text:
            row.text = text


def save_pip(
    store: Store,
    person_id: PersonId,
    values: Mapping[str, Raw],
    *,
    today: date,
    rules: Rules,
    complete: bool = False,
) -> Saved:
    """Save the latest PIP version (making version 1 if there is none); ``complete`` signs it."""
    if complete:
        values = with_completion(PIP_FORM, values, today)
    with store.transaction() as session:
        parsed = parse_form(PIP_FORM, values, today=today,
                            anchors=anchors_for(session, person_id), complete=complete)  # fmt: skip
        route = Route(parsed["route"])
        versions = _versions(session, person_id)
        latest = versions[-1] if versions else None
        errors = []
        problem = deviation_problem(rules, _toets_outcome(session, person_id), route,
                                    parsed["deviation_reason"])  # fmt: skip
        if problem:
            errors.append(problem)
        if latest is not None and latest.signed_on is not None and latest.route != route:
            signed = N_("Dit PIP is al getekend. Maak een nieuwe versie om de route te wijzigen.")
            errors.append(FieldError("route", message(signed)))
        if errors:
            raise ValidationFailed(errors)
        if latest is None:
            latest = Pip(person_id=person_id, version=1, route=route)
            session.add(latest)
        for spec in PIP.fields:
            setattr(latest, spec.name, parsed[spec.name] if spec.name != "route" else route)
        if latest.drafted_on is None:
            latest.drafted_on = today
        _set_agreements(latest, parsed)
        drop_draft(session, person_id, "pip")
        session.flush()
        return Saved("pip", latest.id, latest.signed_on is not None)


def route_change_problem(
    rules: Rules, versions: list[Pip], route: Route, on: date, *, starterz: bool = False
) -> FieldError | None:
    """The once-in-the-first-year rule, checked for a new version with ``route`` on ``on``."""
    rule = rules.route_change
    beschikking = min((p.beschikking_on for p in versions if p.beschikking_on), default=None)
    if beschikking is None or not versions:
        return None  # before the PIP is fixed the route is still being chosen
    facts = JourneyFacts(pip_versions=(
        *(PipVersion(p.version, p.route, p.drafted_on, p.signed_on, p.beschikking_on)
          for p in versions),
        PipVersion(versions[-1].version + 1, route, drafted_on=on),
    ))  # fmt: skip
    # The first year includes its anniversary; leaving the Z-route's StarterZ-klas for its
    # advice is the first real choice, not a change (as in desktop/journey/engine.py).
    year_end = rule.period.after(beschikking)
    counted = [
        change for change in route_changes(facts)
        if change.on is not None and beschikking <= change.on <= year_end
        and (rule.starterz_choice_counts or not (starterz and change.previous is Route.Z))
    ]  # fmt: skip
    if len(counted) <= rule.maximum:
        return None
    earlier = counted[0]
    return FieldError(
        "route",
        message(
            N_(
                "De leerroute mag in de eerste {term} na de beschikking ({beschikking}) "
                "hoogstens {maximum} keer wijzigen. Dat is al gebeurd in versie {version} "
                "({previous} naar {route}). Een nieuwe wijziging kan vanaf {date}."
            ),
            term=rule.period.as_message(),
            beschikking=format_date(beschikking),
            maximum=rule.maximum,
            version=earlier.version,
            previous=message(ROUTE_LABELS[earlier.previous]),
            route=message(ROUTE_LABELS[earlier.route]),
            date=format_date(year_end),
        ),
    )


def new_pip_version(
    store: Store,
    person_id: PersonId,
    *,
    route: Route,
    change: PipChange,
    reason: str,
    today: date,
    rules: Rules,
) -> Saved:
    """Start a new PIP version (schakelen, afschalen, verhuizing, bijstelling) with a reason.

    The agreements and provider carry over. The new version is a draft until it is signed:
    it does not count as a route change, the timeline and the handouts keep the signed one,
    and :func:`discard_pip_draft` throws it away.
    """
    with store.transaction() as session:
        versions = _versions(session, person_id)
        errors = []
        if not versions:
            errors.append(
                FieldError("route", message(N_("Er is nog geen PIP; sla eerst versie 1 op.")))
            )
        if change is PipChange.INITIEEL:
            errors.append(FieldError("change", message(N_("Kies waarom het PIP verandert."))))
        if not reason.strip():
            errors.append(
                FieldError("change_reason", message(N_("Schrijf op waarom het PIP verandert.")))
            )
        if versions and is_draft(versions[-1]):
            draft = N_(
                "Versie {version} is nog een concept. Teken die of gooi die weg voordat u een "
                "nieuwe versie maakt."
            )
            errors.append(FieldError("route", message(draft, version=versions[-1].version)))
        elif versions and route != versions[-1].route:
            in_klas = session.scalar(select(StarterZ.id).where(StarterZ.person_id == person_id))
            problem = route_change_problem(
                rules, versions, route, today, starterz=in_klas is not None
            )
            if problem:
                errors.append(problem)
        if errors:
            raise ValidationFailed(errors)
        previous = versions[-1]
        pip = Pip(
            person_id=person_id, version=previous.version + 1, route=route, change=change,
            change_reason=reason.strip(), drafted_on=today,
            deviation_reason=previous.deviation_reason,
            language_provider=previous.language_provider, support=previous.support,
            route_registered_on=previous.route_registered_on if route == previous.route else None,
            route_started_on=previous.route_started_on if route == previous.route else None,
        )  # fmt: skip
        for agreement in previous.agreements:
            pip.agreements.append(PipAgreement(domain=agreement.domain, text=agreement.text))
        session.add(pip)
        drop_draft(session, person_id, "pip")
        session.flush()
        return Saved("pip", pip.id, False)


def discard_pip_draft(store: Store, person_id: PersonId) -> int:
    """Throw away the newest PIP version while it is a draft; returns its number."""
    with store.transaction() as session:
        versions = _versions(session, person_id)
        if not versions or not is_draft(versions[-1]):
            raise NoDraftVersion()
        draft = versions[-1]
        number = draft.version
        session.delete(draft)  # its agreements go with it (cascade)
        drop_draft(session, person_id, "pip")
        return number
