"""Field values as the screens hold them (text, booleans) and the Dutch messages about them.

The screens keep every field as plain text or a boolean, so that a half-typed date can be kept
in a draft. :func:`parse_date` and friends turn them into Python values; problems are
:class:`FieldError` values naming the field, so that a screen can show them next to it. Their
texts are messages of the core catalogue (:mod:`desktop.messages`), shown in the UI language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.messages import N_, Message, Problem, message

#: What a field holds in a form or a draft: text, a yes/no, or nothing.
Raw = str | bool | None


@dataclass(frozen=True)
class FieldError:
    """A problem with one field, written for the consultant; ``message`` in the UI language."""

    field: str
    text: Message

    @property
    def message(self) -> str:
        """The text in the current language (Dutch by default)."""
        return str(self.text)


class ValidationFailed(Problem, ValueError):
    """Nothing was saved because some fields are not right."""

    text = N_("Niet opgeslagen: niet alle velden kloppen.")

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__()

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.message}" for e in self.errors)

    def message_for(self, field: str) -> str | None:
        """The first message about ``field`` (current language), if any."""
        return next((e.message for e in self.errors if e.field == field), None)


def format_date(value: date | None) -> str:
    """A date as consultants write it: 31-12-2025."""
    return value.strftime("%d-%m-%Y") if value else ""


def resolve_year(year: int, month: int, day: int, *, past: bool, today: date) -> int:
    """The four-digit year a consultant means by a two-digit one.

    A date that cannot lie in the future (a birth, a talk held) takes the latest century that
    keeps it on or before today: "12-3-85" is 1985. Any other date (an appointment, a
    deadline) takes the century that puts it nearest to today: "1-1-26" is 2026.
    """
    century = today.year - today.year % 100
    candidates = [century - 100 + year, century + year, century + 100 + year]
    if past:
        earlier = [c for c in candidates if (c, month, day) <= (today.year, today.month, today.day)]
        return max(earlier)
    return min(candidates, key=lambda c: (abs(c - today.year), -c))  # a tie: the later one


def parse_date(raw: Raw, *, past: bool = False, today: date | None = None) -> date | None:
    """Read 31-12-2025, 31-12-25, 31/12/2025, 31.12.2025 or 2025-12-31; ValueError otherwise.

    A two-digit year is resolved by :func:`resolve_year` (``past`` for a date that cannot lie
    in the future), relative to ``today`` (the computer's date when not given).
    """
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
            year = resolve_year(year, month, day, past=past, today=today or date.today())
        elif len(parts[2]) != 4:
            raise ValueError(text)
    return date(year, month, day)


def normalise_date(raw: Raw, *, past: bool = False, today: date | None = None) -> str:
    """A typed date as dd-mm-jjjj when it can be read; the text as typed otherwise."""
    text = raw.strip() if isinstance(raw, str) else ""
    try:
        day = parse_date(text, past=past, today=today)
    except ValueError:
        return text
    return format_date(day)


def parse_number(raw: Raw) -> float | None:
    """A finite number with a decimal comma or point; ValueError when it is not one.

    ``inf``, ``nan`` and numbers too large for a float (``1e400``) are not numbers a
    consultant means: they are refused like any other text.
    """
    if raw is None or isinstance(raw, bool) or not raw.strip():
        return None
    number = float(raw.strip().replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(raw)
    return number


def format_number(value: float) -> str:
    """A number as the screens show it: 12,5 (decimal comma, no trailing zeros)."""
    return f"{value:g}".replace(".", ",")


def range_message(minimum: float | None, maximum: float | None, text: str | None = None) -> Message:
    """E.g. 'Vul een getal in van 0 tot en met 80.'; ``text``: another id with both bounds."""
    if minimum is not None and maximum is not None:
        return message(
            text or N_("Vul een getal in van {minimum} tot en met {maximum}."),
            minimum=format_number(minimum),
            maximum=format_number(maximum),
        )
    if minimum is not None:
        low = format_number(minimum)
        return message(N_("Vul een getal in van minstens {minimum}."), minimum=low)
    high = format_number(maximum or 0)
    return message(N_("Vul een getal in van hoogstens {maximum}."), maximum=high)


def as_text(raw: Raw) -> str:
    """The trimmed text of a field (booleans and None become empty)."""
    return raw.strip() if isinstance(raw, str) else ""


def is_empty(raw: Raw) -> bool:
    """True when nothing was filled in."""
    return raw is None or raw is False or (isinstance(raw, str) and not raw.strip())


MESSAGES = {
    "date": message(N_("Dit is geen geldige datum. Schrijf bijvoorbeeld 31-12-2025.")),
    "number": message(N_("Dit is geen getal.")),
    "required": message(N_("Vul dit in om de stap af te ronden.")),
    "future": message(N_("Deze datum ligt in de toekomst; dat kan hier niet.")),
    "choice": message(N_("Kies een van de mogelijkheden.")),
    "bsn_taken": message(N_("Dit BSN staat al bij een andere persoon.")),
}


def before_message(what: Message | str, other: Message | str, other_day: date) -> Message:
    """E.g. 'Deze datum kan niet vóór de koppeling (12-03-2025) liggen.'"""
    return message(
        N_("{what} kan niet vóór {other} ({date}) liggen."),
        what=what,
        other=other,
        date=format_date(other_day),
    )
