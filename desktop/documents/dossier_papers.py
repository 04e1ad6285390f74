"""Dutch papers from the dossier: PIP to sign, partners' PIPs, Brede Intake, overdracht.

002 §2.1.4: "Middels een beschikking wordt de PIP vastgesteld en het getekende format van de
Brede Intake met daarin concrete afspraken wordt meegestuurd. De PIP afspraken worden ook
gedeeld met de taalaanbieder en maatschappelijk begeleider van VWN". The PIP to sign and the
Brede Intake form are the person's own papers (signed with the consultant); the partners'
PIPs and the warm overdracht to a new municipality go outside the team and need the
person's consent for that recipient (``desktop.documents.partners``). Every paper made is
recorded in the audit trail; a refused one too. All are PDF/A-2b, titles never name a person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.audit.trail import Action, record
from desktop.documents.archive import to_pdfa
from desktop.documents.data import load_handout_person
from desktop.documents.languages import DUTCH, long_date
from desktop.documents.layout import (
    BLUE,
    BODY,
    BODY_BOLD,
    HEADING,
    MARGIN,
    PAGE_WIDTH,
    SMALL,
    Sheet,
)
from desktop.documents.partners import (
    NoConsent,
    NoPip,
    dutch_sheet,
    make_partner_pip,
    valid_consent,
)
from desktop.documents.pip_summary import ROUTES
from desktop.documents.render import HandoutMaker, _render_lock
from desktop.domain.enums import LifeDomain, Recipient
from desktop.domain.model import BredeIntake, Consultant, Person, Pip, Trajectory
from desktop.journey import StepStatus
from desktop.journey.labels import status_label, step_label
from desktop.journey.team import team_rules
from desktop.messages import M_, Problem
from desktop.store import Store


class PaperKind(StrEnum):
    """The papers the dossier screen and ``wegwijzer papier`` make."""

    PIP_ONDERTEKENING = "pip_ondertekening"
    PIP_TAALAANBIEDER = "pip_taalaanbieder"
    PIP_VWN = "pip_vwn"
    BREDE_INTAKE = "brede_intake"
    OVERDRACHT = "overdracht"


#: Dutch names, for titles, menus and the audit trail (never with a person's name).
PAPER_NAMES: dict[PaperKind, str] = {
    PaperKind.PIP_ONDERTEKENING: "PIP om te ondertekenen",
    PaperKind.PIP_TAALAANBIEDER: "PIP voor de taalaanbieder",
    PaperKind.PIP_VWN: "PIP voor de maatschappelijk begeleider (VWN)",
    PaperKind.BREDE_INTAKE: "Brede Intake (samenvatting om te ondertekenen)",
    PaperKind.OVERDRACHT: "Warme overdracht aan de nieuwe gemeente",
}

#: The recipient whose consent a paper needs; the person's own papers need none.
CONSENT_FOR: dict[PaperKind, Recipient] = {
    PaperKind.PIP_TAALAANBIEDER: Recipient.TAALAANBIEDER,
    PaperKind.PIP_VWN: Recipient.VWN_BEGELEIDER,
    PaperKind.OVERDRACHT: Recipient.NIEUWE_GEMEENTE,
}

#: The life domains as consultants name them.
DOMAIN_NAMES: dict[LifeDomain, str] = {
    LifeDomain.LEERBAARHEID: "Leerbaarheid",
    LifeDomain.OPLEIDING: "Opleiding",
    LifeDomain.WERKERVARING: "Werkervaring",
    LifeDomain.COMPETENTIES: "Competenties",
    LifeDomain.TAALNIVEAU: "Taalniveau",
    LifeDomain.MOTIVATIE: "Motivatie",
    LifeDomain.ZELFREDZAAMHEID: "Zelfredzaamheid",
    LifeDomain.DIGITALE_VAARDIGHEDEN: "Digitale vaardigheden",
    LifeDomain.GEZINSSITUATIE: "Gezinssituatie",
    LifeDomain.GEZONDHEID_FYSIEK: "Gezondheid (lichamelijk)",
    LifeDomain.GEZONDHEID_MENTAAL: "Gezondheid (psychisch)",
    LifeDomain.SOCIAAL_NETWERK: "Sociaal netwerk",
    LifeDomain.VOORINBURGERING: "Voorinburgering",
    LifeDomain.WONEN: "Wonen",
    LifeDomain.FINANCIEN: "Financiën",
}


class NoHandoverConsent(NoConsent):
    """No valid consent to hand the dossier over to the new municipality."""

    text = M_(
        "Er is geen geldige toestemming om het dossier over te dragen aan de nieuwe "
        "gemeente. Leg eerst de toestemming van de inburgeraar vast (of kijk of die is "
        "ingetrokken)."
    )


class NoPipToSign(NoPip):
    """The person has no PIP yet to sign."""

    text = M_("Deze persoon heeft nog geen PIP om te ondertekenen.")


class NoIntake(Problem):
    """The person has no Brede Intake yet."""

    text = M_("Deze persoon heeft nog geen Brede Intake om af te drukken.")


@dataclass(frozen=True)
class Paper:
    """A paper made from the dossier: the PDF, what it is, and the consent it was made under."""

    pdf: bytes
    kind: PaperKind
    consent_id: str | None

    @property
    def file_name(self) -> str:
        """A file name to suggest: the kind, never the person's name."""
        return f"{self.kind.value}.pdf"


