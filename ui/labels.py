"""Translatable screen labels for the domain's fixed values and the store's expected failures.

The enums live in ``desktop/`` (no Qt there); their labels for the screens live here. Tables
are keyed by the enum *value* (a StrEnum is its value), so this module needs no engine import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.store import errors

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

ERROR_MESSAGES: dict[type[errors.StoreError], str] = {
    errors.WrongPassphrase: QT_TRANSLATE_NOOP(
        "Labels", "The passphrase is not right. Mind capital letters and Caps Lock."
    ),
    errors.WrongRecoveryKey: QT_TRANSLATE_NOOP(
        "Labels", "The recovery key is not right. Check the 32 characters on your printout."
    ),
    errors.NoDatabase: QT_TRANSLATE_NOOP(
        "Labels", "There is no Wegwijzer database here yet. Create a new one first."
    ),
    errors.DatabaseExists: QT_TRANSLATE_NOOP(
        "Labels", "There already is a Wegwijzer database here; it will not be overwritten."
    ),
    errors.NotEncrypted: QT_TRANSLATE_NOOP(
        "Labels",
        "This file is an unencrypted database. Wegwijzer only opens encrypted databases, "
        "so that a stolen laptop reveals nothing.",
    ),
    errors.DamagedDatabase: QT_TRANSLATE_NOOP(
        "Labels",
        "The database file is damaged or does not belong to this key file. Nothing was "
        "changed. Ask your administrator for a backup.",
    ),
    errors.DamagedKeyFile: QT_TRANSLATE_NOOP(
        "Labels",
        "The key file (wegwijzer.keys) is missing or damaged. Without it the database cannot "
        "be opened. Restore a backup of the key file.",
    ),
    errors.DatabaseLocked: QT_TRANSLATE_NOOP(
        "Labels",
        "The database is in use by another program (perhaps a second Wegwijzer). Close that "
        "first and try again.",
    ),
    errors.DiskFull: QT_TRANSLATE_NOOP(
        "Labels",
        "The disk is full. The last change was not saved; earlier data is intact. Free up "
        "space and try again.",
    ),
    errors.SchemaTooNew: QT_TRANSLATE_NOOP(
        "Labels",
        "This database was made with a newer version of Wegwijzer. Install the latest "
        "version to open it.",
    ),
    errors.NetworkLocation: QT_TRANSLATE_NOOP(
        "Labels",
        "The database may not be on a network drive: it can get damaged there. Choose a "
        "folder on this computer.",
    ),
    errors.WeakPassphrase: QT_TRANSLATE_NOOP(
        "Labels", "Choose a passphrase of at least 10 characters."
    ),
    errors.ReadOnlyLocation: QT_TRANSLATE_NOOP(
        "Labels", "Wegwijzer cannot write in the data folder. Check the folder's permissions."
    ),
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
    """A clear message for an expected failure, in the current language.

    Known store failures get a translated message (by exception type); an unknown store
    failure keeps its own (Dutch) message; anything else is a bug and says so plainly.
    """
    for kind in type(error).__mro__:
        source = ERROR_MESSAGES.get(kind)
        if source is not None:
            return QCoreApplication.translate(_CONTEXT, source)
    if isinstance(error, errors.StoreError):
        return str(error)
    return QCoreApplication.translate(
        "Labels", "Something unexpected went wrong. Please tell your administrator."
    )
