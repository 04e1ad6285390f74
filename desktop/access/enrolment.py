"""Enrolment files for a new laptop: only an admin may make one.

The file and its enrolment code together give the team key, so making one is an admin's
action; the sync package makes the file (:func:`desktop.sync.team.write_enrolment_file`) and
this module decides who may.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.access.roles import Permission, require
from desktop.access.users import ensure_users
from desktop.store.keys import DEFAULT_ARGON2, Argon2Params
from desktop.sync.team import write_enrolment_file

if TYPE_CHECKING:
    from desktop.store import Store


def write_enrolment(
    store: Store,
    path: Path,
    code: str | None = None,
    *,
    params: Argon2Params = DEFAULT_ARGON2,
) -> str:
    """Write an enrolment file (admins only; the refusal is audited); returns its code."""
    ensure_users(store)
    require(store, Permission.ENROL)
    return write_enrolment_file(store, path, code, params=params)
