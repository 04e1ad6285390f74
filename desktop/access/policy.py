"""Team settings an admin sets: auto-lock after idle minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.access.errors import InvalidSetting
from desktop.access.roles import Permission, require
from desktop.audit.trail import Action, record

if TYPE_CHECKING:
    from desktop.store import Store

AUTOLOCK_SETTING = "access.autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 5
AUTOLOCK_RANGE = (1, 60)


def autolock_minutes(store: Store) -> int:
    """Minutes without keyboard or mouse after which the app locks itself."""
    try:
        value = int(store.setting(AUTOLOCK_SETTING, str(DEFAULT_AUTOLOCK_MINUTES)))
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES
    low, high = AUTOLOCK_RANGE
    return min(max(value, low), high)


def set_autolock_minutes(store: Store, minutes: int) -> None:
    """Change the idle time before auto-lock (admins only; 1 to 60 minutes)."""
    require(store, Permission.SETTINGS)
    low, high = AUTOLOCK_RANGE
    if not low <= minutes <= high:
        raise InvalidSetting()
    store.set_setting(AUTOLOCK_SETTING, str(minutes))
    record(store, Action.SETTING, detail=f"automatisch vergrendelen: {minutes} min")
