"""Field values as the screens hold them (text, booleans) and the Dutch messages about them.

The screens keep every field as plain text or a boolean, so that a half-typed date can be kept
in a draft. :func:`parse_date` and friends turn them into Python values; problems are
:class:`FieldError` values naming the field, so that a screen can show them next to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

#: What a field holds in a form or a draft: text, a yes/no, or nothing.
Raw = str | bool | None


@dataclass(frozen=True)
class FieldError:
    """A problem with one field; ``message`` is Dutch, written for the consultant."""

    field: str
    message: str


class ValidationFailed(ValueError):
    """Nothing was saved because some fields are not right."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def message_for(self, field: str) -> str | None:
        """The first message about ``field``, if any."""
        return next((e.message for e in self.errors if e.field == field), None)


def format_date(value: date | None) -> str:
    """A date as consultants write it: 31-12-2025."""
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(raw: Raw) -> date | None:
    """Read 31-12-2025, 31-12-25, 31/12/2025, 31.12.2025 or 2025-12-31; ValueError otherwise."""
    if raw is None or isinstance(raw, bool):
        return None
    text = raw.strip()
    if not text:
        return None
    for separator in "/.":
        text = text.replace(separator, "-")
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(text)
    if len(parts[0]) == 4:
        year, month, day = (int(part) for part in parts)
    else:
        day, month, year = (int(part) for part in parts)
        if len(parts[2]) == 2:
            year += 2000
    return date(year, month, day)


def parse_number(raw: Raw) -> float | None:
    """A number with a decimal comma or point; ValueError when it is not one."""
    if raw is None or isinstance(raw, bool) or not raw.strip():
        return None
    return float(raw.strip().replace(",", "."))


def as_text(raw: Raw) -> str:
    """The trimmed text of a field (booleans and None become empty)."""
    return raw.strip() if isinstance(raw, str) else ""


def is_empty(raw: Raw) -> bool:
    """True when nothing was filled in."""
    return raw is None or raw is False or (isinstance(raw, str) and not raw.strip())


MESSAGES = {
    "date": "Dit is geen geldige datum. Schrijf bijvoorbeeld 31-12-2025.",
    "number": "Dit is geen getal.",
    "required": "Vul dit in om de stap af te ronden.",
    "future": "Deze datum ligt in de toekomst; dat kan hier niet.",
    "choice": "Kies een van de mogelijkheden.",
}


def before_message(what: str, other: str, other_day: date) -> str:
    """E.g. 'De intake kan niet vóór de koppeling (12-03-2025) liggen.'"""
    return f"{what} kan niet vóór {other} ({format_date(other_day)}) liggen."