@dataclass(frozen=True)
class _Dossier:
    """What the person's own papers print: identity, consultant, the PIP with all domains."""

    name: str
    birth_date: date | None
    bsn: str
    v_nummer: str
    consultant: str
    consultant_phone: str
    pip: Pip | None
    agreements: tuple[tuple[LifeDomain, str], ...]
    intake: BredeIntake | None
    intake_rows: tuple[tuple[LifeDomain, str, str, str], ...]  # domain, assessment, details, notes


def _load(session: Session, person_id: str) -> _Dossier:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(person_id)
    trajectory = session.scalars(
        select(Trajectory).where(Trajectory.person_id == person_id)
    ).first()
    consultant = (
        session.get(Consultant, trajectory.consultant_id)
        if trajectory is not None and trajectory.consultant_id
        else None
    )
    pip = session.scalars(
        select(Pip).where(Pip.person_id == person_id).order_by(Pip.version.desc())
    ).first()
    order = list(LifeDomain)
    agreements = tuple(
        (row.domain, row.text.strip())
        for row in sorted(pip.agreements if pip else [], key=lambda r: order.index(r.domain))
        if row.text.strip()
    )
    intake = session.scalars(
        select(BredeIntake)
        .where(BredeIntake.person_id == person_id)
        .order_by(BredeIntake.created_at.desc())
    ).first()
    rows = tuple(
        (row.domain, row.assessment, _details(row.details), row.notes.strip())
        for row in sorted(intake.domains if intake else [], key=lambda r: order.index(r.domain))
    )
    return _Dossier(
        name=f"{person.given_names} {person.family_name}".strip(),
        birth_date=person.birth_date,
        bsn=person.bsn or "",
        v_nummer=person.v_nummer or "",
        consultant=consultant.name if consultant else "",
        consultant_phone=consultant.phone if consultant else "",
        pip=pip,
        agreements=agreements,
        intake=intake,
        intake_rows=rows,
    )


def _details(raw: str) -> str:
    """The structured fields of a life domain as "veld: waarde" (empty ones left out)."""
    try:
        values = json.loads(raw or "{}")
    except ValueError:
        return ""
    shown = []
    for key, value in values.items() if isinstance(values, dict) else ():
        if value in ("", None, False, [], {}):
            continue
        label = str(key).replace("_", " ")
        shown.append(label if value is True else f"{label}: {value}")
    return "; ".join(shown)


def _day(value: date | None) -> str:
    return long_date(value, DUTCH.locale) if value else "—"


def _identity(sheet: Sheet, dossier: _Dossier) -> None:
    sheet.plain(dossier.name, HEADING, gap=2)
    facts = [f"Geboren: {_day(dossier.birth_date)}"]
    if dossier.bsn:
        facts.append(f"BSN: {dossier.bsn}")
    if dossier.v_nummer:
        facts.append(f"V-nummer: {dossier.v_nummer}")
    sheet.plain(" · ".join(facts), BODY, gap=8)


def _heading(sheet: Sheet, text: str) -> None:
    sheet.y -= 6
    sheet.plain(text, BODY_BOLD, gap=3)


