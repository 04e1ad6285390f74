"""The invitation to a talk (Koffie en Koek, Brede Intake, progress talk), in two languages.

Date and time come from the planned appointment; without one the lines stay empty for the
consultant to fill in by hand.
"""

from __future__ import annotations

from desktop.documents.catalog import N_
from desktop.documents.config import HandoutConfig
from desktop.documents.data import Appointment, HandoutPerson
from desktop.documents.layout import (
    BLUE,
    BODY,
    BODY_BOLD,
    HEADING,
    MARGIN,
    PAGE_WIDTH,
    TEAL,
    TITLE,
    Msg,
    Sheet,
    nobreak,
)
from desktop.documents.pictograms import pictogram

KINDS = ("koffie_en_koek", "brede_intake", "voortgang")
KIND_TITLES = {
    "koffie_en_koek": N_("Koffie en Koek gesprek"),
    "brede_intake": N_("Brede Intake"),
    "voortgang": N_("Gesprek: hoe gaat het?"),
}
BRING = {
    "koffie_en_koek": (N_("Uw verblijfsdocument"), N_("Uw vragen")),
    "brede_intake": (
        N_("Uw verblijfsdocument"),
        N_("Diploma's en papieren van school en werk (als u die hebt)"),
        N_("Deze klantreis"),
    ),
    "voortgang": (N_("Uw verblijfsdocument"), N_("Deze klantreis"), N_("Uw vragen")),
}
BLANK = "____________________"
ICON = 40.0


def choose_appointment(person: HandoutPerson, kind: str | None) -> Appointment:
    """The planned appointment of ``kind`` (or the first planned one); else an empty one."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown appointment kind {kind!r}")
    for planned in person.appointments:
        if kind is None or planned.kind == kind:
            return planned
    if kind is None:
        current = person.journey.current_step
        kind = str(current) if current is not None and str(current) in KINDS else "voortgang"
    return Appointment(kind, None, "", person.interpreter_needed)


def _row(
    sheet: Sheet, picture: str, label: str, lines: list[tuple[str, dict[str, object]]]
) -> None:
    right = PAGE_WIDTH - MARGIN
    left = MARGIN + ICON + 14

    def body(draw: bool) -> float:
        height = sheet.pair(label, BODY_BOLD, left, right, sheet.y, draw=draw, color=TEAL) + 2
        for msgid, values in lines:
            height += sheet.pair(msgid, BODY, left, right, sheet.y - height, draw=draw, **values)
        return max(height, ICON)

    height = body(False)
    sheet.ensure(height + 12)
    pictogram(sheet.canvas, picture, MARGIN, sheet.y - ICON, ICON, TEAL)
    body(True)
    sheet.y -= height + 12


def render_invitation(
    sheet: Sheet, person: HandoutPerson, config: HandoutConfig, kind: str | None
) -> None:
    """Draw the invitation for ``person``'s appointment of ``kind``."""
    appointment = choose_appointment(person, kind)
    right = PAGE_WIDTH - MARGIN
    height = sheet.pair(KIND_TITLES[appointment.kind], TITLE, MARGIN, right, sheet.y, draw=False)
    sheet.pair(KIND_TITLES[appointment.kind], TITLE, MARGIN, right, sheet.y, color=BLUE)
    sheet.y -= height + 8
    sheet.block(
        N_("U hebt een gesprek met uw consulent {name}."),
        HEADING,
        name=nobreak(person.consultant_name or "-"),
        gap=14,
    )
    when = appointment.when
    if when is not None:
        _row(sheet, "calendar", N_("Datum"), [("{date}", {"date": when.date()})])
        _row(sheet, "clock", N_("Tijd"), [(N_("Om {time} uur"), {"time": when.strftime("%H:%M")})])
    else:
        _row(sheet, "calendar", N_("Datum"), [("{date}", {"date": BLANK})])
        _row(sheet, "clock", N_("Tijd"), [(N_("Om {time} uur"), {"time": "________"})])
    place = appointment.place
    if not place:
        place = "ROL" if appointment.kind == "koffie_en_koek" else config.meeting_place
    _row(sheet, "place", N_("Plaats"), [("{place}", {"place": place or BLANK})])
    _row(
        sheet,
        "bag",
        N_("Neem mee:"),
        [("• {item}", {"item": Msg(item)}) for item in BRING[appointment.kind]],
    )
    if appointment.interpreter:
        text = (
            N_("Er is een tolk. De tolk helpt via de telefoon.")
            if appointment.by_phone
            else N_("Er is een tolk bij het gesprek.")
        )
        _row(sheet, "talk", N_("Tolk"), [(text, {})])
    sheet.y -= 6
    sheet.block(
        N_("Kunt u niet komen? Bel dan uw consulent: {phone}."),
        BODY_BOLD,
        phone=nobreak(person.consultant_phone or config.phone or "-"),
    )
