"""The klantreis handout: the person's own journey as a numbered path with pictograms.

Each step shows a pictogram, a number, a short explanation in plain Dutch (A2) and in the
reader's language side by side, and the person's own date from the rules engine: done on,
planned on, or at the latest on. The current step is marked N_("U bent hier").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.catalog import N_, NP_, Plural
from desktop.documents.data import HandoutPerson
from desktop.documents.layout import (
    BLUE,
    BODY,
    BODY_BOLD,
    GREEN,
    GREY,
    HEADING,
    MARGIN,
    ORANGE,
    PAGE_WIDTH,
    SMALL,
    TEAL,
    Msg,
    Sheet,
    nobreak,
)
from desktop.documents.pictograms import pictogram
from desktop.domain.enums import Route
from desktop.journey import Rules, StepKey, StepStatus

ICON = 46.0
TEXT_LEFT = MARGIN + ICON + 16


@dataclass(frozen=True)
class Step:
    """A step as the handout shows it."""

    key: str  # StepKey value, or "meedoen"
    title: str
    explanation: str | Plural


STEPS: tuple[Step, ...] = (
    Step(
        "koffie_en_koek",
        N_("Koffie en Koek"),
        N_("Kennismaken met uw consulent op de ROL. U krijgt deze klantreis."),
    ),
    Step(
        "brede_intake",
        N_("Brede Intake"),
        N_("Een lang gesprek met uw consulent over uw leven: school, werk, gezin, wonen en geld."),
    ),
    Step(
        "leerbaarheidstoets",
        N_("Leerbaarheidstoets"),
        N_("Een test op de computer. Zo weten we hoe u het beste leert."),
    ),
    Step(
        "starterz", N_("StarterZ-klas"), N_("Een paar weken les. Daarna kiezen we samen uw route.")
    ),
    Step(
        "pip",
        N_("Uw plan (PIP)"),
        N_("In het plan staat wat u gaat doen. U en de gemeente tekenen het plan."),
    ),
    Step("route_start", N_("Naar school"), N_("U krijgt les in het Nederlands bij de taalschool.")),
    Step(
        "voortgang",
        N_("Gesprek: hoe gaat het?"),
        NP_(
            "Elke maand praten we over uw lessen en uw plan.",
            "Elke {months} maanden praten we over uw lessen en uw plan.",
            "months",
        ),
    ),
    Step(
        "pvt",
        N_("Participatieverklaring"),
        N_("U leert over vrijheid, gelijkheid en de regels in Nederland. Aan het eind tekent u."),
    ),
    Step(
        "map",
        N_("Werk in Nederland (MAP)"),
        N_("U leert hoe werk zoeken en werken in Nederland gaat."),
    ),
    Step(
        "meedoen",
        N_("Meedoen"),
        N_("Vrijwilligerswerk, taalcafé of taalstage. Zo leert u mensen en de taal kennen."),
    ),
    Step(
        "inburgeringstermijn",
        N_("Klaar met inburgeren"),
        NP_(
            "U hebt één jaar de tijd. Dan bent u klaar met inburgeren.",
            "U hebt {years} jaar de tijd. Dan bent u klaar met inburgeren.",
            "years",
        ),
    ),
)

ROUTE_NAMES = {
    "b1": N_("B1-route"),
    "onderwijs": N_("Onderwijsroute"),
    "z": N_("Z-route"),
}


def _date_line(person: HandoutPerson, key: str) -> tuple[str, date | None]:
    """The msgid of the date line and its date, for a step."""
    if key == "meedoen":
        return "", None
    state = person.journey.step(StepKey(key))
    if state.status is StepStatus.DONE and state.done_on:
        return N_("Gedaan op {date}"), state.done_on
    planned = next((a for a in person.appointments if a.kind == key and a.when), None)
    if planned and planned.when:
        return N_("Afspraak op {date}"), planned.when.date()
    if state.due and not state.working_agreement:
        # A working agreement of the team is no deadline for the person: never "uiterlijk".
        return N_("Uiterlijk {date}"), state.due
    return N_("Datum volgt"), None


def _shown(person: HandoutPerson) -> list[Step]:
    shown = []
    for step in STEPS:
        if step.key == "meedoen":
            shown.append(step)
            continue
        if person.journey.step(StepKey(step.key)).status is not StepStatus.NOT_APPLICABLE:
            shown.append(step)
    return shown


def _values(step: Step, rules: Rules, route: Route | None = None) -> dict[str, object]:
    if step.key == "voortgang":
        return {"months": rules.voortgang.interval.amount}
    if step.key == "inburgeringstermijn":
        # The termijn of the person's route (5 years for the Z-route in Hardinxveld-Giessendam).
        term = rules.inburgeringstermijn.term_for(route) or rules.inburgeringstermijn.term
        return {"years": term.amount}
    return {}


def _row(
    sheet: Sheet, number: int, step: Step, person: HandoutPerson, rules: Rules, *, draw: bool
) -> float:
    """One step: the text beside the pictogram; returns its height."""
    right = PAGE_WIDTH - MARGIN
    top = sheet.y
    current = person.journey.current_step == step.key
    height = 0.0
    if current:
        height += (
            sheet.pair(N_("U bent hier"), BODY_BOLD, TEXT_LEFT, right, top, draw=draw, color=ORANGE)
            + 2
        )
    height += (
        sheet.pair(step.title, HEADING, TEXT_LEFT, right, top - height, draw=draw, color=BLUE) + 2
    )
    height += sheet.pair(
        step.explanation,
        BODY,
        TEXT_LEFT,
        right,
        top - height,
        draw=draw,
        **_values(step, rules, person.journey.route),
    )
    if step.key == "route_start" and person.journey.route is not None:
        route = Msg(ROUTE_NAMES[person.journey.route.value])
        height += sheet.pair(
            N_("Uw route: {route}"), BODY, TEXT_LEFT, right, top - height, draw=draw, route=route
        )
    msgid, day = _date_line(person, step.key)
    if msgid:
        done = msgid == N_("Gedaan op {date}")
        height += 2 + sheet.pair(
            msgid,
            BODY_BOLD,
            TEXT_LEFT,
            right,
            top - height - 2,
            draw=draw,
            color=GREEN if done else TEAL,
            date=day,
        )
    return max(height, ICON + 4)


def render_klantreis(sheet: Sheet, person: HandoutPerson, rules: Rules) -> None:
    """Draw the klantreis of ``person`` on ``sheet``."""
    canvas = sheet.canvas
    sheet.block(
        N_("Hebt u een vraag? Bel uw consulent {name}: {phone}."),
        BODY_BOLD,
        name=nobreak(person.consultant_name or "-"),
        phone=nobreak(person.consultant_phone or "-"),
        gap=12,
    )
    previous_centre: float | None = None
    previous_page = sheet.page
    for number, step in enumerate(_shown(person), start=1):
        height = _row(sheet, number, step, person, rules, draw=False)
        sheet.ensure(height + 10)
        if sheet.page != previous_page:
            previous_centre, previous_page = None, sheet.page
        icon_y = sheet.y - ICON
        centre = icon_y + ICON / 2
        if previous_centre is not None:  # the path from the previous step to this one
            canvas.saveState()
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(3)
            canvas.setDash(4, 4)
            canvas.line(MARGIN + ICON / 2, previous_centre, MARGIN + ICON / 2, centre)
            canvas.restoreState()
        state = None if step.key == "meedoen" else person.journey.step(StepKey(step.key))
        done = state is not None and state.status is StepStatus.DONE
        is_current = person.journey.current_step == step.key
        colour = GREEN if done else ORANGE if is_current else TEAL
        picture = "klaar" if step.key == "inburgeringstermijn" else step.key
        pictogram(canvas, picture, MARGIN, icon_y, ICON, colour)
        _badge(sheet, number, MARGIN - 4, sheet.y + 2, done)
        _row(sheet, number, step, person, rules, draw=True)
        previous_centre = centre
        sheet.y -= height + 10
    sheet.y -= 4
    sheet.block(N_("Bewaar dit papier. Neem het mee naar elk gesprek."), SMALL, color=GREY)


def _badge(sheet: Sheet, number: int, x: float, top: float, done: bool) -> None:
    """The step number on a small white disc at the pictogram's corner."""
    canvas = sheet.canvas
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setStrokeColor(GREEN if done else BLUE)
    canvas.setLineWidth(1.5)
    canvas.circle(x + 9, top - 9, 9, stroke=1, fill=1)
    canvas.restoreState()
    sheet.text(str(number), SMALL, x, top - 3.5, 18, color=GREEN if done else BLUE, align="center")
