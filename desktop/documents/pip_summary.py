"""The PIP summary for the person: route and agreements, clearly not the beschikking.

The agreements are the consultant's own Dutch words; they are printed in Dutch (a machine
translation of a legal agreement would be worse than none) with their life domain named in
both languages, and a note that the consultant or interpreter explains them. Health domains
never appear (they are filtered out when the data is read).
"""

from __future__ import annotations

from desktop.documents.catalog import N_
from desktop.documents.data import HandoutPerson
from desktop.documents.layout import (
    BLUE,
    BODY,
    BODY_BOLD,
    HEADING,
    MARGIN,
    ORANGE,
    PAGE_WIDTH,
    Msg,
    Sheet,
)
from desktop.documents.text import Style
from desktop.domain.enums import LifeDomain
from desktop.journey import StepKey

ROUTES = {
    "b1": (N_("B1-route"), N_("Lessen Nederlands tot niveau B1. Ook lessen over werk (MAP).")),
    "onderwijs": (N_("Onderwijsroute"), N_("Lessen Nederlands en voorbereiding op een opleiding.")),
    "z": (N_("Z-route"), N_("Lessen Nederlands in uw eigen tempo, en meedoen in het dorp.")),
    "starterz": (
        N_("StarterZ-klas"),
        N_("Eerst de StarterZ-klas. Daarna kiezen we samen uw route."),
    ),
}

DOMAINS: dict[LifeDomain, str] = {
    LifeDomain.LEERBAARHEID: N_("Leren"),
    LifeDomain.OPLEIDING: N_("School en opleiding"),
    LifeDomain.WERKERVARING: N_("Werk"),
    LifeDomain.COMPETENTIES: N_("Wat u goed kunt"),
    LifeDomain.TAALNIVEAU: N_("Taal"),
    LifeDomain.MOTIVATIE: N_("Wat u wilt"),
    LifeDomain.ZELFREDZAAMHEID: N_("Zelf dingen regelen"),
    LifeDomain.DIGITALE_VAARDIGHEDEN: N_("Computer en internet"),
    LifeDomain.GEZINSSITUATIE: N_("Gezin"),
    LifeDomain.SOCIAAL_NETWERK: N_("Mensen om u heen"),
    LifeDomain.VOORINBURGERING: N_("Voorinburgering"),
    LifeDomain.WONEN: N_("Wonen"),
    LifeDomain.FINANCIEN: N_("Geld"),
}


def _warning(sheet: Sheet) -> None:
    """The boxed notice that this is a summary and not the beschikking."""
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    msgids = (
        N_("Dit is een samenvatting. Het is niet de beschikking."),
        N_("De beschikking is de officiële brief van de gemeente. Alleen de beschikking geldt."),
    )

    def draw(paint: bool) -> float:
        height = 8.0
        for msgid, style in zip(msgids, (BODY_BOLD, BODY), strict=True):
            height += (
                sheet.pair(
                    msgid,
                    style,
                    left + 10,
                    right - 10,
                    sheet.y - height,
                    draw=paint,
                    color=ORANGE if style.bold else BLUE,
                )
                + 2
            )
        return height + 6

    height = draw(False)
    sheet.ensure(height)
    canvas = sheet.canvas
    canvas.saveState()
    canvas.setStrokeColor(ORANGE)
    canvas.setLineWidth(2.5)
    canvas.roundRect(left, sheet.y - height, right - left, height, 6, stroke=1, fill=0)
    canvas.restoreState()
    draw(True)
    sheet.y -= height + 14


def render_pip_summary(sheet: Sheet, person: HandoutPerson) -> None:
    """Draw the PIP summary of ``person``."""
    _warning(sheet)
    pip = person.pip
    if pip is None:
        sheet.block(N_("Er is nog geen plan. Uw consulent maakt het plan samen met u."), HEADING)
        return
    name, explanation = ROUTES[pip.route.value]
    sheet.block(N_("Uw route"), HEADING, color=BLUE, gap=2)
    sheet.block("{route}", BODY_BOLD, route=Msg(name), gap=2)
    sheet.block(explanation, BODY)
    if pip.language_provider:
        sheet.block(N_("Taalschool: {school}"), BODY, school=pip.language_provider, gap=2)
    if pip.signed_on:
        sheet.block(N_("Getekend op {date}"), BODY, date=pip.signed_on, gap=2)
    if pip.route_started_on:
        sheet.block(N_("Start van de lessen: {date}"), BODY, date=pip.route_started_on, gap=2)
    due = person.journey.step(StepKey.INBURGERINGSTERMIJN).due
    if due:
        sheet.block(N_("Klaar met inburgeren: uiterlijk {date}"), BODY_BOLD, date=due)
    sheet.y -= 8
    if pip.agreements:
        sheet.block(N_("Uw afspraken"), HEADING, color=BLUE, gap=2)
        sheet.block(
            N_(
                "De afspraken zijn in het Nederlands geschreven. Uw consulent of de "
                "tolk legt ze uit."
            ),
            BODY,
            gap=8,
        )
        for domain, text in pip.agreements:
            _dutch_text(sheet, DOMAINS[domain], text)
    if pip.support:
        _dutch_text(sheet, N_("Steun van de gemeente"), pip.support, heading=HEADING)


def _dutch_text(sheet: Sheet, label: str, text: str, heading: Style = BODY_BOLD) -> None:
    """A translated label over the consultant's own Dutch words, kept together on a page.

    The Dutch text stays in the Dutch column: spread over both columns it would look like a
    translation.
    """
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    (x, width), _ = sheet.columns(left, right)
    label_height = sheet.pair(label, heading, left, right, sheet.y, draw=False)
    text_height = sheet.text(text, BODY, x + 10, sheet.y, width - 10, draw=False)
    sheet.ensure(label_height + 1 + text_height)
    sheet.pair(label, heading, left, right, sheet.y, color=BLUE)
    sheet.y -= label_height + 1
    sheet.text(text, BODY, x + 10, sheet.y, width - 10)
    sheet.y -= text_height + 8
