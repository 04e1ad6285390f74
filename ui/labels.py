"""Translatable screen labels for the domain's fixed values, and how a failure is told.

The enums live in ``desktop/`` (no Qt there); their labels for the screens live here. Tables
are keyed by the enum *value* (a StrEnum is its value), so this module needs no engine import.
Expected failures bring their own message in the UI language (:class:`desktop.messages.Problem`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.messages import Problem

log = logging.getLogger(__name__)

_CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate (which knows this name) without translating it yet."""
    return text


STEP_LABELS: dict[str, str] = {
    "koppeling": QT_TRANSLATE_NOOP("Labels", "Linked to municipality"),
    "koffie_en_koek": QT_TRANSLATE_NOOP("Labels", "Koffie en Koek talk"),
    "brede_intake": QT_TRANSLATE_NOOP("Labels", "Broad intake"),
    "leerbaarheidstoets": QT_TRANSLATE_NOOP("Labels", "Learnability test"),
    "starterz": QT_TRANSLATE_NOOP("Labels", "StarterZ class"),
    "pip": QT_TRANSLATE_NOOP("Labels", "PIP signed"),
    "pip_vastgesteld": QT_TRANSLATE_NOOP("Labels", "PIP fixed (beschikking)"),
    "route_start": QT_TRANSLATE_NOOP("Labels", "Route start"),
    "voortgang": QT_TRANSLATE_NOOP("Labels", "Progress talk"),
    "pvt": QT_TRANSLATE_NOOP("Labels", "Participation statement (PVT)"),
    "map": QT_TRANSLATE_NOOP("Labels", "Labour market module (MAP)"),
    "ontzorgen": QT_TRANSLATE_NOOP("Labels", "Ontzorgen"),
    "vwn_begeleiding": QT_TRANSLATE_NOOP("Labels", "Social guidance (VWN)"),
    "inburgeringstermijn": QT_TRANSLATE_NOOP("Labels", "Integration term"),
    "einde": QT_TRANSLATE_NOOP("Labels", "Ended"),
}

STATUS_LABELS: dict[str, str] = {
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "planned_late": QT_TRANSLATE_NOOP("Labels", "Planned late"),
    "not_applicable": QT_TRANSLATE_NOOP("Labels", "Not applicable"),
}

CATEGORY_LABELS: dict[str, str] = {
    "asielstatushouder": QT_TRANSLATE_NOOP("Labels", "Refugee with permit"),
    "nareiziger": QT_TRANSLATE_NOOP("Labels", "Reunited family member"),
    "gezinsmigrant": QT_TRANSLATE_NOOP("Labels", "Family migrant"),
    "hervestiger": QT_TRANSLATE_NOOP("Labels", "Resettled refugee"),
    "overig": QT_TRANSLATE_NOOP("Labels", "Other"),
}

ROUTE_LABELS: dict[str, str] = {
    "b1": QT_TRANSLATE_NOOP("Labels", "B1 route"),
    "onderwijs": QT_TRANSLATE_NOOP("Labels", "Education route"),
    "z": QT_TRANSLATE_NOOP("Labels", "Z route"),
}


def _label(table: dict[str, str], value: object) -> str:
    if value is None:
        return ""
    source = table.get(str(value))
    if source is None:
        return str(value)
    return QCoreApplication.translate(_CONTEXT, source)


def step_label(value: object) -> str:
    """A klantreis step, e.g. ``brede_intake`` -> "Brede Intake"."""
    return _label(STEP_LABELS, value)


def status_label(value: object) -> str:
    """A step status, e.g. ``overdue`` -> "Te laat"."""
    return _label(STATUS_LABELS, value)


def category_label(value: object) -> str:
    """A category, e.g. ``nareiziger`` -> "Nareiziger"."""
    return _label(CATEGORY_LABELS, value)


def route_label(value: object) -> str:
    """A learning route, e.g. ``z`` -> "Z-route"."""
    return _label(ROUTE_LABELS, value)


def error_message(error: BaseException) -> str:
    """A clear message for a failure, in the current language.

    An expected failure (a :class:`~desktop.messages.Problem`) says what happened in its own
    words; anything else is a bug: it is logged with its traceback and says so plainly.
    """
    if isinstance(error, Problem):
        return str(error)
    log.error("unexpected error: %s", type(error).__name__, exc_info=error)
    return QCoreApplication.translate(
        "Labels", "Something unexpected went wrong. Please tell your administrator."
    )
