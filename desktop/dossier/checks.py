"""Checking a form's values against its spec: types, required fields and impossible dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.bsn import bsn_message
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.validation import (
    MESSAGES,
    FieldError,
    Raw,
    ValidationFailed,
    as_text,
    before_message,
    format_date,
    format_number,
    is_empty,
    parse_date,
    parse_number,
    range_message,
)
from desktop.messages import N_, Message, message

#: How an anchor or a field is named in a message about dates in the wrong order.
ANCHOR_NAMES = {
    "koppeling": N_("de koppeling"),
    "koffie_en_koek": N_("het Koffie en Koek gesprek"),
    "beschikking": N_("de beschikking van het PIP"),
    "birth_date": N_("de geboortedatum"),
    "started_on": N_("de startdatum"),
    "start_date": N_("de startdatum"),
    "signed_on": N_("de ondertekening"),
    "starterz_started_on": N_("de start van de StarterZ-klas"),
}


@dataclass(frozen=True)
class Anchors:
    """Dates from elsewhere in the dossier that a form's dates may not precede."""

    koppeling: date | None = None
    koffie_en_koek: date | None = None
    beschikking: date | None = None

    def get(self, name: str) -> date | None:
        return getattr(self, name, None) if name in ("koppeling", "koffie_en_koek",
                                                     "beschikking") else None  # fmt: skip


def _parse_one(spec: FieldSpec, raw: Raw, today: date | None = None) -> Any:
    """The Python value of one field; ValueError when it cannot be read."""
    if spec.kind is Kind.BOOL:
        return bool(raw)
    if spec.kind is Kind.DATE:
        return parse_date(raw, past=spec.past, today=today)
    if spec.kind is Kind.NUMBER:
        number = parse_number(raw)
        if number is not None and not _within(spec, number):
            raise ValueError(number)
        return number
    text = as_text(raw)
    if spec.kind is Kind.CHOICE:
        # A choice without fixed choices (a step of the team's rules file) is checked by its
        # save function, which knows the rules.
        if text and spec.choices and text not in spec.choices:
            raise ValueError(text)
        return text or None
    return text


def _is_required_now(spec: FieldSpec, values: Mapping[str, Raw], complete: bool) -> bool:
    if spec.required_when is None:
        return spec.need is Need.ALWAYS or (complete and spec.need is Need.COMPLETE)
    if spec.need is Need.COMPLETE and not complete:
        return False  # a condition that only matters for completing the step
    other, wanted = spec.required_when
    value = values.get(other)
    if wanted == "*":
        return not is_empty(value)
    if wanted == "true":
        return value is True
    if wanted.startswith("!"):
        return not is_empty(value) and value != wanted[1:]
    return value == wanted


def parse_form(
    spec: FormSpec,
    values: Mapping[str, Raw],
    *,
    today: date,
    anchors: Anchors,
    complete: bool = False,
) -> dict[str, Any]:
    """The Python values of a form; raises ValidationFailed with every problem at once."""
    errors: list[FieldError] = []
    parsed: dict[str, Any] = {}
    for field in spec.fields:
        raw = values.get(field.name)
        try:
            parsed[field.name] = _parse_one(field, raw, today)
        except ValueError:
            errors.append(FieldError(field.name, _unreadable(field)))
            continue
        if _is_required_now(field, values, complete) and is_empty(raw):
            errors.append(FieldError(field.name, MESSAGES["required"]))
    for field in spec.fields:
        day = parsed.get(field.name)
        if field.kind is not Kind.DATE or not isinstance(day, date):
            continue
        problem = _date_problem(field, day, parsed, today, anchors)
        if problem:
            errors.append(FieldError(field.name, problem))
    if errors:
        raise ValidationFailed(errors)
    return parsed


def _within(spec: FieldSpec, number: float) -> bool:
    return (spec.minimum is None or number >= spec.minimum) and (
        spec.maximum is None or number <= spec.maximum
    )


def _unreadable(field: FieldSpec) -> Message:
    """The message for a value that cannot be read (or a number out of its bounds)."""
    if field.kind is Kind.NUMBER and (field.minimum is not None or field.maximum is not None):
        return range_message(field.minimum, field.maximum, field.out_of_range)
    kind = field.kind if field.kind in (Kind.DATE, Kind.NUMBER) else "choice"
    return MESSAGES[str(kind)]


def _date_problem(
    field: FieldSpec, day: date, parsed: Mapping[str, Any], today: date, anchors: Anchors
) -> Message | None:
    if field.past and day > today:
        return MESSAGES["future"]
    for name in field.not_before:
        other = parsed.get(name) if name in parsed else anchors.get(name)
        if isinstance(other, date) and day < other:
            anchor = ANCHOR_NAMES.get(name)
            what = message(N_("Deze datum"))
            return before_message(what, message(anchor) if anchor else name, other)
    return None


def check_bsn(raw: Raw) -> FieldError | None:
    """The eleven-test on a filled-in BSN (empty is allowed: not everyone has one yet)."""
    text = as_text(raw)
    if not text:
        return None
    problem = bsn_message(text)
    return FieldError("bsn", problem) if problem else None


def raw_value(spec: FieldSpec, value: Any) -> Raw:
    """How a stored value is shown in a form field."""
    if spec.kind is Kind.BOOL:
        return bool(value)
    if value is None:
        return ""
    if spec.kind is Kind.DATE:
        return format_date(value)
    if spec.kind is Kind.NUMBER:
        return format_number(float(value))
    return str(value)
