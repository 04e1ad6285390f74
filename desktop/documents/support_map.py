"""The sociale kaart: which organisation helps with what, from the municipality's list."""

from __future__ import annotations

from desktop.documents.catalog import N_
from desktop.documents.config import HandoutConfig, Organisation
from desktop.documents.data import HandoutPerson
from desktop.documents.layout import BLUE, BODY, HEADING, MARGIN, PAGE_WIDTH, TEAL, Sheet, nobreak
from desktop.documents.pictograms import pictogram

ICON = 44.0


def _row(sheet: Sheet, organisation: Organisation, phone: str, *, draw: bool) -> float:
    """Name, what they help with, phone and address beside the pictogram; the height."""
    right = PAGE_WIDTH - MARGIN
    left = MARGIN + ICON + 14
    top = sheet.y
    height = sheet.pair(organisation.name, HEADING, left, right, top, draw=draw, color=BLUE) + 2
    height += sheet.pair(organisation.helps_with, BODY, left, right, top - height, draw=draw)
    if phone:
        height += sheet.pair(
            N_("Telefoon: {phone}"), BODY, left, right, top - height, draw=draw, color=TEAL,
            phone=nobreak(phone),
        )  # fmt: skip
    if organisation.address:
        height += sheet.pair(
            N_("Adres: {address}"), BODY, left, right, top - height, draw=draw,
            address=organisation.address,
        )  # fmt: skip
    return max(height, ICON)


def render_support_map(sheet: Sheet, config: HandoutConfig, person: HandoutPerson | None) -> None:
    """Draw one row per organisation: pictogram, name, what they help with, phone, address."""
    for organisation in config.organisations:
        phone = organisation.phone
        if organisation.pictogram == "house" and person is not None and person.consultant_phone:
            phone = person.consultant_phone  # "your consultant": their own number
        height = _row(sheet, organisation, phone, draw=False)
        sheet.ensure(height + 14)
        pictogram(sheet.canvas, organisation.pictogram, MARGIN, sheet.y - ICON, ICON, TEAL)
        _row(sheet, organisation, phone, draw=True)
        sheet.y -= height + 14
