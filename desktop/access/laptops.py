"""The team's laptops, as an admin manages them: approve a new one, revoke one, rotate the key.

Only an admin may (the refusal is audited, as for enrolment files); each change is audited.
The signed documents themselves are made by :mod:`desktop.sync.laptops`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.access.roles import Permission, require
from desktop.access.users import ensure_users
from desktop.audit.trail import Action, record
from desktop.sync import laptops
from desktop.sync.laptops import LaptopRow

if TYPE_CHECKING:
    from desktop.store import Store

__all__ = ["LaptopRow", "approve_laptop", "list_laptops", "revoke_laptop", "rotate_team_key"]


def list_laptops(store: Store) -> list[LaptopRow]:
    """The team's laptops and those waiting for approval (anyone may look)."""
    return laptops.list_laptops(store)


def approve_laptop(store: Store, laptop: str) -> None:
    """Let a laptop that asked into the team (admins only; audited)."""
    ensure_users(store)
    require(store, Permission.ENROL)
    laptops.approve(store, laptop)
    record(store, Action.SETTING, detail=f"laptop goedgekeurd: {laptop}")


def revoke_laptop(store: Store, laptop: str) -> None:
    """Remove a laptop from the team and rotate the team's data key (admins only; audited)."""
    ensure_users(store)
    require(store, Permission.ENROL)
    laptops.revoke(store, laptop)
    record(store, Action.SETTING, detail=f"laptop verwijderd uit het team: {laptop}")


def rotate_team_key(store: Store) -> None:
    """A new team data key for the remaining laptops, e.g. after a member left (admins only)."""
    ensure_users(store)
    require(store, Permission.ENROL)
    laptops.rotate(store)
    record(store, Action.SETTING, detail="teamsleutel vervangen")
