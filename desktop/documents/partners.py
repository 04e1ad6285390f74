"""Sharing the PIP with partners, with the person's consent (002 §2.1.3, §8.2).

"Met de inburgeraar en maatschappelijk begeleider wordt de PIP/ brede intake gedeeld": the
language school and the VWN begeleider each get a PIP of their own that leaves out what
they do not need (and health, always). Sharing needs the person's consent per recipient:
who, what, since when, and when it was withdrawn. Without a valid consent no partner
document is made; every one made is recorded in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.audit.trail import Action, record
from desktop.documents.archive import to_pdfa
from desktop.documents.data import HandoutPerson, load_handout_person
from desktop.documents.languages import DUTCH, long_date
from desktop.documents.layout import BODY, BODY_BOLD, HEADING, SMALL, Sheet
from desktop.documents.render import HandoutMaker, _render_lock
from desktop.domain.enums import LifeDomain, Recipient
from desktop.domain.model import Consent
from desktop.messages import M_, Problem
from desktop.store import Store

RECIPIENT_NAMES = {
    Recipient.TAALAANBIEDER: "de taalaanbieder",
    Recipient.VWN_BEGELEIDER: "de maatschappelijk begeleider (VWN)",
    Recipient.NIEUWE_GEMEENTE: "de nieuwe gemeente",
}

#: What a consent lets the team share with each recipient (the consent's ``scope``).
SCOPES: dict[Recipient, str] = {
    Recipient.TAALAANBIEDER: "pip",
    Recipient.VWN_BEGELEIDER: "pip",
    Recipient.NIEUWE_GEMEENTE: "overdracht",
}

#: The agreements each recipient needs for their work; health never (already left out).
DOMAINS_FOR: dict[Recipient, frozenset[LifeDomain]] = {
    Recipient.TAALAANBIEDER: frozenset(
        {
            LifeDomain.TAALNIVEAU,
            LifeDomain.LEERBAARHEID,
            LifeDomain.OPLEIDING,
            LifeDomain.DIGITALE_VAARDIGHEDEN,
        }
    ),
    Recipient.VWN_BEGELEIDER: frozenset(
        {
            LifeDomain.ZELFREDZAAMHEID,
            LifeDomain.GEZINSSITUATIE,
            LifeDomain.SOCIAAL_NETWERK,
            LifeDomain.WONEN,
            LifeDomain.FINANCIEN,
            LifeDomain.MOTIVATIE,
            LifeDomain.WERKERVARING,
        }
    ),
}


class NoConsent(Problem):
    """No valid consent to share with this recipient: nothing is made."""

    text = M_(
        "Er is geen geldige toestemming om het PIP te delen met {recipient}. Leg eerst de "
        "toestemming van de inburgeraar vast (of kijk of die is ingetrokken)."
    )


class NoPip(Problem):
    """The person has no PIP yet."""

    text = M_("Deze persoon heeft nog geen PIP om te delen.")


def give_consent(
    store: Store,
    person_id: str,
    recipient: Recipient,
    *,
    given_on: date,
    recipient_name: str = "",
    note: str = "",
) -> str:
    """Record the person's consent to share their PIP with ``recipient``; the consent id."""
    with store.transaction() as session:
        consent = Consent(
            person_id=person_id,
            recipient=recipient,
            recipient_name=recipient_name,
            scope=SCOPES[recipient],
            given_on=given_on,
            note=note,
        )
        session.add(consent)
        session.flush()
        return consent.id


def withdraw_consent(store: Store, consent_id: str, *, on: date) -> None:
    """The person withdrew the consent on ``on``: no partner document from that day."""
    with store.transaction() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise LookupError(consent_id)
        consent.withdrawn_on = on


def consents(store: Store, person_id: str) -> list[Consent]:
    """Every consent of a person, newest first (withdrawn ones included)."""
    with store.reading() as session:
        found = session.scalars(
            select(Consent)
            .where(Consent.person_id == person_id)
            .order_by(Consent.given_on.desc(), Consent.created_at.desc())
        )
        rows = list(found)
        session.expunge_all()
        return rows


def valid_consent(store: Store, person_id: str, recipient: Recipient, day: date) -> Consent | None:
    """The consent that allows sharing with ``recipient`` on ``day``, if any."""
    return next(
        (c for c in consents(store, person_id) if c.recipient == recipient and c.valid_on(day)),
        None,
    )


