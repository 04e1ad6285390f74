"""Team settings an admin sets: auto-lock after idle minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.access.errors import InvalidSetting
from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, record
from desktop.store import settings

if TYPE_CHECKING:
    from desktop.store import Store

AUTOLOCK_RANGE = settings.AUTOLOCK_RANGE


def autolock_minutes(store: Store) -> int:
    """Minutes without keyboard or mouse after which the app locks itself."""
    return settings.AUTOLOCK_MINUTES.get(store)


def set_autolock_minutes(store: Store, minutes: int) -> None:
    """Change the idle time before auto-lock (admins only; 1 to 60 minutes)."""
    require(store, Permission.SETTINGS)
    if not settings.AUTOLOCK_MINUTES.accepts(minutes):
        raise InvalidSetting()
    settings.AUTOLOCK_MINUTES.set(store, minutes)
    record(store, Action.SETTING, detail=f"automatisch vergrendelen: {minutes} min")
