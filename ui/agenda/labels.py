"""Labels of the agenda in the UI language (English source text, Dutch in the .ts)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.domain.appointments import TalkKind
from ui.widgets import error_label

_CONTEXT = "AgendaLabels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate (which knows this name) without translating it yet."""
    return text


TALK_LABELS: dict[str, str] = {
    "koffie_en_koek": QT_TRANSLATE_NOOP("AgendaLabels", "Koffie en Koek talk"),
    "brede_intake": QT_TRANSLATE_NOOP("AgendaLabels", "Brede Intake talk"),
    "leerbaarheidstoets": QT_TRANSLATE_NOOP("AgendaLabels", "Learnability test"),
    "pip": QT_TRANSLATE_NOOP("AgendaLabels", "Closing PIP talk"),
    "voortgang": QT_TRANSLATE_NOOP("AgendaLabels", "Progress talk"),
    "pvt": QT_TRANSLATE_NOOP("AgendaLabels", "PVT session"),
    "handhaving": QT_TRANSLATE_NOOP("AgendaLabels", "Enforcement talk"),
}

TALK_STATUS_LABELS: dict[str, str] = {
    "gepland": QT_TRANSLATE_NOOP("AgendaLabels", "Planned"),
    "gehouden": QT_TRANSLATE_NOOP("AgendaLabels", "Held"),
    "geannuleerd": QT_TRANSLATE_NOOP("AgendaLabels", "Cancelled"),
}

CHANGE_LABELS: dict[str, str] = {
    "gepland": QT_TRANSLATE_NOOP("AgendaLabels", "planned"),
    "verplaatst": QT_TRANSLATE_NOOP("AgendaLabels", "moved"),
    "geannuleerd": QT_TRANSLATE_NOOP("AgendaLabels", "cancelled"),
    "gehouden": QT_TRANSLATE_NOOP("AgendaLabels", "held"),
    "gewijzigd": QT_TRANSLATE_NOOP("AgendaLabels", "changed"),
}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("AgendaLabels", "Mon"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Tue"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Wed"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Thu"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Fri"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Sat"),
    QT_TRANSLATE_NOOP("AgendaLabels", "Sun"),
)


def _tr(table: dict[str, str], key: str) -> str:
    source = table.get(str(key))
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else str(key)


def talk_label(kind: object) -> str:
    """A talk kind, e.g. ``voortgang`` -> "Voortgangsgesprek"."""
    return _tr(TALK_LABELS, str(kind))


def talk_status_label(status: object) -> str:
    return _tr(TALK_STATUS_LABELS, str(status))


def change_label(change: object) -> str:
    return _tr(CHANGE_LABELS, str(change))


def weekday_label(weekday: int) -> str:
    return QCoreApplication.translate(_CONTEXT, WEEKDAYS[weekday])


def moment_text(moment: datetime) -> str:
    """'wo 12-03-2025 14:30'."""
    return f"{weekday_label(moment.weekday())} {moment:%d-%m-%Y %H:%M}"


#: Talk kinds in the order the dialog offers them.
TALK_KINDS = tuple(kind.value for kind in TalkKind)


def named_error_label(name: str) -> QLabel:
    """ui.widgets.error_label with its own objectName (its style sheet selects ``#error``)."""
    label = error_label()
    label.setObjectName(name)
    label.setStyleSheet(f"QLabel#{name} {{ color: #b00020; font-weight: bold; }}")
    return label