@dataclass(frozen=True)
class PartnerDocument:
    """A PIP for one partner: the PDF and the consent it was made under."""

    pdf: bytes
    recipient: Recipient
    consent_id: str


def make_partner_pip(
    store: Store, maker: HandoutMaker, person_id: str, recipient: Recipient, *, today: date
) -> PartnerDocument:
    """The PIP for ``recipient``; NoConsent without a valid consent. Audited."""
    consent = valid_consent(store, person_id, recipient, today)
    if consent is None:
        record(store, Action.REFUSED, person_id=person_id, detail=f"PIP voor {recipient.value}")
        raise NoConsent(recipient=RECIPIENT_NAMES[recipient])
    with store.reading() as session:
        person = load_handout_person(session, person_id, today=today, rules=maker.rules)
    if person.pip is None:
        raise NoPip()
    pdf = _render(maker, person, recipient, consent, today)
    record(
        store,
        Action.EXPORT,
        person_id=person_id,
        record_table="consent",
        record_id=consent.id,
        detail=f"PIP voor {recipient.value}",
    )
    return PartnerDocument(pdf, recipient, consent.id)


def _render(
    maker: HandoutMaker, person: HandoutPerson, recipient: Recipient, consent: Consent, today: date
) -> bytes:
    from desktop.documents.pip_summary import DOMAINS, ROUTES

    assert person.pip is not None
    pip = person.pip
    title = f"PIP voor {RECIPIENT_NAMES[recipient]}"
    with _render_lock:
        sheet = dutch_sheet(maker, title, today)
        # Free text goes in as a value: a brace in an agreement is not a format field.
        sheet.block("{name}", HEADING, gap=4, name=person.name)
        given = long_date(consent.given_on, DUTCH.locale)
        sheet.block(
            "Gedeeld met toestemming van de inburgeraar, gegeven op {date}{to}.",
            SMALL,
            gap=10,
            date=given,
            to=f" voor {consent.recipient_name}" if consent.recipient_name else "",
        )
        route_name = ROUTES.get(pip.route.value, (pip.route.value, ""))[0]
        lines = [f"Route: {route_name} (PIP versie {pip.version})"]
        if pip.language_provider:
            lines.append(f"Taalaanbieder: {pip.language_provider}")
        if pip.route_started_on:
            lines.append(f"Start van de route: {long_date(pip.route_started_on, DUTCH.locale)}")
        if recipient is Recipient.VWN_BEGELEIDER:
            if pip.signed_on:
                lines.append(f"PIP ondertekend: {long_date(pip.signed_on, DUTCH.locale)}")
            if pip.beschikking_on:
                lines.append(f"Beschikking: {long_date(pip.beschikking_on, DUTCH.locale)}")
            if pip.support:
                lines.append(f"Ondersteuning: {pip.support}")
        for line in lines:
            sheet.block("{line}", BODY, gap=2, line=line)
        sheet.y -= 10
        wanted = DOMAINS_FOR[recipient]
        shown = [(d, t) for d, t in pip.agreements if d in wanted and not d.is_sensitive]
        sheet.block("Afspraken", BODY_BOLD, gap=4)
        if not shown:
            sheet.block("Geen afspraken voor uw werk in dit PIP.", BODY)
        for domain, text in shown:
            sheet.block("{domain}: {text}", BODY, gap=4, domain=DOMAINS[domain], text=text)
        sheet.y -= 10
        contact = person.consultant_name or "de consulent"
        phone = f" ({person.consultant_phone})" if person.consultant_phone else ""
        sheet.block(
            "Vragen? Neem contact op met {contact}{phone}. Deel dit document niet verder; "
            "de inburgeraar kan de toestemming intrekken.",
            BODY,
            contact=contact,
            phone=phone,
        )
        pdf = sheet.finish()
    return to_pdfa(pdf, title=title, language="nl", author=maker.config.municipality)


def dutch_sheet(maker: HandoutMaker, title: str, today: date) -> Sheet:
    """A Dutch-only sheet (partner papers, the papers to sign) with the team's municipality."""
    from desktop.documents.layout import Context

    ctx = Context(
        typesetter=maker.typesetter,
        translation=maker.catalogs.translation(DUTCH),
        date_locale=DUTCH.locale,
        municipality=maker.config.municipality,
        printed_on=today,
    )
    return Sheet(ctx, title)
