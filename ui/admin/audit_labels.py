"""The audit trail's actions in the consultant's words ("Dossier geopend", "Opened a dossier").

The trail stores and exports its Dutch action words (``desktop.audit.trail.Action``); the
screen shows a label in the UI language, capitalised like every other cell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.labels import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "aangemeld": QT_TRANSLATE_NOOP("AuditLabels", "Logged in"),
    "herstelsleutel gebruikt": QT_TRANSLATE_NOOP("AuditLabels", "Recovery key used"),
    "vergrendeld": QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    "dossier geopend": QT_TRANSLATE_NOOP("AuditLabels", "Dossier opened"),
    "aangemaakt": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "gewijzigd": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "verwijderd": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "afgedrukt": QT_TRANSLATE_NOOP("AuditLabels", "Printed"),
    "document opgeslagen": QT_TRANSLATE_NOOP("AuditLabels", "Document saved"),
    "geëxporteerd": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "agenda geëxporteerd": QT_TRANSLATE_NOOP("AuditLabels", "Agenda exported"),
    "geïmporteerd": QT_TRANSLATE_NOOP("AuditLabels", "Imported"),
    "inzage": QT_TRANSLATE_NOOP("AuditLabels", "Access request (inzage)"),
    "verwijderd na bewaartermijn": QT_TRANSLATE_NOOP("AuditLabels", "Deleted after retention"),
    "gebruiker toegevoegd": QT_TRANSLATE_NOOP("AuditLabels", "User added"),
    "gebruiker verwijderd": QT_TRANSLATE_NOOP("AuditLabels", "User removed"),
    "rol gewijzigd": QT_TRANSLATE_NOOP("AuditLabels", "Role changed"),
    "wachtwoord gewijzigd": QT_TRANSLATE_NOOP("AuditLabels", "Passphrase changed"),
    "instelling gewijzigd": QT_TRANSLATE_NOOP("AuditLabels", "Setting changed"),
    "geweigerd": QT_TRANSLATE_NOOP("AuditLabels", "Refused"),
    "audittrail bekeken": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail viewed"),
    "audittrail geëxporteerd": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail exported"),
    "caseload overgedragen": QT_TRANSLATE_NOOP("AuditLabels", "Caseload handed over"),
    "herstelsleutel vervangen": QT_TRANSLATE_NOOP("AuditLabels", "Recovery key replaced"),
    "wachtwoord verwijderd": QT_TRANSLATE_NOOP("AuditLabels", "Passphrase removed"),
    "team aangemaakt": QT_TRANSLATE_NOOP("AuditLabels", "Team made"),
    "team toegetreden": QT_TRANSLATE_NOOP("AuditLabels", "Joined the team"),
    "teammap gewijzigd": QT_TRANSLATE_NOOP("AuditLabels", "Team folder changed"),
    "gesynchroniseerd": QT_TRANSLATE_NOOP("AuditLabels", "Synchronised"),
    "termijnen bekeken": QT_TRANSLATE_NOOP("AuditLabels", "Deadlines viewed"),
    "databasesleutel vervangen": QT_TRANSLATE_NOOP("AuditLabels", "Database key replaced"),
    "conflict opgelost": QT_TRANSLATE_NOOP("AuditLabels", "Conflict resolved"),
    "laptop benoemd": QT_TRANSLATE_NOOP("AuditLabels", "Laptop named"),
}


def action_label(action: object) -> str:
    """An audit action in the UI language ("dossier geopend" → "Dossier geopend")."""
    value = str(getattr(action, "value", action))
    source = ACTION_LABELS.get(value)
    if source is None:
        return value[:1].upper() + value[1:]
    return QCoreApplication.translate("AuditLabels", source)