def _signatures(sheet: Sheet, dossier: _Dossier, municipality: str) -> None:
    """Two signature boxes side by side: the person and the consultant, with date and place."""
    height = 118.0
    sheet.ensure(height)
    sheet.y -= 10
    sheet.plain(
        "Door te tekenen verklaren de inburgeraar en de consulent dat zij deze afspraken "
        "samen hebben gemaakt en besproken (zo nodig met een tolk).",
        SMALL,
        gap=10,
    )
    canvas = sheet.canvas
    gap = 24.0
    width = (PAGE_WIDTH - 2 * MARGIN - gap) / 2
    top = sheet.y
    for column, (role, who) in enumerate(
        (
            ("Handtekening inburgeraar", dossier.name),
            ("Handtekening consulent", dossier.consultant or f"namens {municipality}"),
        )
    ):
        x = MARGIN + column * (width + gap)
        sheet.y = top
        typesetter = sheet.ctx.typesetter
        typesetter.paragraph(canvas, role, BODY_BOLD, x=x, top=sheet.y, width=width, rtl=False)
        typesetter.paragraph(canvas, who, BODY, x=x, top=sheet.y - 14, width=width, rtl=False)
        canvas.saveState()
        canvas.setStrokeColor(BLUE)
        canvas.setLineWidth(0.8)
        canvas.line(x, top - 70, x + width, top - 70)  # the signature
        canvas.line(x, top - 96, x + width * 0.45, top - 96)  # date
        canvas.line(x + width * 0.5, top - 96, x + width, top - 96)  # place
        canvas.restoreState()
        typesetter.paragraph(canvas, "Datum", SMALL, x=x, top=top - 98, width=width, rtl=False)
        typesetter.paragraph(
            canvas, "Plaats", SMALL, x=x + width * 0.5, top=top - 98, width=width, rtl=False
        )
    sheet.y = top - height + 14


def _finish(sheet: Sheet, kind: PaperKind, maker: HandoutMaker) -> bytes:
    return to_pdfa(
        sheet.finish(), title=PAPER_NAMES[kind], language="nl", author=maker.config.municipality
    )


def _pip_lines(pip: Pip) -> list[str]:
    route = ROUTES.get(pip.route.value, (pip.route.value, ""))[0]
    lines = [f"Route: {route} (PIP versie {pip.version})"]
    if pip.deviation_reason.strip():
        lines.append(f"Afwijking van het advies: {pip.deviation_reason.strip()}")
    if pip.language_provider:
        lines.append(f"Taalaanbieder: {pip.language_provider}")
    if pip.route_started_on:
        lines.append(f"Start van de route: {_day(pip.route_started_on)}")
    return lines


def render_pip_for_signing(maker: HandoutMaker, dossier: _Dossier, today: date) -> bytes:
    """The whole PIP in force, Dutch, with signature lines for the person and the consultant."""
    pip = dossier.pip
    if pip is None:
        raise NoPipToSign()
    with _render_lock:
        sheet = dutch_sheet(maker, PAPER_NAMES[PaperKind.PIP_ONDERTEKENING], today)
        _identity(sheet, dossier)
        sheet.plain(
            "Persoonlijk Plan Inburgering en Participatie (PIP). De gemeente stelt het PIP "
            "vast met een beschikking; dit is het plan zoals u en uw consulent het hebben "
            "afgesproken.",
            BODY,
            gap=6,
        )
        for line in _pip_lines(pip):
            sheet.plain(line, BODY, gap=2)
        _heading(sheet, "Afspraken per leefgebied")
        if not dossier.agreements:
            sheet.plain("Er zijn nog geen afspraken vastgelegd.", BODY)
        for domain, text in dossier.agreements:
            sheet.plain(DOMAIN_NAMES[domain], BODY_BOLD, gap=1)
            sheet.plain(text, BODY, indent=12, gap=5)
        if pip.support.strip():
            _heading(sheet, "Ondersteuning door de gemeente")
            sheet.plain(pip.support.strip(), BODY, indent=12)
        _signatures(sheet, dossier, maker.config.municipality)
        return _finish(sheet, PaperKind.PIP_ONDERTEKENING, maker)


def render_intake_summary(maker: HandoutMaker, dossier: _Dossier, today: date) -> bytes:
    """The Brede Intake per life domain with the PIP's agreements, to sign (sent with the
    beschikking). Health domains say only that they were discussed: that stays in the dossier."""
    intake = dossier.intake
    if intake is None:
        raise NoIntake()
    with _render_lock:
        sheet = dutch_sheet(maker, PAPER_NAMES[PaperKind.BREDE_INTAKE], today)
        _identity(sheet, dossier)
        held = intake.completed_on or intake.started_on
        sheet.plain(
            f"Brede Intake {'afgerond op' if intake.completed_on else 'gestart op'} "
            f"{_day(held)}. Consulent: {dossier.consultant or '—'}.",
            BODY,
            gap=6,
        )
        agreements = dict(dossier.agreements)
        _heading(sheet, "Leefgebieden")
        for domain, assessment, details, notes in dossier.intake_rows:
            if domain.is_sensitive:  # not even the assessment: it says something of health
                sheet.plain(DOMAIN_NAMES[domain], BODY_BOLD, gap=1)
                sheet.plain(
                    "Besproken. Wat over gezondheid is gezegd, staat alleen in het dossier.",
                    SMALL,
                    indent=12,
                    gap=5,
                )
                continue
            sheet.plain(
                f"{DOMAIN_NAMES[domain]}: {assessment or 'niet beoordeeld'}", BODY_BOLD, gap=1
            )
            for text in (details, notes):
                if text:
                    sheet.plain(text, BODY, indent=12, gap=2)
            if agreements.get(domain):
                sheet.plain(f"Afspraak: {agreements[domain]}", BODY, indent=12, gap=2)
            sheet.y -= 3
        if intake.voorinburgering_participation.strip():
            _heading(sheet, "Voorinburgering")
            sheet.plain(intake.voorinburgering_participation.strip(), BODY, indent=12)
        if dossier.pip is not None:
            _heading(sheet, "Het plan (PIP)")
            for line in _pip_lines(dossier.pip):
                sheet.plain(line, BODY, gap=2)
        _signatures(sheet, dossier, maker.config.municipality)
        return _finish(sheet, PaperKind.BREDE_INTAKE, maker)


