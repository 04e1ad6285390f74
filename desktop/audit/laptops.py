"""The team's laptops by name, as announced in the audit trail (which syncs).

A laptop records a "laptop named" entry when its name is new or changed (see
:func:`desktop.access.names.announce_laptop`); the newest such entry of a device names it.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action


def laptop_names(connection: Connection) -> dict[str, str]:
    """Device id -> the laptop's newest announced name."""
    rows = connection.execute(
        select(AuditEntry.device, AuditEntry.detail)
        .where(AuditEntry.action == Action.LAPTOP_NAMED.value)
        .order_by(AuditEntry.device, AuditEntry.seq)
    )
    return {device: detail for device, detail in rows}


def laptop_label(names: dict[str, str], device: str) -> str:
    """The name of a device, or the first digits of its id when it never said."""
    return names.get(device) or (f"laptop {device[:6]}" if device else "")