def render_handover(
    maker: HandoutMaker, store: Store, person_id: str, dossier: _Dossier, consent_on: date,
    today: date,
) -> bytes:  # fmt: skip
    """The warm overdracht: who the person is, where the klantreis stands, the agreements
    (no health), and whom to call; read next to the exchange file."""
    with store.reading() as session:
        rules = team_rules(session)
        person = load_handout_person(session, person_id, today=today, rules=rules)
    with _render_lock:
        sheet = dutch_sheet(maker, PAPER_NAMES[PaperKind.OVERDRACHT], today)
        _identity(sheet, dossier)
        sheet.plain(
            f"De inburgeraar verhuist naar uw gemeente. Met toestemming van de inburgeraar "
            f"(gegeven op {_day(consent_on)}) dragen wij het inburgeringsdossier over. De "
            f"gegevens zelf staan in het uitwisselbestand dat met dit document meegaat.",
            BODY,
            gap=6,
        )
        _heading(sheet, "Klantreis")
        for state in person.journey.steps:
            if state.status is StepStatus.NOT_APPLICABLE:
                continue
            label = step_label(str(state.step), rules)
            if state.done_on:
                line = f"{label}: gedaan op {_day(state.done_on)}"
            else:
                line = f"{label}: {status_label(state.status.value).lower()}"
                if state.due:
                    line += f", uiterlijk {_day(state.due)}"
            sheet.plain(line, BODY, gap=2)
        if dossier.pip is not None:
            _heading(sheet, "Het plan (PIP)")
            for line in _pip_lines(dossier.pip):
                sheet.plain(line, BODY, gap=2)
            shown = [(d, t) for d, t in dossier.agreements if not d.is_sensitive]
            for domain, text in shown:
                sheet.plain(f"{DOMAIN_NAMES[domain]}: {text}", BODY, indent=12, gap=2)
            if dossier.pip.support.strip():
                sheet.plain(f"Ondersteuning: {dossier.pip.support.strip()}", BODY, gap=2)
        _heading(sheet, "Contact")
        phone = f", {dossier.consultant_phone}" if dossier.consultant_phone else ""
        sheet.plain(
            f"Consulent bij {maker.config.municipality}: {dossier.consultant or '—'}{phone}. "
            "Bel gerust voor een warme overdracht; gezondheidsgegevens staan niet in dit "
            "document.",
            BODY,
        )
        return _finish(sheet, PaperKind.OVERDRACHT, maker)


def make_paper(
    store: Store, maker: HandoutMaker, person_id: str, kind: PaperKind, *, today: date
) -> Paper:
    """Make one paper; NoConsent for a partner paper without consent (refusal audited).

    Each paper made is audited with its kind (and the consent it was made under).
    """
    if kind in (PaperKind.PIP_TAALAANBIEDER, PaperKind.PIP_VWN):
        shared = make_partner_pip(store, maker, person_id, CONSENT_FOR[kind], today=today)
        return Paper(shared.pdf, kind, shared.consent_id)  # audited there
    consent_id: str | None = None
    with store.reading() as session:
        dossier = _load(session, person_id)
    if kind is PaperKind.OVERDRACHT:
        consent = valid_consent(store, person_id, Recipient.NIEUWE_GEMEENTE, today)
        if consent is None:
            record(store, Action.REFUSED, person_id=person_id, detail=PAPER_NAMES[kind])
            raise NoHandoverConsent()
        consent_id = consent.id
        pdf = render_handover(maker, store, person_id, dossier, consent.given_on, today)
    elif kind is PaperKind.PIP_ONDERTEKENING:
        pdf = render_pip_for_signing(maker, dossier, today)
    else:
        pdf = render_intake_summary(maker, dossier, today)
    record(
        store,
        Action.EXPORT,
        person_id=person_id,
        record_table="consent" if consent_id else "",
        record_id=consent_id or "",
        detail=PAPER_NAMES[kind],
    )
    return Paper(pdf, kind, consent_id)
